"""The pipeline for one file: read -> compute formulas -> locate -> parse -> rules.

This is the only module that knows the order of the stages; each stage
module knows only its own job.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

from validator import messages
from validator.checks.audit import audit
from validator.checks.crosstable import cross_findings
from validator.checks.engine import evaluate
from validator.limits import TimeLimit, cap_memory, fewer_collections, time_limit
from validator.model import CellRef, FileResult, Finding, Report, Severity, Table
from validator.packs.config import adjust, build_library
from validator.packs.rulepack import Library, Pack
from validator.read.formulas_eval import FormulaEvaluator, Unevaluated
from validator.read.grid import Sheet
from validator.read.reader import ReadError, read
from validator.read.safety import MAX_CELLS, Limits
from validator.read.webexport import excel_export
from validator.tables.locate import Located, covers, locate
from validator.tables.rows import build_table

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".htm", ".html", ".xml")
#: Suffixes that name workbooks only sometimes: in folders such a file is checked when its bytes
#: are an Excel export (SpreadsheetML, or HTML written for Excel), not every web page or XML report.
MARKUP_SUFFIXES = (".htm", ".html", ".xml")


@dataclass(frozen=True)
class Options:
    lang: str = messages.DEFAULT_LANG
    pack: str | None = None
    rules_dirs: tuple[Path, ...] = ()
    password: str | None = None
    config: Path | None = None
    discover_config: bool = True
    jobs: int = 1
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    time_limit: float = 300.0
    memory_limit: int = 0
    #: other workbooks whose tables cross-table rules may compare with (``--with``)
    companions: tuple[Path, ...] = ()
    #: cells one workbook may hold (``--max-cells``); None: periksa.yaml's ``max_cells``, else the default
    max_cells: int | None = None
    #: record each row's level, parent and rules applied or skipped (``--explain-rows``)
    explain_rows: bool = False
    #: settle consistent rows with column programs (off: the row interpreter alone, as a reference)
    columnar: bool = True


def check(paths: Iterable[str | Path], options: Options | None = None, library: Library | None = None,
          progress: Callable[[int, int], None] | None = None) -> Report:
    """Check files and folders; the Python face of ``periksa check``.
    ``progress(done, total)`` is called after each file."""
    options = options or Options()
    paths = list(paths)
    if library is None:
        with messages.speaking(options.lang):
            library = build_library(paths, options.rules_dirs, options.config, options.discover_config)
    files = expand(paths, options.include, options.exclude)
    jobs = min(options.jobs if options.jobs > 0 else (os.cpu_count() or 1), len(files))
    results: list[FileResult] = []
    if jobs > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(library, options)) as pool:
            chunk = max(1, len(files) // (jobs * 8))
            for result in pool.map(_worker_check, files, chunksize=chunk):
                results.append(result)
                if progress:
                    progress(len(results), len(files))
        return Report(files=results)
    for path in files:
        results.append(_safe_check(path, library, options))
        if progress:
            progress(len(results), len(files))
    return Report(files=results)


_WORKER: tuple[Library, Options] | None = None


def _start_worker(library: Library, options: Options) -> None:
    global _WORKER
    _WORKER = (library, options)
    cap_memory(options.memory_limit)


def _worker_check(path: Path) -> FileResult:
    assert _WORKER is not None
    return _safe_check(path, *_WORKER)


def _safe_check(path: Path, library: Library, options: Options) -> FileResult:
    started = time.monotonic()
    try:
        with time_limit(options.time_limit), fewer_collections():
            result = check_file(path, library, options)
        if options.time_limit and time.monotonic() - started > options.time_limit:
            raise TimeLimit  # the timer's interrupt can be lost inside a finalizer; the limit still holds
        return result
    except TimeLimit:
        return _failed(FileResult(path=str(path)),
                       messages.t("file-time-limit", options.lang, path=path, seconds=options.time_limit))
    except MemoryError:
        return _failed(FileResult(path=str(path)),
                       messages.t("file-memory-limit", options.lang, path=path, megabytes=options.memory_limit))
    except Exception as exc:  # noqa: BLE001 - last resort: one line for the user, never a traceback
        detail = f"{type(exc).__name__}: {exc}"[:200]
        return _failed(FileResult(path=str(path)), messages.t("internal-error", options.lang, path=path, detail=detail))


def expand(paths: Iterable[str | Path], include: tuple[str, ...] = (), exclude: tuple[str, ...] = ()) -> list[Path]:
    """Files named, and workbooks found in folders; globs match the path below the folder or the name."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            out.append(path)
            continue
        for found in sorted(path.rglob("*")):
            if found.suffix.lower() not in SUFFIXES or found.name.startswith("~$"):
                continue
            if found.suffix.lower() in MARKUP_SUFFIXES and not excel_export(found):
                continue
            relative = found.relative_to(path).as_posix()
            def matches(patterns: tuple[str, ...], name: str = found.name, rel: str = relative) -> bool:
                return any(fnmatch(rel, p) or fnmatch(name, p) for p in patterns)
            if (include and not matches(include)) or matches(exclude):
                continue
            out.append(found)
    return out


def check_file(path: Path, library: Library, options: Options) -> FileResult:
    result = FileResult(path=str(path))
    lang = options.lang
    if path.exists() and path.is_file() and path.suffix.lower() not in SUFFIXES:
        return _failed(result, messages.t("file-unsupported", lang, path=path))
    try:
        built, evaluator, sheets, unevaluated = _tables(path, library, options, result.notes)
        companions = [table for other in options.companions for table in _companion(other, library, options)]
    except ReadError as exc:
        return _failed(result, messages.t(exc.key, lang, **exc.params))
    for table, pack in built:
        result.tables.append(table)
        result.findings.extend(evaluate(table, pack, library, lang, result.notes,
                                        result.traces if options.explain_rows else None, options.columnar))
        result.findings.extend(audit(table, pack, evaluator, lang))
    result.findings.extend(cross_findings(result.tables, library, lang, companions))
    result.findings.extend(_formula_findings(sheets, unevaluated, lang))
    result.findings = adjust(result.findings, library.project)
    for table in result.tables:
        table.release()
    if not result.tables:
        return _failed(result, "; ".join([messages.t("no-tables-in-file", lang, path=path), *result.notes]))
    return result


def _tables(path: Path, library: Library, options: Options, notes: list[str]
            ) -> tuple[list[tuple[Table, Pack]], FormulaEvaluator, list[Sheet], list[Unevaluated]]:
    """Read, compute formulas, locate and parse: the tables of one workbook, with what the
    rules need besides (the evaluator for the formula audit, formulas left uncomputed)."""
    lang = options.lang
    cells = options.max_cells or library.project.get("max_cells") or MAX_CELLS
    book = read(path, password=options.password, limits=Limits.for_cells(cells))
    notes.extend(messages.t(key, lang, **params) for key, params in book.notes)
    evaluator = FormulaEvaluator(book.sheets)
    unevaluated = evaluator.fill()
    if evaluator.evaluated:
        notes.append(messages.t("formulas-computed", lang, count=evaluator.evaluated))
    expected = ", ".join(sorted(library.packs))
    built = []
    formulas = any(sheet.has_formulas for sheet in book.sheets)
    for sheet in book.sheets:
        located = locate(sheet, library, options.pack)
        if not located:
            notes.append(messages.t("no-table", lang, sheet=sheet.name, expected=expected))
        for found in located:
            if found.pack is None:
                notes.append(_unchecked_note(sheet.name, found, expected, lang))
                continue
            skipped = [rule for rule in found.pack.rules if not rule.columns() <= found.header.columns.keys()]
            if found.pack.generic:
                notes.append(messages.t("generic-only", lang, sheet=sheet.name, row=found.header.top,
                                        expected=expected))
            elif found.column_map is not None and not covers(found.column_map):
                missing = [c for c in found.pack.logical_columns() if c not in found.header.columns]
                notes.append(messages.t(
                    "pack-columns-missing", lang, sheet=sheet.name, row=found.header.top, pack=found.pack.id,
                    missing=", ".join(missing), found=", ".join(found.header.columns) or "-",
                ))
                continue
            if skipped:
                notes.append(messages.t(
                    "rules-not-checked", lang, sheet=sheet.name, row=found.header.top, pack=found.pack.id,
                    rules=", ".join(f"{rule.id} ({', '.join(sorted(rule.columns() - found.header.columns.keys()))})"
                                    for rule in skipped[:12]) + (" ..." if len(skipped) > 12 else ""),
                ))
            consume = not formulas and len(located) == 1
            built.append((build_table(sheet, found, found.pack, consume), found.pack))
    if not formulas:
        for sheet in book.sheets:
            sheet.release()  # a 100,000-row sheet's grid is a third of the memory; rules need only the rows
    return built, evaluator, book.sheets, unevaluated


def _unchecked_note(sheet: str, found: Located, expected: str, lang: str) -> str:
    if found.ties:
        return messages.t("pack-tie", lang, sheet=sheet, row=found.header.top, packs=", ".join(found.ties))
    return messages.t("unknown-table", lang, sheet=sheet, row=found.header.top, expected=expected)


_COMPANIONS: dict[tuple[str, int, int], list[Table]] = {}


def _companion(path: Path, library: Library, options: Options) -> list[Table]:
    """A ``--with`` workbook's tables, read once per run (a folder checked against last year's
    workbook reads it once, not once per file). A workbook that cannot be read stops the check:
    its rules would silently compare nothing."""
    try:
        key = (str(path.resolve()), path.stat().st_mtime_ns, id(library))
    except OSError:
        key = (str(path), 0, id(library))
    if key not in _COMPANIONS:
        try:
            built = _tables(path, library, options, [])[0]
        except ReadError as exc:
            raise ReadError("companion-unreadable", path=path, detail=messages.t(exc.key, options.lang, **exc.params)
                            ) from exc
        for table, _pack in built:
            table.workbook = path.name
        _COMPANIONS[key] = [table for table, _pack in built]
    return _COMPANIONS[key]


def _formula_findings(sheets: list, unevaluated: list[Unevaluated], lang: str) -> list[Finding]:
    by_name = {sheet.name: sheet for sheet in sheets}
    findings = []
    for problem in unevaluated:
        formula = by_name[problem.sheet].formula(problem.row, problem.col)
        reason = messages.t(f"reason-{problem.reason}", lang)
        findings.append(Finding(
            rule="PRK-RUMUS-TIDAK-DIHITUNG", severity=Severity.WARNING,
            cell=CellRef(problem.sheet, problem.row, problem.col),
            message=messages.t("formula-unevaluated", lang, formula=formula, reason=reason),
            actual=formula,
        ))
    return findings


def _failed(result: FileResult, error: str) -> FileResult:
    result.status = "error"
    result.error = error
    return result
