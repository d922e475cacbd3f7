"""Evaluate a pack's rules over a parsed table and produce findings.

Rules compare what a row *states* with what the rule computes from the
row's other stated values, within the precision the value was written in.
A rule that cannot be applied to a row (an input is blank, unreadable or a
denominator is zero) is skipped for that row, never guessed.
"""

from __future__ import annotations

import ast
import functools
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from validator import messages
from validator.model import APPLICABLE, CellRef, Finding, Row, RowTrace, RuleOutcome, Severity, Table, TableTrace
from validator.packs.expr import (
    Evaluator,
    ExpressionError,
    RowContext,
    Skip,
    Unusable,
    compile_expression,
    printed_expression,
    round_half_up,
)
from validator.packs.rulepack import Library, Pack, Rule
from validator.tables.numbers import AMBIGUOUS, EXCEL_ERROR, MALFORMED

if TYPE_CHECKING:
    from validator.checks.columns import ColumnData

CELL_RULES = {
    MALFORMED: ("PRK-ANGKA-TIDAK-SAH", Severity.ERROR, "number-malformed"),
    AMBIGUOUS: ("PRK-ANGKA-AMBIGU", Severity.WARNING, "number-ambiguous"),
    EXCEL_ERROR: ("PRK-GALAT-EXCEL", Severity.ERROR, "excel-error"),
}


def _lookup(row: Row, column: str) -> float | str | None:
    value = row.cells.get(column)
    if value is None or value.blank:
        return None
    if value.problem:
        raise Unusable(column)
    return value.number if value.number is not None else value.text


AGGREGATIONS = ("sum", "last", "average")
#: tables at least this long get column programs (``columns.py``); shorter ones are interpreted row by row
COLUMNAR_MIN_ROWS = 200


def summable(row: Row, pack: Pack) -> bool:
    """Counts add up; percentages, indices and scores do not. Every unit in the row
    counts (a % target beside counted realisasi is not summable); without units,
    the indicator's wording decides where the pack says how."""
    units = tuple(row.cells.units(pack.unit_columns))
    verdict = _units_summable(units, pack.non_summable_units) if units else None
    if verdict is not None:
        return verdict
    wording = pack.non_summable_wording
    return not (wording and re.search(wording, _indicator(row), re.IGNORECASE))


def _polarity_column(pack: Pack) -> str:
    """The column whose words say whether an indicator is negative: the indicator, else the name."""
    roles = pack.roles
    return roles.get("indicator") or roles.get("name") or ""


@functools.lru_cache(maxsize=1024)
def _units_summable(units: tuple[str, ...], non_summable: tuple[str, ...]) -> bool | None:
    """Whether a row with these units sums (rows repeat a handful of units); None when none is
    written but spaces."""
    written = {u.strip().lower() for u in units if u.strip()}
    return all(_unit_summable(unit, non_summable) for unit in written) if written else None


@functools.lru_cache(maxsize=1024)
def _unit_summable(unit: str, non_summable: tuple[str, ...]) -> bool:
    return not any(unit == u or unit.startswith(u) or (u == "%" and "%" in unit) for u in non_summable)


def _indicator(row: Row) -> str:
    """The row's words: names, indicator, units (a continuation row borrows its entity's name)."""
    texts = row.cells.texts()
    if row.owner is not None:
        texts.append(row.owner.label)
    return " ".join(texts)


def _indicator_text(row: Row, indicator: str) -> str:
    """The indicator's own words, not the program or kegiatan named beside it: "Jumlah peserta
    penyuluhan" under "Penyuluhan pencegahan perkawinan usia anak" counts people reached, and more
    is better. A table without an indicator column names its indicator in the name column (LKjIP
    IKU); a row whose indicator cell is blank falls back on all its words. ``indicator`` is
    that column (``_polarity_column``)."""
    stated = row.cells.get(indicator)
    return stated.text if stated is not None and stated.text else _indicator(row)


def semantics(row: Row, pack: Pack, indicator: str) -> tuple[str, bool, bool]:
    """How an indicator aggregates across triwulan (sum / last / average), whether lower is
    better, and whether its aggregation was declared. The first ``indicators`` entry (the
    project's, then the pack's) naming it by kode or by its words decides; otherwise the unit
    decides summing (DOMAIN 5.2), a guess rules may treat as such (``declared`` false), and the
    pack's ``negative_indicators`` the polarity (kekerasan, perkawinan anak)."""
    text = _indicator_text(row, indicator)
    kode = row.kode or (row.owner.kode if row.owner is not None else None)
    aggregation = polarity = None
    for entry in pack.indicators:
        if (entry.get("kode") is not None and entry["kode"] != kode) or (
                entry.get("match") is not None and not re.search(entry["match"], text, re.IGNORECASE)):
            continue
        aggregation = aggregation or entry.get("aggregation")
        polarity = polarity or entry.get("polarity")
    declared = aggregation is not None
    if aggregation is None:
        aggregation = "sum" if summable(row, pack) else "last"
    if polarity is None:
        negative = any(re.search(p, text, re.IGNORECASE) for p in pack.negative_indicators)
    else:
        negative = polarity == "negative"
    return aggregation, negative, declared


class TableRules:
    """The rows of one table, seen the way rules need them."""

    def __init__(self, table: Table, pack: Pack, library: Library, lang: str, columnar: bool = True) -> None:
        self.table = table
        self.pack = pack
        self.library = library
        self.lang = lang
        for at, row in enumerate(table.rows):
            row.at = at
        self._by_index: dict[int, Row] | None = None
        self.scale_name = pack.scale
        self.rupiah = pack.vocabulary.tolerance("rupiah")
        self.corrected: dict[tuple[int, str], float] = {}
        #: what a sum over other rows, or a warning rule, says a cell should be: weaker evidence than a
        #: row formula's error, so used only to explain other findings, never to raise new ones
        self.hypotheses: dict[tuple[int, str], float] = {}
        self.use_hypotheses = False
        #: the sum corrections a re-check may use (None: all of them), and those it read
        self.hypotheses_allowed: set[tuple[int, str]] | None = None
        self.hypotheses_read: set[tuple[int, str]] = set()
        #: the place in the table of each row holding a corrected value or a hypothesis, by id
        self.placed: dict[int, int] = {}
        self.touched: set[CellRef] = set()
        #: each row's outcome per rule, when ``--explain-rows`` asks for it
        self.trace: dict[int, list[RuleOutcome]] | None = None
        #: rules skipped on every row they could apply to, for the file's notes
        self.notes: list[str] = []
        self.levels: dict[str, tuple[list[Row], list[int]]] = {}
        self.summaries: dict[str, tuple[list[Row], list[int]]] = {}
        for index, row in enumerate(table.rows):
            if row.kind == "entity" and row.level:
                bucket = self.levels.setdefault(row.level, ([], []))
            elif row.kind == "summary" and row.summary_level:
                bucket = self.summaries.setdefault(row.summary_level, ([], []))
            else:
                continue
            bucket[0].append(row)
            bucket[1].append(index)
        self._groups: dict[int, list[Row]] = {}
        self._contexts: dict[int, RowContext] = {}
        self._access = (self.lookup, self.related, self.previous, self.scale)
        self._polarity = _polarity_column(pack)
        #: whether column programs settle the rows where a rule plainly holds (off: every row interpreted)
        self.columnar = columnar
        self._data: ColumnData | None = None
        self._selected: dict[tuple[str, ...], list[Row]] = {}
        #: the table's parameters with each (aggregation, negative, declared) triple, shared by rows
        self._variable_sets = {(a, n, d): {**table.parameters, "summable": a == "sum", "averaged": a == "average",
                                           "negative": n, "declared": d}
                               for a in AGGREGATIONS for n in (True, False) for d in (True, False)}

    def lookup(self, row: Row, column: str) -> float | str | None:
        """The stated value, or, once a first pass found it wrong, its correct value."""
        key = (id(row), column)
        if key in self.corrected:
            self.touched.add(row.refs[column])
            return self.corrected[key]
        allowed = self.hypotheses_allowed
        if self.use_hypotheses and key in self.hypotheses and (allowed is None or key in allowed):
            self.touched.add(row.refs[column])
            self.hypotheses_read.add(key)
            return self.hypotheses[key]
        return _lookup(row, column)

    def rows_for(self, rule: Rule) -> list[Row]:
        wanted = tuple(rule.rows)
        selected = self._selected.get(wanted)
        if selected is None:
            # whether a row is selected depends only on its kind and levels: decided once per such key
            decided: dict[tuple[str, str | None, str | None], bool] = {}
            selected = []
            for row in self.table.rows:
                key = (row.kind, row.level, row.summary_level)
                chosen = decided.get(key)
                if chosen is None:
                    chosen = decided[key] = any(_matches(row, w) for w in wanted)
                if chosen:
                    selected.append(row)
            self._selected[wanted] = selected
        return selected

    def related(self, row: Row, kind: str, selector: str | None) -> Sequence[Row]:
        if kind == "children":
            return row.children
        if kind == "entities":
            return [r for r in self.group(row) if r.kind == "entity"]
        if kind == "summaries":
            rows, positions = self.summaries.get(selector or "", ([], []))
            return rows[: bisect_left(positions, row.at)]
        return self.group(row)

    def group(self, row: Row) -> list[Row]:
        """The entity rows a summary row summarises, with their continuation rows.
        Found through per-level indexes, so a table of 100,000 rows stays linear."""
        if row.kind != "summary" or row.level is None:
            return []
        if id(row) in self._groups:
            return self._groups[id(row)]
        pos = row.at
        rows, positions = self.levels.get(row.level, ([], []))
        end = bisect_left(positions, pos)
        start = 0
        if row.summary_scope == "section":
            _, kind_positions = self.summaries.get(row.summary_level or "", ([], []))
            previous = bisect_left(kind_positions, pos)
            start = bisect_right(positions, kind_positions[previous - 1]) if previous else 0
        same = rows[start:end]
        if row.summary_scope == "parent" and same:
            parent = same[-1].parent
            if parent is not None:
                same = [c for c in parent.children if c.level == row.level and c.at < pos]
            else:
                same = [r for r in same if r.parent is None]
        out: list[Row] = []
        for entity in same:
            out.append(entity)
            out.extend(entity.continuations)
        self._groups[id(row)] = out
        return out

    def place(self, row: Row) -> int:
        """The row's place in this table's rows, -1 when it is not one of them."""
        rows = self.table.rows
        return row.at if 0 <= row.at < len(rows) and rows[row.at] is row else -1

    def previous(self, row: Row, kind: str) -> Row | None:
        if kind == "parent":
            return row.parent or (row.owner.parent if row.owner else None)
        return self.table.rows[row.at - 1] if row.at > 0 else None

    def scale(self, value: float, name: str | None) -> str:
        scale = self.library.scales[name or self.scale_name or ""]
        return scale.label(value)

    def variables(self, row: Row) -> dict[str, bool | float]:
        """The row's variables (summable, negative, ...) with the table's parameters; shared sets."""
        return self._variable_sets[semantics(row, self.pack, self._polarity)]

    def context(self, row: Row) -> RowContext:
        context = self._contexts.get(id(row))
        if context is None:
            variables = self.variables(row)
            lookup, related, previous, scale = self._access
            context = RowContext(lookup, row, related, previous, scale, variables)
            self._contexts[id(row)] = context
        return context

    def propagated(self, rule: Rule, first_pass: list[Finding]) -> list[Finding]:
        """Derived values that hold only because an input they use is wrong: with the
        input corrected they no longer do. A warning, since fixing the input fixes them."""
        flagged = {f.cell for f in first_pass}
        findings = []
        rows = self.rows_for(rule)
        if not any(e is not None and e.aggregates for e in (rule.check, rule.when, rule.require)):
            # a rule reading only its own row can change only on rows holding a corrected value
            changed = {key[0] for key in self.corrected} | {key[0] for key in self.hypotheses}
            rows = [row for row in rows if id(row) in changed]
        for row in rows:
            target = rule.check.target()
            if target is None or row.refs.get(target) in flagged:
                continue
            self.touched = set()
            finding = self.check_row(rule, row)
            if finding is None or finding.actual is None or not self.touched:
                continue
            cells = ", ".join(sorted(ref.a1 for ref in self.touched)[:3])
            text = messages.t("propagated", self.lang, actual=messages.number(finding.actual, self.lang),
                              expected=messages.number(finding.expected, self.lang), cells=cells)
            findings.append(replace(finding, severity=Severity.WARNING, message=f"{text} ({self.source(rule)})"))
        return findings

    def explained(self, finding: Finding) -> Finding:
        """An error that disappears once a wrong input it reads is corrected is that input's
        consequence: kept as a warning that names the cause, not counted as a second error."""
        row = self.row_at(finding.cell)
        rule = self.rule_ids.get(finding.rule)
        if row is None or rule is None or finding.severity is not Severity.ERROR:
            return finding
        own = (id(row), self.column_of(finding))
        saved = self.corrected.pop(own, None)  # the cell itself is read as stated in the re-check
        own_sum = self.hypotheses.pop(own, None)
        self.touched, self.hypotheses_read = set(), set()
        still = self._recheck(rule, row, finding)
        if still is not None:
            # a sum read here may be off because of a child, not of its own cell: try each on its own
            for key in sorted(self.hypotheses_read, key=lambda k: (self.placed.get(k[0], 0), k[1])):
                self.hypotheses_allowed, self.touched = {key}, set()
                still = self._recheck(rule, row, finding)
                if still is None:
                    break
            self.hypotheses_allowed = None
        if own_sum is not None:
            self.hypotheses[own] = own_sum
        if still is not None or not self.touched:
            if saved is not None:
                self.corrected[own] = saved
            return self.derived(finding, rule, row) if rule.check.aggregates else finding
        cells = ", ".join(sorted(ref.a1 for ref in self.touched)[:3])
        text = messages.t("consequence", self.lang, cells=cells, message=finding.message)
        return replace(finding, severity=Severity.WARNING, message=text)

    def _recheck(self, rule: Rule, row: Row, finding: Finding) -> Finding | None:
        try:
            return self.check_row(rule, row)
        except Exception:  # noqa: BLE001 - keep the original finding if the re-check fails
            return finding

    def derived(self, finding: Finding, rule: Rule, row: Row) -> Finding:
        """A sum that fails in a column computed row by row from another column whose sum
        fails too (10 = 4 - 5 with pagu, column 4, off): fixing column 4 fixes column 10.
        Shown as a warning that names the sum it follows; which cell of column 4 is wrong,
        the parent's or a child's, the sums alone cannot say."""
        column = self.column_of(finding)
        for local in self.local_rules.get(column, []):
            self.use_hypotheses = False
            holds = self.check_row(local, row) is None
            self.use_hypotheses = True
            if not holds:
                continue  # the row does not follow its own formula there: that is its own finding
            self.touched = set()
            try:
                if local.when is not None and not Evaluator(local.when, self.context(row)).value(local.when.tree):
                    continue
                value = Evaluator(local.check, self.context(row)).value(local.check.tree.comparators[0])  # type: ignore[attr-defined]
            except Skip:
                continue
            decimals = row.cells[column].decimals or 0
            if self.touched and isinstance(value, (int, float)) and isinstance(finding.expected, float) \
                    and _within(rule, float(value), finding.expected, decimals, self.rupiah) == "ok":
                cells = ", ".join(sorted(ref.a1 for ref in self.touched)[:3])
                text = messages.t("consequence-sum", self.lang, cells=cells, check=local.check.source,
                                  message=finding.message)
                return replace(finding, severity=Severity.WARNING, message=text)
        return finding

    def row_at(self, cell: CellRef) -> Row | None:
        if self._by_index is None:  # only a table with findings needs it
            self._by_index = {row.index: row for row in self.table.rows}
        row = self._by_index.get(cell.row)
        return row if row is not None and cell.sheet == self.table.sheet else None

    def column_of(self, finding: Finding) -> str:
        row = self.row_at(finding.cell)
        return next((c for c, col in self.table.columns.items() if col == finding.cell.col), "") if row else ""

    def correct(self, findings: list[Finding]) -> None:
        """Remember the correct value of cells a row-local formula found wrong. A sum over
        other rows that does not hold says something is wrong, not which side."""
        self.rule_ids = {rule.id: rule for rule in self.pack.rules}
        self.local_rules: dict[str, list[Rule]] = {}
        for rule in self.pack.rules:
            target = rule.check.target()
            if target and not rule.check.aggregates and isinstance(rule.check.tree, ast.Compare) \
                    and isinstance(rule.check.tree.ops[0], ast.Eq):
                self.local_rules.setdefault(target, []).append(rule)
        for finding in findings:
            rule = self.rule_ids.get(finding.rule)
            if rule is None or not isinstance(finding.expected, float) or not isinstance(finding.actual, float):
                continue
            row = self.row_at(finding.cell)
            if row is None:
                continue
            if finding.severity is Severity.ERROR:
                into = self.hypotheses if rule.check.aggregates else self.corrected
            elif finding.severity is rule.severity:  # a warning rule's mismatch, not a truncation
                into = self.hypotheses
            else:
                continue
            into[(id(row), self.column_of(finding))] = finding.expected
            self.placed[id(row)] = row.at

    def check(self, rule: Rule) -> list[Finding]:
        """The rule on every row it selects; a rule skipped on all of them for want of the rows
        it reads (children() of a program in a table without kegiatan) leaves a note. The
        rule's column program settles the rows where it plainly holds (``settled``); the
        interpreter sees the rest."""
        findings = []
        applicable = 0
        structural: list[tuple[Row, Skip]] = []
        selected = self.rows_for(rule)
        settled = self.settled(rule, selected)
        for at, row in enumerate(selected):
            known = settled[at] if settled is not None else None
            if known is not None:  # held, or its when is false: settled by the column program
                applicable += known.status in APPLICABLE
                if self.trace is not None:
                    self.trace.setdefault(id(row), []).append(known)
                continue
            finding, outcome = self.outcome(rule, row)
            if finding:
                findings.append(finding)
            if outcome.status in APPLICABLE:
                applicable += 1
                if outcome.reason in ("rowset", "row"):
                    structural.append((row, Skip(outcome.reason, outcome.detail)))
            if self.trace is not None:
                self.trace.setdefault(id(row), []).append(outcome)
        if applicable and len(structural) == applicable:
            self.notes.append(self._never_applied(rule, structural))
        return findings

    def settled(self, rule: Rule, selected: list[Row]) -> list[RuleOutcome | None] | None:
        """Each selected row's outcome where the rule's column program settles it (held, or
        ``when`` false), None where the interpreter must look; None for all on a small table,
        which the interpreter alone checks as fast without loading numpy (start-up matters more)."""
        if not self.columnar or len(self.table.rows) < COLUMNAR_MIN_ROWS or not selected \
                or self.corrected or self.use_hypotheses:
            return None
        from validator.checks import columns

        if self._data is None:
            self._data = columns.ColumnData(self.table.rows, self.place, self.related, self.previous,
                                            self.variables, self.scale)
        statuses = columns.settle(rule, self._data.domain(selected), self._data, self.rupiah)
        outcomes = {columns.HOLDS: _plain(rule.id, "ok"), columns.WHEN_FALSE: _plain(rule.id, "when")}
        return [outcomes.get(status) for status in statuses.tolist()]

    def check_row(self, rule: Rule, row: Row) -> Finding | None:
        return self.outcome(rule, row)[0]

    def outcome(self, rule: Rule, row: Row) -> tuple[Finding | None, RuleOutcome]:
        """The rule on one row: its finding, if any, and what happened (checked, skipped and why)."""
        evaluator = Evaluator(rule.check, self.context(row))
        try:
            if rule.when is not None and not Evaluator(rule.when, self.context(row)).value(rule.when.tree):
                return None, _plain(rule.id, "when")
            tree = rule.check.tree
            target = rule.check.target()
            if target and isinstance(tree, ast.Compare) and len(tree.ops) == 1 and isinstance(tree.ops[0], ast.Eq):
                stated = _lookup(row, target)
                if stated is None:
                    missing = self._missing(rule, row, target, evaluator, tree.comparators[0])
                    status = "finding" if missing else ("blank" if rule.require is None else "require")
                    return missing, RuleOutcome(rule.id, status, detail=target, cell=_cell(missing))
                expected = evaluator.value(tree.comparators[0])
                found = self._compare(rule, row, target, stated, expected)
                return found, RuleOutcome(rule.id, "finding", cell=_cell(found)) if found else _plain(rule.id, "ok")
            if evaluator.value(tree):
                return None, _plain(rule.id, "ok")
        except Skip as skip:
            return None, RuleOutcome(rule.id, "skipped", skip.reason, skip.detail)
        column = next((c for c in rule.check.columns if c in row.refs), None)
        if column is None:
            return None, RuleOutcome(rule.id, "ok")
        actual = row.cells[column].text or row.cells[column].number
        found = self._finding(rule, row, column, None, actual, self._failed_text(rule, row, actual))
        return found, RuleOutcome(rule.id, "finding", cell=_cell(found))

    def _never_applied(self, rule: Rule, skipped: list[tuple[Row, Skip]]) -> str:
        """'TC29-INDUK-5RP: children() kosong di 2 baris program: tidak ada baris kegiatan'."""
        row, skip = skipped[0]
        kinds = sorted({r.level or r.summary_level or r.kind for r, _ in skipped})
        what = f"{skip.detail}()" if skip.reason == "rowset" else f"{skip.detail}(...)"
        return messages.t("rule-never-applied", self.lang, rule=rule.id, what=what, count=len(skipped),
                          rows=", ".join(kinds), why=self._why_empty(row, skip))

    def _why_empty(self, row: Row, skip: Skip) -> str:
        """Why a row set is empty, in the pack's terms (its levels, its summary rows)."""
        order = self.pack.level_order
        if skip.detail == "children" and row.level in order and order.index(row.level) + 1 < len(order):
            below = order[order.index(row.level) + 1]
            if below in self.levels:
                return messages.t("why-not-below", self.lang, level=below)
            deeper = [level for level in order[order.index(below) + 1:] if level in self.levels]
            if deeper:
                return messages.t("why-skipped-level", self.lang, level=below, deeper=deeper[0],
                                  levels=", ".join(order))
            return messages.t("why-no-level", self.lang, level=below)
        if skip.detail == "children":
            return messages.t("why-lowest-level", self.lang, level=row.level or "-")
        if skip.detail in ("group", "entities"):
            return messages.t("why-no-group", self.lang, level=row.level or "-")
        if skip.detail == "summaries":
            return messages.t("why-no-summaries", self.lang)
        return messages.t(f"why-no-{skip.detail}", self.lang)

    def _failed_text(self, rule: Rule, row: Row, actual: object) -> str:
        """A rule's own ``message`` where it has one; else its description."""
        template = rule.message or rule.description
        parent = row.parent or (row.owner.parent if row.owner else None)
        text = template.get(self.lang, template["id"])
        return text.format(actual=messages.number(actual, self.lang), parent=parent.describe() if parent else "-")

    def _missing(self, rule: Rule, row: Row, target: str, evaluator: Evaluator, node: ast.expr) -> Finding | None:
        """A blank target is a finding only where the rule's ``require`` holds."""
        if rule.require is None:
            return None
        try:
            if not Evaluator(rule.require, self.context(row)).value(rule.require.tree):
                return None
        except Skip:
            return None
        try:
            expected: object = round_half_up(float(evaluator.value(node)), 2)
        except (Skip, TypeError, ValueError):
            expected = None
        if expected is None:
            text = messages.t("missing-unknown", self.lang)
        else:
            text = messages.t("missing", self.lang, expected=messages.number(expected, self.lang))
        return self._finding(rule, row, target, expected, None, f"{text} ({self.source(rule)})")

    def _compare(self, rule: Rule, row: Row, target: str, stated: object, expected: object) -> Finding | None:
        if isinstance(stated, str) or isinstance(expected, str):
            if " ".join(str(stated).split()).casefold() == " ".join(str(expected).split()).casefold():
                return None
            return self._mismatch(rule, row, target, expected, "mismatch")
        stated, expected = float(stated), float(expected)  # type: ignore[arg-type]
        decimals = row.cells[target].decimals or 0
        verdict = _within(rule, stated, expected, decimals, self.rupiah)
        if verdict == "ok":
            return None
        if verdict == "truncated" and rule.truncation != "error":
            if rule.truncation == "ignore":
                return None
            shown = round_half_up(expected, min(decimals, rule.max_decimals))
            return self._mismatch(rule, row, target, shown, "truncated", Severity.WARNING)
        shown = round_half_up(expected, 2 if rule.tolerance != "exact" else 6)
        if _ratio_for_percent(rule, stated, expected, decimals, self.pack.vocabulary.ratio_band):
            return self._mismatch(rule, row, target, shown, "ratio-not-percent")
        return self._mismatch(rule, row, target, shown, "mismatch")

    def _mismatch(self, rule: Rule, row: Row, column: str, expected: object, key: str,
                  severity: Severity | None = None) -> Finding:
        stated = row.cells[column]
        actual = stated.number if stated.number is not None else stated.text
        detail = messages.t(
            key, self.lang, actual=messages.number(actual, self.lang), expected=messages.number(expected, self.lang)
        )
        text = f"{detail} ({self.source(rule)})"
        return self._finding(rule, row, column, expected, actual, text, severity)

    def source(self, rule: Rule) -> str:
        """The check as written, with the values of the pack parameters it used for this table
        (``[5] == [4] * porsi_target / 100; porsi_target = 30``)."""
        used = [f"{name} = {messages.number(self.table.parameters[name], self.lang)}"
                for name in rule.check.variables if name in self.table.parameters]
        return "; ".join([rule.check.source, *used])

    def _finding(self, rule: Rule, row: Row, column: str, expected: object, actual: object, text: str,
                 severity: Severity | None = None) -> Finding:
        return Finding(
            rule=rule.id, severity=severity or rule.severity, cell=row.refs[column], message=text,
            expected=expected, actual=actual, row_label=row.describe(), source=rule.source,
            table=f"{self.table.sheet}!{self.table.range}",
        )


def _matches(row: Row, wanted: str) -> bool:
    if wanted == "entity":
        return row.kind == "entity"
    if wanted == "indicator":
        return row.kind in {"entity", "continuation"}
    if wanted == "continuation":
        return row.kind == "continuation"
    if wanted.startswith("summary:"):
        return row.kind == "summary" and row.summary_level == wanted.split(":", 1)[1]
    return row.kind == "entity" and row.level == wanted


def _ratio_for_percent(rule: Rule, stated: float, expected: float, decimals: int, band: float) -> bool:
    """1,15 written where the percentage is 113,65: the ratio, not yet times 100
    (0,03 for 2,75 is the ratio 0,0275 rounded to the places it was written with)."""
    if "* 100" not in rule.check.source or stated == 0:
        return False
    rounded_ratio = round_half_up(expected / 100, decimals)
    return abs(stated * 100 - expected) <= band * abs(expected) or abs(rounded_ratio - stated) <= 1e-9


def _within(rule: Rule, stated: float, expected: float, decimals: int, rupiah: float) -> str:
    slack = 1e-9 * max(1.0, abs(expected))
    if rule.tolerance == "rupiah":
        # float noise only: a slack relative to the amount would let a total of billions be off by
        # tens of rupiah, where the rule allows one (sen rounding)
        return "ok" if abs(stated - expected) <= rupiah + 1e-12 * max(1.0, abs(expected)) else "wrong"
    if rule.tolerance == "exact":
        return "ok" if abs(stated - expected) <= slack else "wrong"
    if isinstance(rule.tolerance, (int, float)):
        return "ok" if abs(stated - expected) <= rule.tolerance + slack else "wrong"
    places = min(decimals, rule.max_decimals)
    if abs(stated - expected) <= 0.5 * 10.0**-places + slack:
        return "ok"
    factor = 10.0**places
    truncated = math.trunc(expected * factor + math.copysign(slack, expected)) / factor
    return "truncated" if abs(stated - truncated) <= slack and places > 0 else "wrong"


def cell_findings(table: Table, pack: Pack, lang: str) -> list[Finding]:
    """Cells that a rule reads and that cannot be read as numbers are findings in themselves."""
    read = pack.read_columns()
    findings = []
    for row in table.rows:
        for column, value in row.cells.problems():
            if value.problem not in CELL_RULES or column not in read:
                continue
            rule_id, severity, key = CELL_RULES[value.problem]
            raw = str(value.raw)
            text = messages.t(key, lang, raw=raw, a=raw.replace(".", ""), b=raw.replace(".", ","))
            findings.append(Finding(
                rule=rule_id, severity=severity, cell=row.refs[column], message=text, actual=raw,
                row_label=row.describe(), table=f"{table.sheet}!{table.range}",
            ))
    return findings


def header_findings(table: Table, pack: Pack, rules: TableRules, lang: str) -> list[Finding]:
    """The column-number row may print a formula (12=(6+7+11)) that the pack does not
    use. Say so, and say which of the two the rows actually follow."""
    findings = []
    for number, label in table.labels.items():
        printed = printed_expression(label)
        if printed is None or number not in table.columns:
            continue
        used = {c.split(".")[0] for c in re.findall(r"\[(\d+)\]", printed)}
        targeting = [r for r in runnable(table, pack) if r.check.target() == number and not r.check.aggregates]
        if not targeting:
            continue
        computed = {c.split(".")[0] for r in targeting for c in r.check.columns if c != number}
        if computed == used:
            continue
        try:
            shadow = compile_expression(f"[{number}] == {printed}", pack.logical_columns())
        except ExpressionError:
            continue
        pack_rows = label_rows = 0
        stated_rows = [r for r in rules.rows_for(targeting[0]) if r.cells[number].number is not None]
        for row in stated_rows:
            pack_rows += rules.check_row(targeting[0], row) is None
            label_rows += rules.check_row(replace(targeting[0], check=shadow, when=None, require=None), row) is None
        text = messages.t("header-formula", lang, number=number, label=f"{number}={label}",
                          pack=", ".join(sorted(computed, key=int)), pack_rows=pack_rows, label_rows=label_rows)
        findings.append(Finding(rule="PRK-LABEL-RUMUS", severity=Severity.WARNING,
                                cell=CellRef(table.sheet, table.number_row, table.columns[number]), message=text,
                                actual=label, table=f"{table.sheet}!{table.range}"))
    return findings


def runnable(table: Table, pack: Pack) -> list[Rule]:
    """The pack's rules whose every column this table has; the others cannot be checked here."""
    return [rule for rule in pack.rules if rule.columns() <= table.columns.keys()]


def evaluate(table: Table, pack: Pack, library: Library, lang: str, notes: list[str] | None = None,
             trace: list[TableTrace] | None = None, columnar: bool = True) -> list[Finding]:
    """Findings on one table. ``notes`` receives rules that could not apply anywhere; ``trace``,
    when given, each row's outcome per rule (``--explain-rows``). Rules reading a column the
    table does not have are not run (``check`` lists them). ``columnar`` false makes the
    interpreter evaluate every row (the reference the column programs are tested against)."""
    rules = TableRules(table, pack, library, lang, columnar)
    active = runnable(table, pack)
    if trace is not None:
        rules.trace = {}
    findings = cell_findings(table, pack, lang)
    findings.extend(_guarded(rules, pack.rules[0], lambda r: header_findings(table, pack, rules, lang), lang)
                    if pack.rules else [])
    for rule in active:
        findings.extend(_guarded(rules, rule, lambda r: rules.check(r), lang))
    traced, rules.trace = rules.trace, None
    rules.correct(findings)
    if rules.corrected or rules.hypotheses:
        first_pass = list(findings)
        rules.use_hypotheses = True
        findings = [rules.explained(f) for f in first_pass]
        rules.use_hypotheses = False
        for rule in active:
            findings.extend(_guarded(rules, rule, lambda r: rules.propagated(r, first_pass), lang))
    findings = sorted(findings, key=Finding.sort_key)
    if notes is not None:
        notes.extend(f"{table.sheet}!{table.range}: {note}" for note in rules.notes)
    if trace is not None and traced is not None:
        trace.append(_table_trace(table, traced, findings))
    return findings


@functools.lru_cache(maxsize=4096)
def _plain(rule: str, status: str) -> RuleOutcome:
    """One shared outcome per rule for the common cases (held, ``when`` false): a 10,000-row table
    has a hundred thousand of them."""
    return RuleOutcome(rule, status)


def _cell(finding: Finding | None) -> str:
    return finding.cell.a1 if finding is not None else ""


def _table_trace(table: Table, outcomes: dict[int, list[RuleOutcome]], findings: list[Finding]) -> TableTrace:
    """Each row as the rules saw it; a finding a later pass turned into a consequence keeps its
    final severity."""
    final = {(f.rule, f.cell.a1): f.severity.value for f in findings}
    rows = []
    for row in table.rows:
        parent = row.parent or (row.owner.parent if row.owner else None)
        done = [replace(o, severity=final.get((o.rule, o.cell), "")) if o.cell else o
                for o in outcomes.get(id(row), [])]
        rows.append(RowTrace(row=row.index, kind=row.kind, level=row.level, label=row.describe(),
                             parent=parent.index if parent else None, owner=row.owner.index if row.owner else None,
                             summary=row.summary_level, scope=row.summary_scope, outcomes=done))
    return TableTrace(sheet=table.sheet, range=table.range, pack=table.pack, rows=rows)


def _guarded(rules: TableRules, rule: Rule, run: Callable[[Rule], list[Finding]], lang: str) -> list[Finding]:
    """One broken rule must not sink the report: it becomes an internal-error finding."""
    table = rules.table
    try:
        return run(rule)
    except Exception as exc:  # noqa: BLE001 - reported as an internal error below
        first = table.rows[0].refs if table.rows else {}
        cell = next(iter(first.values()), None)
        if cell is None:
            return []
        text = messages.t("rule-crashed", lang, rule=rule.id, table=table.range, detail=repr(exc)[:200])
        return [Finding(rule="PRK-INTERNAL", severity=Severity.ERROR, cell=cell, message=text,
                        table=f"{table.sheet}!{table.range}")]
