"""Every name a pack uses, checked against what the pack declares, when it is loaded.

The JSON Schema says which keys exist and what type their values are; it cannot say that
``rows: programm`` names no level, that ``summary:jumlh`` names no summary row, that a
``column_labels`` entry prints ``4+5`` for a column the pack computes as ``4 - 5``, or that
two rules share an id (the second silently replaced the first). A typo of that kind used to
switch a rule off without a word; here it is refused with the file, line and column where it
was written and the name that was perhaps meant.
"""

from __future__ import annotations

import ast
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from validator.packs.expr import ROW_SETS, Expression, ExpressionError, compile_expression, printed_expression
from validator.packs.packfile import KEY, Origin, PackError, suggest

#: row selectors every pack has (the rest are its levels and its summary kinds)
BASE_SELECTORS = ("entity", "indicator", "continuation")
#: roles a table has at most one column for
SINGLE_ROLES = ("no", "kode", "name", "indicator", "unit")


@dataclass(frozen=True)
class Names:
    """What a pack declares, that its rules and keys may name."""

    columns: tuple[str, ...]
    parameters: tuple[str, ...]
    levels: tuple[str, ...]
    kinds: tuple[str, ...]
    scales: tuple[str, ...]

    @classmethod
    def of(cls, data: dict[str, Any], columns: Iterable[str], scales: Iterable[str] = ()) -> Names:
        return cls(tuple(columns), tuple(data.get("parameters", {})), tuple(data.get("levels", {})),
                   tuple(dict.fromkeys(s["kind"] for s in data.get("summary_rows", []))), tuple(scales))

    @property
    def selectors(self) -> tuple[str, ...]:
        return (*BASE_SELECTORS, *self.levels, *(f"summary:{kind}" for kind in self.kinds))


def _known(names: Iterable[str]) -> str:
    return ", ".join(names) or "none declared"


def check_vocabulary(file: str, marks: dict[Any, tuple[int, int]], spec: dict[str, Any]) -> None:
    """How cells are read (currency, nil) is settled before any pack is chosen: only Periksa's own
    rules/vocabulary.yaml can say it."""
    for key in ("currency", "nil", "dash"):
        if key in spec:
            line, col = marks.get(("vocabulary", key, KEY), (1, 1))
            raise PackError(f"{file}:{line}:{col}: vocabulary.{key}: only Periksa's rules/vocabulary.yaml sets how "
                            "cells are read (a cell is read before a pack is chosen)")


def check_columns(origin: Origin, data: dict[str, Any]) -> None:
    """Before dropped columns go: what is dropped exists, and roles are not given twice."""
    columns = data.get("columns", {})
    for index, number in enumerate(data.get("drop_columns", [])):
        if number not in columns:
            raise PackError(f"{origin('drop_columns', index)}: drop_columns: unknown column '{number}'"
                            f"{suggest(number, columns)} (known: {_known(columns)})")
    seen: dict[str, str] = {}
    for number, spec in columns.items():
        role = spec.get("role")
        if role in SINGLE_ROLES and number not in data.get("drop_columns", []):
            if role in seen:
                raise PackError(f"{origin('columns', number, 'role')}: columns: role '{role}' is given to column "
                                f"{seen[role]} already; a table has one {role} column")
            seen[role] = number


def check_names(origin: Origin, data: dict[str, Any], logical: list[str]) -> None:
    """Levels, summary kinds, row selectors and columns named anywhere in the pack."""
    names = Names.of(data, logical)
    columns = list(data.get("columns", {}))
    levels = names.levels

    def level(path: tuple[Any, ...], name: object, key: str) -> None:
        if name not in levels:
            declared = f"levels, line {origin.mark(('levels',))[1]}" if levels else "levels"
            raise PackError(f"{origin(*path)}: {key}: unknown level '{name}'{suggest(name, levels)} "
                            f"({declared}: {_known(levels)})")

    for index, spec in enumerate(data.get("summary_rows", [])):
        if "level" in spec:
            level(("summary_rows", index, "level"), spec["level"], "summary_rows")
    for word, name in data.get("level_words", {}).items():
        level(("level_words", word), name, "level_words")
    for index, spec in enumerate(data.get("levels_without_kode", [])):
        level(("levels_without_kode", index, "level"), spec["level"], "levels_without_kode")

    detect = data.get("detect", {})
    for number in detect.get("column_labels", {}):
        if number not in columns:
            raise PackError(f"{origin('detect', 'column_labels', number, KEY)}: detect.column_labels: "
                            f"unknown column '{number}'{suggest(number, columns)} (columns: {_known(columns)})")
    count = detect.get("columns")
    if count is not None and count != len(columns):
        raise PackError(f"{origin('detect', 'columns')}: detect.columns: {count}, but the pack declares "
                        f"{len(columns)} columns ({_known(columns)}); a table with {count} numbered columns "
                        "would never have exactly these")
    dropped = {c.split(".")[0] for c in data.get("drop_columns", [])}
    for index, column in enumerate(data.get("unit_columns", [])):
        if column not in logical and column.split(".")[0] not in dropped:
            raise PackError(f"{origin('unit_columns', index)}: unit_columns: unknown column '{column}'"
                            f"{suggest(column, logical)} (columns: {_known(logical)})")
    infer = data.get("infer_levels_by")
    if infer is not None and infer not in logical:
        raise PackError(f"{origin('infer_levels_by')}: infer_levels_by: unknown column '{infer}'"
                        f"{suggest(infer, logical)} (columns: {_known(logical)})")

    _check_own_duplicates(origin)
    for index, spec in enumerate(data.get("rules", [])):
        if spec.get("disable"):
            continue
        rows = spec.get("rows", "entity")
        for position, selector in enumerate([rows] if isinstance(rows, str) else rows):
            if selector not in names.selectors:
                at = origin("rules", index, "rows", *([] if isinstance(rows, str) else [position]))
                raise PackError(f"{at}: rule {spec['id']}: rows: unknown selector '{selector}'"
                                f"{_suggest_selector(selector, names)} (known: {_known(names.selectors)})")


def _suggest_selector(selector: str, names: Names) -> str:
    """A summary kind is compared with the kinds only: every ``summary:...`` looks alike."""
    if selector.startswith("summary:"):
        kind = suggest(selector.split(":", 1)[1], names.kinds)
        return kind.replace(" (did you mean '", " (did you mean 'summary:")
    return suggest(selector, names.selectors)


def _check_own_duplicates(origin: Origin) -> None:
    """Two entries of one file with the same id (and ``each``): the second replaced the first."""
    for layer in origin.layers:
        for key in ("rules", "cross_tables"):
            first: dict[tuple[str, ...], int] = {}
            for index, spec in enumerate(layer.data.get(key, [])):
                ident = (spec["id"], *spec.get("each", ()))
                if ident in first:
                    line = layer.marks.get((key, first[ident]), (0, 0))[0]
                    line_, col = layer.marks.get((key, index, "id"), (1, 1))
                    raise PackError(f"{layer.file}:{line_}:{col}: {key}: duplicate id '{spec['id']}' (first at line "
                                    f"{line}); in one file the second entry silently replaced the first")
                first[ident] = index


def check_expression(expression: Expression, names: Names) -> None:
    """The names inside an expression that the expression language cannot know: the kind of
    ``summaries("total", ...)`` and the scale of ``scale(x, "name")``."""
    for node in ast.walk(expression.tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name) or not node.args:
            continue
        if node.func.id == "summaries":
            _literal(node.args[0], names.kinds, "summary kind", "summary_rows kinds")
        elif node.func.id == "scale" and len(node.args) > 1:
            _literal(node.args[1], names.scales, "scale", "scales")


def _literal(node: ast.expr, known: tuple[str, ...], what: str, where: str) -> None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value not in known:
        raise ExpressionError(f"unknown {what} '{node.value}'{suggest(node.value, known)} "
                              f"({where}: {_known(known)})", node.col_offset, node.value)


def check_rules(origin: Origin, data: dict[str, Any], rules: list[Any], logical: list[str]) -> None:
    """Once compiled: rule ids unique after ``each`` expands them, cross-table ids unique
    among them, and each printed formula of ``detect.column_labels`` agreeing with a rule."""
    seen: dict[str, Any] = {}
    for rule in rules:
        if rule.id in seen:
            raise PackError(f"{origin('rules', rule.index, 'id')}: rule {rule.id}: the id is given to another rule "
                            f"too (at {origin('rules', seen[rule.id].index, 'id')}); each rule needs its own")
        seen[rule.id] = rule
    for index, spec in enumerate(data.get("cross_tables", [])):
        if spec["id"] in seen:
            raise PackError(f"{origin('cross_tables', index, 'id')}: cross_tables: id '{spec['id']}' is a rule "
                            "of this pack too; each rule needs its own")
    for number, label in data.get("detect", {}).get("column_labels", {}).items():
        _check_label(origin, number, label, rules, logical)


def _check_label(origin: Origin, number: str, label: str, rules: list[Any], logical: list[str]) -> None:
    """A label that prints a formula (``4+5``) must agree with a rule computing that column
    (``[10] == [4] - [5]``), up to a constant factor (``5/4`` for ``[6] == [5] / [4] * 100``).
    Agreement is tested by evaluating both on a few sets of unrelated values: two formulas
    that differ give different ratios on them."""
    printed = printed_expression(label)
    targeting = [r for r in rules if (r.check.target() or "").split(".")[0] == number and not r.check.aggregates
                 and isinstance(r.check.tree, ast.Compare) and isinstance(r.check.tree.ops[0], ast.Eq)]
    if printed is None or not targeting:
        return
    if any(_agrees(printed, rule, logical) is not False for rule in targeting):
        return
    checks = "; ".join(sorted({r.check.source for r in targeting}))
    raise PackError(f"{origin('detect', 'column_labels', number)}: detect.column_labels: column {number} is "
                    f"printed as '{label}', but the pack computes it as {checks}")


_SAMPLES = ((3.7, 11.3, 29.1, 5.9, 17.2, 2.3, 41.0, 7.7, 13.1, 23.3, 6.6, 19.9),
            (19.4, 2.9, 6.1, 31.7, 4.3, 12.8, 3.3, 27.5, 8.6, 15.2, 37.1, 9.4),
            (8.2, 23.9, 14.4, 3.1, 37.6, 9.9, 21.1, 5.3, 33.4, 2.7, 16.5, 4.9))


def _agrees(printed: str, rule: Any, logical: list[str]) -> bool | None:
    """Whether the label's formula is the rule's up to a constant factor; None when that
    cannot be decided (the rule uses more than arithmetic). A label column of a K/Rp pair is
    read on the side of the rule's target (``6+12`` for ``14.K`` is ``6.K + 12.K``)."""
    target = rule.check.target()
    side = target[len(target.split(".")[0]):]
    mapping = {}
    for number in re.findall(r"\[(\d+)\]", printed):
        mapping[number] = f"{number}{side}" if f"{number}{side}" in logical else number
        if mapping[number] not in logical:
            return False  # the label names a column this table does not have
    try:
        label = compile_expression(re.sub(r"\[(\d+)\]", lambda m: f"[{mapping[m.group(1)]}]", printed), logical)
    except ExpressionError:
        return None  # not a formula after all ("(6+7" cut short by the printer)
    columns = sorted(set(rule.check.names.values()) | set(mapping.values()))
    ratios = []
    for sample in _SAMPLES:
        values = dict(zip(columns, sample * (len(columns) // len(sample) + 1), strict=False))
        try:
            expected = _arith(rule.check.tree.comparators[0], rule.check.names, values)  # type: ignore[attr-defined]
            stated = _arith(label.tree, label.names, values)
        except (_Unsupported, ZeroDivisionError):
            return None
        if stated == 0:
            return None
        ratios.append(expected / stated)
    return all(math.isclose(r, ratios[0], rel_tol=1e-9) for r in ratios)


class _Unsupported(Exception):
    """More than arithmetic over columns."""


def _arith(node: ast.expr, names: dict[str, str], values: dict[str, float]) -> float:
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.Name) and node.id in names:
        return values[names[node.id]]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_arith(node.operand, names, values)
    if isinstance(node, ast.BinOp):
        left, right = _arith(node.left, names, values), _arith(node.right, names, values)
        operations = {ast.Add: left + right, ast.Sub: left - right, ast.Mult: left * right}
        if type(node.op) in operations:
            return operations[type(node.op)]
        if isinstance(node.op, ast.Div):
            return left / right
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "sum" \
            and not any(isinstance(a, ast.Call) and getattr(a.func, "id", "") in ROW_SETS for a in node.args):
        return math.fsum(_arith(arg, names, values) for arg in node.args)
    raise _Unsupported
