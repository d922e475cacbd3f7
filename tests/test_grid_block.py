"""Rows stored in bulk (the .xlsx scanner's block) must behave exactly like rows stored cell by cell."""

from __future__ import annotations

import pickle

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from validator.read.grid import EMPTY, FLOAT, INT, NUMBER, OTHER, PENDING, PLAIN, Sheet, Style

STYLES = [PLAIN, Style("0.00%", False), Style("General", True)]
VALUES = st.one_of(st.none(), st.integers(-10**6, 10**15), st.floats(allow_nan=False, width=64),
                   st.text(max_size=5), st.booleans(), st.integers(2**53, 2**60))
CELL = st.tuples(st.integers(1, 12), VALUES, st.one_of(st.none(), st.sampled_from(["=A1", "=B2*2"])),
                 st.integers(0, 2))
ROW = st.tuples(st.integers(1, 8), st.lists(CELL, max_size=8))


def _packed(value: object) -> tuple[object, float]:
    """The scanner's encoding: whole numbers a double holds exactly and floats go to ``numbers``."""
    if type(value) is int and abs(value) < 10**15:
        return INT, float(value)
    if type(value) is float:
        return FLOAT, value
    return value, 0.0


def _as_scanner(sheet: Sheet, rows: list[tuple[int, list]]) -> None:
    """Hand rows over as the scanner does: runs of rising columns, a new run where a column repeats or
    goes back, cells with neither value nor formula left out."""
    runs, cols, values, numbers, styles, formulas = [], [], [], [], [], {}
    for row, cells in rows:
        last = None
        for col, value, formula, style in cells:
            if value is None and formula is None:
                continue
            if last is None or col <= last:
                runs.append((row, len(cols)))
            last = col
            if formula is not None:
                formulas[len(cols)] = formula
            packed, number = _packed(value)
            cols.append(col)
            values.append(packed)
            numbers.append(number)
            styles.append(style)
    sheet.add_rows(runs, cols, values, numbers, styles, formulas)


def _one_by_one(sheet: Sheet, rows: list[tuple[int, list]]) -> None:
    for row, cells in rows:
        for col, value, formula, style in cells:
            if value is not None or formula is not None:
                sheet.add(row, col, value, formula, style)


PROBES = [(0, 0), (1, 0), (1, 41), (31, 1), (7, 7)]
COLUMN_ROWS = np.array([-2, 0, *range(1, 10), 40, 3, 3], dtype=np.int64)


def _state(sheet: Sheet, row: int, col: int) -> tuple[int, float]:
    """What ``numbers_at`` must say of one cell, from the cell-by-cell reads."""
    if row <= 0 or col <= 0:
        return OTHER, 0.0
    value = sheet.value(row, col)
    if value is None:
        return (PENDING if sheet.formula(row, col) is not None else EMPTY), 0.0
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return NUMBER, float(value)
    return OTHER, 0.0


def _columns(sheet: Sheet) -> tuple:
    """Whole-column reads (the formula fill's) agree with the cell-by-cell ones."""
    read = {}
    for col in range(-1, 14):
        values, states = sheet.numbers_at(COLUMN_ROWS, col)
        read[col] = list(zip(states.tolist(), values.tolist(), strict=True))
        assert read[col] == [_state(sheet, row, col) for row in COLUMN_ROWS.tolist()]
    found = sheet.formula_columns()
    cells = sorted(((c, r, f, v is None) for r, c, f, v in sheet.formula_cells()))
    assert list(zip(found.cols, found.rows, found.formulas, found.missing, strict=True)) == cells
    return read, cells


def _seen(sheet: Sheet, other: Sheet) -> tuple:
    keys = sorted({*sheet.as_dict(), *other.as_dict(), *PROBES})
    cells = {(r, c): (sheet.get(r, c), sheet.value(r, c), sheet.formula(r, c), sheet.cell(r, c)) for r, c in keys}
    types = {key: type(sheet.value(*key)) for key in cells}
    whole_rows = {r: sheet.row_cells(r) for r in range(0, 32)}
    for r, line in whole_rows.items():  # a whole row at once is the row's cells one by one
        assert line == {c: sheet.get(r, c) for c in sheet.filled_cols(r)}
    return (sheet.filled_rows(), {r: sheet.filled_cols(r) for r in range(0, 32)}, cells, types, whole_rows,
            list(sheet.formula_cells()), sheet.has_formulas, sheet.max_row, sheet.max_col, sheet.as_dict(),
            _columns(sheet))


EDIT = st.one_of(
    st.tuples(st.just("add"), st.integers(1, 8), CELL),
    st.tuples(st.just("set"), st.integers(1, 8), st.integers(1, 12), VALUES),
    st.tuples(st.just("forget"), st.integers(1, 8)),
    st.tuples(st.just("numbers"), st.integers(1, 12), st.floats(-1e6, 1e6)),
    st.tuples(st.just("rows"), st.lists(ROW, max_size=3)),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(ROW, max_size=6), min_size=1, max_size=3), st.lists(EDIT, max_size=8))
def test_block_rows_read_and_change_as_rows_added_cell_by_cell(chunks: list, edits: list) -> None:
    block, plain = Sheet("x", STYLES), Sheet("x", STYLES)
    for rows in chunks:
        _as_scanner(block, rows)
        _one_by_one(plain, rows)
    assert _seen(block, plain) == _seen(plain, block)
    for edit in edits:
        if edit[0] == "add":
            _, row, (col, value, formula, style) = edit
            for sheet in (block, plain):
                sheet.add(row, col, value, formula, style)
        elif edit[0] == "set":
            _, row, col, value = edit
            if plain.get(row, col) is not None:
                for sheet in (block, plain):
                    sheet.set_value(row, col, value)
        elif edit[0] == "forget":
            for sheet in (block, plain):
                sheet.forget(edit[1])
        elif edit[0] == "numbers":  # computed results of a column, written at once where its cells are
            _, col, result = edit
            rows = np.array([r for r in range(1, 9) if plain.get(r, col) is not None], dtype=np.int64)
            for sheet in (block, plain):
                sheet.set_numbers(rows, col, np.full(len(rows), result) + rows)
        else:
            _as_scanner(block, edit[1])
            _one_by_one(plain, edit[1])
        assert _seen(block, plain) == _seen(plain, block)
    block.release()
    assert block.filled_rows() == [] and block.value(1, 1) is None and not block.has_formulas


def test_numbers_come_back_as_the_types_they_were_read_as() -> None:
    sheet = Sheet("x")
    sheet.add_rows([(3, 0)], [1, 2, 3, 4], [INT, FLOAT, 2**60, "teks"], [3713455000.0, 58.48, 0.0, 0.0],
                   [0, 0, 0, 0], {})
    assert [sheet.value(3, c) for c in range(1, 5)] == [3713455000, 58.48, 2**60, "teks"]
    assert [type(sheet.value(3, c)) for c in range(1, 5)] == [int, float, int, str]


def test_a_sheet_in_bulk_survives_pickling() -> None:
    """Sheets cross to worker processes: the number markers must come back as themselves."""
    sheet = Sheet("x")
    sheet.add_rows([(3, 0)], [1, 2, 3], [INT, FLOAT, "teks"], [12.0, 0.25, 0.0], [0, 0, 0], {1: "=A3/48"})
    copy = pickle.loads(pickle.dumps(sheet))
    assert [copy.value(3, c) for c in (1, 2, 3)] == [12, 0.25, "teks"] and type(copy.value(3, 1)) is int
    assert list(copy.formula_cells()) == [(3, 2, "=A3/48", 0.25)]


def test_block_cells_give_each_asked_column_its_offsets() -> None:
    """The builder asks for a table's columns at many rows at once; a column asked twice (two
    logical columns on one sheet column) or outside the grid still gets its own answer."""
    sheet = Sheet("x")
    sheet.add_rows([(3, 0), (4, 3), (6, 4)], [1, 2, 5, 2, 1], [INT, FLOAT, "teks", FLOAT, INT],
                   [1.0, 2.5, 0.0, 3.5, 4.0], [0, 0, 0, 0, 0], {})
    sheet.add(5, 2, 9.0)  # a row of its own, not in the block
    held, offsets = sheet.block_cells(np.array([2, 3, 4, 5, 6]), [2, 1, 2, 0, 70000])
    assert held.tolist() == [False, True, True, False, True]
    found = [[sheet.block_cell(int(at))[0] if at >= 0 else None for at in row] for row in offsets.tolist()]
    assert found == [[None] * 5, [2.5, 1, 2.5, None, None], [3.5, None, 3.5, None, None], [None] * 5,
                     [None, 4, None, None, None]]
