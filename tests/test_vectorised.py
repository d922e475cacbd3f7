"""Whole-column formula evaluation gives exactly what the per-cell ``formulas`` path gives."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from validator.read.formulas_eval import FormulaEvaluator
from validator.read.reader import read
from validator.read.vectorised import _round, compile_shape, excel_round

ROWS = 40


def _workbook(path: Path) -> Path:
    """Derived columns that depend on each other, with awkward inputs on some rows."""
    wb = Workbook()
    ws = wb.active
    ws["J1"] = 100
    for r in range(2, ROWS + 2):
        ws.cell(r, 1, r * 37.5)                        # pagu
        ws.cell(r, 2, r * 12.345 if r % 7 else 0)      # realisasi, some zero
        ws.cell(r, 3, (r % 5) * 0.125 - 0.25)          # small values with exact halves
        if r % 11 == 0:
            ws.cell(r, 2, "1.500.000")                 # text in a number column
        if r % 13 == 0:
            ws.cell(r, 1).value = None                 # empty input counts as 0
        ws.cell(r, 4, f"=ROUND(B{r}/A{r}*$J$1,2)")      # capaian, #DIV/0! where A is empty
        ws.cell(r, 5, f"=D{r}+A{r}-B{r}")              # reads another formula column
        ws.cell(r, 6, f"=ROUND(C{r}*10,0)")            # half-up of negative halves
        ws.cell(r, 7, f"=-E{r}^2/SUM(A{r},B{r},1)")    # unary minus binds before ^
        ws.cell(r, 8, f"=ABS(F{r})*2")
        ws.cell(r, 9, f'=IF(B{r}>0,"ya","tidak")')     # not arithmetic: per cell
    wb.save(path)
    return path


def _values(path: Path, vectorised: bool) -> tuple[dict, int]:
    book = read(path)
    evaluator = FormulaEvaluator(book.sheets)
    evaluator.fill(vectorised=vectorised)
    sheet = book.sheets[0]
    return {(r, c): sheet.value(r, c) for r, c, _, _ in sheet.formula_cells()}, evaluator.evaluated


def test_column_evaluation_equals_cell_evaluation(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "kolom.xlsx")
    by_column, count = _values(path, True)
    by_cell, cell_count = _values(path, False)
    assert by_column == by_cell and count == cell_count
    assert by_column[(13, 4)] == "#DIV/0!"            # row 13's A is empty: left to the per-cell path
    assert by_column[(2, 9)] == "ya"
    assert {by_column[(r, 6)] for r in range(2, ROWS + 2)} == {-3.0, -1.0, 0.0, 1.0, 3.0}


@pytest.mark.parametrize(("formula", "accepted"), [
    ("=ROUND(L9/H9*100,2)", True), ("=H9+I9+J9+K9", True), ("=-A1^2", True), ("=SUM(A1,B1)", True),
    ("=SUM(A1:B1)", False), ("=Sheet2!A1*2", False), ('=IF(A1>0,1,0)', False), ("=A1%", False),
    ("=1+2", False), ("=VLOOKUP(A1,B1,1)", False), ("=A1&B1", False),
])
def test_only_plain_arithmetic_takes_the_column_path(formula: str, accepted: bool) -> None:
    assert (compile_shape(formula, 9, 13) is not None) is accepted


def test_stale_cache_check_by_column_equals_by_cell(tmp_path: Path) -> None:
    """Recomputing cached formulas a column at a time gives what the per-cell path gives,
    and a pasted-over result still shows."""
    book = read(_workbook(tmp_path / "kolom.xlsx"))
    FormulaEvaluator(book.sheets).fill()  # now every formula has a "cached" value
    sheet = book.sheets[0]
    sheet.set_value(20, 5, 12345.0)  # a value typed over the formula's result
    by_column = FormulaEvaluator(book.sheets)
    by_cell = FormulaEvaluator(book.sheets)
    cells = [(r, c) for r, c, _, _ in sheet.formula_cells()]
    fresh = {(r, c): by_column.recompute(sheet.name, r, c) for r, c in cells}
    assert len(by_column._fresh[sheet.name]) >= ROWS * 4  # the arithmetic columns went the column way
    assert fresh == {(r, c): by_cell._apply(sheet, r, c, sheet.formula(r, c), 0) for r, c in cells}
    assert fresh[(20, 5)] != 12345.0


NEAR_HALVES = st.builds(lambda whole, places, nudge: (whole + 0.5) / 10 ** places + nudge,
                        st.integers(-10**6, 10**6), st.integers(0, 4), st.sampled_from([0.0, 1e-12, -1e-12, 5e-17]))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.floats(allow_nan=True, allow_infinity=True), NEAR_HALVES, st.just(-0.0)),
                min_size=1, max_size=30), st.integers(-6, 12))
def test_round_over_a_column_is_excel_round_on_each_cell(values: list[float], digits: int) -> None:
    """ROUND with one number of digits runs as array arithmetic; it must round every double,
    binary near-halves and -0.0 included, as the per-value Decimal rounding does."""
    x = np.array(values)
    got = _round(x, np.full(len(x), float(digits)))
    want = [excel_round(v, digits) for v in values]
    assert [(math.isnan(a) and math.isnan(b)) or (a == b and math.copysign(1, a) == math.copysign(1, b))
            for a, b in zip(got.tolist(), want, strict=True)] == [True] * len(values)


def test_round_with_digits_that_vary_by_row_goes_value_by_value() -> None:
    x = np.array([2.345, 2.345, -2.5])
    assert _round(x, np.array([2.0, 1.0, 0.0])).tolist() == [2.35, 2.3, -3.0]
