"""The column store gives every cell exactly as the number parser reads it, and columns as the
row-by-row reading gives them.

A plain number is stored as a double and a format code and parsed only when read; anything else is
kept as its Value. These tests write cells of every shape through the table builder's own path
(``rows._parse_row``) and compare with ``numbers.parse`` of the same cell, then compare the column
arrays rules read from the store with those read from the same rows held as dicts.
"""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_columnar import _outcomes, _relink, _sample_tables
from validator.checks import columns, engine
from validator.model import BLANK, Cells, Row, Value
from validator.read.grid import Style
from validator.tables import numbers, rows
from validator.tables.cellstore import BULK_ROWS, KEPT, CellStore, RowCells
from validator.tables.numbers import MALFORMED


@pytest.fixture(autouse=True, scope="module")
def _every_table_columnar():
    """The samples are small: below ``COLUMNAR_MIN_ROWS`` the interpreter alone would check them."""
    saved, engine.COLUMNAR_MIN_ROWS = engine.COLUMNAR_MIN_ROWS, 0
    yield
    engine.COLUMNAR_MIN_ROWS = saved


FORMATS = ["General", "0", "0.00", "#,##0", "#,##0.00", "0%", "0.00%", '0.00 "%"', '#,##0 "orang"',
           "[>=100]0;0.0", '0%;-0%;"-"', '"Rp"#,##0', "0.0;[Red]-0.0"]
RAWS = st.one_of(
    st.integers(min_value=-(2**60), max_value=2**60),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0, 0.0, -0.0, 2**53, 2**53 + 1, -(2**53) - 1, 1e15, 1e16 + 0.5, 0.1, 91.66, True, False]),
    st.sampled_from(["1.500", "1.500,25", "12,5 %", "Rp 2.000.000", "-", "#DIV/0!", "belum", "  ", "100"]),
)


def _store_row(cells: list[tuple[object, str, str | None]], rupiah: bool = False) -> tuple[CellStore, RowCells]:
    """One sheet row of (raw, number format, formula) cells, through the builder's own path."""
    names = [str(n) for n in range(1, len(cells) + 1)]
    store = CellStore(names)
    line = {col: (raw, Style(fmt), formula) for col, (raw, fmt, formula) in enumerate(cells, start=1)}
    wanted = [(at, at + 1, rupiah, False) for at in range(len(names))]
    return store, rows._parse_row(line, 5, wanted, None, {}, store)


@settings(max_examples=300, deadline=None)
@given(cells=st.lists(st.tuples(RAWS, st.sampled_from(FORMATS), st.sampled_from([None, None, "=A1+1"])),
                      min_size=1, max_size=6), rupiah=st.booleans())
def test_every_cell_reads_as_the_parser_reads_it(cells: list[tuple[object, str, str | None]], rupiah: bool) -> None:
    row = _store_row(cells, rupiah)[1]
    for name, (raw, fmt, formula) in zip(row.store.names, cells, strict=True):
        expected = numbers.parse(raw, fmt, rupiah=rupiah)
        if formula:
            expected = dataclasses.replace(expected, formula=formula)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            expected = Value(formula=formula) if formula else BLANK  # a formula without a cached value
        got = row[name]
        assert got == expected or (_nan(got) and _nan(expected))
        assert repr(got.number) == repr(expected.number)  # -0.0 stays -0.0
        assert type(got.raw) is type(expected.raw)
        assert (name in row) == (got is not BLANK)
    assert row.units() == [v.unit for v in row.values() if v.unit]
    assert row.units(["3", "1"]) == [v.unit for k, v in row.items() if v.unit and k in {"1", "3"}]
    assert row.problems() == [(k, v) for k, v in row.items() if v.problem]
    assert row.formulas() == [(k, v.formula) for k, v in row.items() if v.formula]


def _nan(value: Value) -> bool:
    return isinstance(value.raw, float) and math.isnan(value.raw)


def test_what_is_stored_plain_and_what_is_kept() -> None:
    """Plain: finite ints and floats whose format's percent and unit do not depend on the value, with
    their formula beside them. Kept: everything else, including an int a double cannot hold."""
    store, row = _store_row([(12, "0", None), (0.5, "0%", None), (float("nan"), "0", None), (2**53 + 1, "0", None),
                             (True, "0", None), ("1.500", "0", None), (7, "[>=100]0;0.0", None), (3, "0", "=A1")])
    base = row.position * store.width
    assert [store.codes[base + at] > KEPT for at in range(8)] == [True, True] + [False] * 5 + [True]
    assert row["8"] == Value(number=3.0, decimals=0, raw=3, formula="=A1") and row.formulas() == [("8", "=A1")]
    assert row["2"] == Value(number=50.0, unit="%", decimals=0, raw=0.5)
    assert row["3"].problem == MALFORMED
    assert row["4"].raw == 2**53 + 1


def test_row_cells_read_and_write_like_the_dict_they_replace() -> None:
    row = _store_row([(1, "0", None), (None, "0", None), ("Dokumen", "General", None)])[1]
    plain = Cells({k: v for k, v in row.items()})
    assert list(row) == list(plain) == ["1", "3"]
    assert len(row) == 2 and "2" not in row and row["2"] is BLANK and row.get("2") is None
    assert row.get("zz") is None and row["zz"] is BLANK
    assert row.setdefault("2", Value(text="x")) == Value(text="x")
    assert row.setdefault("1", Value(text="y")) == Value(number=1.0, decimals=0, raw=1)
    row["1"] = BLANK
    assert "1" not in row and list(row) == ["2", "3"]
    del row["3"]
    assert dict(row.items()) == {"2": Value(text="x")}


@settings(max_examples=60, deadline=None)
@given(cells=st.lists(st.tuples(RAWS, st.sampled_from(FORMATS), st.none()), min_size=3, max_size=40),
       seed=st.integers(0, 2**32))
def test_units_of_every_row_at_once_equal_each_row_on_its_own(cells: list, seed: int) -> None:
    """A long table's units are worked out for all rows at once, a column at a time; each row's
    must be what reading that row alone gives, and a changed cell must change them."""
    chooser = np.random.default_rng(seed)
    store = CellStore(["1", "2", "3"])
    for _ in range(BULK_ROWS):
        line = {col: (raw, Style(fmt), None) for col, (raw, fmt, _) in
                enumerate((cells[int(i)] for i in chooser.integers(len(cells), size=3)), start=1)}
        rows._parse_row(line, 5, [(at, at + 1, False, False) for at in range(3)], None, {}, store)
    for slots in [(0, 1, 2), (2,), (0, 2), ()]:
        assert [store.row_units(p, slots) for p in range(store.size)] == \
            [store._units_in(p, slots) for p in range(store.size)]
    store.row(7)["2"] = Value(number=5.0, unit="orang")
    assert store.row_units(7, (1,)) == ["orang"]


def _as_dicts(rows_: list[Row]) -> list[Row]:
    return [dataclasses.replace(row, cells=Cells(row.cells.items())) for row in rows_]


def _data(rows_: list[Row]) -> columns.ColumnData:
    places = {id(r): i for i, r in enumerate(rows_)}
    return columns.ColumnData(rows_, lambda r: places.get(id(r), -1), lambda *_: [], lambda *_: None, lambda _: {})


@pytest.mark.parametrize("which", range(len(_sample_tables())))
def test_sample_columns_from_the_store_equal_the_rows(which: int) -> None:
    table, _, _ = _sample_tables()[which]
    stored, plain = _data(table.rows), _data(_as_dicts(table.rows))
    assert stored._stored is not None and plain._stored is None
    for name in table.columns:
        for got, want in zip(stored.column(name), plain.column(name), strict=True):
            assert np.array_equal(got, want)
        assert np.array_equal(stored.decimals(name), plain.decimals(name))
        assert stored.texts(name).tolist() == plain.texts(name).tolist()


@settings(max_examples=40, deadline=None)
@given(which=st.integers(min_value=0), seed=st.integers(0, 2**32), changes=st.integers(1, 60))
def test_varied_stored_tables_same_with_and_without_column_programs(which: int, seed: int, changes: int) -> None:
    """The store's own arrays varied (plain numbers under every format code, kept Values, blanks):
    column programs reading them agree with the interpreter reading Values row by row."""
    table, pack, library = _sample_tables()[which % len(_sample_tables())]
    first = table.rows[0].cells
    if not isinstance(first, RowCells):
        return
    store = _copied(first.store)
    copy = dataclasses.replace(table, rows=[dataclasses.replace(r, cells=RowCells(store, r.cells.position))
                                            for r in table.rows])
    _relink(copy, table)
    chooser = np.random.default_rng(seed)
    for _ in range(changes):
        row = copy.rows[int(chooser.integers(len(copy.rows)))]
        name = store.names[int(chooser.integers(store.width))]
        at = row.cells.position * store.width + store.slot[name]
        pick = int(chooser.integers(5))
        if pick == 0:
            row.cells.pop(name, None)
        elif pick == 1:
            row.cells[name] = Value(text="belum ada data")
        elif pick == 2:
            row.cells[name] = Value(problem=MALFORMED, text="2.036.000.00", raw="2.036.000.00")
        elif len(store.formats) > KEPT + 1:
            store.drop(at)
            code = store.codes[at] = int(chooser.integers(KEPT + 1, len(store.formats)))
            whole = store.formats[code][0]  # an int cell holds a whole number, never -0.0
            store.numbers[at] = float(chooser.choice([0.0, 1.0, 7.0, 1e6, -3.0] if whole else
                                                     [0.0, -0.0, 1.0, 0.5, 33.33, 1e6, -2.5, 0.125]))
    assert _outcomes(copy, pack, library, True) == _outcomes(copy, pack, library, False)


def _copied(store: CellStore) -> CellStore:
    new = CellStore(store.names)
    new.numbers.extend(store.numbers)
    new.codes.extend(store.codes)
    new.kept.extend(store.kept)
    new.formulas.update(store.formulas)
    new.formats[:] = store.formats
    new.size = store.size
    return new
