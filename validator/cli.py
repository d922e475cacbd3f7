"""The ``periksa`` command."""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

import click
from rich.console import Console

from validator import __version__, baseline, messages, outputs
from validator.baseline import BaselineError
from validator.check import Options, check
from validator.checks.builtin import BUILTIN
from validator.clitext import LANG_ENV, Choice, File, Group, Option
from validator.limits import cap_memory
from validator.model import Report
from validator.outputs import OutputError
from validator.packs.config import build_library
from validator.packs.packfile import suggest
from validator.packs.rulepack import Library, Pack, PackError
from validator.read.reader import ReadError
from validator.read.safety import MAX_CELLS
from validator.report import RENDERERS

FORMATS = tuple(RENDERERS)
NAMED_OUTPUT = re.compile(rf"^({'|'.join(FORMATS)})=(.+)$")


def _fail(text: object) -> NoReturn:
    """Stop with exit code 2: something could not be used, so nothing was fully checked. One line,
    even when the text quotes a key or a value that holds a line break."""
    line = str(text).strip().replace("\r", "\\r").replace("\n", "\\n")
    click.echo(f"periksa: {line}", err=True)
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
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

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
            outputs.write(output, text)
        else:
            click.echo(text, nl=False)
        return
    from validator.report import terminal

    if output is None:
        console = Console(no_color=no_color, highlight=False)
        if not console.is_terminal:
            console.width = max(console.width, 160)
        terminal.render(report, console, lang, statistics, suppressed)
        return
    buffer = io.StringIO()
    terminal.render(report, Console(file=buffer, no_color=True, highlight=False, width=160), lang, statistics,
                    suppressed)
    outputs.write(output, buffer.getvalue())


def _annotate(report: Report, target: Path, lang: str) -> None:
    """Write annotated copies: to ``target`` for one input, else into the folder ``target``."""
    from validator.report import annotate  # openpyxl: only when a copy is written

    single = len(report.files) == 1 and target.suffix.lower() in (".xlsx", ".xlsm")
    if not single:
        outputs.make_folder(target)
    for result in report.files:
        if result.status != "ok":
            continue
        rebuilt = annotate.rebuilt_from(Path(result.path))
        name = Path(result.path).stem + ".xlsx" if rebuilt else Path(result.path).name
        out = target if single else target / name
        if out.resolve() == Path(result.path).resolve():
            _fail(messages.t("annotate-same-file", lang, path=out))
        try:
            out.write_bytes(annotate.render_file(result, lang))
        except (*annotate.CANNOT_ANNOTATE, ReadError) as exc:
            detail = messages.t(exc.key, lang, **exc.params) if isinstance(exc, ReadError) else exc
            _fail(messages.t("annotate-failed", lang, path=result.path, detail=detail))
        key = "annotate-rebuilt" if rebuilt else "annotate-written"
        click.echo(messages.t(key, lang, path=out, format=rebuilt or ""), err=True)


def _destinations(output: Path | None, named: list[tuple[str, Path]], write_baseline: Path | None,
                  annotate_path: Path | None) -> None:
    """Every file the run will write, refused before the check when it cannot be written."""
    single = [p for p in (output, write_baseline, *(path for _, path in named)) if p is not None]
    if annotate_path is not None and annotate_path.suffix.lower() in (".xlsx", ".xlsm"):
        single.append(annotate_path)
    for path in single:
        outputs.check_destination(path)


def _lang_option(expose: bool = True) -> Callable[[Any], Any]:
    """``--lang``; its default is the language settled before parsing (``Group.main``: ``--lang``
    anywhere in the arguments, else PERIKSA_LANG), so ``periksa --lang en check`` is English
    throughout. On the groups it only lets ``periksa --lang en --help`` parse."""
    return click.option("--lang", type=Choice(messages.LANGS), default=messages.spoken, envvar=LANG_ENV,
                        expose_value=expose, cls=Option, help="cli-opt-lang")


LANG_OPTION = _lang_option()
RULES_DIR_OPTION = click.option("--rules-dir", "rules_dirs", multiple=True, type=click.Path(path_type=Path),
                                metavar="DIR", cls=Option, help="cli-opt-rules-dir")


@click.group(cls=Group, help="cli-main")
@click.version_option(__version__, prog_name="periksa", message="%(prog)s %(version)s", cls=Option,
                      help="cli-version-option")
@_lang_option(expose=False)
def main() -> None:
    pass


@main.command("check", help="cli-check")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@LANG_OPTION
@click.option("--format", "fmt", type=Choice(FORMATS), default="terminal", cls=Option, help="cli-opt-format")
@click.option("-o", "--output", "outputs_", multiple=True, metavar="[FORMAT=]PATH", cls=Option,
              help="cli-opt-output")
@click.option("--rules", "pack", metavar="ID", cls=Option, help="cli-opt-rules")
@RULES_DIR_OPTION
@click.option("--fail-on", type=Choice(["error", "warning", "never"]), default="error", cls=Option,
              help="cli-opt-fail-on")
@click.option("--statistics", is_flag=True, cls=Option, help="cli-opt-statistics")
@click.option("--no-color", is_flag=True, cls=Option, help="cli-opt-no-color")
@click.option("--config", type=File(path_type=Path), cls=Option, help="cli-opt-config")
@click.option("--no-config", is_flag=True, cls=Option, help="cli-opt-no-config")
@click.option("--time-limit", type=click.FloatRange(min=0), default=300, metavar="S", cls=Option,
              help="cli-opt-time-limit")
@click.option("--memory-limit", type=click.IntRange(min=0), default=0, metavar="MB", cls=Option,
              help="cli-opt-memory-limit")
@click.option("--max-cells", type=click.IntRange(min=1), default=None, metavar="N", cls=Option,
              help="cli-opt-max-cells", help_params={"default": MAX_CELLS})
@click.option("--include", multiple=True, metavar="GLOB", cls=Option, help="cli-opt-include")
@click.option("--exclude", multiple=True, metavar="GLOB", cls=Option, help="cli-opt-exclude")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, metavar="N", cls=Option, help="cli-opt-jobs")
@click.option("--password", envvar="PERIKSA_PASSWORD", default=None, metavar="***", cls=Option,
              help="cli-opt-password")
@click.option("--baseline", "baseline_path", type=File(path_type=Path), cls=Option, help="cli-opt-baseline")
@click.option("--write-baseline", type=click.Path(path_type=Path, dir_okay=False), cls=Option,
              help="cli-opt-write-baseline")
@click.option("--with", "companions", multiple=True, type=File(path_type=Path), cls=Option, help="cli-opt-with")
@click.option("--annotate", "annotate_path", type=click.Path(path_type=Path), cls=Option, help="cli-opt-annotate")
@click.option("--columns", "columns_only", is_flag=True, cls=Option, help="cli-opt-columns")
@click.option("--explain-rows", is_flag=True, cls=Option, help="cli-opt-explain-rows")
def check_command(lang: str, **params: Any) -> None:
    with messages.speaking(lang):
        try:
            _check(lang=lang, **params)
        except OutputError as exc:
            _fail(exc)


def _check(paths: tuple[Path, ...], lang: str, fmt: str, outputs_: tuple[str, ...], pack: str | None,
           rules_dirs: tuple[Path, ...], fail_on: str, statistics: bool, no_color: bool,
           baseline_path: Path | None, write_baseline: Path | None, annotate_path: Path | None,
           password: str | None, config: Path | None, no_config: bool, jobs: int,
           include: tuple[str, ...], exclude: tuple[str, ...], time_limit: float, memory_limit: int,
           max_cells: int | None, companions: tuple[Path, ...], columns_only: bool,
           explain_rows: bool) -> NoReturn:
    output, named = _outputs(outputs_, lang)
    _destinations(output, named, write_baseline, annotate_path)
    library = _library(rules_dirs, paths, config, not no_config)
    if pack and pack not in library.packs:
        _fail(messages.t("cli-unknown-pack", lang, pack=pack, known=", ".join(sorted(library.packs))))
    known = set()
    if baseline_path:
        try:
            known = baseline.load(baseline_path)
        except BaselineError as exc:
            _fail(messages.t("baseline-unusable", lang, detail=exc))
    options = Options(lang=lang, pack=pack, rules_dirs=rules_dirs, password=password, jobs=jobs,
                      include=include, exclude=exclude, time_limit=time_limit, memory_limit=memory_limit,
                      companions=companions, max_cells=max_cells, explain_rows=explain_rows)
    cap_memory(memory_limit)
    with _progress(lang) as advance:
        report = check(paths, options, library, advance)
    if columns_only:
        from validator.report import terminal

        terminal.render_columns(report, Console(no_color=no_color, highlight=False, soft_wrap=True), lang)
        sys.exit(2 if any(r.status == "error" for r in report.files) else 0)
    if write_baseline:
        outputs.write(write_baseline, baseline.dumps(report))
        click.echo(messages.t("baseline-written", lang, count=len(report.findings), path=write_baseline), err=True)
    suppressed = baseline.apply(report, known, lang) if baseline_path else 0
    _print(report, fmt, output, lang, statistics, no_color, suppressed)
    for name, path in named:
        outputs.write(path, RENDERERS[name](report, lang))
    if annotate_path:
        _annotate(report, annotate_path, lang)
    sys.exit(report.exit_code("never" if write_baseline else fail_on))


@main.group("rules", help="cli-rules")
@_lang_option(expose=False)
def rules_group() -> None:
    pass


def _rules_options(command: Callable[..., None]) -> Callable[..., None]:
    """The packs a project checks with: bundled, --rules-dir, and periksa.yaml (found from the
    current folder upwards, or --config) with its rules_dirs, severities and disabled rules."""
    for option in reversed([
        RULES_DIR_OPTION,
        click.option("--config", type=File(path_type=Path), cls=Option, help="cli-opt-config"),
        click.option("--no-config", is_flag=True, cls=Option, help="cli-opt-no-config"),
        LANG_OPTION,
    ]):
        command = option(command)
    return command


def _project_library(rules_dirs: tuple[Path, ...], config: Path | None, no_config: bool) -> Library:
    return _library(rules_dirs, (Path.cwd(),), config, not no_config)


@rules_group.command("list", help="cli-rules-list")
@_rules_options
def rules_list(rules_dirs: tuple[Path, ...], config: Path | None, no_config: bool, lang: str) -> None:
    with messages.speaking(lang):
        library = _project_library(rules_dirs, config, no_config)
    for pack in sorted(library.packs.values(), key=lambda p: (not p.project, p.id)):
        own = f" [{messages.t('pack-project', lang)}: {pack.file}]" if pack.project else ""
        click.echo(f"{pack.id}  ({pack.title(lang)}){own}")
        for rule in pack.rules:
            click.echo(f"  {rule.id:<32} {rule.severity.value:<8} {rule.source}")
        for spec in pack.cross_tables:
            kind = messages.t("cross-table-kind", lang, family=pack.family or "-")
            click.echo(f"  {spec['id']:<32} {spec.get('severity', 'error'):<8} [{kind}] {spec.get('source', '')}")
    click.echo(messages.t("cli-builtin", lang))
    for builtin in BUILTIN.values():
        click.echo(f"  {builtin.id:<32} {builtin.severity.value:<8} {builtin.description[lang]}")


@rules_group.command("explain", help="cli-rules-explain")
@click.argument("rule_id")
@_rules_options
def rules_explain(rule_id: str, rules_dirs: tuple[Path, ...], config: Path | None, no_config: bool,
                  lang: str) -> None:
    with messages.speaking(lang):
        library = _project_library(rules_dirs, config, no_config)
        for pack in sorted(library.packs.values(), key=lambda p: (not p.project, p.id)):
            for rule in pack.rules:
                if rule.id.upper() == rule_id.upper():
                    from validator.packs import packdocs

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
        _fail(messages.t("cli-unknown-rule", lang, rule=rule_id) + suggest(rule_id.upper(), known))


def _label(key: str, text: str) -> None:
    click.echo(f"{messages.t(key)}: {text}")


def _explain_cross(crossing: list[tuple[Pack, dict[str, Any]]], lang: str) -> None:
    """A cross-table rule, once, with every pack that has it (variants inherit it)."""
    pack, spec = crossing[0]
    from validator.packs import packdocs

    kind = messages.t("cross-table-kind", lang, family=pack.family or "-")
    click.echo(f"{spec['id']} [{spec.get('severity', 'error')}] - {kind}")
    _label("cli-explain-packs", ", ".join(p.id for p, _ in crossing))
    if spec.get("description"):
        click.echo(spec["description"].get(lang, spec["description"]["id"]))
    _label("cli-explain-check", packdocs.cross_summary(spec))
    if spec.get("year_from"):
        click.echo(f"year_from: {spec['year_from']}")
    _label("cli-explain-source", spec.get("source", ""))


@rules_group.command("docs", help="cli-rules-docs")
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False))
@_rules_options
def rules_docs(folder: Path, rules_dirs: tuple[Path, ...], config: Path | None, no_config: bool, lang: str) -> None:
    from validator.packs import packdocs

    with messages.speaking(lang):
        try:
            written = packdocs.write(_project_library(rules_dirs, config, no_config), folder)
        except OutputError as exc:
            _fail(exc)
        click.echo(messages.t("cli-pages-written", count=len(written), folder=folder))


@rules_group.command("keys", help="cli-rules-keys")
@click.option("--config", "project", is_flag=True, cls=Option, help="cli-rules-keys-config")
@LANG_OPTION
def rules_keys(project: bool, lang: str) -> None:
    from validator.packs import packdocs

    click.echo(packdocs.key_reference("config" if project else "pack"), nl=False)


@main.command("serve", help="cli-serve")
@click.option("--host", default="127.0.0.1", cls=Option, help="cli-serve-host")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, cls=Option, help="cli-serve-port")
@click.option("--workers", type=click.IntRange(min=1), default=2, cls=Option, help="cli-serve-workers")
@click.option("--queue", type=click.IntRange(min=0), default=8, cls=Option, help="cli-serve-queue")
@click.option("--max-upload-mb", type=click.FloatRange(min=0.01), default=25, cls=Option,
              help="cli-serve-max-upload")
@click.option("--time-limit", type=click.FloatRange(min=0), default=60, metavar="S", cls=Option,
              help="cli-opt-time-limit")
@click.option("--memory-limit", type=click.IntRange(min=0), default=2048, metavar="MB", cls=Option,
              help="cli-opt-memory-limit")
@click.option("--keep-days", type=click.FloatRange(min=0), default=0, cls=Option, help="cli-serve-keep-days")
@click.option("--keep-dir", type=click.Path(path_type=Path, file_okay=False), default="periksa-unggahan",
              cls=Option, help="cli-serve-keep-dir")
@LANG_OPTION
def serve_command(host: str, port: int, workers: int, queue: int, max_upload_mb: float, time_limit: float,
                  memory_limit: int, keep_days: float, keep_dir: Path, lang: str) -> None:
    with messages.speaking(lang):
        try:
            from validator.serve import Settings, serve
        except ImportError as exc:
            _fail(messages.t("serve-missing-extra", lang, detail=exc.name))
        click.echo(messages.t("serve-listening", lang, host=host, port=port, workers=workers), err=True)
        serve(Settings(workers=workers, queue=queue, max_upload_mb=max_upload_mb, time_limit=time_limit,
                       memory_limit=memory_limit, keep_days=keep_days, keep_dir=keep_dir), host, port)
