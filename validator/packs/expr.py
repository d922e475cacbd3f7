"""The rule expression language: parsed once, evaluated safely per row.

An expression such as ``13.K == 12.K / 7.K * 100`` is arithmetic over the
logical columns of a table. It is parsed with Python's ``ast`` module and
walked node by node against a whitelist: nothing is ever handed to ``eval``.
Column references (``13.K``, ``7.Rp``, ``[17]``) are rewritten to
identifiers of the same length before parsing, so an error offset points at
the right character of the expression as written in the YAML file.
"""

from __future__ import annotations

import ast
import difflib
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

COLUMN_REF = re.compile(r"\[(?P<b>\d+(?:\.(?:K|Rp))?)\]|(?<![\w.])(?P<n>\d+\.(?:K|Rp))(?![\w.])")

AGGREGATES = ("sum", "mean", "last", "min", "max", "count")
ROW_SETS = ("children", "group", "entities", "section", "summaries")
ROW_ACCESS = ("prev", "parent")
FUNCTIONS = frozenset(
    {*AGGREGATES, *ROW_SETS, *ROW_ACCESS, "abs", "round", "blank", "isnumber", "scale", "text", "matches",
     "startswith"}
)
VARIABLES = frozenset({"summable", "averaged", "negative", "declared"})


class ExpressionError(ValueError):
    """A rule expression that cannot be accepted; ``offset`` is 0-based."""

    def __init__(self, message: str, offset: int, token: str = "") -> None:
        super().__init__(message)
        self.offset = offset
        self.token = token


class Skip(Exception):
    """The row does not have what the rule needs (a blank or unusable input). ``reason`` says
    which: blank (a column), rowset (a row set such as children() is empty), row (no parent or
    previous row), zero (a divisor), text (not a number), parameter (not set for this table),
    empty (an aggregate of nothing) or unusable (a cell that cannot be read); ``detail`` names it."""

    def __init__(self, reason: str = "", detail: str = "") -> None:
        super().__init__(reason, detail)
        self.reason = reason
        self.detail = detail


class Unusable(Skip):
    """The input is there but cannot be read (malformed, ambiguous, an Excel error):
    reported on its own cell, and never mistaken for a blank."""

    def __init__(self, detail: str = "") -> None:
        super().__init__("unusable", detail)


@dataclass(frozen=True)
class Expression:
    source: str
    tree: ast.expr
    names: dict[str, str]

    @property
    def columns(self) -> list[str]:
        seen: list[str] = []
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Name) and node.id in self.names and self.names[node.id] not in seen:
                seen.append(self.names[node.id])
        return seen

    @property
    def variables(self) -> list[str]:
        """The names that are not columns: ``summable``, ``averaged``, ``negative``, ``declared``, the
        pack's parameters."""
        called = {id(node.func) for node in ast.walk(self.tree) if isinstance(node, ast.Call)}
        seen: list[str] = []
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Name) and node.id not in self.names and id(node) not in called \
                    and node.id not in seen:
                seen.append(node.id)
        return seen

    @property
    def aggregates(self) -> bool:
        """Whether it reads other rows (children, a summary's group, the row above)."""
        return any(isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                   and node.func.id in (*ROW_SETS, *ROW_ACCESS) for node in ast.walk(self.tree))

    def target(self) -> str | None:
        """The column a ``column == ...`` check states, where a finding belongs."""
        tree = self.tree
        if isinstance(tree, ast.Compare) and isinstance(tree.left, ast.Name):
            return self.names.get(tree.left.id)
        return None


def compile_expression(source: str, known_columns: Iterable[str], parameters: Iterable[str] = ()) -> Expression:
    """Parse and check an expression; raises ExpressionError with the offset.
    ``parameters`` are the pack's named values (``porsi_target``) an expression may use."""
    known = set(known_columns)
    names: dict[str, str] = {}

    def rename(match: re.Match[str]) -> str:
        column = match.group("b") or match.group("n")
        if column not in known:
            raise ExpressionError(f"unknown column '{column}'", match.start(), match.group(0))
        width = len(match.group(0))
        ident = ("Q" + _base36(len(names))).ljust(width, "_")
        if len(ident) > width:
            raise ExpressionError("too many column references", match.start(), match.group(0))
        names[ident] = column
        return ident

    rewritten = COLUMN_REF.sub(rename, source)
    try:
        tree = ast.parse(rewritten, mode="eval").body
    except SyntaxError as exc:
        offset = max((exc.offset or 1) - 1, 0)
        habits = excel_habits(source)
        if habits:
            offset = habits[0][0]
            detail = "invalid syntax; " + "; ".join(hint for _, hint in habits)
        else:
            detail = exc.msg
        raise ExpressionError(f"syntax error: {detail}", offset, source[offset : offset + 8]) from None
    _check_tree(tree, names, source, frozenset(parameters))
    return Expression(source=source, tree=tree, names=names)


def printed_expression(label: str) -> str | None:
    """A formula as the column-number row prints it, in rule syntax: '(6+7+11)' ->
    '([6]+[7]+[11])'; '12/7x100%' -> '[12]/[7]*100'; None when the label is not a formula."""
    text = label.replace("x", "*").replace("X", "*").replace("×", "*").replace("%", "").replace(" ", "")
    if not re.fullmatch(r"[\d+\-*/().]+", text) or not re.search(r"[+\-*/]", text):
        return None
    return re.sub(r"\d+", lambda m: m.group(0) if m.group(0) == "100" else f"[{m.group(0)}]", text)


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = digits[number % 36]
    while number >= 36:
        number //= 36
        out = digits[number % 36] + out
    return out


_ALLOWED = (
    ast.BinOp, ast.UnaryOp, ast.BoolOp, ast.Compare, ast.Call, ast.Name, ast.Constant, ast.Load,
    ast.Add, ast.Sub, ast.Mult, ast.Div, ast.USub, ast.UAdd, ast.Not, ast.And, ast.Or,
    ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE,
)


#: what a spreadsheet user writes, and how a rule says it: (pattern, hint)
EXCEL_HABITS = (
    (re.compile(r"(?<![=<>!])=(?!=)"), "write == to compare, not = (Excel's '=')"),
    (re.compile(r"<>"), "write != for 'not equal', not <> (Excel's '<>')"),
    (re.compile(r"(?<=[\])\d])\s*[xX×]\s*(?=[\[(\d])"), "write * to multiply, not x"),
    (re.compile(r"%"), "leave out %: a percentage is written as ... * 100"),
    (re.compile(r";"), "separate a function's arguments with ',', not ';'"),
    (re.compile(r"\^"), "powers (^) are not part of the rule language"),
)
#: spreadsheet functions and the rule language's word for them
EXCEL_FUNCTIONS = {"average": "use mean(...)", "averagea": "use mean(...)", "counta": "use count(...)",
                   "isblank": "use blank(...)", "if": "choose rows with the rule's when: instead",
                   "sumif": "choose rows with rows: and add them with sum(children(...))"}


def excel_habits(source: str) -> list[tuple[int, str]]:
    """Spreadsheet habits in an expression that does not parse, with where each is."""
    found = []
    for pattern, hint in EXCEL_HABITS:
        match = pattern.search(source)
        if match:
            found.append((match.start() + len(match.group(0)) - len(match.group(0).lstrip()), hint))
    return sorted(found)


def _function_hint(name: str) -> str:
    """`` (did you mean 'sum'?)`` for ``SUM``; the rule language's word for an Excel function."""
    if name.casefold() in EXCEL_FUNCTIONS:
        return f" ({EXCEL_FUNCTIONS[name.casefold()]})"
    if name.casefold() in FUNCTIONS:
        return f" (did you mean '{name.casefold()}'? functions are lower case)"
    close = difflib.get_close_matches(name, sorted(FUNCTIONS), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _check_tree(tree: ast.expr, names: dict[str, str], source: str, parameters: frozenset[str] = frozenset()) -> None:
    called = {id(node.func) for node in ast.walk(tree) if isinstance(node, ast.Call)}
    for node in ast.walk(tree):
        offset = getattr(node, "col_offset", 0)
        if not isinstance(node, _ALLOWED):
            token = source[offset : offset + 8]
            habits = "".join(f"; {hint}" for _, hint in excel_habits(source))
            raise ExpressionError(f"'{type(node).__name__}' is not allowed in a rule{habits}", offset, token)
        if isinstance(node, ast.Call):
            if not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS:
                token = source[offset : getattr(node.func, "end_col_offset", offset + 1)]
                raise ExpressionError(f"unknown function '{token}'{_function_hint(token)}", offset, token)
            if node.keywords:
                raise ExpressionError("functions take no keyword arguments", offset, source[offset:])
            if node.func.id == "matches" and len(node.args) > 1 and isinstance(node.args[1], ast.Constant):
                try:
                    re.compile(str(node.args[1].value))
                except re.error as exc:
                    raise ExpressionError(f"matches: not a regular expression ({exc})", node.args[1].col_offset,
                                          str(node.args[1].value)) from None
        elif isinstance(node, ast.Name):
            if node.id not in names and node.id not in VARIABLES and node.id not in parameters \
                    and id(node) not in called:
                close = difflib.get_close_matches(node.id, [*VARIABLES, *parameters], n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                raise ExpressionError(f"unknown name '{node.id}'{hint}", offset, node.id)
        elif isinstance(node, ast.Constant) and not isinstance(node.value, (int, float, str)):
            raise ExpressionError("only numbers and text are allowed as constants", offset, repr(node.value))
        elif (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div)
              and isinstance(node.right, ast.Constant) and node.right.value == 0):
                raise ExpressionError("division by zero", node.right.col_offset, "0")


class RowContext:
    """What an expression can see while it is evaluated for one row.

    ``lookup`` gives a column's value on a row (None when blank; raises Skip
    when the cell is unusable), ``rows(row, kind, selector)`` a row set
    (children, a summary's group, ...), ``previous(row, "prev"|"parent")``
    the row above or the parent row, ``scale`` a predikat label, ``variables``
    the row's ``summable``, ``averaged``, ``negative`` and ``declared`` and the table's pack parameters.
    """

    __slots__ = ("lookup", "previous", "row", "rows", "scale", "variables")

    def __init__(
        self,
        lookup: Callable[[Any, str], float | str | None],
        row: Any,
        rows: Callable[[Any, str, str | None], Sequence[Any]],
        previous: Callable[[Any, str], Any],
        scale: Callable[[float, str | None], str],
        variables: dict[str, bool | float],
    ) -> None:
        self.lookup = lookup
        self.row = row
        self.rows = rows
        self.previous = previous
        self.scale = scale
        self.variables = variables


def round_half_up(value: float, decimals: int) -> float:
    quantum = Decimal(1).scaleb(-decimals)
    return float(Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP))


class Evaluator:
    """Walk a checked tree for one row."""

    def __init__(self, expression: Expression, ctx: RowContext) -> None:
        self.names = expression.names
        self.ctx = ctx

    def value(self, node: ast.expr, row: Any = None) -> Any:
        return _compiled(node, self.names)(self, self.ctx.row if row is None else row)

    def call(self, node: ast.Call, row: Any) -> Any:
        name = node.func.id  # type: ignore[attr-defined]
        args = node.args
        if name == "blank":
            try:
                return all(self._maybe(arg, row) is None for arg in args)
            except Unusable:
                return False
        if name == "isnumber":
            found = self._maybe(args[0], row)
            return isinstance(found, (int, float)) and not isinstance(found, bool)
        if name in ROW_ACCESS:
            other = self.ctx.previous(row, name)
            if other is None:
                raise Skip("row", name)
            return self.value(args[0], other)
        if name == "matches":
            return re.search(str(self.value(args[1], row)), str(self.value(args[0], row))) is not None
        if name == "startswith":
            return str(self.value(args[0], row)).startswith(str(self.value(args[1], row)))
        if name in ROW_SETS:
            raise Skip("rowset", name)
        if name in AGGREGATES:
            values = [v for v in self._collect(args, row) if v is not None]
            return _aggregate(name, values)
        if name == "abs":
            return abs(_number(self.value(args[0], row)))
        if name == "round":
            return round_half_up(_number(self.value(args[0], row)), int(self.value(args[1], row)))
        if name == "scale":
            profile = str(self.value(args[1], row)) if len(args) > 1 else None
            return self.ctx.scale(_number(self.value(args[0], row)), profile)
        if name == "text":
            return str(self.value(args[0], row))
        raise TypeError(name)

    def _maybe(self, node: ast.expr, row: Any) -> Any:
        try:
            return self.value(node, row)
        except Unusable:
            raise
        except Skip:
            return None

    def _collect(self, args: list[ast.expr], row: Any) -> list[Any]:
        """Arguments of an aggregate: plain values, or a row set's column."""
        out: list[Any] = []
        for arg in args:
            if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Name) and arg.func.id in ROW_SETS:
                inner_args = list(arg.args)
                selector = None
                if inner_args and isinstance(inner_args[0], ast.Constant) and isinstance(inner_args[0].value, str):
                    selector = inner_args.pop(0).value
                members = self.ctx.rows(row, arg.func.id, selector)
                if not members:
                    raise Skip("rowset", arg.func.id)
                for member in members:
                    out.extend(self._maybe(inner, member) for inner in inner_args)
            else:
                out.append(self._maybe(arg, row))
        return out


Step = Callable[[Evaluator, Any], Any]


def _compiled(node: ast.expr, names: dict[str, str]) -> Step:
    """The node as a closure, built once and kept on the node: dispatching on the node
    type for every row of every rule cost more than the arithmetic itself."""
    step = node.__dict__.get("_step")
    if step is None:
        step = node._step = _build(node, names)  # type: ignore[attr-defined]
    return step


def _build(node: ast.expr, names: dict[str, str]) -> Step:
    if isinstance(node, ast.Constant):
        constant = node.value
        return lambda ev, row: constant
    if isinstance(node, ast.Name):
        if node.id not in names:  # summable, averaged, negative, or a pack parameter
            variable = node.id

            def named(ev: Evaluator, row: Any) -> Any:
                found = ev.ctx.variables.get(variable)
                if found is None:
                    raise Skip("parameter", variable)  # a parameter this table does not determine
                return found
            return named
        column = names[node.id]

        def name(ev: Evaluator, row: Any) -> Any:
            found = ev.ctx.lookup(row, column)
            if found is None:
                raise Skip("blank", column)
            return found
        return name
    if isinstance(node, ast.UnaryOp):
        operand = _compiled(node.operand, names)
        if isinstance(node.op, ast.Not):
            return lambda ev, row: not operand(ev, row)
        if isinstance(node.op, ast.USub):
            return lambda ev, row: -_number(operand(ev, row))
        return lambda ev, row: _number(operand(ev, row))
    if isinstance(node, ast.BinOp):
        left, right, op = _compiled(node.left, names), _compiled(node.right, names), node.op
        if isinstance(op, ast.Add):
            return lambda ev, row: _number(left(ev, row)) + _number(right(ev, row))
        if isinstance(op, ast.Sub):
            return lambda ev, row: _number(left(ev, row)) - _number(right(ev, row))
        if isinstance(op, ast.Mult):
            return lambda ev, row: _number(left(ev, row)) * _number(right(ev, row))
        return lambda ev, row: _divide(_number(left(ev, row)), _number(right(ev, row)))
    if isinstance(node, ast.BoolOp):
        parts = [_compiled(v, names) for v in node.values]
        if isinstance(node.op, ast.And):
            return lambda ev, row: all(part(ev, row) for part in parts)
        return lambda ev, row: any(part(ev, row) for part in parts)
    if isinstance(node, ast.Compare):
        first = _compiled(node.left, names)
        chain = [(op, _compiled(right, names)) for op, right in zip(node.ops, node.comparators, strict=True)]

        def compare(ev: Evaluator, row: Any) -> bool:
            left = first(ev, row)
            for op, right_step in chain:
                right = right_step(ev, row)
                if not _compare(op, left, right):
                    return False
                left = right
            return True
        return compare
    if isinstance(node, ast.Call):
        return lambda ev, row: ev.call(node, row)
    raise TypeError(type(node).__name__)


def _divide(left: float, right: float) -> float:
    if right == 0:
        raise Skip("zero")
    return left / right


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise Skip("text", str(value))
    return float(value)


def _compare(op: ast.cmpop, left: Any, right: Any) -> bool:
    if isinstance(left, str) or isinstance(right, str):
        left, right = normalise_text(left), normalise_text(right)
    if isinstance(op, ast.Eq):
        return bool(left == right)
    if isinstance(op, ast.NotEq):
        return bool(left != right)
    if isinstance(left, str) or isinstance(right, str):
        raise Skip("text")
    ops = {ast.Lt: left < right, ast.LtE: left <= right, ast.Gt: left > right, ast.GtE: left >= right}
    return ops[type(op)]


def normalise_text(value: Any) -> str:
    """Text as rules compare it: spaces squeezed, case folded."""
    return " ".join(str(value).split()).casefold()


def _aggregate(name: str, values: list[Any]) -> float:
    numbers = [v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)]
    if name == "count":
        return float(len(numbers))
    if name == "sum":
        return float(math.fsum(numbers))
    if not numbers:
        raise Skip("empty", name)
    if name == "mean":
        return math.fsum(numbers) / len(numbers)
    if name == "min":
        return min(numbers)
    if name == "max":
        return max(numbers)
    nonzero = [v for v in numbers if v != 0]
    return nonzero[-1] if nonzero else 0.0
