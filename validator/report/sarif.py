"""SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

A workbook cell maps onto SARIF's text region as row -> startLine and
column -> startColumn; the logical location carries the readable
``Sheet!A1``. Files that could not be checked become tool notifications.
"""

from __future__ import annotations

import json

from validator import __version__
from validator.baseline import fingerprint_map
from validator.model import Finding, Report, Severity
from validator.report.common import describe, uri

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _rule(finding: Finding) -> dict[str, object]:
    text = finding.source or finding.rule
    return {"id": finding.rule, "shortDescription": {"text": text}, "fullDescription": {"text": text},
            "defaultConfiguration": {"level": LEVEL[finding.severity]}}


def _result(finding: Finding, path: str, index: int, fingerprint: str) -> dict[str, object]:
    cell = finding.cell
    return {
        "ruleId": finding.rule,
        "ruleIndex": index,
        "level": LEVEL[finding.severity],
        "message": {"text": describe(finding)},
        "locations": [{
            "physicalLocation": {
                "artifactLocation": {"uri": uri(path)},
                "region": {"startLine": cell.row, "startColumn": cell.col},
            },
            "logicalLocations": [{"fullyQualifiedName": str(cell), "name": cell.a1, "kind": "element"}],
        }],
        "partialFingerprints": {"periksaFingerprint/v1": fingerprint},
        "properties": {"expected": finding.expected, "actual": finding.actual, "rowLabel": finding.row_label,
                       "table": finding.table},
    }


def render(report: Report, lang: str) -> str:
    prints = fingerprint_map(report)
    ordered = [(r.path, f) for r in report.files for f in sorted(r.findings, key=Finding.sort_key)]
    rules: dict[str, int] = {}
    descriptors = []
    for _, finding in ordered:
        if finding.rule not in rules:
            rules[finding.rule] = len(descriptors)
            descriptors.append(_rule(finding))
    failed = [r for r in report.files if r.status == "error"]
    run = {
        "tool": {"driver": {"name": "periksa", "version": __version__, "language": lang,
                            "rules": descriptors}},
        "invocations": [{
            "executionSuccessful": not failed,
            "toolExecutionNotifications": [
                {"level": "error", "message": {"text": r.error or ""},
                 "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(r.path)}}}]}
                for r in failed
            ],
        }],
        "artifacts": [{"location": {"uri": uri(r.path)}} for r in report.files],
        "results": [_result(f, path, rules[f.rule], prints[id(f)]) for path, f in ordered],
    }
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2, default=str) + "\n"
