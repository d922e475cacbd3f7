"""The versioned JSON report (schema documented in docs/json-report.md)."""

from __future__ import annotations

import json

from validator import __version__
from validator.model import FileResult, Finding, Report, Severity

SCHEMA_VERSION = "1.0"


def finding_dict(finding: Finding) -> dict[str, object]:
    return {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "sheet": finding.cell.sheet,
        "cell": finding.cell.a1,
        "row": finding.cell.row,
        "column": finding.cell.col,
        "expected": finding.expected,
        "actual": finding.actual,
        "message": finding.message,
        "row_label": finding.row_label,
        "table": finding.table,
        "source": finding.source,
    }


def file_dict(result: FileResult) -> dict[str, object]:
    return {
        "path": result.path,
        "status": result.status,
        "error": result.error,
        "tables": [
            {"sheet": t.sheet, "range": t.range, "pack": t.pack, "family": t.family, "rows": len(t.rows),
             "columns": [{"range": c.columns, "column": c.logical, "name": c.name, "parts": list(c.parts),
                          "evidence": list(c.evidence), "header": c.header} for c in t.column_reads]}
            for t in result.tables
        ],
        "notes": result.notes,
        "counts": {s.value: result.count(s) for s in Severity},
        "findings": [finding_dict(f) for f in sorted(result.findings, key=Finding.sort_key)],
    }


def render(report: Report, lang: str) -> str:
    payload = {
        "schema": "periksa-report",
        "schema_version": SCHEMA_VERSION,
        "periksa_version": __version__,
        "lang": lang,
        "summary": {
            "files": len(report.files),
            "files_with_errors": sum(1 for r in report.files if r.status == "error"),
            "tables": sum(len(r.tables) for r in report.files),
            **{s.value: report.count(s) for s in Severity},
        },
        "files": [file_dict(r) for r in report.files],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2, default=str) + "\n"
