"""Rich terminal output for people: a header per file, a table per sheet."""

from __future__ import annotations

import io
from collections import Counter
from itertools import groupby

from rich.console import Console
from rich.panel import Panel
from rich.table import Table as RichTable
from rich.text import Text

from validator import messages
from validator.model import FileResult, Finding, Report, Severity
from validator.report import rowtrace
from validator.report.common import severity_label, summary

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def render_text(report: Report, lang: str) -> str:
    """The same report as plain text, for ``--output terminal=PATH``."""
    buffer = io.StringIO()
    console = Console(file=buffer, no_color=True, highlight=False, width=160)
    render(report, console, lang)
    return buffer.getvalue()


def _checked(result: FileResult, console: Console, lang: str) -> bool:
    """The file's rule, or the one line saying why it could not be checked (then False)."""
    console.rule(Text(result.path, style="bold"))
    if result.status == "error":
        console.print(Text(f"✗ {messages.t('could-not-check', lang)}: {result.error}", style="bold red"))
    return result.status != "error"


def render(report: Report, console: Console, lang: str, statistics: bool = False, suppressed: int = 0) -> None:
    for result in report.files:
        if not _checked(result, console, lang):
            continue
        for table in result.tables:
            line = messages.t("table-found", lang, range=f"{table.sheet}!{table.range}", pack=table.pack)
            console.print(Text(f"• {line}", style="dim"))
            if table.column_reads:
                console.print(Text(f"  {messages.t('columns-read', lang)}: "
                                   + " · ".join(c.describe() for c in table.column_reads), style="dim"))
        for note in result.notes:
            console.print(Text(f"• {note}", style="dim"))
        if not result.findings:
            console.print(Text(f"✓ {messages.t('clean', lang)}", style="green"))
        for sheet, findings in groupby(sorted(result.findings, key=Finding.sort_key), key=lambda f: f.cell.sheet):
            console.print(_sheet_table(sheet, list(findings), lang))
        for trace in result.traces:
            for line in rowtrace.lines(trace, lang):
                console.print(Text(line), soft_wrap=True)
    _summary(report, console, lang, statistics, suppressed)


def _sheet_table(sheet: str, findings: list[Finding], lang: str) -> RichTable:
    table = RichTable(title=sheet, title_justify="left", show_lines=False)
    table.add_column(messages.t("col-cell", lang), no_wrap=True)
    table.add_column(messages.t("col-severity", lang), no_wrap=True)
    table.add_column(messages.t("col-row", lang), no_wrap=True, overflow="ellipsis", max_width=36)
    table.add_column(messages.t("col-rule", lang), no_wrap=True)
    table.add_column(messages.t("col-actual", lang), justify="right", no_wrap=True)
    table.add_column(messages.t("col-expected", lang), justify="right", no_wrap=True)
    table.add_column(messages.t("col-message", lang), overflow="fold", min_width=30)
    for finding in findings:
        table.add_row(
            Text(finding.cell.a1, style=STYLE[finding.severity]),
            Text(severity_label(finding.severity, lang), style=STYLE[finding.severity]),
            finding.row_label,
            Text(finding.rule, style=STYLE[finding.severity]),
            messages.number(finding.actual, lang),
            messages.number(finding.expected, lang),
            finding.message,
        )
    return table


def _summary(report: Report, console: Console, lang: str, statistics: bool, suppressed: int) -> None:
    text = summary(report, lang)
    if suppressed:
        text += f"; {messages.t('baseline-suppressed', lang, count=suppressed)}"
    failed = any(r.status == "error" for r in report.files)
    style = "red" if report.count(Severity.ERROR) or failed else "yellow" if report.count(Severity.WARNING) else "green"
    body = Text(text)
    if statistics:
        counts = Counter(f.rule for f in report.findings)
        for rule, count in counts.most_common():
            body.append(f"\n{count:>5}  {rule}")
    console.print(Panel(body, border_style=style, title="Periksa"))


def render_columns(report: Report, console: Console, lang: str) -> None:
    """``periksa check --columns``: only how each table's columns were read."""
    for result in report.files:
        if not _checked(result, console, lang):
            continue
        for table in result.tables:
            console.print(Text(messages.t("table-found", lang, range=f"{table.sheet}!{table.range}", pack=table.pack),
                               style="bold"))
            for column in table.column_reads:
                console.print(Text(f"  {column.describe()}"))
        for note in result.notes:
            console.print(Text(f"• {note}", style="dim"))
