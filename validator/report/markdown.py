"""Markdown, for a CI job summary (``$GITHUB_STEP_SUMMARY``) or a merge request note.

A summary table with one row per workbook, then per workbook its notes and
a findings table.
"""

from __future__ import annotations

from validator import messages
from validator.model import FileResult, Finding, Report, Severity
from validator.report.common import severity_label, summary

MARK = {Severity.ERROR: "🔴", Severity.WARNING: "🟡", Severity.INFO: "🔵"}


def cell(value: object) -> str:
    """Text safe inside a table cell: no pipes, no line breaks, no HTML."""
    text = " ".join(str(value).split())
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def _row(values: list[object]) -> str:
    return "| " + " | ".join(cell(v) for v in values) + " |"


def _table(header: list[str], rows: list[list[object]]) -> list[str]:
    return [_row(list(header)), "|" + "---|" * len(header), *(_row(r) for r in rows)]


def _status(result: FileResult, lang: str) -> str:
    if result.status == "error":
        return f"❌ {messages.t('could-not-check', lang)}"
    return f"✅ {messages.t('clean', lang)}" if not result.findings else messages.t("status-ok", lang)


def _findings(result: FileResult, lang: str) -> list[str]:
    header = [messages.t(k, lang) for k in ("col-severity", "col-cell", "col-row", "col-rule", "col-actual",
                                            "col-expected", "col-message")]
    rows: list[list[object]] = [
        [f"{MARK[f.severity]} {severity_label(f.severity, lang)}", f.cell, f.row_label, f.rule,
         messages.number(f.actual, lang), messages.number(f.expected, lang), f.message]
        for f in sorted(result.findings, key=Finding.sort_key)
    ]
    return _table(header, rows)


def render(report: Report, lang: str) -> str:
    lines = [f"## {messages.t('report-title', lang)}", "", summary(report, lang), ""]
    header = [messages.t(k, lang) for k in ("col-file", "col-status", "col-tables", "col-errors", "col-warnings")]
    lines += _table(header, [
        [f"`{r.path}`", _status(r, lang), len(r.tables), r.count(Severity.ERROR), r.count(Severity.WARNING)]
        for r in report.files
    ])
    for result in report.files:
        lines += ["", f"### `{cell(result.path)}`", ""]
        if result.error:
            lines += [f"> {cell(result.error)}", ""]
        lines += [f"- {cell(note)}" for note in result.notes]
        if result.findings:
            lines += ["", *_findings(result, lang)]
    return "\n".join(lines) + "\n"
