"""The result page's drawing of a sheet: values as Excel shows them, merges, bounds, findings placed."""

from __future__ import annotations

import pytest

pytest.importorskip("starlette", reason="the serve extra is not installed (pip install '.[serve]')")

from validator.model import Table
from validator.read.grid import Sheet, Style
from validator.serve import view
from validator.serve.numfmt import display
from validator.serve.view import FindingView, sheet_views


@pytest.mark.parametrize(("value", "fmt", "lang", "shown"), [
    (300, '#,##0 "orang"', "id", "300 orang"),
    (68119760052, "#,##0", "id", "68.119.760.052"),
    (68119760052, "#,##0", "en", "68,119,760,052"),
    (0.7652, "0.00%", "id", "76,52%"),
    (1, "0.00", "id", "1,00"),
    (174, '0"%"', "id", "174%"),  # a quoted percent sign is text: no x100
    (-1234, "#,##0", "id", "-1.234"),
    (-5, "#,##0;(#,##0)", "id", "(5)"),
    (0, '#,##0;-#,##0;"-"', "id", "-"),
    (1234.5, "[$Rp-421]#,##0.00", "id", "Rp1.234,50"),
    (1234.5, '"Rp "#,##0.00_);[Red]\\("Rp "#,##0.00\\)', "id", "Rp 1.234,50 "),
    (1234567, "#,##0,", "id", "1.235"),
    (45000, "dd/mm/yyyy", "id", "15/03/2023"),
    (76.52, "General", "id", "76,52"),
    (76.52, "General", "en", "76.52"),
    (12, "General", "id", "12"),
    (0.5, "# ?/?", "id", "0,5"),  # fractions are not drawn as a guess
    ("1.129.974.820", "#,##0", "id", "1.129.974.820"),
    (None, "#,##0", "id", ""),
])
def test_values_shown_as_excel_shows_them(value: object, fmt: str, lang: str, shown: str) -> None:
    assert display(value, fmt, lang) == shown


def finding(index: int, cell: str, severity: str = "error") -> FindingView:
    return FindingView(index, f"R{index}", severity, "S", cell, "pesan", "1", "2", "sumber", "baris")


@pytest.fixture
def sheet() -> Sheet:
    grid = Sheet("S", styles=[Style(), Style("#,##0", bold=True)])
    grid.add(1, 1, "Judul tabel")
    grid.merged.append((1, 1, 1, 3))
    for col in (1, 2, 3):
        grid.add(2, col, col)
    for row in range(3, 11):
        grid.add(row, 1, f"baris {row}")
        grid.add(row, 2, row * 1000, style=1)
        grid.add(row, 3, None, formula="B3*2")
    return grid


def test_merges_bounds_and_findings_on_their_cells(sheet: Sheet, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(view, "MAX_ROWS", 5)
    table = Table("S", "f", "p", first_row=1, last_row=10, first_col=1, last_col=3,
                  columns={"1": 1, "2": 2, "3": 3}, number_row=2)
    findings = [finding(0, "B1"), finding(1, "B3", "warning"), finding(2, "B3"), finding(3, "C9")]
    (drawn,), placed = sheet_views([sheet], [table], findings, "b0", "id")
    assert [row.number for row in drawn.rows] == [1, 2, 3, 4, 5]
    assert drawn.omitted_rows == (6, 10) and drawn.omitted_after == ""
    assert [row.header for row in drawn.rows] == [True, True, False, False, False]
    (title,) = drawn.rows[0].cells
    assert (title.text, title.colspan, title.ident) == ("Judul tabel", 3, "b0-s0-A1")
    b3 = drawn.rows[2].cells[1]
    assert (b3.text, b3.bold, b3.number, b3.severity, b3.findings) == ("3.000", True, True, "error", [1, 2])
    c3 = drawn.rows[2].cells[2]
    assert (c3.text, c3.formula) == ("=B3*2", True)  # a formula saved without a value shows the formula
    assert [f.target for f in placed] == ["b0-s0-A1", "b0-s0-B3", "b0-s0-B3", ""]
    assert [c.logical for c in drawn.columns] == ["1", "2", "3"]
    assert b3.classes(header=False) == "angka tebal tanda sev-error"
