"""The ``periksa`` command."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console

from . import __version__, messages
from .check import Options, check
from .report import json_report, terminal
from .rulepack import Library, PackError, load_library

FORMATS = ("terminal", "json")


def _library(rules_dirs: tuple[Path, ...]) -> Library:
    try:
        return load_library(rules_dirs)
    except PackError as exc:
        click.echo(f"periksa: {exc}", err=True)
        sys.exit(2)


@click.group()
@click.version_option(__version__, prog_name="periksa")
def main() -> None:
    """Periksa: pemeriksa tabel Renja, Renstra dan LKjIP (checks Indonesian planning workbooks)."""


@main.command("check")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--lang", type=click.Choice(messages.LANGS), default=messages.DEFAULT_LANG, show_default=True,
              help="Bahasa pesan / message language.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="terminal", show_default=True)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write the report to this file.")
@click.option("--rules", "pack", help="Use this rule pack for every table found (id from 'periksa rules list').")
@click.option("--rules-dir", "rules_dirs", multiple=True, type=click.Path(path_type=Path),
              help="Extra folder of YAML rule packs.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "never"]), default="error", show_default=True)
@click.option("--statistics", is_flag=True, help="Count findings per rule in the summary.")
@click.option("--no-color", is_flag=True, help="Plain output without colours.")
def check_command(paths: tuple[Path, ...], lang: str, fmt: str, output: Path | None, pack: str | None,
                  rules_dirs: tuple[Path, ...], fail_on: str, statistics: bool, no_color: bool) -> None:
    """Periksa workbook (.xlsx) atau folder. Exit 0 bersih, 1 ada galat, 2 tidak dapat diperiksa."""
    library = _library(rules_dirs)
    if pack and pack not in library.packs:
        click.echo(f"periksa: --rules {pack}: unknown pack (known: {', '.join(sorted(library.packs))})", err=True)
        sys.exit(2)
    report = check(paths, Options(lang=lang, pack=pack, rules_dirs=rules_dirs), library)
    if fmt == "json":
        text = json_report.render(report, lang)
        if output:
            output.write_text(text, encoding="utf-8")
        else:
            click.echo(text, nl=False)
    else:
        handle = output.open("w", encoding="utf-8") if output else None
        console = Console(file=handle, no_color=no_color or handle is not None, highlight=False)
        if not console.is_terminal:
            console.width = max(console.width, 160)
        terminal.render(report, console, lang, statistics)
        if handle:
            handle.close()
    sys.exit(report.exit_code(fail_on))


@main.group("rules")
def rules_group() -> None:
    """Paket aturan / rule packs."""


@rules_group.command("list")
@click.option("--rules-dir", "rules_dirs", multiple=True, type=click.Path(path_type=Path))
@click.option("--lang", type=click.Choice(messages.LANGS), default=messages.DEFAULT_LANG)
def rules_list(rules_dirs: tuple[Path, ...], lang: str) -> None:
    """List every rule: id, severity, pack, source."""
    library = _library(rules_dirs)
    for pack in sorted(library.packs.values(), key=lambda p: p.id):
        click.echo(f"{pack.id}  ({pack.title(lang)})")
        for rule in pack.rules:
            click.echo(f"  {rule.id:<32} {rule.severity.value:<8} {rule.source}")


@rules_group.command("explain")
@click.argument("rule_id")
@click.option("--rules-dir", "rules_dirs", multiple=True, type=click.Path(path_type=Path))
@click.option("--lang", type=click.Choice(messages.LANGS), default=messages.DEFAULT_LANG)
def rules_explain(rule_id: str, rules_dirs: tuple[Path, ...], lang: str) -> None:
    """Describe one rule: what it checks, its formula, an example, its source."""
    library = _library(rules_dirs)
    for pack in library.packs.values():
        for rule in pack.rules:
            if rule.id.upper() == rule_id.upper():
                click.echo(f"{rule.id} ({rule.name}) [{rule.severity.value}] - {pack.id}")
                click.echo(rule.description.get(lang, rule.description["id"]))
                click.echo(f"check: {rule.check.source}")
                if rule.when:
                    click.echo(f"when:  {rule.when.source}")
                if rule.example:
                    click.echo(f"example: {rule.example}")
                click.echo(f"source: {rule.source}")
                return
    click.echo(f"periksa: unknown rule '{rule_id}'", err=True)
    sys.exit(2)
