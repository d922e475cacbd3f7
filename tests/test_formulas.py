"""Derived columns written as formulas without cached values are checked like typed values."""

import copy
from pathlib import Path

import tc29
from openpyxl import Workbook

from validator.check import check
from validator.read.formulas_eval import FormulaEvaluator, shape
from validator.read.reader import read


def test_uncached_formulas_are_computed_and_checked(tmp_path: Path) -> None:
    rows = copy.deepcopy(tc29.clean_rows())
    path = tmp_path / "f.xlsx"
    tc29.write(path, rows, formulas=True)
    result = check([path]).files[0]
    assert result.findings == []
    assert any("sel rumus" in note for note in result.notes)
    rows[2]["8.Rp"] = 99_000_000
    addresses = tc29.write(path, rows, formulas=True)
    found = {(f.rule, f.cell.a1) for f in check([path]).files[0].findings}
    assert ("TC29-INDUK-8RP", addresses[(1, "8.Rp")]) in found
    assert ("TC29-12RP", addresses[(2, "12.Rp")]) not in found, "12 is a formula of 8-11 and so is right"


def test_a_formula_dividing_by_the_wrong_column_is_caught(tmp_path: Path) -> None:
    rows = tc29.clean_rows()
    path = tmp_path / "f.xlsx"
    addresses = tc29.write(path, rows, formulas=True)
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb.active
    cell_13k = addresses[(2, "13.K")]
    row = cell_13k[1:]
    ws[cell_13k] = f"=ROUND(S{row}/E{row}*100,2)"
    wb.save(path)
    found = {(f.rule, f.cell.a1) for f in check([path]).files[0].findings}
    assert ("TC29-13K", cell_13k) in found


def test_shape_is_shared_by_rows_of_one_column() -> None:
    assert shape("=ROUND(S9/I9*100,2)", 9, 21) == shape("=ROUND(S10/I10*100,2)", 10, 21)
    assert shape("=S9/$I$9", 9, 21) != shape("=S10/I10", 10, 21)


def test_circular_external_and_unsupported_formulas_are_reported(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws["A1"], ws["A2"] = "=A2+1", "=A1+1"
    ws["B1"] = "=[1]Lain!A1"
    ws["C1"] = "=FUNGSIBARU(1)"
    ws["D1"], ws["D2"] = 4, "=D1*2"
    path = tmp_path / "x.xlsx"
    wb.save(path)
    book = read(path)
    evaluator = FormulaEvaluator(book.sheets)
    problems = {(p.row, p.col): p.reason for p in evaluator.fill()}
    assert problems == {(1, 1): "circular", (2, 1): "circular", (1, 2): "external", (1, 3): "unsupported"}
    assert book.sheets[0].value(2, 4) == 8
