"""The wild-layout corpus builder's own invariants (workbooks/make_wild.py; issue 12).

These tests do not run Periksa: they hold the builder to its data. Each corrected
copy, read back from the .xlsx by each column's own number convention, satisfies
every derivation its layout declares; each known error is in the as-submitted
copy and differs from its expected value; the committed files are what the
builder writes, byte for byte, and a rebuild writes the same bytes.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from openpyxl import load_workbook

WORKBOOKS = Path(__file__).resolve().parent.parent / "workbooks"
sys.path.insert(0, str(WORKBOOKS))
import make_wild as mw  # noqa: E402

NAMES = mw.layout_names()


def read_body(layout: mw.Layout, path: Path) -> dict[str, Any]:
    """The logical value of every body cell the layout defines, as written in ``path``."""
    ws = load_workbook(path).active
    values = {}
    for ref, logical in mw.corrected(layout).items():
        col, number = mw.CELL_RE.match(ref).groups()
        spec = layout.write_spec(col, layout.data["kind_of_row"][int(number)])
        raw = ws[ref].value
        text = isinstance(logical, str) or spec["write"] == "text"
        values[ref] = raw if text and isinstance(raw, str) else mw.read_back(raw, spec["write"])
    return values


def test_corpus_size() -> None:
    """At least eight layouts from at least four exporting systems (issue 12)."""
    repos = {s["repo"] for n in NAMES for s in mw.load(n).data["sources"]}
    assert len(NAMES) >= 8
    assert len(repos) >= 4


@pytest.mark.parametrize("name", NAMES)
def test_corrected_copy_satisfies_every_derivation(name: str) -> None:
    layout = mw.load(name)
    values = read_body(layout, mw.WILD / f"{name}-perbaikan.xlsx")
    assert mw.check(layout, values) == []
    assert any(layout.planted), "a layout with nothing planted proves nothing"


@pytest.mark.parametrize("name", NAMES)
def test_submitted_copy_fails_exactly_at_the_known_errors(name: str) -> None:
    layout = mw.load(name)
    known = yaml.safe_load((mw.WILD / f"{name}.known-errors.yaml").read_text(encoding="utf-8"))
    values = read_body(layout, mw.WILD / f"{name}.xlsx")
    failing = {f.cell for f in mw.check(layout, values)}
    malformed = {ref for ref, v in values.items() if v == mw.MALFORMED}
    quiet = {o["cell"] for o in known["other_observations"] if "consequence_of" in o}
    assert failing | malformed == {e["cell"] for e in known["errors"]} | quiet


@pytest.mark.parametrize("name", NAMES)
def test_each_known_error_differs_from_its_expected_value(name: str) -> None:
    layout = mw.load(name)
    known = yaml.safe_load((mw.WILD / f"{name}.known-errors.yaml").read_text(encoding="utf-8"))
    values = read_body(layout, mw.WILD / f"{name}.xlsx")
    assert known["errors"]
    for e in known["errors"]:
        stated = values[e["cell"]]
        expected = e["expected"] if isinstance(e["expected"], str) else Decimal(str(e["expected"]))
        assert stated != expected, e["cell"]
        assert {"cell", "kind", "stated", "expected", "severity", "rule", "column"} <= set(e), e["cell"]


@pytest.mark.parametrize("name", NAMES)
def test_column_map_covers_every_header_column(name: str) -> None:
    """Every sheet column that has a header cell is in the layout's column map, as truth for column-map tests."""
    layout = mw.load(name)
    column_map = layout.data["column_map"]
    header_rows = [mw.CELL_RE.match(ref).group(2) for ref, *_ in layout.data["cells"]]
    used = {mw.CELL_RE.match(ref).group(1) for ref, *_ in layout.data["cells"]}
    if header_rows:
        assert used - set(column_map) <= {"A"}  # A also holds title lines
    assert all("header" in m and "logical" in m for m in column_map.values())


@pytest.mark.parametrize("name", NAMES)
def test_build_is_deterministic_and_committed(name: str, tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    mw.build(name, first)
    mw.build(name, second)
    for suffix in (".xlsx", "-perbaikan.xlsx", ".known-errors.yaml"):
        built = (first / f"{name}{suffix}").read_bytes()
        assert built == (second / f"{name}{suffix}").read_bytes()
        assert built == (mw.WILD / f"{name}{suffix}").read_bytes(), f"rerun make_wild.py: {name}{suffix}"


def test_docs_are_current() -> None:
    """README column maps and wordings.yaml are what the builder generates from the layouts."""
    assert mw.wordings() == (mw.WILD / "wordings.yaml").read_text(encoding="utf-8")
    assert mw.column_maps() in (mw.WILD / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(("value", "write", "expected"), [
    ("1.234.567,00", "rp2", Decimal("1234567.00")),
    ("8.033.246.432", "rp0", Decimal("8033246432")),
    ("1,234.56", "dec2", Decimal("1234.56")),
    ("12.34", "dec2", Decimal("12.34")),
    ("41,86%", "pct2c", Decimal("41.86")),
    ("243.71", "phpfloat", Decimal("243.71")),
    ("116.185.319.00", "rp2", mw.MALFORMED),
    ("2.036.000.00", "rp0", mw.MALFORMED),
    ("8.033.246.43", "rp0", mw.MALFORMED),
    (None, "rp0", None),
])
def test_read_back(value: object, write: str, expected: object) -> None:
    assert mw.read_back(value, write) == expected


@pytest.mark.parametrize(("x", "write", "text"), [
    (Decimal("1234567"), "rp2", "1.234.567,00"),
    (Decimal("8033246432"), "rp0", "8.033.246.432"),
    (Decimal("1234.565"), "dec2", "1,234.57"),
    (Decimal("41.855"), "pct2c", "41,86%"),
    (Decimal("100.00"), "phpfloat", "100"),
    (Decimal("243.705"), "phpfloat", "243.71"),
])
def test_writers_follow_php_number_format(x: Decimal, write: str, text: str) -> None:
    assert mw.WRITERS[write](x) == text


def test_check_finds_a_changed_derived_cell() -> None:
    """The checker is not vacuous: one derived cell changed in a corrected copy is reported, with its cause."""
    layout = mw.load("wild-wpsipd-monev-renja")
    values = mw.corrected(layout)
    values["AI8"] = values["AI8"] + 1000
    found = {f.cell: f for f in mw.check(layout, values)}
    assert set(found) == {"AI8", "AG18"}  # the row's 14.Rp and the unlabeled total that adds it
    assert found["AI8"].expected == values["L8"] + values["AD8"]
