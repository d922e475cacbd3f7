"""A worksheet as the rest of the pipeline sees it: a compact sparse grid.

Every reader (xlsx, xls/ods, csv) fills one of these. A 100,000-row table
holds millions of cells, so a row keeps its columns, values and style
indexes in parallel arrays instead of one object per cell; ``cell()``
builds a :class:`RawCell` only when asked.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field


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


@dataclass
class Sheet:
    name: str
    styles: list[Style] = field(default_factory=lambda: [PLAIN])
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    hidden: bool = False
    max_row: int = 0
    max_col: int = 0
    _rows: dict[int, _Row] = field(default_factory=dict, repr=False)

    def add(self, row: int, col: int, value: object, formula: str | None = None, style: int = 0) -> None:
        """Store a cell; a later cell at the same place replaces the earlier one, as in Excel."""
        line = self._rows.get(row)
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

    def add_row(self, row: int, cols: list[int], values: list[object], styles: list[int],
                formulas: dict[int, str] | None) -> None:
        """Cells of one row in rising column order, stored in one step (the .xlsx scanner's way);
        a row already begun takes them one by one, so that a later cell still replaces an earlier one."""
        if row in self._rows:
            for at, col in enumerate(cols):
                self.add(row, col, values[at], formulas.get(col) if formulas else None, styles[at])
            return
        line = self._rows[row] = _Row()
        line.cols = array("H", cols)
        line.values = values
        line.styles = array("H", styles)
        line.formulas = formulas
        self.max_row = max(self.max_row, row)
        self.max_col = max(self.max_col, cols[-1])

    def value(self, row: int, col: int) -> object:
        line = self._rows.get(row)
        if line is None:
            return None
        at = line.find(col)
        return None if at < 0 else line.values[at]

    def get(self, row: int, col: int) -> tuple[object, Style, str | None] | None:
        """(value, style, formula) without building an object per cell."""
        line = self._rows.get(row)
        if line is None:
            return None
        at = line.find(col)
        if at < 0:
            return None
        return line.values[at], self.styles[line.styles[at]], line.formulas.get(col) if line.formulas else None

    def cell(self, row: int, col: int) -> RawCell | None:
        found = self.get(row, col)
        if found is None:
            return None
        value, style, formula = found
        return RawCell(value, formula, style.number_format, style.bold)

    def formula(self, row: int, col: int) -> str | None:
        line = self._rows.get(row)
        return line.formulas.get(col) if line is not None and line.formulas else None

    def set_value(self, row: int, col: int, value: object) -> None:
        """A computed formula result takes the place of the missing cached value."""
        line = self._rows[row]
        line.values[line.find(col)] = value

    def formula_cells(self) -> Iterator[tuple[int, int, str, object]]:
        """(row, col, formula, cached value) of every formula cell, in reading order."""
        for row in sorted(self._rows):
            line = self._rows[row]
            if line.formulas:
                for col in sorted(line.formulas):
                    yield row, col, line.formulas[col], line.values[line.find(col)]

    def as_dict(self) -> dict[tuple[int, int], RawCell]:
        """Every cell as an object: for tests and small sheets, not for the pipeline."""
        out = {}
        for row in self.filled_rows():
            for col in self.filled_cols(row):
                out[(row, col)] = self.cell(row, col)
        return out  # type: ignore[return-value]

    @property
    def has_formulas(self) -> bool:
        return any(line.formulas for line in self._rows.values())

    def forget(self, row: int) -> None:
        """Drop one row already turned into table rows (see ``rows.build_table``)."""
        self._rows.pop(row, None)

    def release(self) -> None:
        """Drop the cells once the tables are built: only formulas need the grid after that."""
        self._rows = {}

    def filled_rows(self) -> list[int]:
        """Rows holding cells: a sheet reaching XFD1048576 may hold only two."""
        return sorted(self._rows)

    def filled_cols(self, row: int) -> list[int]:
        line = self._rows.get(row)
        return [] if line is None else list(line.cols)

    def include_merges(self) -> None:
        """Merged ranges count towards the sheet's extent, as they do on screen."""
        for _, _, r2, c2 in self.merged:
            self.max_row, self.max_col = max(self.max_row, r2), max(self.max_col, c2)
