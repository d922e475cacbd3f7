"""Rules as column programs: one rule evaluated over whole columns at once.

The row interpreter (``engine.TableRules.outcome``) stays the only source of findings and of
every skip reason. A column program answers, for each row a rule selects, "the rule holds" or
"its ``when`` is false" only where the interpreter would certainly say the same: the same IEEE
arithmetic, the same tolerances, and a sum (which ``math.fsum`` rounds once) settled only where
it is exact or clears its tolerance by more than its error bound. Every other row (a finding, a
blank or unreadable input, a number where text is compared, a zero divisor, a construct without a
column form such as ``round`` or ``text``) is left to the interpreter. Most rows of a submitted
table are consistent, so most rows never reach the per-row Python path.
"""

from __future__ import annotations

import ast
import re
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from validator.model import Row, Value
from validator.packs.expr import AGGREGATES, ROW_ACCESS, ROW_SETS, Expression, normalise_text
from validator.packs.rulepack import Rule
from validator.tables import numbers
from validator.tables.cellstore import KEPT, CellStore, RowCells

BLANK, NUMBER, TEXT, UNUSABLE = 0, 1, 2, 3
UNDECIDED, HOLDS, WHEN_FALSE = 0, 1, 2
EXACT_INTEGERS = float(2**53)
#: half a unit in the last written place, as ``engine._within`` computes it (Python floats)
HALF_UNIT = tuple(0.5 * 10.0**-places for places in range(32))


@dataclass(frozen=True, slots=True)
class Vec:
    """An expression's value on each row of a domain, where the interpreter computes it too, and
    (``err``) a bound on how far an inexact sum may be from ``math.fsum``'s."""

    value: np.ndarray
    ok: np.ndarray
    boolean: bool
    err: np.ndarray | None = None
    #: the values are strings (an object array): kode, predikat labels
    text: bool = False

    def truth(self) -> np.ndarray:
        if self.text:
            return self.value.astype(bool)
        return self.value if self.boolean else self.value != 0

    @property
    def exact(self) -> np.ndarray:
        """Where the value is the interpreter's to the last bit: what every operator needs."""
        return self.ok if self.err is None else self.ok & (self.err == 0)

    @property
    def number(self) -> np.ndarray:
        """Where the value is an exact number (arithmetic refuses booleans and text)."""
        return self.exact & (not self.boolean) & (not self.text)


Program = Callable[[np.ndarray], Vec]


class ColumnData:
    """A table's logical columns as arrays (value, kind, written decimals), built on first use,
    and the row relations rules read (children, a summary's group, the parent), kept per row."""

    def __init__(self, rows: Sequence[Row], place: Callable[[Row], int],
                 related: Callable[[Row, str, str | None], Sequence[Row]],
                 previous: Callable[[Row, str], Row | None],
                 variables: Callable[[Row], dict[str, Any]],
                 scale: Callable[[float, str | None], str] | None = None) -> None:
        self.rows = rows
        self.scale = scale
        self._labels: dict[tuple[float, str | None], str | None] = {}
        self._texts: dict[str, np.ndarray] = {}
        self.place = place
        self.related = related
        self.previous = previous
        self.variables = variables
        self._columns: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._decimals: dict[str, np.ndarray] = {}
        self._variables: dict[str, tuple[np.ndarray, np.ndarray, bool]] = {}
        self._row_variables: list[dict[str, Any]] | None = None
        #: per row set: each row's member count (-2 not yet found), start in the flat positions, the positions
        self._members: dict[tuple[str, str | None], tuple[np.ndarray, np.ndarray, array[int]]] = {}
        self._others: dict[str, np.ndarray] = {}
        #: each row selection's positions, with the selection kept alive so that its id stays its own
        self._domains: dict[int, tuple[Sequence[Row], np.ndarray]] = {}
        self._stored = _StoredColumns.of(rows)

    def domain(self, selected: Sequence[Row]) -> np.ndarray:
        """The selected rows' positions in the table, kept per selection (rules share them)."""
        kept = self._domains.get(id(selected))
        if kept is None:
            positions = np.fromiter((self.place(row) for row in selected), dtype=np.int64, count=len(selected))
            kept = self._domains[id(selected)] = (selected, positions)
        return kept[1]

    def column(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """(numbers, kinds) as ``engine._lookup`` reads them: blank, number, text or unusable."""
        found = self._columns.get(name)
        if found is None:
            if self._stored is not None and name in self._stored.store.slot:
                found = self._stored.column(name)
            elif self._stored is None and not self._columns:
                self._read()
                found = self._columns.get(name)
            if found is None:  # a column no row fills
                found = (np.zeros(len(self.rows)), np.zeros(len(self.rows), dtype=np.int8))
            self._columns[name] = found
        return found

    def texts(self, name: str) -> np.ndarray:
        """The column's text cells as written ("" elsewhere), for text rules (kode, predikat)."""
        found = self._texts.get(name)
        if found is None:
            kinds = self.column(name)[1]
            found = np.empty(len(self.rows), dtype=object)
            found[:] = ""
            for index in np.flatnonzero(kinds == TEXT).tolist():
                found[index] = self.rows[index].cells[name].text
            self._texts[name] = found
        return found

    def decimals(self, name: str) -> np.ndarray:
        values = self.column(name)[0]
        if self._stored is not None and name not in self._decimals and name in self._stored.store.slot:
            self._decimals[name] = self._stored.decimals(name, values)
        return self._decimals.get(name, np.zeros(len(self.rows), dtype=np.int16))

    def _read(self) -> None:
        """Each column's cells as (kind, number, decimals) arrays, without an object per cell."""
        count = len(self.rows)
        cells = [row.cells for row in self.rows]
        names = {name for row_cells in cells for name in row_cells}
        for name in names:
            table = np.fromiter((_classified(row_cells.get(name)) for row_cells in cells),
                                dtype=np.dtype((np.float64, 3)), count=count).reshape(count, 3)
            self._columns[name] = (np.ascontiguousarray(table[:, 1]), table[:, 0].astype(np.int8))
            self._decimals[name] = table[:, 2].astype(np.int16)
        if not self._columns:
            self._columns[""] = (np.zeros(count), np.zeros(count, dtype=np.int8))

    def label(self, value: float, profile: str | None) -> str | None:
        """A scale's predikat for a value, once per distinct value; None if the scale fails
        (the interpreter reports that)."""
        key = (value, profile)
        if key not in self._labels:
            try:
                self._labels[key] = self.scale(value, profile) if self.scale is not None else None
            except Exception:  # noqa: BLE001 - left to the interpreter, which reports it
                self._labels[key] = None
        return self._labels[key]


    def variable(self, name: str) -> tuple[np.ndarray, np.ndarray, bool] | None:
        """A row variable (summable, negative, ...) or pack parameter: (values, present, boolean);
        None when its type differs between rows (left to the interpreter)."""
        found = self._variables.get(name)
        if found is None:
            if self._row_variables is None:
                self._row_variables = [self.variables(row) for row in self.rows]
            raw = [variables.get(name) for variables in self._row_variables]
            present = np.array([v is not None for v in raw], dtype=bool)
            kinds = {type(v) for v in raw if v is not None}
            if kinds <= {bool}:
                values = np.array([bool(v) for v in raw], dtype=bool)
                found = (values, present, True)
            elif kinds <= {int, float}:
                values = np.array([float(v) if v is not None else 0.0 for v in raw])
                found = (values, present, False)
            else:
                return None
            self._variables[name] = found
        return found

    def members(self, kind: str, selector: str | None, domain: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(lengths, flat member positions) of a row set for each domain row; length 0 where empty,
        -1 where a member is not a row of the table. Each row's set is found once, kept in arrays."""
        known = self._members.get((kind, selector))
        if known is None:
            known = self._members[(kind, selector)] = (
                np.full(len(self.rows), -2, dtype=np.int64), np.zeros(len(self.rows), dtype=np.int64), array("q"))
        lengths_of, starts_of, flat_of = known
        for index in domain[lengths_of[domain] == -2].tolist():
            positions = [self.place(r) for r in self.related(self.rows[index], kind, selector)]
            if -1 in positions:
                lengths_of[index] = -1
                continue
            starts_of[index], lengths_of[index] = len(flat_of), len(positions)
            flat_of.extend(positions)
        lengths = lengths_of[domain]
        filled = lengths > 0
        counts, starts = lengths[filled], starts_of[domain][filled]
        offsets = np.cumsum(counts) - counts
        at = np.repeat(starts - offsets, counts) + np.arange(int(counts.sum()), dtype=np.int64)
        return lengths, np.frombuffer(flat_of, dtype=np.int64)[at] if len(flat_of) else at

    def other(self, kind: str) -> np.ndarray:
        """The parent (or previous) row's position for every row, -1 where there is none."""
        found = self._others.get(kind)
        if found is None:
            out = []
            for row in self.rows:
                other = self.previous(row, kind)
                out.append(-1 if other is None else self.place(other))
            found = self._others[kind] = np.array(out, dtype=np.int64)
        return found


class _StoredColumns:
    """Columns read straight from the table's column store (``tables.cellstore``): plain numbers as
    one array operation, and only the cells kept as Values one by one."""

    def __init__(self, store: CellStore, positions: np.ndarray) -> None:
        self.store = store
        self.positions = positions

    @classmethod
    def of(cls, rows: Sequence[Row]) -> _StoredColumns | None:
        """Only when every row is a row of one store (a table built from a sheet); else None."""
        store = None
        positions = np.empty(len(rows), dtype=np.int64)
        for index, row in enumerate(rows):
            cells = row.cells
            if not isinstance(cells, RowCells) or (store is not None and cells.store is not store):
                return None
            store = cells.store
            positions[index] = cells.position
        return None if store is None else cls(store, positions)

    def _codes(self, slot: int) -> np.ndarray:
        return np.frombuffer(self.store.codes, dtype=np.uint16).reshape(-1, self.store.width)[self.positions, slot]

    def _raw(self, slot: int) -> np.ndarray:
        return np.frombuffer(self.store.numbers, dtype=np.float64).reshape(-1, self.store.width)[self.positions, slot]

    def _kept_in(self, codes: np.ndarray, raw: np.ndarray) -> list[tuple[int, Value]]:
        """(row index, Value) of the column's cells kept as Values (``raw`` holds their index in the store)."""
        indexes = np.flatnonzero(codes == KEPT)
        kept = self.store.kept
        return [(index, kept[int(held)]) for index, held in zip(indexes.tolist(), raw[indexes].tolist(), strict=True)]

    def column(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        slot = self.store.slot[name]
        codes, raw = self._codes(slot), self._raw(slot)
        values = self.store.as_read(codes, raw)
        kinds = np.where(codes > KEPT, NUMBER, BLANK).astype(np.int8)
        for index, value in self._kept_in(codes, raw):
            kinds[index], values[index], _ = _classified(value)
        return values, kinds

    def decimals(self, name: str, values: np.ndarray) -> np.ndarray:
        """Decimals as written (``numbers.written_decimals``), once per distinct non-whole number."""
        out = np.zeros(len(values), dtype=np.int16)
        slot = self.store.slot[name]
        codes = self._codes(slot)
        raw = self._raw(slot)
        fractional = (codes > KEPT) & ~((values == np.floor(values)) & (np.abs(values) < 1e15))
        if fractional.any():
            distinct, inverse = np.unique(values[fractional], return_inverse=True)
            places = np.array([numbers.written_decimals(v) for v in distinct.tolist()], dtype=np.int16)
            out[fractional] = places[inverse]
        for index, value in self._kept_in(codes, raw):
            out[index] = _classified(value)[2]
        return out


_NOTHING = (BLANK, 0.0, 0)


def _classified(value: Value | None) -> tuple[int, float, int]:
    """(kind, number, decimals) as ``engine._lookup`` reads the value."""
    if value is None:
        return _NOTHING
    if value.problem:
        return UNUSABLE, 0.0, 0
    if value.number is not None:
        return NUMBER, value.number, value.decimals or 0
    return (TEXT, 0.0, 0) if value.text else _NOTHING


def settle(rule: Rule, domain: np.ndarray, data: ColumnData, rupiah: float) -> np.ndarray:
    """UNDECIDED, HOLDS or WHEN_FALSE for each domain row (positions in the table)."""
    status = np.zeros(len(domain), dtype=np.int8)
    live = np.ones(len(domain), dtype=bool)
    if rule.when is not None:
        when = compile_program(rule.when, rule.when.tree, data)
        if when is None:
            return status
        with np.errstate(all="ignore"):
            found = when(domain)
        truth = found.truth()
        status[found.ok & ~truth] = WHEN_FALSE
        live = found.ok & truth
    tree = rule.check.tree
    target = rule.check.target()
    with np.errstate(all="ignore"):
        if target and isinstance(tree, ast.Compare) and len(tree.ops) == 1 and isinstance(tree.ops[0], ast.Eq):
            compiler = _Compiler(rule.check.names, data)
            rhs = tree.comparators[0]
            expected = compiler.build_text(rhs) if _texty(rhs) else compiler.build(rhs)
            if expected is None:
                return status
            result = expected(domain)
            if result.text:
                holds = live & result.ok & (data.column(target)[1][domain] == TEXT) & _same_text(
                    data.texts(target)[domain], result.value)
                status[holds] = HOLDS
                return status
            if result.boolean:
                return status
            values, kinds = data.column(target)
            stated = values[domain]
            holds = live & (kinds[domain] == NUMBER) & result.ok & _within(
                rule, stated, result.value, data.decimals(target)[domain], rupiah, result.err)
        else:
            program = compile_program(rule.check, tree, data)
            if program is None:
                return status
            result = program(domain)
            holds = live & result.exact & result.truth()
    status[holds] = HOLDS
    return status


def _within(rule: Rule, stated: np.ndarray, expected: np.ndarray, decimals: np.ndarray, rupiah: float,
            err: np.ndarray | None = None) -> np.ndarray:
    """``engine._within(...) == "ok"``, row by row, with the same float operations. Where the
    expected value is an inexact sum (``err`` > 0), only a gap that stays within the tolerance
    by more than the sum's error bound (and a few units in the last place) is settled."""
    gap = np.abs(stated - expected)
    if err is not None:
        gap = np.where(err > 0, gap + 2 * err + 1e-15 * (np.abs(stated) + np.abs(expected) + 1.0), gap)
    scale = np.maximum(1.0, np.abs(expected))
    slack = 1e-9 * scale
    if rule.tolerance == "rupiah":
        return gap <= rupiah + 1e-12 * scale
    if rule.tolerance == "exact":
        return gap <= slack
    if isinstance(rule.tolerance, (int, float)):
        return gap <= rule.tolerance + slack
    places = np.minimum(decimals, rule.max_decimals)
    if len(places) and (places.min() < 0 or places.max() >= len(HALF_UNIT)):
        return np.zeros(len(gap), dtype=bool)
    return gap <= np.asarray(HALF_UNIT)[places] + slack


def compile_program(expression: Expression, node: ast.expr, data: ColumnData) -> Program | None:
    """The node as a function of a domain (table row positions), or None where the expression
    has a construct without a column form; then the interpreter evaluates every row."""
    return _Compiler(expression.names, data).build(node)


class _Compiler:
    def __init__(self, names: dict[str, str], data: ColumnData) -> None:
        self.names = names
        self.data = data

    def build(self, node: ast.expr) -> Program | None:
        if isinstance(node, ast.Constant):
            if isinstance(node.value, bool) or not isinstance(node.value, (int, float)):
                return None
            constant = float(node.value)
            return lambda domain: Vec(np.full(len(domain), constant), np.ones(len(domain), dtype=bool), False)
        if isinstance(node, ast.Name):
            return self._name(node.id)
        if isinstance(node, ast.UnaryOp):
            return self._unary(node)
        if isinstance(node, ast.BinOp):
            return self._binary(node)
        if isinstance(node, ast.BoolOp):
            return self._boolean(node)
        if isinstance(node, ast.Compare):
            return self._compare(node)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            return self._call(node)
        return None

    def _name(self, ident: str) -> Program | None:
        data = self.data
        if ident in self.names:
            column = self.names[ident]

            def name(domain: np.ndarray) -> Vec:
                values, kinds = data.column(column)
                return Vec(values[domain], kinds[domain] == NUMBER, False)
            return name
        found = data.variable(ident)
        if found is None:
            return None
        values, present, boolean = found
        return lambda domain: Vec(values[domain], present[domain], boolean)

    def _unary(self, node: ast.UnaryOp) -> Program | None:
        operand = self.build(node.operand)
        if operand is None:
            return None
        if isinstance(node.op, ast.Not):
            def negation(domain: np.ndarray) -> Vec:
                found = operand(domain)
                return Vec(~found.truth(), found.exact, True)
            return negation
        minus = isinstance(node.op, ast.USub)

        def sign(domain: np.ndarray) -> Vec:
            found = operand(domain)
            return Vec(-found.value if minus else found.value, found.number, False)
        return sign

    def _binary(self, node: ast.BinOp) -> Program | None:
        left, right = self.build(node.left), self.build(node.right)
        if left is None or right is None:
            return None
        op = node.op

        def binary(domain: np.ndarray) -> Vec:
            a, b = left(domain), right(domain)
            ok = a.number & b.number
            if a.text or b.text:
                return Vec(np.zeros(len(domain)), ok, False)
            x, y = a.value.astype(float), b.value.astype(float)
            if isinstance(op, ast.Add):
                out = x + y
            elif isinstance(op, ast.Sub):
                out = x - y
            elif isinstance(op, ast.Mult):
                out = x * y
            else:
                out, ok = x / y, ok & (y != 0)
            # an overflow is Python's OverflowError or inf: the interpreter decides what it means
            return Vec(out, ok & np.isfinite(out), False)
        return binary

    def _boolean(self, node: ast.BoolOp) -> Program | None:
        """``a and b`` stops at a false ``a``, so a row is settled there even where ``b``
        could not be computed; likewise ``or`` at a true one."""
        parts = [self.build(value) for value in node.values]
        if any(part is None for part in parts):
            return None
        conjunction = isinstance(node.op, ast.And)

        def boolean(domain: np.ndarray) -> Vec:
            first = parts[0](domain)  # type: ignore[misc]
            value, ok = first.truth(), first.exact
            for part in parts[1:]:
                found = part(domain)  # type: ignore[misc]
                stops = ok & (~value if conjunction else value)
                ok = stops | (ok & found.exact)
                value = np.where(stops, value, found.truth())
            return Vec(value, ok, True)
        return boolean

    def _compare(self, node: ast.Compare) -> Program | None:
        if len(node.ops) != 1:
            return None
        op = type(node.ops[0])
        if _texty(node.left) or _texty(node.comparators[0]):
            return self._compare_text(node.left, node.comparators[0], op)
        left, right = self.build(node.left), self.build(node.comparators[0])
        if left is None or right is None:
            return None
        compare = {ast.Eq: np.equal, ast.NotEq: np.not_equal, ast.Lt: np.less, ast.LtE: np.less_equal,
                   ast.Gt: np.greater, ast.GtE: np.greater_equal}[op]

        def comparison(domain: np.ndarray) -> Vec:
            a, b = left(domain), right(domain)
            return Vec(compare(a.value, b.value), a.number & b.number, True)
        return comparison

    def _compare_text(self, left_node: ast.expr, right_node: ast.expr, op: type) -> Program | None:
        """Text compares as ``expr.normalise_text`` writes it: spaces squeezed, case folded; only == and !=."""
        if op not in (ast.Eq, ast.NotEq):
            return None
        left, right = self.build_text(left_node), self.build_text(right_node)
        if left is None or right is None:
            return None

        def comparison(domain: np.ndarray) -> Vec:
            a, b = left(domain), right(domain)
            same = _same_text(a.value, b.value)
            return Vec(same if op is ast.Eq else ~same, a.ok & b.ok, True)
        return comparison

    def build_text(self, node: ast.expr) -> Program | None:
        """A node read as text: a text cell (number cells are left to the interpreter, which
        would print them), a text constant, a predikat from ``scale``."""
        data = self.data
        if isinstance(node, ast.Name) and node.id in self.names:
            column = self.names[node.id]
            return lambda domain: Vec(data.texts(column)[domain], data.column(column)[1][domain] == TEXT, False,
                                      text=True)
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            constant = np.array([node.value], dtype=object)
            return lambda domain: Vec(np.repeat(constant, len(domain)), np.ones(len(domain), dtype=bool), False,
                                      text=True)
        access = self._row_access(node)
        if access is not None:
            return self._gather(access[0], self.build_text(access[1]))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "scale":
            return self._scale(node.args)
        return None

    def _scale(self, args: list[ast.expr]) -> Program | None:
        if len(args) > 1 and not (isinstance(args[1], ast.Constant) and isinstance(args[1].value, str)):
            return None
        profile = str(args[1].value) if len(args) > 1 else None  # type: ignore[attr-defined]
        inner = self.build(args[0])
        if inner is None:
            return None
        data = self.data

        def scale(domain: np.ndarray) -> Vec:
            found = inner(domain)
            ok = found.number.copy()
            labels = np.empty(len(domain), dtype=object)
            labels[:] = ""
            for at in np.flatnonzero(ok).tolist():
                label = data.label(float(found.value[at]), profile)
                if label is None:
                    ok[at] = False
                else:
                    labels[at] = label
            return Vec(labels, ok, False, text=True)
        return scale

    def _call(self, node: ast.Call) -> Program | None:
        name, args = node.func.id, node.args  # type: ignore[attr-defined]
        if name == "blank" or name == "isnumber":
            return self._blank(name, args)
        if name == "abs" and len(args) == 1:
            inner = self.build(args[0])
            if inner is None:
                return None

            def absolute(domain: np.ndarray) -> Vec:
                found = inner(domain)
                if found.text:
                    return Vec(np.zeros(len(domain)), found.number, False)
                return Vec(np.abs(found.value.astype(float)), found.number, False)
            return absolute
        access = self._row_access(node)
        if access is not None:
            return self._gather(access[0], self.build(access[1]))
        if name in AGGREGATES:
            return self._aggregate(name, args)
        if name in ("matches", "startswith") and len(args) == 2:
            return self._text_test(name, args)
        return None

    def _text_test(self, name: str, args: list[ast.expr]) -> Program | None:
        """``matches(text, pattern)``, ``startswith(text, prefix)``: once per row, in Python, but
        without the interpreter's per-row frames."""
        subject, other = self.build_text(args[0]), self.build_text(args[1])
        if subject is None or other is None:
            return None
        constant = args[1].value if isinstance(args[1], ast.Constant) else None
        pattern = re.compile(str(constant)) if name == "matches" and constant is not None else None

        def test(domain: np.ndarray) -> Vec:
            a, b = subject(domain), other(domain)
            ok = a.ok & b.ok
            if pattern is not None:
                found = (pattern.search(x) is not None if good else False for x, good in zip(a.value, ok, strict=True))
            elif name == "matches":
                found = (re.search(y, x) is not None if good else False
                         for x, y, good in zip(a.value, b.value, ok, strict=True))
            else:
                found = (x.startswith(y) if good else False for x, y, good in zip(a.value, b.value, ok, strict=True))
            return Vec(np.fromiter(found, dtype=bool, count=len(domain)), ok, True)
        return test

    def _row_access(self, node: ast.expr) -> tuple[str, ast.expr] | None:
        """``parent(x)`` / ``prev(x)`` of one column: (which row, the column's node). Only a column:
        the interpreter reads the variables (summable, ...) of the row itself, not of the other."""
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ROW_ACCESS \
                and len(node.args) == 1 and self._columns(node.args):
            return node.func.id, node.args[0]
        return None

    def _gather(self, kind: str, inner: Program | None) -> Program | None:
        """``inner`` read on each row's parent (or previous) row; unsettled where there is none."""
        if inner is None:
            return None
        data = self.data

        def access(domain: np.ndarray) -> Vec:
            others = data.other(kind)[domain]
            found = inner(np.maximum(others, 0))
            return Vec(found.value, found.ok & (others >= 0), found.boolean, found.err, found.text)
        return access

    def _columns(self, args: list[ast.expr]) -> list[str] | None:
        if not all(isinstance(arg, ast.Name) and arg.id in self.names for arg in args):
            return None
        return [self.names[arg.id] for arg in args]  # type: ignore[attr-defined]

    def _blank(self, name: str, args: list[ast.expr]) -> Program | None:
        """``blank(a, parent(b))``, ``isnumber(a)``: by the cells' kinds; a missing parent reads blank."""
        readers = []
        for arg in args:
            found = self._row_access(arg)
            access, arg = found if found is not None else (None, arg)
            columns = self._columns([arg])
            if not columns:
                return None
            readers.append((columns[0], access))
        if not readers or (name == "isnumber" and len(readers) != 1):
            return None
        data = self.data

        def kinds_of(column: str, access: str | None, domain: np.ndarray) -> np.ndarray:
            kinds = data.column(column)[1]
            if access is None:
                return kinds[domain]
            others = data.other(access)[domain]
            return np.where(others >= 0, kinds[np.maximum(others, 0)], BLANK)

        def blank(domain: np.ndarray) -> Vec:
            kinds = [kinds_of(column, access, domain) for column, access in readers]
            if name == "isnumber":
                return Vec(kinds[0] == NUMBER, kinds[0] != UNUSABLE, True)
            every = np.logical_and.reduce([k == BLANK for k in kinds])
            return Vec(every, np.ones(len(domain), dtype=bool), True)
        return blank

    def _aggregate(self, name: str, args: list[ast.expr]) -> Program | None:
        """``sum(8.Rp, 9.Rp)`` (the row's own cells) or ``sum(children(7.Rp))`` (one row set's
        column) as a segment reduction; other argument shapes are left to the interpreter."""
        data = self.data
        columns = self._columns(args)
        if columns:
            def cells(domain: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
                lengths = np.full(len(domain), len(columns), dtype=np.int64)
                kinds = np.stack([data.column(c)[1][domain] for c in columns], axis=1).ravel()
                values = np.stack([data.column(c)[0][domain] for c in columns], axis=1).ravel()
                return lengths, values, kinds
            return lambda domain: _reduce(name, *cells(domain))
        if len(args) != 1 or not isinstance(args[0], ast.Call) or not isinstance(args[0].func, ast.Name) \
                or args[0].func.id not in ROW_SETS:
            return None
        kind = args[0].func.id
        inner = list(args[0].args)
        selector = None
        if inner and isinstance(inner[0], ast.Constant) and isinstance(inner[0].value, str):
            selector = inner.pop(0).value
        member_columns = self._columns(inner)
        if not member_columns or len(member_columns) != 1:
            return None
        column = member_columns[0]

        def rowset(domain: np.ndarray) -> Vec:
            lengths, flat = data.members(kind, selector, domain)
            values, kinds = data.column(column)
            found = _reduce(name, np.maximum(lengths, 0), values[flat], kinds[flat])
            return Vec(found.value, found.ok & (lengths > 0), False, found.err)
        return rowset


def _same_text(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    return np.fromiter((normalise_text(x) == normalise_text(y) for x, y in zip(left, right, strict=True)),
                       dtype=bool, count=len(left))


def _texty(node: ast.expr) -> bool:
    """Whether a node is text by its form: a text constant, or a function that returns text."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("scale", "text")


def _reduce(name: str, lengths: np.ndarray, values: np.ndarray, kinds: np.ndarray) -> Vec:
    """``expr._aggregate`` over each row's segment of (values, kinds); a segment holding an
    unreadable cell is not settled (the interpreter skips it), nor is a sum that floats may not
    add exactly (``math.fsum`` rounds once; here only whole numbers below 2**53 qualify)."""
    count = len(lengths)
    if count == 0:
        return Vec(np.zeros(0), np.zeros(0, dtype=bool), False)
    starts = np.zeros(count, dtype=np.int64)
    np.cumsum(lengths[:-1], out=starts[1:])
    filled = lengths > 0
    included = kinds == NUMBER
    numbers = np.where(included, values, 0.0)

    def per_row(ufunc: np.ufunc, items: np.ndarray, empty: float) -> np.ndarray:
        out = np.full(count, empty, dtype=items.dtype)
        if filled.any() and len(items):
            out[filled] = ufunc.reduceat(items, starts[filled])
        return out

    unusable = per_row(np.add, (kinds == UNUSABLE).astype(np.int64), 0) > 0
    counted = per_row(np.add, included.astype(np.int64), 0)
    ok = ~unusable
    if name in ("sum", "mean"):
        total = per_row(np.add, numbers, 0.0)
        magnitude = per_row(np.add, np.abs(numbers), 0.0)
        whole = per_row(np.add, (numbers != np.floor(numbers)).astype(np.int64), 0) == 0
        exact = whole & (magnitude <= EXACT_INTEGERS)
        # the classic bound on a sum taken in order, doubled: |naive - exact| <= (n - 1) u sum|x|
        err = np.where(exact, 0.0, lengths * 2.0**-52 * magnitude)
        ok &= np.isfinite(magnitude)
        if name == "sum":
            return Vec(total, ok, False, err)
        return Vec(total / np.maximum(counted, 1), ok & (counted > 0), False, err / np.maximum(counted, 1))
    if name == "count":
        return Vec(counted.astype(float), ok, False)
    if name in ("min", "max"):
        fill = np.inf if name == "min" else -np.inf
        ufunc = np.minimum if name == "min" else np.maximum
        return Vec(per_row(ufunc, np.where(included, values, fill), fill), ok & (counted > 0), False)
    # last: the last non-zero number, else 0
    places = np.arange(len(values), dtype=np.int64)
    last = per_row(np.maximum, np.where(included & (values != 0), places, -1), -1)
    chosen = np.where(last >= 0, values[np.maximum(last, 0)] if len(values) else 0.0, 0.0)
    return Vec(chosen, ok & (counted > 0), False)
