"""Evaluate one formula shape over a whole column at once.

A derived column is one R1C1 shape repeated on every row (``=ROUND(L9/H9*100,2)``).
Calling the ``formulas`` function per cell costs about 0.3 ms of dispatch; doing
the arithmetic on numpy arrays costs microseconds for the whole column. Only
plain arithmetic over single cells of the same sheet is taken this way
(+ - * / ^, ROUND, ABS, SUM of cells), and only on rows whose inputs are all
numbers or empty and whose result is finite; everything else (text, errors,
ranges, division by zero, other functions) is left to the per-cell path, so
the values are exactly those ``formulas`` computes.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import numpy as np

from validator.excel import column_index_from_string

_TOKEN = re.compile(
    r"\s+|(?P<num>(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)"
    r"|(?P<ref>(?P<c_abs>\$?)(?P<col>[A-Z]{1,3})(?P<r_abs>\$?)(?P<row>\d+))(?![\w(!:])"
    r"|(?P<func>[A-Z][A-Z0-9.]*)\(|(?P<op>[-+*/^(),])"
)

Arrays = list[np.ndarray]
Node = Callable[[Arrays], np.ndarray]


@dataclass(frozen=True)
class Input:
    """A referenced cell, relative to the formula's own cell unless absolute."""

    row: int
    col: int
    row_abs: bool
    col_abs: bool

    def at(self, row: int | np.ndarray, col: int) -> tuple[int | np.ndarray, int]:
        """The referenced cell of the formula at (row, col); ``row`` may be a column's rows."""
        return (self.row if self.row_abs else row + self.row), (self.col if self.col_abs else col + self.col)


@dataclass(frozen=True)
class Program:
    inputs: list[Input]
    run: Node


def compile_shape(formula: str, row: int, col: int) -> Program | None:
    """The formula as array arithmetic, or None when it uses anything else."""
    tokens = _tokenize(formula.lstrip("="), row, col)
    if tokens is None:
        return None
    parser = _Parser(tokens)
    try:
        node = parser.expr()
    except (IndexError, ValueError):
        return None
    if parser.pos != len(tokens) or not parser.inputs:
        return None
    return Program(parser.inputs, node)


def _tokenize(text: str, row: int, col: int) -> list[tuple[str, object]] | None:
    out: list[tuple[str, object]] = []
    pos = 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            return None
        pos = match.end()
        if match.group("num"):
            out.append(("num", float(match.group("num"))))
        elif match.group("ref"):
            r, c = int(match.group("row")), column_index_from_string(match.group("col"))
            r_abs, c_abs = bool(match.group("r_abs")), bool(match.group("c_abs"))
            out.append(("ref", Input(r if r_abs else r - row, c if c_abs else c - col, r_abs, c_abs)))
        elif match.group("func"):
            out.append(("func", match.group("func")))
        elif match.group("op"):
            out.append(("op", match.group("op")))
    return out


class _Parser:
    """Excel precedence: + - below * / below ^ below unary minus."""

    def __init__(self, tokens: list[tuple[str, object]]) -> None:
        self.tokens = tokens
        self.pos = 0
        self.inputs: list[Input] = []

    def peek(self) -> tuple[str, object] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self, op: str) -> bool:
        if self.peek() == ("op", op):
            self.pos += 1
            return True
        return False

    def expr(self) -> Node:
        node = self.term()
        while (token := self.peek()) in (("op", "+"), ("op", "-")):
            self.pos += 1
            right = self.term()
            node = _add(node, right) if token == ("op", "+") else _sub(node, right)
        return node

    def term(self) -> Node:
        node = self.power()
        while (token := self.peek()) in (("op", "*"), ("op", "/")):
            self.pos += 1
            right = self.power()
            node = _mul(node, right) if token == ("op", "*") else _div(node, right)
        return node

    def power(self) -> Node:
        node = self.unary()
        while self.take("^"):
            node = _pow(node, self.unary())
        return node

    def unary(self) -> Node:
        if self.take("-"):
            inner = self.unary()
            return lambda a: -inner(a)
        if self.take("+"):
            return self.unary()
        return self.primary()

    def primary(self) -> Node:
        kind, value = self.tokens[self.pos]
        self.pos += 1
        if kind == "num":
            constant = float(value)  # type: ignore[arg-type]
            return lambda a: np.full(len(a[0]), constant)
        if kind == "ref":
            index = len(self.inputs)
            self.inputs.append(value)  # type: ignore[arg-type]
            return lambda a: a[index]
        if kind == "op" and value == "(":
            node = self.expr()
            if not self.take(")"):
                raise ValueError("unclosed parenthesis")
            return node
        if kind == "func":
            args = [] if self.take(")") else self.arguments()
            return _function(str(value), args)
        raise ValueError(f"unexpected {value!r}")

    def arguments(self) -> list[Node]:
        args = [self.expr()]
        while self.take(","):
            args.append(self.expr())
        if not self.take(")"):
            raise ValueError("unclosed call")
        return args


def _add(x: Node, y: Node) -> Node:
    return lambda a: x(a) + y(a)


def _sub(x: Node, y: Node) -> Node:
    return lambda a: x(a) - y(a)


def _mul(x: Node, y: Node) -> Node:
    return lambda a: x(a) * y(a)


def _div(x: Node, y: Node) -> Node:
    def divide(a: Arrays) -> np.ndarray:
        right = y(a)
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(right == 0, np.nan, x(a) / np.where(right == 0, 1.0, right))
    return divide


def _pow(x: Node, y: Node) -> Node:
    def power(a: Arrays) -> np.ndarray:
        with np.errstate(all="ignore"):
            return np.power(x(a), y(a))
    return power


def _function(name: str, args: list[Node]) -> Node:
    if name == "ROUND" and len(args) == 2:
        value, digits = args
        return lambda a: _round(value(a), digits(a))
    if name == "ABS" and len(args) == 1:
        inner = args[0]
        return lambda a: np.abs(inner(a))
    if name == "SUM" and 0 < len(args) <= 8:  # numpy sums longer inputs pairwise, Python in order
        def total(a: Arrays) -> np.ndarray:
            out = args[0](a)
            for arg in args[1:]:
                out = out + arg(a)
            return out
        return total
    raise ValueError(f"function {name} is left to the per-cell path")


def _round(x: np.ndarray, digits: np.ndarray) -> np.ndarray:
    """``excel_round`` over a column. With one whole number of digits (the usual ``ROUND(..., 2)``)
    it is array arithmetic: x * 10**d splits exactly into its whole part and a fraction, and
    the fraction decides half up, as the Decimal of the same double does."""
    if not len(x) or not np.all(digits == digits[0]) or not float(digits[0]).is_integer() or abs(digits[0]) > 15:
        return np.fromiter((excel_round(v, d) for v, d in zip(x, digits, strict=True)), float, len(x))
    scale = 10 ** int(digits[0])
    with np.errstate(invalid="ignore", over="ignore"):
        y = np.abs(x * scale)
        whole = np.floor(y)
        rounded = (whole + (y - whole >= 0.5)) / scale
    return np.where(np.isfinite(x), np.where(x < 0, -rounded, rounded), np.nan)


def excel_round(x: float, digits: float) -> float:
    """ROUND as ``formulas`` computes it (half up on the decimal of x * 10**d)."""
    if not math.isfinite(x):
        return math.nan
    scale = 10 ** int(digits)
    scaled = abs(x * scale)
    if scaled >= 2.0 ** 52:  # already whole (and past what Decimal's 28 digits quantize)
        return -(scaled / scale) if x < 0 else scaled / scale
    value = float(Decimal(scaled).quantize(0, rounding=ROUND_HALF_UP)) / scale
    return -value if x < 0 else value
