"""Audit the formulas behind a table's values, not only the values.

A value can be right while its formula is wrong (a reference to the wrong
column that happens to agree today), or a cached value can disagree with the
formula that supposedly produced it. Findings land on the formula cells.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterator

from validator import messages
from validator.checks.builtin import BUILTIN
from validator.checks.engine import summable
from validator.excel import column_index_from_string
from validator.model import Finding, Row, Table
from validator.packs.rulepack import Pack
from validator.read.formulas_eval import FormulaEvaluator, SheetFormulas, tokens

VOLATILE = re.compile(r"\b(NOW|TODAY|RAND|RANDBETWEEN|OFFSET|INDIRECT)\s*\(", re.IGNORECASE)
EXTERNAL = re.compile(r"\[[^\]]+\][^!]*!")
MIN_FORMULAS = 3
#: a table column's formula cells: (the row's place in the table, the cell's index in ``SheetFormulas``)
Placed = dict[str, list[tuple[int, int]]]


def audit(table: Table, pack: Pack, evaluator: FormulaEvaluator, lang: str) -> list[Finding]:
    """Findings on the table's formula cells. Work is done per formula shape where the shape
    decides (marks, references, patterns), so a column of one formula costs one check."""
    found = evaluator.formulas(table.sheet) if evaluator.has_sheet(table.sheet) else None
    placed = _placed(table, found) if found is not None else {}
    if found is None or not placed:  # typed numbers only: no formula to compare with its rule or its neighbours
        return []
    order = {column: at for at, column in enumerate(table.columns)}
    cells = [(place, order[column], finding) for column, members in placed.items()
             for place, finding in _cells(table, column, members, found, evaluator, lang)]
    references = [(place, finding) for place, finding in _references(table, pack, lang, placed, found)]
    cells.sort(key=lambda item: item[:2])
    references.sort(key=lambda item: item[0])
    return [finding for *_, finding in cells] + [finding for _, finding in references] + \
        _patterns(table, pack, lang, placed, found)


def _placed(table: Table, found: SheetFormulas) -> Placed:
    """The formula cells inside the table: its rows, its columns."""
    place = {row.index: at for at, row in enumerate(table.rows)}
    cells = found.cells
    out: Placed = {}
    for column, col in table.columns.items():
        first, stop = bisect_left(cells.cols, col), bisect_right(cells.cols, col)
        members = [(at, k) for k, row in enumerate(cells.rows[first:stop], first) if (at := place.get(row)) is not None]
        if members:
            out[column] = members
    return out


def _finding(rule_id: str, table: Table, row: Row, column: str, text: str, actual: object = None,
             expected: object = None) -> Finding:
    return Finding(rule=rule_id, severity=BUILTIN[rule_id].severity, cell=row.refs[column], message=text,
                   actual=actual, expected=expected, row_label=row.describe(),
                   table=f"{table.sheet}!{table.range}")


def _cells(table: Table, column: str, members: list[tuple[int, int]], found: SheetFormulas,
           evaluator: FormulaEvaluator, lang: str) -> Iterator[tuple[int, Finding]]:
    """Formulas reading another workbook or a volatile function (decided once per shape: formulas
    of one shape differ only in their references' numbers), and cached values their formula no
    longer gives (those Periksa computed have nothing cached to compare)."""
    cells = found.cells
    marks: dict[int, tuple[bool, bool]] = {}
    for at, k in members:
        form = found.ids[k]
        formula = cells.formulas[k]
        if form not in marks:
            marks[form] = (bool(EXTERNAL.search(formula)), bool(VOLATILE.search(formula)))
        external, volatile = marks[form]
        row = table.rows[at]
        if external:
            yield at, _finding("PRK-RUMUS-EKSTERNAL", table, row, column,
                               messages.t("formula-external", lang, formula=formula), formula)
        if volatile:
            yield at, _finding("PRK-RUMUS-VOLATIL", table, row, column,
                               messages.t("formula-volatile", lang, formula=formula), formula)
        if cells.missing[k]:
            continue
        cached = row.cells[column].raw
        if isinstance(cached, (int, float)) and not isinstance(cached, bool):
            fresh = evaluator.recompute(table.sheet, cells.rows[k], cells.cols[k])
            if isinstance(fresh, (int, float)) and not isinstance(fresh, bool) and _differs(formula, fresh, cached):
                yield at, _finding("PRK-RUMUS-BASI", table, row, column, messages.t(
                    "formula-stale", lang, formula=formula, actual=messages.number(cached, lang),
                    expected=messages.number(round(float(fresh), 6), lang)), cached, float(fresh))


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


def _references(table: Table, pack: Pack, lang: str, placed: Placed, found: SheetFormulas
                ) -> Iterator[tuple[int, Finding]]:
    """Same-row references of a derived cell's formula against the inputs of its rules; the
    references are worked out once per shape, and per cell only for shapes with absolute rows."""
    inputs: dict[str, set[str]] = defaultdict(set)
    rule_ids: dict[str, list[str]] = defaultdict(list)
    for rule in pack.rules:
        target = rule.check.target()
        if target and not rule.check.aggregates:
            inputs[target] |= {c for c in rule.check.columns if c != target}
            rule_ids[target].append(rule.id)
    by_col = {col: name for name, col in table.columns.items()}
    cells = found.cells
    for target, allowed in inputs.items():
        col = table.columns[target]
        shared: dict[int, tuple[list[tuple[bool, int, bool, int]], set[str] | None]] = {}
        for at, k in placed.get(target, []):
            form = found.ids[k]
            if form not in shared:
                references = _references_of(cells.formulas[k], cells.rows[k], col)
                steady = not any(r_abs for r_abs, _, _, _ in references)
                shared[form] = (references, _used(references, cells.rows[k], col, by_col) if steady else None)
            references, used = shared[form]
            if used is None:
                used = _used(references, cells.rows[k], col, by_col)
            stray = used - allowed
            if used and stray:
                yield at, _finding("PRK-RUMUS-REFERENSI", table, table.rows[at], target, messages.t(
                    "formula-references", lang, formula=cells.formulas[k], used=", ".join(sorted(used)),
                    rule="/".join(rule_ids[target]), expected=", ".join(sorted(allowed))), cells.formulas[k])


def _used(references: list[tuple[bool, int, bool, int]], row: int, col: int, by_col: dict[int, str]) -> set[str]:
    """The table columns a formula on ``row`` reads on its own row."""
    return {by_col[c] for r, c in _at(references, row, col) if r == row and c in by_col}


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


def _at(references: list[tuple[bool, int, bool, int]], row: int, col: int) -> list[tuple[int, int]]:
    return [(r if r_abs else row + r, c if c_abs else col + c) for r_abs, r, c_abs, c in references]


def _patterns(table: Table, pack: Pack, lang: str, placed: Placed, found: SheetFormulas) -> list[Finding]:
    """Within one column and one kind of row, formulas should share one shape. Rows whose
    units are summed differently (counts vs percentages) follow different rules, so they
    are compared only among themselves. A column whose rows all hold formulas of one shape
    has nothing to report, whatever its groups: it is passed over without grouping."""
    compared = {at for at, row in enumerate(table.rows) if row.kind in {"entity", "continuation"}}
    order = {column: at for at, column in enumerate(table.columns)}
    sums: dict[int, bool] = {}
    out: list[tuple[int, int, list[Finding]]] = []  # (a group's first row, its column, its findings)
    for column, members in placed.items():
        mine = {at: k for at, k in members if at in compared}
        if len(mine) < MIN_FORMULAS:
            continue
        filled = [at for at in sorted(compared) if column in table.rows[at].cells]
        if len(filled) == len(mine) and len({found.ids[k] for k in mine.values()}) == 1:
            continue
        groups: dict[tuple[str, str | None, bool], list[int]] = defaultdict(list)
        for at in filled:
            row = table.rows[at]
            if at not in sums:
                sums[at] = summable(row, pack)
            groups[(row.kind, row.level, sums[at])].append(at)
        out.extend((group[0], order[column], _pattern(table, lang, column, group, mine, found))
                   for group in groups.values())
    out.sort(key=lambda item: item[:2])
    return [finding for *_, findings in out for finding in findings]


def _pattern(table: Table, lang: str, column: str, group: list[int], mine: dict[int, int],
             found: SheetFormulas) -> list[Finding]:
    """One column's rows of one kind: formulas off the common shape, and typed numbers among formulas."""
    shapes = {at: found.ids[mine[at]] for at in group if at in mine}
    if len(shapes) < MIN_FORMULAS:
        return []
    tally = Counter(shapes.values())
    common, count = tally.most_common(1)[0]
    out = []
    for at, form in shapes.items():
        if form != common and count >= 2 * tally[form]:
            formula = found.cells.formulas[mine[at]]
            out.append(_finding("PRK-RUMUS-POLA", table, table.rows[at], column, messages.t(
                "formula-pattern", lang, formula=formula, count=count, common=found.forms[common]), formula))
    typed = [table.rows[at] for at in group if at not in mine and table.rows[at].cells[column].number is not None]
    if len(shapes) >= len(typed):
        for row in typed:
            out.append(_finding("PRK-RUMUS-KETIK", table, row, column, messages.t(
                "formula-typed", lang, value=messages.number(row.cells[column].number, lang), count=len(shapes),
                common=found.forms[common]), row.cells[column].number))
    return out
