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


def audit(table: Table, pack: Pack, evaluator: FormulaEvaluator, lang: str) -> list[Finding]:
    findings: list[Finding] = []
    written = False
    for row in table.rows:
        for column, value in row.cells.kept():  # a plain number in a column store has no formula
            if value.formula:
                written = True
                findings.extend(_cell(table, row, column, evaluator, lang))
    if written:  # typed numbers only: no formula to compare with its rule or its neighbours
        findings.extend(_references(table, pack, lang))
        findings.extend(_patterns(table, pack, lang))
    return findings


def _finding(rule_id: str, table: Table, row: Row, column: str, text: str, actual: object = None,
             expected: object = None) -> Finding:
    return Finding(rule=rule_id, severity=BUILTIN[rule_id].severity, cell=row.refs[column], message=text,
                   actual=actual, expected=expected, row_label=row.describe(),
                   table=f"{table.sheet}!{table.range}")


def _cell(table: Table, row: Row, column: str, evaluator: FormulaEvaluator, lang: str) -> list[Finding]:
    value = row.cells[column]
    formula = value.formula or ""
    ref = row.refs[column]
    out = []
    if EXTERNAL.search(formula):
        out.append(_finding("PRK-RUMUS-EKSTERNAL", table, row, column,
                            messages.t("formula-external", lang, formula=formula), formula))
    if VOLATILE.search(formula):
        out.append(_finding("PRK-RUMUS-VOLATIL", table, row, column,
                            messages.t("formula-volatile", lang, formula=formula), formula))
    cached = value.raw
    if (ref.sheet, ref.row, ref.col) not in evaluator.computed and isinstance(cached, (int, float)) \
            and not isinstance(cached, bool):
        fresh = evaluator.recompute(ref.sheet, ref.row, ref.col)
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


def _references(table: Table, pack: Pack, lang: str) -> list[Finding]:
    """Same-row references of a derived cell's formula against the inputs of its rules."""
    inputs: dict[str, set[str]] = defaultdict(set)
    rule_ids: dict[str, list[str]] = defaultdict(list)
    for rule in pack.rules:
        target = rule.check.target()
        if target and not rule.check.aggregates:
            inputs[target] |= {c for c in rule.check.columns if c != target}
            rule_ids[target].append(rule.id)
    by_col = {col: name for name, col in table.columns.items()}
    out = []
    for row in table.rows:
        written = {column: value for column, value in row.cells.kept() if value.formula}
        for target, allowed in inputs.items():
            value = written.get(target)
            if value is None:
                continue
            used = {by_col[c] for r, c in _same_row_refs(value.formula) if r == row.index and c in by_col}
            stray = used - allowed
            if used and stray:
                out.append(_finding("PRK-RUMUS-REFERENSI", table, row, target, messages.t(
                    "formula-references", lang, formula=value.formula, used=", ".join(sorted(used)),
                    rule="/".join(rule_ids[target]), expected=", ".join(sorted(allowed))), value.formula))
    return out


def _same_row_refs(formula: str) -> list[tuple[int, int]]:
    return [(int(m.group("row")), column_index_from_string(m.group("col")))
            for m in tokens(formula) if not m.group("sheet")]


def _patterns(table: Table, pack: Pack, lang: str) -> list[Finding]:
    """Within one column and one kind of row, formulas should share one shape. Rows whose
    units are summed differently (counts vs percentages) follow different rules, so they
    are compared only among themselves."""
    rows_ = [row for row in table.rows if row.kind in {"entity", "continuation"}]
    written: Counter[tuple[str, str, str | None, bool]] = Counter()
    for row in rows_:
        formulas = [column for column, value in row.cells.kept() if value.formula]
        if formulas:
            sums = summable(row, pack)
            written.update((column, row.kind, row.level, sums) for column in formulas)
    wanted = {key for key, count in written.items() if count >= MIN_FORMULAS}
    groups: dict[tuple[str, str, str | None, bool], list[Row]] = defaultdict(list)
    for row in rows_ if wanted else []:  # a workbook of typed numbers has no pattern to compare
        sums = summable(row, pack)
        for column in row.cells:
            if (column, row.kind, row.level, sums) in wanted:
                groups[(column, row.kind, row.level, sums)].append(row)
    out = []
    for (column, _, _, _), rows in groups.items():
        shapes = {id(r): shape(r.cells[column].formula or "", r.index, r.refs[column].col)
                  for r in rows if r.cells[column].formula}
        if len(shapes) < MIN_FORMULAS:
            continue
        common, count = Counter(shapes.values()).most_common(1)[0]
        typed = [r for r in rows if not r.cells[column].formula and r.cells[column].number is not None]
        for r in rows:
            if id(r) in shapes and shapes[id(r)] != common and count >= 2 * Counter(shapes.values())[shapes[id(r)]]:
                out.append(_finding("PRK-RUMUS-POLA", table, r, column, messages.t(
                    "formula-pattern", lang, formula=r.cells[column].formula, count=count, common=common),
                    r.cells[column].formula))
        if len(shapes) >= len(typed):
            for r in typed:
                out.append(_finding("PRK-RUMUS-KETIK", table, r, column, messages.t(
                    "formula-typed", lang, value=messages.number(r.cells[column].number, lang), count=len(shapes),
                    common=common), r.cells[column].number))
    return out
