"""Reading a long table's plain numbers a column at a time (``rows._prefill``) builds exactly the
table that reading it cell by cell builds: same rows, same cells, same formulas.

The samples are short, so the column path is forced on them (and in runs of a few rows, to cross
its chunk boundaries); then their sheets are varied cell by cell (text, empty, booleans, big and
non-finite numbers, formulas, rows rewritten outside the block, merged cells) and built both ways.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils.cell import coordinate_from_string

from tests import tc29
from tests.test_columnar import SAMPLES
from validator.packs.config import build_library
from validator.read.formulas_eval import FormulaEvaluator
from validator.read.grid import FLOAT, INT, Sheet
from validator.read.reader import read
from validator.tables import rows
from validator.tables.locate import locate


def _seen(table: object) -> list:
    def value(v: object) -> object:
        return "nan" if isinstance(v, float) and math.isnan(v) else v

    return [(r.index, r.kind, r.level, r.kode, r.label, r.summary_level,
             [(k, repr(v), value(v.number)) for k, v in r.cells.items()], r.cells.formulas(), r.cells.units())
            for r in table.rows] + [table.last_row]  # type: ignore[attr-defined]


def _both(sheet: Sheet, found: object, monkeypatch: pytest.MonkeyPatch, chunk: int) -> tuple[list, list]:
    monkeypatch.setattr(rows, "COLUMNS_MIN_ROWS", 10**9)
    by_cell = _seen(rows.build_table(sheet, found, found.pack))  # type: ignore[attr-defined]
    monkeypatch.setattr(rows, "COLUMNS_MIN_ROWS", 0)
    monkeypatch.setattr(rows, "CHUNK_ROWS", chunk)
    by_column = _seen(rows.build_table(sheet, found, found.pack))  # type: ignore[attr-defined]
    return by_column, by_cell


def _located(path: Path) -> list[tuple[Sheet, object]]:
    library = build_library([path])
    book = read(path)
    FormulaEvaluator(book.sheets).fill()
    return [(sheet, found) for sheet in book.sheets for found in locate(sheet, library, None) if found.pack]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
@pytest.mark.parametrize("chunk", [3, 4096])
def test_samples_build_the_same_by_column(path: Path, chunk: int, monkeypatch: pytest.MonkeyPatch) -> None:
    located = _located(path)
    assert located
    for sheet, found in located:
        by_column, by_cell = _both(sheet, found, monkeypatch, chunk)
        assert by_column == by_cell


#: doubles the .xlsx scanner may hold for a number cell (``1e999`` reads as inf; whole numbers up to 16 digits)
HELD = [(FLOAT, float("inf")), (FLOAT, float("nan")), (FLOAT, -0.0), (FLOAT, 12.5), (INT, 2.0**53 + 2),
        (INT, 9_999_999_999_999_999.0), (INT, 0.0), (INT, 42.0)]
ODD = ["teks", "", "  ", None, True, False, 0, -0.0, 2**53 + 1, 10**15, 1e308, float("inf"), float("nan"),
       "1.500,25", "#DIV/0!", 12.5, -3, 7]


@pytest.mark.parametrize("seed", range(12))
def test_varied_sheets_build_the_same_by_column(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    chooser = random.Random(seed)
    path = chooser.choice([p for p in SAMPLES if p.suffix == ".xlsx"])
    for sheet, found in _located(path):
        body = range(found.body_start, found.body_end + 1)  # type: ignore[attr-defined]
        cols = list(found.header.columns.values())  # type: ignore[attr-defined]
        for _ in range(40):
            row, col, odd = chooser.choice(body), chooser.choice(cols), chooser.choice(ODD)
            how = chooser.randrange(5)
            block = sheet._block
            at = block.find(row, col) if block is not None else -1
            if how == 4 and at >= 0:  # a number as the scanner holds it, odd ones included
                block.values[at], block.numbers[at] = chooser.choice(HELD)
            elif how == 0 and sheet.get(row, col) is not None:
                sheet.set_value(row, col, odd)  # the cell stays in the block, as a value of its own
            elif how == 1:
                sheet.add(row, col, odd, None, chooser.randrange(len(sheet.styles)))  # the row leaves the block
            elif how == 2:
                sheet.add(row, col, odd if odd is not None else 1.0, f"=A{row}*2", 0)
            elif sheet.get(row, col) is not None and sheet.get(row, col + 1) is not None:
                sheet.merged.append((row, col, row, col + 1))
        by_column, by_cell = _both(sheet, found, monkeypatch, chooser.choice([1, 5, 4096]))
        assert by_column == by_cell


@pytest.mark.parametrize("percent", [False, True])
def test_a_header_repeated_in_a_long_table_is_still_skipped(tmp_path: Path, percent: bool,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A long table's rows whose numbers are not their columns' numbers skip the header-echo
    test; a repeated header row (here unmerged, so it is read by column, and with one column
    number written as a percent of its hundredth) must still be found and left out."""
    path = tmp_path / "panjang.xlsx"
    body = tc29.clean_rows() * (rows.COLUMNS_MIN_ROWS // len(tc29.clean_rows()) + 2)
    addresses = tc29.write(path, body, repeat_header_at=len(body) // 2)
    book = load_workbook(path)
    sheet = book.active
    echo = coordinate_from_string(addresses[(len(body) // 2, "1")])[1] - 1  # the repeated number row
    for merged in [m for m in sheet.merged_cells.ranges if m.min_row >= echo - 1]:
        sheet.unmerge_cells(str(merged))
    if percent:
        cell = next(c for c in sheet[echo] if isinstance(c.value, int) and c.value > 5)
        cell.value, cell.number_format = cell.value / 100, "0%"
    book.save(path)
    for sheet_, found in _located(path):
        by_column, by_cell = _both(sheet_, found, monkeypatch, 4096)
        assert by_column == by_cell
        assert echo not in [entry[0] for entry in by_column[:-1]]
        assert len(by_column) - 1 == len(body)
