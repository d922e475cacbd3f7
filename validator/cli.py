"""The ``periksa`` command."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from . import __version__, baseline, messages, packdocs
from .baseline import BaselineError
from .builtin import BUILTIN
from .check import Options, check
from .config import build_library
from .limits import cap_memory
from .model import Report
from .packfile import suggest
from .report import RENDERERS, annotate, terminal
from .rulepack import Library, Pack, PackError

FORMATS = tuple(RENDERERS)
NAMED_OUTPUT = re.compile(rf"^({'|'.join(FORMATS)})=(.+)$")


def _fail(text: object) -> NoReturn:
    """Stop with exit code 2: something could not be used, so nothing was fully checked."""
    click.echo(f"periksa: {text}", err=True)
    sys.exit(2)


def _library(rules_dirs: tuple[Path, ...], paths: tuple[Path, ...] = (), config: Path | None = None,
             discover: bool = False) -> Library:
    try:
        return build_library(paths, rules_dirs, config, discover)
    except PackError as exc:
        _fail(exc)


@contextmanager
def _progress(lang: str) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar on a terminal when several files are checked; nothing in CI logs."""
    console = Console(stderr=True)
    if not console.is_terminal:
        yield None
        return
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=console,
                  transient=True) as bar:
        task = bar.add_task(messages.t("checking", lang), total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield advance


def _outputs(values: tuple[str, ...], lang: str) -> tuple[Path | None, list[tuple[str, Path]]]:
    """Split ``-o PATH`` (for --format) from ``--output FORMAT=PATH`` (any number)."""
    plain: Path | None = None
    named: list[tuple[str, Path]] = []
    for value in values:
        match = NAMED_OUTPUT.match(value)
        if match:
            named.append((match[1], Path(match[2])))
        elif plain is None:
            plain = Path(value)
        else:
            _fail(messages.t("output-twice", lang, path=value))
    return plain, named


def _print(report: Report, fmt: str, output: Path | None, lang: str, statistics: bool, no_color: bool,
           suppressed: int) -> None:
    """The --format report, to stdout or the plain -o file; terminal keeps its colours on a tty."""
    if fmt != "terminal":
        text = RENDERERS[fmt](report, lang)
        if output:
            output.write_text(text, encoding="utf-8")
        else:
            click.echo(text, nl=False)
        return
    handle = output.open("w", encoding="utf-8") if output else None
    console = Console(file=handle, no_color=no_color or handle is not None, highlight=False)
    if not console.is_terminal:
        console.width = max(console.width, 160)
    terminal.render(report, console, lang, statistics, suppressed)
    if handle:
        handle.close()


def _annotate(report: Report, target: Path, lang: str) -> None:
    """Write annotated copies: to ``target`` for one input, else into the folder ``target``."""
    single = len(report.files) == 1 and target.suffix.lower() in (".xlsx", ".xlsm")
    if not single:
        target.mkdir(parents=True, exist_ok=True)
    for result in report.files:
        if result.status != "ok":
            continue
        out = target if single else target / Path(result.path).name
        if out.resolve() == Path(result.path).resolve():
            _fail(messages.t("annotate-same-file", lang, path=out))
        try:
            out.write_bytes(annotate.render_file(result, lang))
        except annotate.CANNOT_ANNOTATE as exc:
            _fail(messages.t("annotate-failed", lang, path=result.path, detail=exc))
        click.echo(messages.t("annotate-written", lang, path=out), err=True)


@click.group()
@click.version_option(__version__, prog_name="periksa")
def main() -> None:
    """Periksa: pemeriksa tabel Renja, Renstra dan LKjIP (checks Indonesian planning workbooks)."""


@main.command("check")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--lang", type=click.Choice(messages.LANGS), default=messages.DEFAULT_LANG, show_default=True,
              help="Bahasa pesan / message language.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="terminal", show_default=True)
@click.option("-o", "--output", "outputs", multiple=True, metavar="[FORMAT=]PATH",
              help="Write the --format report to PATH; FORMAT=PATH (repeatable) writes another format too.")
@click.option("--rules", "pack", help="Use this rule pack for every table found (id from 'periksa rules list').")
@click.option("--rules-dir", "rules_dirs", multiple=True, type=click.Path(path_type=Path),
              help="Extra folder of YAML rule packs.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "never"]), default="error", show_default=True)
@click.option("--statistics", is_flag=True, help="Count findings per rule in the summary.")
@click.option("--no-color", is_flag=True, help="Plain output without colours.")
@click.option("--config", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help="Project configuration (default: periksa.yaml found from the checked folder upwards).")
@click.option("--no-config", is_flag=True, help="Ignore any periksa.yaml.")
@click.option("--time-limit", type=click.FloatRange(min=0), default=300, show_default=True,
              help="Seconds allowed per file (0: none); a file over it is reported as not checked.")
@click.option("--memory-limit", type=click.IntRange(min=0), default=0, show_default=True,
              help="Megabytes of memory for the checking process(es) (0: no cap).")
@click.option("--include", multiple=True, help="In folders, check only files matching this glob (repeatable).")
@click.option("--exclude", multiple=True, help="In folders, skip files matching this glob (repeatable).")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
              help="Check files in this many processes (0: one per CPU).")
@click.option("--password", envvar="PERIKSA_PASSWORD", default=None,
              help="Kata sandi workbook terenkripsi / password for encrypted workbooks (decrypted in memory only).")
@click.option("--baseline", "baseline_path", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help="Hide findings recorded in this baseline file; report only new ones.")
@click.option("--write-baseline", type=click.Path(path_type=Path, dir_okay=False),
              help="Record the current findings in this baseline file (then exit 0 unless a file failed).")
@click.option("--with", "companions", multiple=True, type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help="Workbook pembanding: its tables are counterparts for cross-table rules "
                   "(last year's Tabel 2.1, the T-C.31 beside a T-C.33, the PK); not itself reported on.")
@click.option("--annotate", "annotate_path", type=click.Path(path_type=Path),
              help="Write a marked-up copy of the workbook (a folder when checking several).")
@click.option("--explain-rows", is_flag=True,
              help="Show per row its level, parent, summary kind and the rules applied or skipped, and why.")
def check_command(paths: tuple[Path, ...], lang: str, fmt: str, outputs: tuple[str, ...], pack: str | None,
                  rules_dirs: tuple[Path, ...], fail_on: str, statistics: bool, no_color: bool,
                  baseline_path: Path | None, write_baseline: Path | None, annotate_path: Path | None,
                  password: str | None, config: Path | None, no_config: bool, jobs: int,
                  include: tuple[str, ...], exclude: tuple[str, ...], time_limit: float, memory_limit: int,
                  companions: tuple[Path, ...], explain_rows: bool) -> None:
    """Periksa workbook (.xlsx) atau folder. Exit 0 bersih, 1 ada galat, 2 tidak dapat diperiksa."""
    output, named = _outputs(outputs, lang)
    library = _library(rules_dirs, paths, config, not no_config)
    if pack and pack not in library.packs:
        _fail(f"--rules {pack}: unknown pack (known: {', '.join(sorted(library.packs))})")
    options = Options(lang=lang, pack=pack, rules_dirs=rules_dirs, password=password, jobs=jobs,
                      include=include, exclude=exclude, time_limit=time_limit, memory_limit=memory_limit,
                      companions=companions, explain_rows=explain_rows)
    cap_memory(memory_limit)
    with _progress(lang) as advance:
        report = check(paths, options, library, advance)
    if write_baseline:
        write_baseline.write_text(baseline.dumps(report), encoding="utf-8")
        click.echo(messages.t("baseline-written", lang, count=len(report.findings), path=write_baseline), err=True)
    suppressed = 0
    if baseline_path:
        try:
            suppressed = baseline.apply(report, baseline.load(baseline_path), lang)
        except BaselineError as exc:
            _fail(messages.t("baseline-unusable", lang, detail=exc))
    _print(report, fmt, output, lang, statistics, no_color, suppressed)
    for name, path in named:
        path.write_text(RENDERERS[name](report, lang), encoding="utf-8")
    if annotate_path:
        _annotate(report, annotate_path, lang)
    sys.exit(report.exit_code("never" if write_baseline else fail_on))


@main.group("rules")
def rules_group() -> None:
    """Paket aturan / rule packs."""


def _rules_options(command: Callable[..., None]) -> Callable[..., None]:
    """The packs a project checks with: bundled, --rules-dir, and periksa.yaml (found from the
    current folder upwards, or --config) with its rules_dirs, severities and disabled rules."""
    for option in reversed([
        click.option("--rules-dir", "rules_dirs", multiple=True, type=click.Path(path_type=Path),
                     help="Extra folder of YAML rule packs."),
        click.option("--config", type=click.Path(path_type=Path, exists=True, dir_okay=False),
                     help="Project configuration (default: periksa.yaml from the current folder upwards)."),
        click.option("--no-config", is_flag=True, help="Ignore any periksa.yaml."),
    ]):
        command = option(command)
    return command


def _project_library(rules_dirs: tuple[Path, ...], config: Path | None, no_config: bool) -> Library:
    return _library(rules_dirs, (Path.cwd(),), config, not no_config)


@rules_group.command("list")
@_rules_options
@click.option("--lang", type=click.Choice(messages.LANGS), default=messages.DEFAULT_LANG)
def rules_list(rules_dirs: tuple[Path, ...], config: Path | None, no_config: bool, lang: str) -> None:
    """List every rule: id, severity, pack, source."""
    library = _project_library(rules_dirs, config, no_config)
    for pack in sorted(library.packs.values(), key=lambda p: (not p.project, p.id)):
        own = f" [{messages.t('pack-project', lang)}: {pack.file}]" if pack.project else ""
        click.echo(f"{pack.id}  ({pack.title(lang)}){own}")
        for rule in pack.rules:
            click.echo(f"  {rule.id:<32} {rule.severity.value:<8} {rule.source}")
        for spec in pack.cross_tables:
            kind = messages.t("cross-table-kind", lang, family=pack.family or "-")
            click.echo(f"  {spec['id']:<32} {spec.get('severity', 'error'):<8} [{kind}] {spec.get('source', '')}")
    click.echo("periksa (bawaan / built-in)")
    for builtin in BUILTIN.values():
        click.echo(f"  {builtin.id:<32} {builtin.severity.value:<8} {builtin.description[lang]}")


@rules_group.command("explain")
@click.argument("rule_id")
@_rules_options
@click.option("--lang", type=click.Choice(messages.LANGS), default=messages.DEFAULT_LANG)
def rules_explain(rule_id: str, rules_dirs: tuple[Path, ...], config: Path | None, no_config: bool,
                  lang: str) -> None:
    """Describe one rule: what it checks, on which rows, its formula, tolerance, an example, its source."""
    library = _project_library(rules_dirs, config, no_config)
    for pack in sorted(library.packs.values(), key=lambda p: (not p.project, p.id)):
        for rule in pack.rules:
            if rule.id.upper() == rule_id.upper():
                click.echo(packdocs.explain(rule, pack, lang))
                return
    crossing = [(pack, spec) for pack in sorted(library.packs.values(), key=lambda p: p.id)
                for spec in pack.cross_tables if spec["id"].upper() == rule_id.upper()]
    if crossing:
        _explain_cross(crossing, lang)
        return
    builtin = BUILTIN.get(rule_id.upper())
    if builtin is not None:
        click.echo(f"{builtin.id} [{builtin.severity.value}] - periksa")
        click.echo(builtin.description[lang])
        return
    known = [rule.id for pack in library.packs.values() for rule in pack.rules] + list(BUILTIN)
    click.echo(f"periksa: unknown rule '{rule_id}'{suggest(rule_id.upper(), known)}", err=True)
    sys.exit(2)


def _explain_cross(crossing: list[tuple[Pack, dict[str, Any]]], lang: str) -> None:
    """A cross-table rule, once, with every pack that has it (variants inherit it)."""
    pack, spec = crossing[0]
    kind = messages.t("cross-table-kind", lang, family=pack.family or "-")
    click.echo(f"{spec['id']} [{spec.get('severity', 'error')}] - {kind}")
    click.echo(f"packs: {', '.join(p.id for p, _ in crossing)}")
    if spec.get("description"):
        click.echo(spec["description"].get(lang, spec["description"]["id"]))
    click.echo(f"check: {packdocs.cross_summary(spec)}")
    if spec.get("year_from"):
        click.echo(f"year_from: {spec['year_from']}")
    click.echo(f"source: {spec.get('source', '')}")


@rules_group.command("docs")
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False))
@_rules_options
def rules_docs(folder: Path, rules_dirs: tuple[Path, ...], config: Path | None, no_config: bool) -> None:
    """Write one Markdown page per rule pack (docs/packs/)."""
    written = packdocs.write(_project_library(rules_dirs, config, no_config), folder)
    click.echo(f"{len(written)} pack pages in {folder}")


@rules_group.command("keys")
@click.option("--config", "project", is_flag=True, help="The keys of periksa.yaml instead of a pack's.")
def rules_keys(project: bool) -> None:
    """Every key a pack (or periksa.yaml) accepts, with what it means and an example (Markdown)."""
    click.echo(packdocs.key_reference("config" if project else "pack"), nl=False)
