"""A table's parsed cells, held column by column.

A 100,000-row table holds millions of cells, nearly all plain numbers. As a Value in a dict per
row each cost about 200 bytes and a call to the number parser; here a plain number is 10 bytes
(the number as stored and a code for its type and format) and becomes a Value only when something
reads it as one (a finding, a message, the row interpreter); its formula, if it has one, is kept
beside it. Every other cell (text, a number written as text, a formula without a value, a merged or
unusual cell) is kept as the Value it was parsed to. Rules read whole columns from the arrays
(``numbers``, ``codes``) without a Value per cell. Reading a cell gives exactly what
``numbers.parse`` gives for it (``tests/test_cellstore.py``).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import compress
from typing import TYPE_CHECKING

from validator.model import BLANK, CellMap, Value
from validator.tables import numbers

if TYPE_CHECKING:
    import numpy as np

#: codes: no cell, a kept Value; from 2 on, a plain number of ``formats[code]``
ABSENT, KEPT = 0, 1
_EXACT = float(2**53)
_INF = float("inf")
#: materialised plain numbers kept for reuse, at most this many (a Value is about 200 bytes)
_REUSED = 65536
#: a store of at least this many rows works out its rows' units for all rows at once
BULK_ROWS = 200


class CellStore:
    """Rows of cells, row after row in flat arrays (``width`` columns a row)."""

    __slots__ = ("_blank_codes", "_blank_numbers", "_codes_of", "_percent", "_row_units", "_slots", "_units", "codes",
                 "formats", "formulas", "kept", "names", "numbers", "reused", "size", "slot", "width")

    def __init__(self, names: Iterable[str]) -> None:
        self.names = list(names)
        self.slot = {name: at for at, name in enumerate(self.names)}
        self.width = len(self.names)
        self.numbers = array("d")
        self.codes = array("H")
        #: the kept Values; a kept cell's place in ``numbers`` holds its index here
        self.kept: list[Value | None] = []
        #: the formulas of plain numbers (a formula with its cached or computed value), by offset
        self.formulas: dict[int, str] = {}
        #: code -> (written as a whole number, number format, rupiah column)
        self.formats: list[tuple[bool, str, bool]] = [(False, "", False), (False, "", False)]
        self._codes_of: dict[tuple[type, str, bool], int] = {}
        self._slots: dict[tuple[str, ...], tuple[int, ...]] = {}
        self._units: dict[tuple[int, int], str | None] = {}
        #: whether each code's format is a percent, by sign (+, -, 0): ``as_read``
        self._percent: np.ndarray | None = None
        #: slots -> (each row's units as an index into a list of distinct ones), until a cell changes
        self._row_units: dict[tuple[int, ...], tuple[np.ndarray, list[tuple[str, ...]]]] = {}
        self.reused: dict[tuple[int, object], Value] = {}
        self._blank_numbers = array("d", bytes(8 * self.width))
        self._blank_codes = array("H", bytes(2 * self.width))
        self.size = 0

    def new_row(self) -> int:
        """A row of blank cells at the end; its position."""
        self.numbers.extend(self._blank_numbers)
        self.codes.extend(self._blank_codes)
        self.size += 1
        if self._row_units:
            self._row_units.clear()
        return self.size - 1

    def plain(self, raw: object, number_format: str, rupiah: bool) -> int:
        """The code to store ``raw`` as a plain number under, or ABSENT when it must be kept as a Value:
        not an int or float, not finite, an int a double cannot hold, or a format whose percent or
        unit depends on the value."""
        kind = raw.__class__
        if kind is float:
            if not -_INF < raw < _INF:  # type: ignore[operator]
                return ABSENT
        elif kind is not int or not -_EXACT <= raw <= _EXACT:  # type: ignore[operator]
            return ABSENT
        key = (kind, number_format, rupiah)
        code = self._codes_of.get(key)
        if code is None:
            conditional = numbers.shown(number_format or "General", 1)[2]
            code = ABSENT if conditional or len(self.formats) >= 65535 else len(self.formats)
            if code:
                self.formats.append((kind is int, number_format, rupiah))
            self._codes_of[key] = code
        return code

    def plain_codes(self, kinds: np.ndarray, values: np.ndarray, styles: np.ndarray, formats: list[str],
                    rupiah: bool) -> np.ndarray:
        """``plain`` for a column of cells at once: ``kinds`` 1 for a whole number and 2 for a
        float held as a double (0: anything else), ``formats`` the number format of each style
        index. The code is found once per kind and style; ABSENT where ``plain`` gives it."""
        import numpy as np

        codes = np.zeros(len(kinds), dtype=np.int64)
        for key in np.unique((kinds.astype(np.int64) << 16) + styles).tolist():
            kind, style = key >> 16, key & 0xFFFF
            if kind:
                codes[(kinds == kind) & (styles == style)] = self.plain(0 if kind == 1 else 0.0, formats[style], rupiah)
        with np.errstate(invalid="ignore"):
            held = np.isfinite(values) & ((kinds == 2) | (np.abs(values) <= _EXACT))
        return np.where(held, codes, ABSENT)

    def as_read(self, codes: np.ndarray, raw: np.ndarray) -> np.ndarray:
        """Plain numbers (``codes`` above KEPT) as their Values read them: times 100 where the
        format, for the number's sign, is a percent (``numbers.parse``); 0.0 for other cells."""
        import numpy as np

        if self._percent is None or self._percent.shape[1] < len(self.formats):
            self._percent = np.array([[code > KEPT and numbers.shown(number_format or "General", sign)[0]
                                       for code, (_, number_format, _) in enumerate(self.formats)]
                                      for sign in (1, -1, 0)], dtype=bool)
        sign = np.where(raw > 0, 0, np.where(raw < 0, 1, 2))
        plain = codes > KEPT
        with np.errstate(invalid="ignore", over="ignore"):
            return np.where(plain, np.where(self._percent[sign, codes], raw * 100.0, raw), 0.0)

    def keep(self, at: int, value: Value) -> None:
        """Hold ``value`` at flat offset ``at``, in place of what was there."""
        self.formulas.pop(at, None)
        if self._row_units:
            self._row_units.clear()
        if self.codes[at] == KEPT:
            self.kept[int(self.numbers[at])] = value
            return
        self.numbers[at] = len(self.kept)
        self.kept.append(value)
        self.codes[at] = KEPT

    def drop(self, at: int) -> None:
        self.formulas.pop(at, None)
        if self._row_units:
            self._row_units.clear()
        if self.codes[at] == KEPT:
            self.kept[int(self.numbers[at])] = None
        self.numbers[at] = 0.0
        self.codes[at] = ABSENT

    def held(self, at: int) -> Value:
        """The Value kept at flat offset ``at`` (its code is KEPT)."""
        return self.kept[int(self.numbers[at])]  # type: ignore[return-value]

    def value(self, at: int) -> Value | None:
        """The cell at flat offset ``at`` as the number parser gives it; None where there is none."""
        code = self.codes[at]
        if code == KEPT:
            return self.held(at)
        if code == ABSENT:
            return None
        raw = self.numbers[at]
        key = (code, numbers.cache_key(raw))
        found = self.reused.get(key)
        if found is None:
            whole, number_format, rupiah = self.formats[code]
            found = numbers.parse(int(raw) if whole else raw, number_format, rupiah=rupiah)
            if len(self.reused) < _REUSED:
                self.reused[key] = found
        formula = self.formulas.get(at) if self.formulas else None
        return replace(found, formula=formula) if formula else found

    def unit(self, at: int) -> str | None:
        """The unit a plain number's format writes (``0,00 "%"``), without building its Value."""
        raw = self.numbers[at]
        return self._unit_of(self.codes[at], (raw > 0) - (raw < 0))

    def row_units(self, position: int, slots: tuple[int, ...]) -> list[str]:
        """The units written in one row's cells of ``slots``, in column order. The rules and the
        formula audit ask it of every row of a long table: there it is worked out for all rows at
        once, a column at a time, and kept until a cell changes."""
        if self.size < BULK_ROWS:
            return self._units_in(position, slots)
        found = self._row_units.get(slots)
        if found is None:
            found = self._row_units[slots] = self._units_by_row(slots)
        ids, distinct = found
        return list(distinct[ids[position]])

    def _units_in(self, position: int, slots: tuple[int, ...]) -> list[str]:
        base = position * self.width
        found = []
        for slot in slots:
            code = self.codes[base + slot]
            if code:
                unit = self.held(base + slot).unit if code == KEPT else self.unit(base + slot)
                if unit:
                    found.append(unit)
        return found

    def _units_by_row(self, slots: tuple[int, ...]) -> tuple[np.ndarray, list[tuple[str, ...]]]:
        import numpy as np

        width, size = self.width, self.size
        codes = np.frombuffer(self.codes, dtype=np.uint16).reshape(size, width)
        numbers_ = np.frombuffer(self.numbers, dtype=np.float64).reshape(size, width)
        index: dict[str | None, int] = {None: 0, "": 0}  # a unit as a number; 0: none
        columns = []
        for slot in slots:
            keys = codes[:, slot].astype(np.int64) * 3 + np.sign(numbers_[:, slot]).astype(np.int64) + 1
            distinct, inverse = np.unique(keys, return_inverse=True)
            ids = np.zeros(len(distinct), dtype=np.int64)
            for at, key in enumerate(distinct.tolist()):
                code, shifted = divmod(key, 3)
                if code > KEPT:
                    ids[at] = index.setdefault(self._unit_of(code, shifted - 1), len(index))
            column = ids[inverse.reshape(-1)]
            for position in np.flatnonzero(codes[:, slot] == KEPT).tolist():
                unit = self.held(position * width + slot).unit
                column[position] = index.setdefault(unit, len(index))
            columns.append(column)
        combined = np.zeros(size, dtype=np.int64)  # rows with the same units in every column share a number
        for column in columns:
            combined = np.unique(combined * (len(index) + 1) + column, return_inverse=True)[1].reshape(-1)
        firsts = np.unique(combined, return_index=True)[1].tolist()
        names = {at: unit for unit, at in index.items()}
        return combined, [tuple(names[int(column[row])] for column in columns if column[row]) for row in firsts]

    def _unit_of(self, code: int, sign: int) -> str | None:
        key = (code, sign)
        if key not in self._units:  # a format's unit depends only on the number's sign: found once for each
            self._units[key] = numbers.shown(self.formats[code][1] or "General", sign)[1]
        return self._units[key]

    def row(self, position: int) -> RowCells:
        return RowCells(self, position)

    def slots(self, columns: Iterable[str]) -> tuple[int, ...]:
        """The slots of the named columns, in column order; asked once per row, kept per set of names."""
        key = tuple(columns)
        found = self._slots.get(key)
        if found is None:
            found = self._slots[key] = tuple(at for at, name in enumerate(self.names) if name in key)
        return found


class RowCells(CellMap):
    """One row of a :class:`CellStore`, read and written like a dict of Values."""

    __slots__ = ("position", "store")

    def __init__(self, store: CellStore, position: int) -> None:
        self.store = store
        self.position = position

    def _offsets(self) -> list[tuple[str, int, int]]:
        """(column, offset, code) of each filled cell, in column order."""
        store = self.store
        base = self.position * store.width
        codes = store.codes[base:base + store.width]
        return list(compress(zip(store.names, range(base, base + store.width), codes, strict=True), codes))

    def get(self, column: str, default: Value | None = None) -> Value | None:  # type: ignore[override]
        store = self.store
        at = store.slot.get(column)
        if at is None:
            return default
        found = store.value(self.position * store.width + at)
        return default if found is None else found

    def __getitem__(self, column: str) -> Value:
        found = self.get(column)
        return BLANK if found is None else found

    def __contains__(self, column: object) -> bool:
        store = self.store
        at = store.slot.get(column)  # type: ignore[arg-type]
        return at is not None and store.codes[self.position * store.width + at] != ABSENT

    def __setitem__(self, column: str, value: Value) -> None:
        store = self.store
        at = self.position * store.width + store.slot[column]
        if value is BLANK:
            self.__delitem__(column)
            return
        store.keep(at, value)

    def __delitem__(self, column: str) -> None:
        store = self.store
        store.drop(self.position * store.width + store.slot[column])

    def __iter__(self) -> Iterator[str]:
        return (name for name, _, _ in self._offsets())

    def items(self) -> Iterator[tuple[str, Value]]:  # type: ignore[override]
        """The filled cells in column order, each read as it is reached (a reader that stops at the
        first cell that decides builds one Value, not twenty)."""
        value = self.store.value
        return ((name, value(at)) for name, at, _ in self._offsets())  # type: ignore[misc]

    def __len__(self) -> int:
        return sum(1 for _ in self._offsets())

    def __repr__(self) -> str:
        return f"RowCells({dict(self.items())!r})"

    def units(self, columns: Iterable[str] | None = None) -> list[str]:
        store = self.store
        return store.row_units(self.position, store.slots(store.names if columns is None else columns))

    def texts(self) -> list[str]:
        held = self.store.held
        return [text for _, at, code in self._offsets() if code == KEPT and (text := held(at).text)]

    def problems(self) -> list[tuple[str, Value]]:
        held = self.store.held
        return [(name, held(at)) for name, at, code in self._offsets() if code == KEPT and held(at).problem]

    def release(self) -> None:
        self.store.reused.clear()

    def setdefault(self, column: str, default: Value = BLANK) -> Value:  # type: ignore[override]
        if column not in self:
            self[column] = default
        return self[column]

    def formulas(self) -> list[tuple[str, str]]:
        store = self.store
        held, written = store.held, store.formulas
        found = [(name, written[at] if at in written else held(at).formula if code == KEPT else None)
                 for name, at, code in self._offsets()]
        return [(name, formula) for name, formula in found if formula]

    def kept(self, skip: Iterable[str] = ()) -> list[tuple[str, Value]]:
        held = self.store.held
        return [(name, held(at)) for name, at, code in self._offsets() if code == KEPT and name not in skip]

    def numbered(self, skip: Iterable[str] = ()) -> bool:
        return any(code != KEPT or self.store.held(at).number is not None
                   for name, at, code in self._offsets() if name not in skip)

    def filled(self, skip: Iterable[str] = ()) -> bool:
        return any(code != KEPT or not self.store.held(at).blank
                   for name, at, code in self._offsets() if name not in skip)
