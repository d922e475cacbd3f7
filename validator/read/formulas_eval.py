"""Compute formula cells that carry no cached value.

Workbooks written by scripts (openpyxl, pandas) store formulas without
results. Each distinct formula *shape* (its R1C1 form) is compiled once with
the ``formulas`` package and then applied to every cell of that shape, so a
column of ten thousand ``=ROUND(S9/I9*100,2)`` costs one compilation.
"""

from __future__ import annotations

import contextlib
import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from validator.excel import column_index_from_string
from validator.read.grid import OTHER, PENDING, FormulaCells, Sheet

if TYPE_CHECKING:
    import numpy as np

    from validator.read.vectorised import Program

#: Fewer cells of one shape than this are not worth the array setup.
MIN_VECTOR = 8

_REF = re.compile(
    r"(?P<sheet>(?:'[^']+'|[A-Za-z_][\w.]*)!)?(?P<c_abs>\$?)(?P<col>[A-Z]{1,3})(?P<r_abs>\$?)(?P<row>\d+)(?![\w(])"
)
_STRING = re.compile(r'"[^"]*"')


@dataclass(frozen=True)
class Unevaluated:
    """A formula Periksa could not compute; reported on its cell."""

    sheet: str
    row: int
    col: int
    reason: str


class _Compiled:
    def __init__(self, func: Any, anchor_tokens: list[str]) -> None:
        self.func = func
        self.inputs = list(func.inputs)
        self.anchor_tokens = anchor_tokens


def tokens(formula: str) -> list[re.Match[str]]:
    """Cell references in a formula, outside string literals."""
    strings = [m.span() for m in _STRING.finditer(formula)]
    return [m for m in _REF.finditer(formula) if not any(a <= m.start() < b for a, b in strings)]


@functools.lru_cache(maxsize=1 << 16)
def shape(formula: str, row: int, col: int) -> str:
    """R1C1 form: equal for formulas that differ only by the row they sit on. Asked for the cells
    ``SheetFormulas.of`` cannot match to a shape above them, and by the cell-by-cell path."""
    out, last = [], 0
    for match in tokens(formula):
        sheet, c_abs, letters, r_abs, digits = match.groups()
        r, c = int(digits), _column_index(letters)
        out.append(formula[last : match.start()])
        out.append(f"{sheet or ''}{f'R{r}' if r_abs else f'R[{r - row}]'}{f'C{c}' if c_abs else f'C[{c - col}]'}")
        last = match.end()
    out.append(formula[last:])
    return "".join(out).upper()


_column_index = functools.lru_cache(maxsize=4096)(column_index_from_string)


class RowTemplate:
    """A formula with its relative row numbers left open: the text its shape has on a later row
    of the same column. A formula equal to that text has that shape, found without a regex."""

    __slots__ = ("format", "offsets")

    def __init__(self, formula: str, row: int) -> None:
        parts: list[str] = []
        self.offsets: list[int] = []
        last = 0
        for match in tokens(formula):
            if match.group("r_abs"):
                continue
            offset = int(match.group("row")) - row
            if offset not in self.offsets:
                self.offsets.append(offset)
            parts.append(_literal(formula[last:match.start("row")]))
            parts.append(f"{{{self.offsets.index(offset)}}}")
            last = match.end("row")
        parts.append(_literal(formula[last:]))
        self.format = "".join(parts)

    def text(self, row: int) -> str:
        offsets = self.offsets
        if len(offsets) == 1:
            return self.format.format(row + offsets[0])
        return self.format.format(*[row + offset for offset in offsets])


def _literal(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


@dataclass
class SheetFormulas:
    """A sheet's formula cells (column by column, down each column) with the shape of each."""

    cells: FormulaCells
    forms: list[str]
    #: each cell's shape, as an index into ``forms``
    ids: list[int]
    _arrays: tuple[np.ndarray, np.ndarray, np.ndarray] | None = field(default=None, repr=False)

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(rows, shape ids, missing) as arrays, for the audit's work by column."""
        import numpy as np

        if self._arrays is None:
            self._arrays = (np.asarray(self.cells.rows, dtype=np.int64), np.asarray(self.ids, dtype=np.int64),
                            np.asarray(self.cells.missing, dtype=bool))
        return self._arrays

    @classmethod
    def of(cls, cells: FormulaCells) -> SheetFormulas:
        """Shapes a column at a time: a cell whose text is what the shape of a cell above it
        gives on its row shares that shape (the last few shapes are tried, for columns where
        entity and summary rows alternate); only the others are parsed."""
        forms: list[str] = []
        known: dict[str, int] = {}
        ids: list[int] = []
        recent: list[tuple[RowTemplate, int]] = []
        column = None
        for row, col, formula in zip(cells.rows, cells.cols, cells.formulas, strict=True):
            if col != column:
                recent, column = [], col
            found = None
            for template, known_id in recent:
                if template.text(row) == formula:
                    found = known_id
                    break
            if found is None:
                form = shape(formula, row, col)
                found = known.setdefault(form, len(forms))
                if found == len(forms):
                    forms.append(form)
                recent.insert(0, (RowTemplate(formula, row), found))
                del recent[4:]
            ids.append(found)
        return cls(cells, forms, ids)


def _normal(token: str) -> str:
    return token.replace("$", "").replace("'", "").upper()


class FormulaEvaluator:
    """Fill in missing values of one workbook's sheets, on demand or all at once."""

    def __init__(self, sheets: list[Sheet], max_depth: int = 200) -> None:
        self.sheets = {sheet.name.upper(): sheet for sheet in sheets}
        self.compiled: dict[str, _Compiled | None] = {}
        self.problems: list[Unevaluated] = []
        self.max_depth = max_depth
        self._active: set[tuple[str, int, int]] = set()
        self._failed: dict[tuple[str, int, int], str] = {}
        self.evaluated = 0
        self._fresh: dict[str, dict[tuple[int, int], float]] = {}
        self._formulas: dict[str, SheetFormulas] = {}

    def has_sheet(self, sheet_name: str) -> bool:
        return sheet_name.upper() in self.sheets

    def formulas(self, sheet_name: str) -> SheetFormulas:
        """The sheet's formula cells and their shapes, as they were read (before any was computed)."""
        key = sheet_name.upper()
        found = self._formulas.get(key)
        if found is None:
            found = self._formulas[key] = SheetFormulas.of(self.sheets[key].formula_columns())
        return found

    def fill(self, vectorised: bool = True) -> list[Unevaluated]:
        complete = {sheet.name for sheet in self.sheets.values() if vectorised and self._fill_columns(sheet)}
        for sheet in self.sheets.values():
            if sheet.name in complete:  # every formula without a value got one: no second pass
                continue
            for row, col, formula, value in list(sheet.formula_cells()):
                if value is None and (sheet.name, row, col) not in self._failed:
                    with contextlib.suppress(_Unresolved):
                        self._compute(sheet, row, col, formula, 0)
        return self.problems

    def _fill_columns(self, sheet: Sheet) -> bool:
        """Whole columns of one shape at once (see ``vectorised``), in dependency order:
        a row waits until the formula cells it reads have values. What is left, or not
        plain arithmetic, goes cell by cell. True when nothing is left."""
        found = self.formulas(sheet.name)
        if not any(found.cells.missing):
            return True
        groups = _programs(found, missing=True)
        before = self.evaluated
        progress = True
        while progress and groups:
            progress = False
            for key, (program, rows, col) in groups.items():
                done, results, waiting = _run_column(sheet, program, rows, col)
                sheet.set_numbers(done, col, results)
                self.evaluated += len(done)
                progress |= len(waiting) < len(rows)
                groups[key] = (program, waiting, col)
        return self.evaluated - before == sum(found.cells.missing)

    def _fresh_column_values(self, sheet: Sheet) -> dict[tuple[int, int], float]:
        """Every cached formula cell's value from its inputs as they stand, a column at a time."""
        found = self._fresh.get(sheet.name)
        if found is None:
            found = {}
            for program, rows, col in _programs(self.formulas(sheet.name), missing=False).values():
                done, results, _ = _run_column(sheet, program, rows, col)
                found.update(zip(((row, col) for row in done.tolist()), results.tolist(), strict=True))
            self._fresh[sheet.name] = found
        return found

    def _compute(self, sheet: Sheet, row: int, col: int, formula: str, depth: int) -> object:
        """The cell's value; raises _Unresolved, after recording it, when it has none."""
        key = (sheet.name, row, col)
        if key in self._failed:
            raise _Unresolved(self._failed[key])
        if key in self._active or depth > self.max_depth:
            raise _Unresolved("circular")
        try:
            return self._evaluate(sheet, row, col, formula, depth)
        except _Unresolved as exc:
            self._failed[key] = exc.reason
            self.problems.append(Unevaluated(sheet.name, row, col, exc.reason))
            raise

    def _evaluate(self, sheet: Sheet, row: int, col: int, formula: str, depth: int) -> object:
        value = self._apply(sheet, row, col, formula, depth)
        sheet.set_value(row, col, value)
        self.evaluated += 1
        return value

    def recompute(self, sheet_name: str, row: int, col: int) -> object:
        """What a formula gives from its inputs' current values, without storing it:
        compared with the cached value, it tells a stale cache. None when not computable."""
        sheet = self.sheets[sheet_name.upper()]
        formula = sheet.formula(row, col)
        if formula is None:
            return None
        fresh = self._fresh_column_values(sheet).get((row, col))
        if fresh is not None:
            return fresh
        try:
            return self._apply(sheet, row, col, formula, 0)
        except _Unresolved:
            return None

    def _apply(self, sheet: Sheet, row: int, col: int, formula: str, depth: int) -> object:
        key = (sheet.name, row, col)
        form = shape(formula, row, col)
        compiled = self.compiled.get(form, ...)
        if compiled is ...:
            compiled = self._compile(formula)
            self.compiled[form] = compiled
        if compiled is None:
            raise _Unresolved("unsupported")
        mapping = {
            _normal(a): _normal(b.group(0))
            for a, b in zip(compiled.anchor_tokens, tokens(formula), strict=False)
        }
        self._active.add(key)
        try:
            args = [self._input(sheet, name, mapping, depth) for name in compiled.inputs]
            result = compiled.func(*args)
        except _Unresolved:
            raise
        except Exception:  # noqa: BLE001 - the formulas package raises many kinds
            raise _Unresolved("unsupported") from None
        finally:
            self._active.discard(key)
        return _scalar(result)

    def _compile(self, formula: str) -> _Compiled | None:
        import formulas

        try:
            func = formulas.Parser().ast(formula)[1].compile()
        except Exception:  # noqa: BLE001 - parser errors have no common base
            return None
        return _Compiled(func, [m.group(0) for m in tokens(formula)])

    def _input(self, sheet: Sheet, name: str, mapping: dict[str, str], depth: int) -> Any:
        target_sheet = sheet
        if "!" in name:
            sheet_name, _, name = name.rpartition("!")
            anchor_prefix = sheet_name + "!"
            if sheet_name.startswith("["):
                raise _Unresolved("external")
            target_sheet = self.sheets.get(sheet_name.upper())
            if target_sheet is None:
                raise _Unresolved("external")
            parts = [mapping.get(anchor_prefix + p, p).rpartition("!")[2] for p in name.split(":")]
        else:
            parts = [mapping.get(p, p) for p in name.split(":")]
        coords = [_coords(p) for p in parts]
        if len(coords) == 1:
            return self._cell(target_sheet, *coords[0], depth)
        (r1, c1), (r2, c2) = coords
        import numpy as np

        grid = np.empty((r2 - r1 + 1, c2 - c1 + 1), dtype=object)
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                grid[r - r1, c - c1] = self._cell(target_sheet, r, c, depth)
        return grid

    def _cell(self, sheet: Sheet, row: int, col: int, depth: int) -> Any:
        value = sheet.value(row, col)
        if value is None:
            import schedula

            formula = sheet.formula(row, col)
            return schedula.EMPTY if formula is None else self._compute(sheet, row, col, formula, depth + 1)
        return value

def _programs(found: SheetFormulas, missing: bool) -> dict[tuple[int, int], tuple[Program, np.ndarray, int]]:
    """(program, rows, column) per column and shape, for the cells without a cached value (or
    with one) in groups worth a column program."""
    import numpy as np

    from validator.read.vectorised import compile_shape

    cells = found.cells
    groups: dict[tuple[int, int], list[int]] = {}
    for at, (col, form, lacking) in enumerate(zip(cells.cols, found.ids, cells.missing, strict=True)):
        if lacking is missing:
            groups.setdefault((col, form), []).append(at)
    out = {}
    for key, members in groups.items():
        if len(members) >= MIN_VECTOR:
            first = members[0]
            program = compile_shape(cells.formulas[first], cells.rows[first], cells.cols[first])
            if program is not None:
                out[key] = (program, np.array([cells.rows[at] for at in members], dtype=np.int64), key[0])
    return out


def _run_column(sheet: Sheet, program: Program, rows: np.ndarray, col: int
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(rows, results) of the cells whose inputs are numbers or empty, and the rows still
    waiting for an input formula. Rows with text, errors or a non-finite result are in
    neither: the per-cell path decides those."""
    import numpy as np

    waiting = np.zeros(len(rows), dtype=bool)
    unusable = np.zeros(len(rows), dtype=bool)
    columns = []
    for spec in program.inputs:
        at_rows, at_col = spec.at(rows, col)
        values, states = sheet.numbers_at(np.broadcast_to(np.asarray(at_rows, dtype=np.int64), rows.shape), at_col)
        waiting |= states == PENDING
        unusable |= states == OTHER
        columns.append(values)
    ready = ~(waiting | unusable)
    if not ready.any():
        return rows[:0], np.zeros(0), rows[waiting]
    results = program.run([column[ready] for column in columns])
    finite = np.isfinite(results)
    return rows[ready][finite], results[finite], rows[waiting]


class _Unresolved(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _coords(ref: str) -> tuple[int, int]:
    match = re.fullmatch(r"([A-Z]{1,3})(\d+)", ref)
    if not match:
        raise _Unresolved("unsupported")
    return int(match.group(2)), column_index_from_string(match.group(1))


def _scalar(result: Any) -> object:
    import numpy as np
    import schedula

    while isinstance(result, np.ndarray):
        if result.size != 1:
            return None
        result = result.reshape(-1)[0]
    if result is schedula.EMPTY:
        return None
    if isinstance(result, (np.floating, np.integer)):
        return float(result)
    if isinstance(result, np.bool_):
        return bool(result)
    if type(result).__name__ == "XlError":
        return str(result)
    return result

