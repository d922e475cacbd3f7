"""Small pieces every renderer shares, so each format says a finding the same way."""

from __future__ import annotations

from pathlib import PurePath
from urllib.parse import quote

from validator import messages
from validator.model import Finding, Report, Severity


def describe(finding: Finding) -> str:
    """One line a reader can act on: where, which row, what is wrong."""
    row = f" [{finding.row_label}]" if finding.row_label else ""
    return f"{finding.cell}{row}: {finding.message}"


def severity_label(severity: Severity, lang: str) -> str:
    """galat / peringatan / info: the severity in words, for outputs without colour."""
    return messages.t(f"severity-{severity.value}", lang)


def uri(path: str) -> str:
    """A file path as a URI: relative paths stay relative (what code scanning wants)."""
    pure = PurePath(path)
    return pure.as_uri() if pure.is_absolute() else quote(pure.as_posix(), safe="/")


def summary(report: Report, lang: str) -> str:
    """The one-sentence summary the terminal prints, for other formats too."""
    text = messages.t(
        "summary", lang, files=len(report.files), tables=sum(len(r.tables) for r in report.files),
        rows=sum(len(t.rows) for r in report.files for t in r.tables),
        errors=report.count(Severity.ERROR), warnings=report.count(Severity.WARNING),
    )
    failed = sum(1 for r in report.files if r.status == "error")
    return f"{text}; {failed} {messages.t('could-not-check', lang)}" if failed else text
