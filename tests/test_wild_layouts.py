"""Periksa on the wild-layout corpus (workbooks/wild, issue 12).

Each ``wild/*.known-errors.yaml`` was computed by workbooks/make_wild.py from the
layout's own data, independently of Periksa. Periksa must apply the pack the file
names, find every known error at its cell with its severity, rule and expected
value, raise no other error, and find no error in the corrected copy. Samples
that still disagree because of a known Periksa gap are strict xfails naming it,
so each flips to a failure (to be unmarked) when the gap is closed.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from validator.check import check
from validator.model import FileResult, Severity

WILD = Path(__file__).resolve().parent.parent / "workbooks" / "wild"

GAPS = {
    "wild-e81-15kolom-teks": (
        "no check of a 'Jumlah' row against the rows it closes on a table a pack fits (E.81 declares no totals rule)"
    ),
    "wild-sepeng-evaluasi-sukabumi": (
        "Rp rules (rows: entity) do not run on continuation rows that state their own Rp operands "
        "(engine._matches): Z24 is not checked"
    ),
    "wild-wpsipd-rfk": (
        "J10, L8, L10 are RFK derivations (capaian, deviasi) that no shipped pack describes; the generic checks "
        "find G4, G18 and H15"
    ),
}
#: samples whose corrected copy gets a false error from the same gap
FALSE_ERRORS: set[str] = set()
GENERIC = "umum-generik"  # the generic checks: no family pack
NAMES = sorted(p.name.removesuffix(".known-errors.yaml") for p in WILD.glob("*.known-errors.yaml"))


def cases(gapped: set[str]) -> list[object]:
    return [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=GAPS[n])) if n in gapped else n
            for n in NAMES]


def known(name: str) -> dict[str, Any]:
    return yaml.safe_load((WILD / f"{name}.known-errors.yaml").read_text(encoding="utf-8"))


@cache
def checked(filename: str) -> FileResult:
    return check([WILD / filename]).files[0]


def close(stated: object, expected: object) -> bool:
    """Rupiah to the rupiah, percentages and counts to 0.01 (the corpus rounds to 2 places)."""
    if isinstance(expected, str) or isinstance(stated, str) or expected is None or stated is None:
        return stated == expected
    return abs(float(stated) - float(expected)) <= (1.0 if abs(float(expected)) >= 1000 else 0.01)


@pytest.mark.parametrize("name", cases(set(GAPS)))
def test_wild_sample_known_errors_found_and_nothing_else(name: str) -> None:
    truth = known(name)
    result = checked(truth["workbook"])
    assert [t.pack for t in result.tables if t.pack != GENERIC] == ([truth["pack"]] if truth["pack"] else []), \
        result.notes
    found = {(f.cell.sheet, f.cell.a1): f for f in result.findings}
    expected = {(e.get("sheet", truth["sheet"]), e["cell"]): e for e in truth["errors"]}
    assert set(expected) <= set(found), f"missed: {sorted(set(expected) - set(found))}"
    stray = sorted(k for k, f in found.items() if f.severity is Severity.ERROR and k not in expected)
    assert not stray, f"errors on cells the corpus found consistent: {stray}"
    for key, entry in expected.items():
        finding = found[key]
        assert finding.severity.value == entry["severity"], (entry["cell"], finding.message)
        if entry["rule"]:
            assert finding.rule == entry["rule"], (entry["cell"], finding.message)
        if entry["rule"] != "PRK-ANGKA-TIDAK-SAH":
            assert close(finding.expected, entry["expected"]), (entry["cell"], finding.expected, entry["expected"])


@pytest.mark.parametrize("name", cases(FALSE_ERRORS))
def test_wild_corrected_copy_has_no_error(name: str) -> None:
    truth = known(name)
    result = checked(truth["workbook"].replace(".xlsx", "-perbaikan.xlsx"))
    assert [t.pack for t in result.tables if t.pack != GENERIC] == ([truth["pack"]] if truth["pack"] else []), \
        result.notes
    assert [(f.rule, f.cell.a1) for f in result.findings if f.severity is Severity.ERROR] == []
