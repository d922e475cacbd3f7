"""GitHub Actions workflow commands: one annotation per finding.

Workbooks are binary, so no line is given: the annotation names the file
and says ``Sheet!A1`` in its text.
"""

from __future__ import annotations

from validator.model import Report, Severity
from validator.report.common import describe, severity_label

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escape a message the way the Actions runner unescapes it."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Properties also end at ':' and ','."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(kind: str, message: str, **props: str) -> str:
    params = ",".join(f"{key}={escape_property(value)}" for key, value in props.items())
    return f"::{kind} {params}::{escape_data(message)}"


def render(report: Report, lang: str) -> str:
    lines = []
    for result in report.files:
        if result.status == "error":
            lines.append(_command("error", result.error or "", file=result.path, title="periksa"))
        for finding in sorted(result.findings, key=lambda f: f.sort_key()):
            title = f"{finding.rule} ({severity_label(finding.severity, lang)})"
            lines.append(_command(COMMAND[finding.severity], describe(finding), file=result.path, title=title))
    return "".join(line + "\n" for line in lines)
