"""Audit the formulas behind a table's values, not only the values.

A value can be right while its formula is wrong (a reference to the wrong
column that happens to agree today), or a cached value can disagree with the
formula that supposedly produced it. Findings land on the formula cells.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from validator import messages
from validator.checks.builtin import BUILTIN
from validator.checks.engine import summable
from validator.excel import column_index_from_string
from validator.model import Finding, Row, Table
from validator.packs.rulepack import Pack
from validator.read.formulas_eval import FormulaEvaluator, shape, tokens

VOLATILE = re.compile(r"\b(NOW|TODAY|RAND|RANDBETWEEN|OFFSET|INDIRECT)\s*\(", re.IGNORECASE)
EXTERNAL = re.compile(r"\[[^\]]+\][^!]*!")
MIN_FORMULAS = 3
#: a formula cell's formula and its shape (``formulas_eval.shape``)
Written = tuple[str, str]


def audit(table: Table, pack: Pack, evaluator: FormulaEvaluator, lang: str) -> list[Finding]:
    findings: list[Finding] = []
    written: dict[int, dict[str, Written]] = {}  # id(row) -> column -> (formula, its shape)
    marks: dict[str, tuple[bool, bool]] = {}  # formula shape -> (external, volatile)
    for row in table.rows:
        if found := row.cells.formulas():
            mine = written[id(row)] = {column: (formula, shape(formula, row.index, table.columns[column]))
                                       for column, formula in found}
            for column, (formula, form) in mine.items():
                findings.extend(_cell(table, row, column, formula, form, evaluator, lang, marks))
    if written:  # typed numbers only: no formula to compare with its rule or its neighbours
        findings.extend(_references(table, pack, lang, written))
        findings.extend(_patterns(table, pack, lang, written))
    return findings


def _finding(rule_id: str, table: Table, row: Row, column: str, text: str, actual: object = None,
             expected: object = None) -> Finding:
    return Finding(rule=rule_id, severity=BUILTIN[rule_id].severity, cell=row.refs[column], message=text,
                   actual=actual, expected=expected, row_label=row.describe(),
                   table=f"{table.sheet}!{table.range}")


def _cell(table: Table, row: Row, column: str, formula: str, form: str, evaluator: FormulaEvaluator,
          lang: str, marks: dict[str, tuple[bool, bool]]) -> list[Finding]:
    """``marks`` keeps, per formula shape (``form``), whether it reads another workbook or a volatile
    function: formulas of one shape differ only in their cell references' numbers."""
    at = (table.sheet, row.index, table.columns[column])  # the cell, without building its CellRef
    if form not in marks:
        marks[form] = (bool(EXTERNAL.search(formula)), bool(VOLATILE.search(formula)))
    external, volatile = marks[form]
    out = []
    if external:
        out.append(_finding("PRK-RUMUS-EKSTERNAL", table, row, column,
                            messages.t("formula-external", lang, formula=formula), formula))
    if volatile:
        out.append(_finding("PRK-RUMUS-VOLATIL", table, row, column,
                            messages.t("formula-volatile", lang, formula=formula), formula))
    if at in evaluator.computed:  # Periksa computed it: nothing cached to compare
        return out
    cached = row.cells[column].raw
    if isinstance(cached, (int, float)) and not isinstance(cached, bool):
        fresh = evaluator.recompute(*at)
        if isinstance(fresh, (int, float)) and not isinstance(fresh, bool) and _differs(formula, fresh, cached):
            out.append(_finding("PRK-RUMUS-BASI", table, row, column, messages.t(
                "formula-stale", lang, formula=formula, actual=messages.number(cached, lang),
                expected=messages.number(round(float(fresh), 6), lang)), cached, float(fresh)))
    return out


def _differs(formula: str, fresh: float, cached: float) -> bool:
    """Whether a cached result is really not what its formula gives. Excel rounds a
    binary near-half such as 41/160*100 = 25.624999999999996 up (25.63), the formulas
    package down (25.62): where the formula rounds, one unit in the last place is no news."""
    difference = abs(float(fresh) - float(cached))
    if difference <= 1e-6 * max(1.0, abs(float(fresh))):
        return False
    if "ROUND" in formula.upper():
        places = repr(float(cached)).split(".")[1].rstrip("0") if "." in repr(float(cached)) else ""
        return difference > 1.000001 * 10.0 ** -len(places)
    return True


def _references(table: Table, pack: Pack, lang: str, written: dict[int, dict[str, Written]]) -> list[Finding]:
    """Same-row references of a derived cell's formula against the inputs of its rules."""
    inputs: dict[str, set[str]] = defaultdict(set)
    rule_ids: dict[str, list[str]] = defaultdict(list)
    for rule in pack.rules:
        target = rule.check.target()
        if target and not rule.check.aggregates:
            inputs[target] |= {c for c in rule.check.columns if c != target}
            rule_ids[target].append(rule.id)
    by_col = {col: name for name, col in table.columns.items()}
    by_shape: dict[str, list[tuple[bool, int, bool, int]]] = {}
    steady: dict[tuple[str, str], set[str]] = {}  # (shape, column) -> columns read, for shapes without absolute rows
    out = []
    for row in table.rows:
        formulas = written.get(id(row), {})
        for target, allowed in inputs.items():
            if target not in formulas:
                continue
            formula, key = formulas[target]
            col = table.columns[target]
            if key not in by_shape:  # a column of one formula shape is tokenised once
                by_shape[key] = _references_of(formula, row.index, col)
            used = steady.get((key, target))
            if used is None:
                used = {by_col[c] for r, c in _placed(by_shape[key], row.index, col) if r == row.index and c in by_col}
                if not any(r_abs for r_abs, _, _, _ in by_shape[key]):
                    steady[(key, target)] = used
            stray = used - allowed
            if used and stray:
                out.append(_finding("PRK-RUMUS-REFERENSI", table, row, target, messages.t(
                    "formula-references", lang, formula=formula, used=", ".join(sorted(used)),
                    rule="/".join(rule_ids[target]), expected=", ".join(sorted(allowed))), formula))
    return out


def _references_of(formula: str, row: int, col: int) -> list[tuple[bool, int, bool, int]]:
    """The formula's same-sheet references as (row absolute, row or offset, column absolute,
    column or offset): what every formula of its shape shares."""
    out = []
    for m in tokens(formula):
        if m.group("sheet"):
            continue
        r, c = int(m.group("row")), column_index_from_string(m.group("col"))
        r_abs, c_abs = bool(m.group("r_abs")), bool(m.group("c_abs"))
        out.append((r_abs, r if r_abs else r - row, c_abs, c if c_abs else c - col))
    return out


def _placed(references: list[tuple[bool, int, bool, int]], row: int, col: int) -> list[tuple[int, int]]:
    return [(r if r_abs else row + r, c if c_abs else col + c) for r_abs, r, c_abs, c in references]


def _patterns(table: Table, pack: Pack, lang: str, written: dict[int, dict[str, Written]]) -> list[Finding]:
    """Within one column and one kind of row, formulas should share one shape. Rows whose
    units are summed differently (counts vs percentages) follow different rules, so they
    are compared only among themselves."""
    rows_ = [row for row in table.rows if row.kind in {"entity", "continuation"}]
    sums: dict[int, bool] = {}
    counts: Counter[tuple[str, str, str | None, bool]] = Counter()
    for row in rows_:
        found = written.get(id(row))
        if found:
            sums[id(row)] = summable(row, pack)
            counts.update((column, row.kind, row.level, sums[id(row)]) for column in found)
    wanted = {key for key, count in counts.items() if count >= MIN_FORMULAS}
    groups: dict[tuple[str, str, str | None, bool], list[Row]] = defaultdict(list)
    compared = [column for column in table.columns if any(key[0] == column for key in wanted)]
    for row in rows_ if wanted else []:  # a workbook of typed numbers has no pattern to compare
        summed = sums[id(row)] if id(row) in sums else summable(row, pack)
        for column in compared:
            if (column, row.kind, row.level, summed) in wanted and column in row.cells:
                groups[(column, row.kind, row.level, summed)].append(row)
    out = []
    for (column, _, _, _), rows in groups.items():
        mine = {id(r): found for r in rows if (found := written.get(id(r), {}).get(column))}
        shapes = {key: form for key, (_, form) in mine.items()}
        if len(shapes) < MIN_FORMULAS:
            continue
        tally = Counter(shapes.values())
        common, count = tally.most_common(1)[0]
        typed = [r for r in rows if id(r) not in mine and r.cells[column].number is not None]
        for r in rows:
            if id(r) in shapes and shapes[id(r)] != common and count >= 2 * tally[shapes[id(r)]]:
                formula = mine[id(r)][0]
                out.append(_finding("PRK-RUMUS-POLA", table, r, column, messages.t(
                    "formula-pattern", lang, formula=formula, count=count, common=common), formula))
        if len(shapes) >= len(typed):
            for r in typed:
                out.append(_finding("PRK-RUMUS-KETIK", table, r, column, messages.t(
                    "formula-typed", lang, value=messages.number(r.cells[column].number, lang), count=len(shapes),
                    common=common), r.cells[column].number))
    return out
