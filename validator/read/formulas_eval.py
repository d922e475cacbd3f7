"""Compute formula cells that carry no cached value.

Workbooks written by scripts (openpyxl, pandas) store formulas without
results. Each distinct formula *shape* (its R1C1 form) is compiled once with
the ``formulas`` package and then applied to every cell of that shape, so a
column of ten thousand ``=ROUND(S9/I9*100,2)`` costs one compilation.
"""

from __future__ import annotations

import contextlib
import functools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from validator.excel import column_index_from_string
from validator.read.grid import Sheet

if TYPE_CHECKING:
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
    """R1C1 form: equal for formulas that differ only by the row they sit on. Kept for a while:
    the formula fill and the formula audit both ask for every formula cell's shape."""
    if '"' not in formula:
        def relative(match: re.Match[str]) -> str:
            sheet, c_abs, letters, r_abs, digits = match.groups()
            r, c = int(digits), _column_index(letters)
            return (f"{sheet or ''}{f'R{r}' if r_abs else f'R[{r - row}]'}"
                    f"{f'C{c}' if c_abs else f'C[{c - col}]'}")
        return _REF.sub(relative, formula).upper()
    out, last = [], 0
    for match in tokens(formula):
        out.append(formula[last : match.start()])
        r, c = int(match.group("row")), _column_index(match.group("col"))
        r_part = f"R{r}" if match.group("r_abs") else f"R[{r - row}]"
        c_part = f"C{c}" if match.group("c_abs") else f"C[{c - col}]"
        out.append(f"{match.group('sheet') or ''}{r_part}{c_part}")
        last = match.end()
    out.append(formula[last:])
    return "".join(out).upper()


_column_index = functools.lru_cache(maxsize=4096)(column_index_from_string)


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
        self.computed: set[tuple[str, int, int]] = set()
        self._fresh: dict[str, dict[tuple[int, int], float]] = {}

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
        missing = [cell for cell in sheet.formula_cells() if cell[3] is None]
        groups = _programs(missing)
        before = self.evaluated
        progress = True
        while progress and groups:
            progress = False
            for form, (program, members) in groups.items():
                results, waiting = _run_column(sheet, program, members)
                for (row, col), result in results.items():
                    sheet.set_value(row, col, result)
                    self.computed.add((sheet.name, row, col))
                    self.evaluated += 1
                progress |= len(waiting) < len(members)
                groups[form] = (program, waiting)
        return self.evaluated - before == len(missing)

    def _fresh_column_values(self, sheet: Sheet) -> dict[tuple[int, int], float]:
        """Every cached formula cell's value from its inputs as they stand, a column at a time."""
        found = self._fresh.get(sheet.name)
        if found is None:
            found = {}
            groups = _programs(cell for cell in sheet.formula_cells() if cell[3] is not None)
            for program, members in groups.values():
                found.update(_run_column(sheet, program, members)[0])
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
        self.computed.add((sheet.name, row, col))
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

Member = tuple[int, int, str]


def _programs(cells: Iterable[tuple[int, int, str, object]]) -> dict[str, tuple[Program, list[Member]]]:
    """Formula cells grouped by shape, for the shapes worth a column program."""
    groups: dict[str, list[Member]] = {}
    for row, col, formula, _value in cells:
        groups.setdefault(shape(formula, row, col), []).append((row, col, formula))
    out = {}
    for form, members in groups.items():
        if len(members) >= MIN_VECTOR:
            from validator.read.vectorised import compile_shape

            program = compile_shape(members[0][2], members[0][0], members[0][1])
            if program is not None:
                out[form] = (program, members)
    return out


def _run_column(sheet: Sheet, program: Program, members: list[Member]
                ) -> tuple[dict[tuple[int, int], float], list[Member]]:
    """Results of the members whose inputs are numbers or empty, and the members still
    waiting for an input formula. Rows with text, errors or a non-finite result are in
    neither: the per-cell path decides those."""
    ready, waiting, columns = [], [], [[] for _ in program.inputs]
    for member in members:
        row, col, _ = member
        values = []
        for spec in program.inputs:
            r, c = spec.at(row, col)
            value = sheet.value(r, c) if r > 0 and c > 0 else "#REF!"
            if value is None:
                if sheet.formula(r, c) is not None:
                    break  # an input formula not computed yet
                value = 0.0
            elif isinstance(value, bool) or not isinstance(value, (int, float)):
                value = None  # text or an error: Excel's rules for those are the per-cell path's job
            values.append(value)
        else:
            if None not in values:
                ready.append(member)
                for column, value in zip(columns, values, strict=True):
                    column.append(float(value))
            continue
        waiting.append(member)
    if not ready:
        return {}, waiting
    import numpy as np

    results = program.run([np.asarray(column, dtype=float) for column in columns])
    done = {(row, col): result for (row, col, _), result in zip(ready, results.tolist(), strict=True)
            if math.isfinite(result)}
    return done, waiting


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

