"""Fingerprints that survive edits, and the baseline file built from them.

A team adopting Periksa on old workbooks records today's findings once
(``--write-baseline``) and from then on sees only new ones (``--baseline``).
The fingerprint therefore must not change when someone inserts rows above a
table: it is built from the file name, sheet, rule, the row's label (kode and
name) and the column letter, never the row number. Rows with the same label
(e.g. every "Predikat Kinerja" row) are told apart by an occurrence counter
in sheet order.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path, PurePath

from validator import __version__, messages
from validator.excel import get_column_letter
from validator.model import FileResult, Finding, Report
from validator.packs import inputs

SCHEMA = "periksa-baseline"
VERSION = 1


class BaselineError(Exception):
    """A baseline file that cannot be used; the text says why."""


def fingerprints(result: FileResult) -> list[tuple[Finding, str]]:
    """Each finding of one file with its fingerprint, in sheet order."""
    seen: Counter[tuple[str, ...]] = Counter()
    out = []
    for finding in sorted(result.findings, key=Finding.sort_key):
        key = (
            PurePath(result.path).name, finding.cell.sheet, finding.rule,
            " ".join(finding.row_label.split()), get_column_letter(finding.cell.col),
        )
        seen[key] += 1
        digest = hashlib.sha256("\x1f".join((*key, str(seen[key]))).encode("utf-8")).hexdigest()
        out.append((finding, digest[:32]))
    return out


def fingerprint_map(report: Report) -> dict[int, str]:
    """Fingerprint by ``id(finding)``, for renderers that print one per finding."""
    return {id(f): fp for result in report.files for f, fp in fingerprints(result)}


def dumps(report: Report) -> str:
    """The baseline file: versioned JSON, one readable entry per finding."""
    entries = [
        {"fingerprint": fp, "file": PurePath(result.path).name, "sheet": f.cell.sheet,
         "cell": f.cell.a1, "rule": f.rule, "row_label": f.row_label}
        for result in report.files for f, fp in fingerprints(result)
    ]
    payload = {"schema": SCHEMA, "version": VERSION, "periksa_version": __version__, "findings": entries}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def load(path: Path) -> set[str]:
    """The fingerprints recorded in a baseline file."""
    try:
        payload = inputs.load_json(path, inputs.BASELINE)
    except inputs.InputError as exc:
        raise BaselineError(str(exc)) from None
    if not isinstance(payload, dict) or payload.get("schema") != SCHEMA or payload.get("version") != VERSION:
        raise BaselineError(messages.t("baseline-not-baseline", path=path, schema=SCHEMA, version=VERSION))
    entries = payload.get("findings", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) and isinstance(e.get("fingerprint"), str)
                                                for e in entries):
        raise BaselineError(messages.t("baseline-not-baseline", path=path, schema=SCHEMA, version=VERSION))
    return {entry["fingerprint"] for entry in entries}


def apply(report: Report, known: set[str], lang: str) -> int:
    """Drop findings already in the baseline, note it per file, return how many."""
    total = 0
    for result in report.files:
        dropped = {id(f) for f, fp in fingerprints(result) if fp in known}
        result.findings = [f for f in result.findings if id(f) not in dropped]
        if dropped:
            result.notes.append(messages.t("baseline-suppressed", lang, count=len(dropped)))
        total += len(dropped)
    return total
