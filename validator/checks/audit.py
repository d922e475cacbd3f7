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
from dataclasses import dataclass
from typing import TYPE_CHECKING

from validator import messages
from validator.checks.builtin import BUILTIN
from validator.checks.engine import summable
from validator.excel import column_index_from_string
from validator.model import Finding, Row, Table
from validator.packs.rulepack import Pack
from validator.read.formulas_eval import FormulaEvaluator, SheetFormulas, tokens

if TYPE_CHECKING:
    import numpy as np

VOLATILE = re.compile(r"\b(NOW|TODAY|RAND|RANDBETWEEN|OFFSET|INDIRECT)\s*\(", re.IGNORECASE)
EXTERNAL = re.compile(r"\[[^\]]+\][^!]*!")
MIN_FORMULAS = 3
KINDS_COMPARED = frozenset({"entity", "continuation"})


@dataclass(frozen=True)
class _Column:
    """One table column's formula cells, down the column: each one's place in the table, its
    index in the sheet's ``SheetFormulas`` and its shape there."""

    places: np.ndarray
    cells: np.ndarray
    forms: np.ndarray

    def of_form(self, form: int) -> np.ndarray:
        import numpy as np

        return np.flatnonzero(self.forms == form)


Placed = dict[str, _Column]


def audit(table: Table, pack: Pack, evaluator: FormulaEvaluator, lang: str) -> list[Finding]:
    """Findings on the table's formula cells. Work is done per formula shape where the shape
    decides (marks, references, patterns), so a column of one formula costs one check."""
    found = evaluator.formulas(table.sheet) if evaluator.has_sheet(table.sheet) else None
    placed = _placed(table, found) if found is not None and found.cells.rows else {}
    if found is None or not placed:  # typed numbers only: no formula to compare with its rule or its neighbours
        return []
    order = {column: at for at, column in enumerate(table.columns)}
    cells = [(place, order[column], finding) for column, members in placed.items()
             for place, finding in _cells(table, column, members, found, evaluator, lang)]
    references = list(_references(table, pack, lang, placed, found))
    cells.sort(key=lambda item: item[:2])
    references.sort(key=lambda item: item[0])  # stable: a row keeps its findings in the order of the rules
    return [finding for *_, finding in cells] + [finding for _, finding in references] + \
        _patterns(table, pack, lang, placed, found)


def _placed(table: Table, found: SheetFormulas) -> Placed:
    """The formula cells inside the table: its rows, its columns."""
    import numpy as np

    rows, forms, _ = found.arrays()
    indexes = np.fromiter((row.index for row in table.rows), dtype=np.int64, count=len(table.rows))
    place_of = np.full(int(indexes.max(initial=0)) + 1, -1, dtype=np.int64)
    place_of[indexes] = np.arange(len(indexes))
    cols = found.cells.cols
    out: Placed = {}
    for column, col in table.columns.items():
        first, stop = bisect_left(cols, col), bisect_right(cols, col)
        down = rows[first:stop]
        places = place_of[np.minimum(down, len(place_of) - 1)]
        inside = np.flatnonzero((down < len(place_of)) & (places >= 0))
        if len(inside):
            out[column] = _Column(places[inside], inside + first, forms[inside + first])
    return out


def _finding(rule_id: str, table: Table, row: Row, column: str, text: str, actual: object = None,
             expected: object = None) -> Finding:
    return Finding(rule=rule_id, severity=BUILTIN[rule_id].severity, cell=row.refs[column], message=text,
                   actual=actual, expected=expected, row_label=row.describe(),
                   table=f"{table.sheet}!{table.range}")


def _cells(table: Table, column: str, members: _Column, found: SheetFormulas,
           evaluator: FormulaEvaluator, lang: str) -> Iterator[tuple[int, Finding]]:
    """Formulas reading another workbook or a volatile function (decided once per shape: formulas
    of one shape differ only in their references' numbers), and cached values their formula no
    longer gives (those Periksa computed have nothing cached to compare)."""
    import numpy as np

    cells = found.cells
    marks = {}
    for form in np.unique(members.forms).tolist():
        formula = cells.formulas[int(members.cells[members.of_form(form)[0]])]
        marks[form] = (bool(EXTERNAL.search(formula)), bool(VOLATILE.search(formula)))
    marked = [form for form, (external, volatile) in marks.items() if external or volatile]
    cached = ~found.arrays()[2][members.cells]
    for i in np.flatnonzero(cached | np.isin(members.forms, marked)).tolist():
        at, k = int(members.places[i]), int(members.cells[i])
        formula, row = cells.formulas[k], table.rows[at]
        external, volatile = marks[int(members.forms[i])]
        if external:
            yield at, _finding("PRK-RUMUS-EKSTERNAL", table, row, column,
                               messages.t("formula-external", lang, formula=formula), formula)
        if volatile:
            yield at, _finding("PRK-RUMUS-VOLATIL", table, row, column,
                               messages.t("formula-volatile", lang, formula=formula), formula)
        if not cached[i]:
            continue
        value = row.cells[column].raw
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            fresh = evaluator.recompute(table.sheet, cells.rows[k], cells.cols[k])
            if isinstance(fresh, (int, float)) and not isinstance(fresh, bool) and _differs(formula, fresh, value):
                yield at, _finding("PRK-RUMUS-BASI", table, row, column, messages.t(
                    "formula-stale", lang, formula=formula, actual=messages.number(value, lang),
                    expected=messages.number(round(float(fresh), 6), lang)), value, float(fresh))


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
    import numpy as np

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
        members = placed.get(target)
        if members is None:
            continue
        col = table.columns[target]
        for form in np.unique(members.forms).tolist():
            mine = members.of_form(form)
            first = int(members.cells[mine[0]])
            references = _references_of(cells.formulas[first], cells.rows[first], col)
            steady = not any(r_abs for r_abs, _, _, _ in references)
            if steady and not (_used(references, cells.rows[first], col, by_col) - allowed):
                continue  # the shape reads only its rule's inputs, on every row
            for i in mine.tolist():
                at, k = int(members.places[i]), int(members.cells[i])
                used = _used(references, cells.rows[k], col, by_col)
                if used - allowed:
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
    import numpy as np

    compared = np.fromiter((row.kind in KINDS_COMPARED for row in table.rows), dtype=bool, count=len(table.rows))
    order = {column: at for at, column in enumerate(table.columns)}
    sums: dict[int, bool] = {}
    out: list[tuple[int, int, list[Finding]]] = []  # (a group's first row, its column, its findings)
    for column, members in placed.items():
        kept = compared[members.places]
        places = members.places[kept]
        if len(places) < MIN_FORMULAS:
            continue
        without = compared.copy()
        without[places] = False
        typed = [at for at in np.flatnonzero(without).tolist() if column in table.rows[at].cells]
        if not typed and len(np.unique(members.forms[kept])) == 1:
            continue
        mine = dict(zip(places.tolist(), members.cells[kept].tolist(), strict=True))
        groups: dict[tuple[str, str | None, bool], list[int]] = defaultdict(list)
        for at in sorted([*mine, *typed]):
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
