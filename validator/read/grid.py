"""A worksheet as the rest of the pipeline sees it: a compact sparse grid.

Every reader (xlsx, xls/ods, csv) fills one of these. A 100,000-row table
holds millions of cells, so a row keeps its columns, values and style
indexes in parallel arrays instead of one object per cell; ``cell()``
builds a :class:`RawCell` only when asked. The .xlsx scanner goes further:
its rows share one set of flat arrays (a :class:`_Block`), numbers held as
machine doubles, so that a row costs 8 bytes of bookkeeping and a number
cell 20 bytes in all, instead of an object per row and per number.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np


@dataclass(frozen=True, slots=True)
class Style:
    """What the pipeline needs of a cell's look: percent formats and bold level rows."""

    number_format: str = "General"
    bold: bool = False


PLAIN = Style()


@dataclass(slots=True)
class RawCell:
    value: object
    formula: str | None = None
    number_format: str = "General"
    bold: bool = False


class _Row:
    __slots__ = ("cols", "formulas", "styles", "values")

    def __init__(self) -> None:
        self.cols = array("H")
        self.values: list[object] = []
        self.styles = array("H")
        self.formulas: dict[int, str] | None = None

    def find(self, col: int) -> int:
        """Position of ``col`` in this row, or -1."""
        cols = self.cols
        if cols and cols[-1] == col:
            return len(cols) - 1
        at = bisect_left(cols, col)
        return at if at < len(cols) and cols[at] == col else -1


class _Kept:
    """What a block's ``values`` hold for a number kept in its ``numbers`` array; it pickles as
    itself, so that a sheet sent to a worker process still reads."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __reduce__(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return self.name


INT, FLOAT = _Kept("INT"), _Kept("FLOAT")

#: what a cell holds for arithmetic (``Sheet.numbers_at``)
NUMBER, EMPTY, PENDING, OTHER = 0, 1, 2, 3


@dataclass
class FormulaCells:
    """Every formula cell of a sheet, column by column and down each column: how the formula
    fill and audit take them, a column at a time."""

    rows: list[int]
    cols: list[int]
    formulas: list[str]
    #: no cached value: Periksa computes it (or reports why not)
    missing: list[bool]


class _Block:
    """Rows stored in bulk: each array holds every cell of every row, a row is a span of offsets."""

    __slots__ = ("by_column", "cols", "formulas", "numbers", "rows", "slot_of", "spans", "styles", "values")

    def __init__(self) -> None:
        self.cols = array("H")
        self.styles = array("H")
        self.numbers = array("d")
        self.values: list[object] = []
        self.formulas: dict[int, str] = {}  # offset -> formula
        self.rows = array("I")  # the row of each slot
        self.spans = array("I")  # first and past-last offset of each slot
        self.slot_of = array("i")  # row -> slot, -1 when the row is not here
        self.by_column: dict[int, np.ndarray] = {}  # col -> row -> offset (``column_index``), until rows change

    def slot(self, row: int) -> int:
        return self.slot_of[row] if row < len(self.slot_of) else -1

    def find(self, row: int, col: int) -> int:
        """Offset of the cell at (row, col), or -1."""
        slot = self.slot_of[row] if row < len(self.slot_of) else -1
        if slot < 0:
            return -1
        lo, hi = self.spans[2 * slot], self.spans[2 * slot + 1]
        cols = self.cols
        if cols[hi - 1] == col:
            return hi - 1
        at = bisect_left(cols, col, lo, hi)
        return at if at < hi and cols[at] == col else -1

    def column_index(self, col: int) -> np.ndarray:
        """Row -> offset of the column's cell (-1 where none), for reading a whole column at once."""
        import numpy as np

        ats = np.flatnonzero(np.frombuffer(self.cols, dtype=np.uint16) == col)
        spans = np.frombuffer(self.spans, dtype=np.uint32).astype(np.int64)
        slots = np.searchsorted(spans[0::2], ats, side="right") - 1
        ats, slots = ats[slots >= 0], slots[slots >= 0]
        covered = ats < spans[1::2][slots]  # a row replaced cell by cell leaves offsets no slot covers
        ats, slots = ats[covered], slots[covered]
        rows = np.frombuffer(self.rows, dtype=np.uint32)[slots].astype(np.int64)
        live = np.frombuffer(self.slot_of, dtype=np.int32)[rows] == slots
        index = np.full(len(self.slot_of), -1, dtype=np.int64)
        index[rows[live]] = ats[live]
        return index

    def value(self, at: int) -> object:
        found = self.values[at]
        if found is FLOAT:
            return self.numbers[at]
        if found is INT:
            return int(self.numbers[at])
        return found

    def span(self, row: int) -> range:
        slot = self.slot(row)
        return range(0) if slot < 0 else range(self.spans[2 * slot], self.spans[2 * slot + 1])

    def live_rows(self) -> Iterator[int]:
        slot_of = self.slot_of
        return (row for slot, row in enumerate(self.rows) if slot_of[row] == slot)

    def drop(self, row: int) -> range:
        """Forget a row, freeing its values; returns its offsets."""
        offsets = self.span(row)
        self.by_column = {}
        if offsets:
            self.values[offsets.start:offsets.stop] = [None] * len(offsets)
            if self.formulas:
                for at in offsets:
                    self.formulas.pop(at, None)
            self.slot_of[row] = -1
        return offsets


@dataclass
class Sheet:
    name: str
    styles: list[Style] = field(default_factory=lambda: [PLAIN])
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    hidden: bool = False
    max_row: int = 0
    max_col: int = 0
    _rows: dict[int, _Row] = field(default_factory=dict, repr=False)
    _block: _Block | None = field(default=None, repr=False)

    def add(self, row: int, col: int, value: object, formula: str | None = None, style: int = 0) -> None:
        """Store a cell; a later cell at the same place replaces the earlier one, as in Excel."""
        line = self._rows.get(row)
        if line is None and self._block is not None and self._block.slot(row) >= 0:
            line = self._take_out(row)
        if line is None:
            line = self._rows[row] = _Row()
        cols = line.cols
        if not cols or cols[-1] < col:
            cols.append(col)
            line.values.append(value)
            line.styles.append(style)
        else:
            at = bisect_left(cols, col)
            if at < len(cols) and cols[at] == col:
                line.values[at], line.styles[at] = value, style
            else:
                cols.insert(at, col)
                line.values.insert(at, value)
                line.styles.insert(at, style)
        if formula is not None:
            if line.formulas is None:
                line.formulas = {}
            line.formulas[col] = formula
        elif line.formulas:
            line.formulas.pop(col, None)
        self.max_row = max(self.max_row, row)
        self.max_col = max(self.max_col, col)

    def add_rows(self, runs: list[tuple[int, int]], cols: list[int], values: list[object], numbers: list[float],
                 styles: list[int], formulas: dict[int, str]) -> None:
        """Rows as the .xlsx scanner gathers them, in parallel flat lists: ``runs`` holds (row, first
        index) of each row's cells in rising column order, up to the next run's first index; a value
        that is INT or FLOAT is a number held in ``numbers``; ``formulas`` is keyed by index. A row
        already present takes its cells one by one, so that a later cell still replaces an earlier one."""
        if not runs:
            return
        block = self._block
        if block is None:
            block = self._block = _Block()
        base = len(block.cols)
        block.by_column = {}
        block.cols.extend(cols)
        block.styles.extend(styles)
        block.numbers.extend(numbers)
        block.values.extend(values)
        for at, formula in formulas.items():
            block.formulas[base + at] = formula
        slot_of, spans, rows = block.slot_of, block.spans, block.rows
        ends = [first for _, first in runs[1:]]
        ends.append(len(cols))
        for (row, first), stop in zip(runs, ends, strict=True):
            if (row < len(slot_of) and slot_of[row] >= 0) or row in self._rows:
                for at in range(base + first, base + stop):
                    self.add(row, block.cols[at], block.value(at), block.formulas.pop(at, None), block.styles[at])
                block.values[base + first:base + stop] = [None] * (stop - first)
                continue
            if row >= len(slot_of):
                slot_of.extend([-1] * (max(row + 1, 2 * len(slot_of)) - len(slot_of)))
            slot_of[row] = len(rows)
            rows.append(row)
            spans.append(base + first)
            spans.append(base + stop)
            if row > self.max_row:
                self.max_row = row
            if cols[stop - 1] > self.max_col:
                self.max_col = cols[stop - 1]

    def _take_out(self, row: int) -> _Row:
        """Move a row from the block to a row of its own, to be changed cell by cell."""
        block = self._block
        assert block is not None
        line = self._rows[row] = _Row()
        for at in block.span(row):
            col = block.cols[at]
            line.cols.append(col)
            line.values.append(block.value(at))
            line.styles.append(block.styles[at])
            if at in block.formulas:
                if line.formulas is None:
                    line.formulas = {}
                line.formulas[col] = block.formulas[at]
        block.drop(row)
        return line

    def value(self, row: int, col: int) -> object:
        block = self._block
        if block is not None and (at := block.find(row, col)) >= 0:
            return block.value(at)
        line = self._rows.get(row)
        if line is None:
            return None
        at = line.find(col)
        return None if at < 0 else line.values[at]

    def get(self, row: int, col: int) -> tuple[object, Style, str | None] | None:
        """(value, style, formula) without building an object per cell."""
        block = self._block
        if block is not None and (at := block.find(row, col)) >= 0:
            return block.value(at), self.styles[block.styles[at]], block.formulas.get(at) if block.formulas else None
        line = self._rows.get(row)
        if line is None:
            return None
        at = line.find(col)
        if at < 0:
            return None
        return line.values[at], self.styles[line.styles[at]], line.formulas.get(col) if line.formulas else None

    def row_cells(self, row: int) -> dict[int, tuple[object, Style, str | None]]:
        """Every cell of one row as ``get`` gives it, by column: a table row reads twenty of them."""
        styles = self.styles
        block = self._block
        if block is not None and (offsets := block.span(row)):
            formulas = block.formulas
            return {block.cols[at]: (block.value(at), styles[block.styles[at]], formulas.get(at) if formulas else None)
                    for at in offsets}
        line = self._rows.get(row)
        if line is None:
            return {}
        written = line.formulas
        return {col: (value, styles[style], written.get(col) if written else None)
                for col, value, style in zip(line.cols, line.values, line.styles, strict=True)}

    def cell(self, row: int, col: int) -> RawCell | None:
        found = self.get(row, col)
        if found is None:
            return None
        value, style, formula = found
        return RawCell(value, formula, style.number_format, style.bold)

    def formula(self, row: int, col: int) -> str | None:
        block = self._block
        if block is not None and block.formulas and (at := block.find(row, col)) >= 0:
            return block.formulas.get(at)
        line = self._rows.get(row)
        return line.formulas.get(col) if line is not None and line.formulas else None

    def set_value(self, row: int, col: int, value: object) -> None:
        """A computed formula result takes the place of the missing cached value."""
        block = self._block
        if block is not None and (at := block.find(row, col)) >= 0:
            block.values[at] = value
            return
        line = self._rows[row]
        line.values[line.find(col)] = value

    def formula_columns(self) -> FormulaCells:
        """The sheet's formula cells ordered by column, then row (see ``FormulaCells``)."""
        if not self.has_formulas:
            return FormulaCells([], [], [], [])
        import numpy as np

        rows: list[int] = []
        cols: list[int] = []
        formulas: list[str] = []
        missing: list[bool] = []
        block = self._block
        if block is not None and block.formulas:
            offsets = np.fromiter(block.formulas, dtype=np.int64, count=len(block.formulas))
            starts = np.frombuffer(block.spans, dtype=np.uint32)[0::2]
            slots = np.searchsorted(starts, offsets, side="right") - 1
            rows = np.frombuffer(block.rows, dtype=np.uint32)[slots].tolist()
            cols = np.frombuffer(block.cols, dtype=np.uint16)[offsets].tolist()
            formulas = list(block.formulas.values())
            values = block.values
            missing = [values[at] is None for at in block.formulas]
        for row, line in self._rows.items():
            for col, formula in (line.formulas or {}).items():
                rows.append(row)
                cols.append(col)
                formulas.append(formula)
                missing.append(line.values[line.find(col)] is None)
        order = np.lexsort((np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64))).tolist()
        return FormulaCells([rows[i] for i in order], [cols[i] for i in order], [formulas[i] for i in order],
                            [missing[i] for i in order])

    def _offsets(self, rows: np.ndarray, col: int) -> np.ndarray:
        """Block offsets of one column's cells at many rows; -1 where the block has none."""
        import numpy as np

        block = self._block
        if block is None or not 0 < col < 1 << 16:
            return np.full(len(rows), -1, dtype=np.int64)
        index = block.by_column.get(col)
        if index is None:
            index = block.by_column[col] = block.column_index(col)
        inside = (rows > 0) & (rows < len(index))
        out = np.full(len(rows), -1, dtype=np.int64)
        out[inside] = index[rows[inside]]
        return out

    def block_cells(self, rows: np.ndarray, cols: list[int]) -> tuple[np.ndarray, np.ndarray]:
        """Where the block holds ``rows`` (a mask) and the offsets of their cells in ``cols`` (a
        rows x cols matrix, -1 where none), from one pass over those rows' cells: the table builder
        reads its columns this way, a few thousand rows at a time."""
        import numpy as np

        block = self._block
        held = np.zeros(len(rows), dtype=bool)
        distinct = list(dict.fromkeys(col for col in cols if 0 < col < 1 << 16))  # the last column: none
        out = np.full((len(rows), len(distinct) + 1), -1, dtype=np.int64)
        spread = [distinct.index(col) if col in distinct else len(distinct) for col in cols]
        if block is None or not len(rows):
            return held, out[:, spread]
        slot_of = np.frombuffer(block.slot_of, dtype=np.int32)
        slots = np.full(len(rows), -1, dtype=np.int64)
        inside = (rows > 0) & (rows < len(slot_of))
        slots[inside] = slot_of[rows[inside]]
        held = slots >= 0
        have = np.flatnonzero(held)
        spans = np.frombuffer(block.spans, dtype=np.uint32).astype(np.int64)
        lo, lengths = spans[2 * slots[have]], spans[2 * slots[have] + 1] - spans[2 * slots[have]]
        ends = np.cumsum(lengths)
        offsets = np.arange(int(ends[-1]) if len(ends) else 0) + np.repeat(lo - (ends - lengths), lengths)
        which = np.full(1 << 16, -1, dtype=np.int64)
        which[distinct] = np.arange(len(distinct))
        column = which[np.frombuffer(block.cols, dtype=np.uint16)[offsets]]
        wanted = column >= 0
        out[np.repeat(have, lengths)[wanted], column[wanted]] = offsets[wanted]
        return held, out[:, spread]

    def block_numbers(self, offsets: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(kinds, numbers, style indexes) of block cells: kind 1 for a whole number and 2 for a
        float, held as doubles; 0 for anything else (text, a formula without a value) or no cell."""
        import numpy as np

        block = self._block
        kinds = np.zeros(len(offsets), dtype=np.int8)
        numbers = np.zeros(len(offsets))
        styles = np.zeros(len(offsets), dtype=np.int64)
        if block is None:
            return kinds, numbers, styles
        valid = np.flatnonzero(offsets >= 0)
        ats = offsets[valid]
        held = map(block.values.__getitem__, ats.tolist())
        kinds[valid] = np.fromiter((1 if v is INT else 2 if v is FLOAT else 0 for v in held), np.int8, len(ats))
        numbers[valid] = np.frombuffer(block.numbers, dtype=np.float64)[ats]
        styles[valid] = np.frombuffer(block.styles, dtype=np.uint16)[ats]
        return kinds, numbers, styles

    def block_formulas(self, offsets: list[int]) -> list[str | None]:
        """The formula of each block cell (None: none); empty when the block has no formulas."""
        block = self._block
        if block is None or not block.formulas:
            return []
        return list(map(block.formulas.get, offsets))

    def block_cell(self, offset: int) -> tuple[object, Style, str | None]:
        """(value, style, formula) of a block cell, as ``get`` gives it."""
        block = self._block
        assert block is not None
        return block.value(offset), self.styles[block.styles[offset]], block.formulas.get(offset)

    def numbers_at(self, rows: np.ndarray, col: int) -> tuple[np.ndarray, np.ndarray]:
        """One column's numbers at many rows, each with what it holds (NUMBER, EMPTY, PENDING: a
        formula without a value yet, OTHER: text, a boolean or an error); 0.0 where not a number."""
        import numpy as np

        offsets = self._offsets(rows, col)
        kinds, values, _ = self.block_numbers(offsets)
        states = np.where(kinds > 0, NUMBER, EMPTY).astype(np.int8)
        block = self._block
        if block is not None:
            for i in np.flatnonzero((offsets >= 0) & (kinds == 0)).tolist():
                at = int(offsets[i])
                states[i], values[i] = _state(block.values[at], at in block.formulas)
        for i in np.flatnonzero(offsets < 0).tolist():
            row = int(rows[i])
            if col <= 0 or row <= 0:
                states[i] = OTHER  # #REF!
            elif row in self._rows:
                states[i], values[i] = _state(self.value(row, col), self.formula(row, col) is not None)
        return values, states

    def set_numbers(self, rows: np.ndarray, col: int, results: np.ndarray) -> None:
        """Computed formula results of one column, as ``set_value`` stores one."""
        import numpy as np

        offsets = self._offsets(rows, col)
        block = self._block
        if block is not None:
            found = np.flatnonzero(offsets >= 0)
            ats = offsets[found]
            np.frombuffer(block.numbers, dtype=np.float64)[ats] = results[found]
            values = block.values
            for at in ats.tolist():
                values[at] = FLOAT
        for i in np.flatnonzero(offsets < 0).tolist():
            self.set_value(int(rows[i]), col, float(results[i]))

    def formula_cells(self) -> Iterator[tuple[int, int, str, object]]:
        """(row, col, formula, cached value) of every formula cell, in reading order."""
        block = self._block
        for row in self.filled_rows():
            line = self._rows.get(row)
            if line is not None:
                if line.formulas:
                    for col in sorted(line.formulas):
                        yield row, col, line.formulas[col], line.values[line.find(col)]
            elif block is not None and block.formulas:
                for at in block.span(row):
                    if at in block.formulas:
                        yield row, block.cols[at], block.formulas[at], block.value(at)

    def as_dict(self) -> dict[tuple[int, int], RawCell]:
        """Every cell as an object: for tests and small sheets, not for the pipeline."""
        out = {}
        for row in self.filled_rows():
            for col in self.filled_cols(row):
                out[(row, col)] = self.cell(row, col)
        return out  # type: ignore[return-value]

    @property
    def has_formulas(self) -> bool:
        return bool(self._block is not None and self._block.formulas) or any(
            line.formulas for line in self._rows.values())

    def forget(self, row: int) -> None:
        """Drop one row already turned into table rows (see ``rows.build_table``)."""
        self._rows.pop(row, None)
        if self._block is not None:
            self._block.drop(row)

    def release(self) -> None:
        """Drop the cells once the tables are built: only formulas need the grid after that."""
        self._rows = {}
        self._block = None

    def filled_rows(self) -> list[int]:
        """Rows holding cells: a sheet reaching XFD1048576 may hold only two."""
        if self._block is None:
            return sorted(self._rows)
        return sorted(chain(self._block.live_rows(), self._rows))

    def filled_cols(self, row: int) -> list[int]:
        block = self._block
        if block is not None and (offsets := block.span(row)):
            return list(block.cols[offsets.start:offsets.stop])
        line = self._rows.get(row)
        return [] if line is None else list(line.cols)

    def include_merges(self) -> None:
        """Merged ranges count towards the sheet's extent, as they do on screen."""
        for _, _, r2, c2 in self.merged:
            self.max_row, self.max_col = max(self.max_row, r2), max(self.max_col, c2)


def _state(value: object, formula: bool) -> tuple[int, float]:
    if value is None:
        return (PENDING if formula else EMPTY), 0.0
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return NUMBER, float(value)
    return OTHER, 0.0
