"""Rules between tables of one workbook: Tabel 4.1 repeats Tabel 3.1's pagu, T-C.31's
analysis should match T-C.33. Rows are matched by kode, else by name."""

from __future__ import annotations

import re
from typing import Any

from . import messages
from .model import Finding, Row, Severity, Table
from .rulepack import Library


def _key(row: Row, by: str) -> str | None:
    """By kode, or by the names from the program down: one sub kegiatan name recurs under many programs."""
    if by == "kode":
        return row.kode
    names = []
    current: Row | None = row
    while current is not None:
        names.append(re.sub(r"[^0-9a-z]+", " ", current.label.casefold()).strip())
        current = current.parent
    return " / ".join(reversed(names)) if all(names) else None


def cross_findings(tables: list[Table], library: Library, lang: str) -> list[Finding]:
    findings: list[Finding] = []
    for table in tables:
        pack = library.packs[table.pack]
        for spec in pack.data.get("cross_tables", []):
            others = [t for t in tables if t.pack == spec["with"] and t is not table]
            if others:
                findings.extend(_compare(table, others[0], spec, lang))
    return findings


def _compare(table: Table, other: Table, spec: dict[str, Any], lang: str) -> list[Finding]:
    by = spec.get("match", "kode")
    index: dict[str, Row] = {}
    for row in other.rows:
        key = _key(row, by)
        if row.kind == "entity" and key is not None:
            index.setdefault(key, row)
    out = []
    for row in table.rows:
        key = _key(row, by)
        theirs = index.get(key) if row.kind == "entity" and key is not None else None
        if theirs is None:
            continue
        for mine, their_column in spec["columns"].items():
            a, b = row.cells.get(mine), theirs.cells.get(their_column)
            if a is None or b is None or a.number is None or b.number is None:
                continue
            if abs(a.number - b.number) > float(spec.get("tolerance", 1)):
                text = messages.t("cross-table", lang, actual=messages.number(a.number, lang),
                                  expected=messages.number(b.number, lang), other=str(theirs.refs[their_column]))
                out.append(Finding(rule=spec["id"], severity=Severity(spec.get("severity", "error")),
                                   cell=row.refs[mine], message=text, expected=b.number, actual=a.number,
                                   row_label=row.describe(), source=spec.get("source", ""),
                                   table=f"{table.sheet}!{table.range}"))
    return out
