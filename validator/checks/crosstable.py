"""Rules between tables of one workbook: Tabel 4.1 repeats Tabel 3.1's pagu, T-C.31's
analysis should match T-C.33, Tabel 3.2's target is Tabel 3.1's target of its year.

Rows are matched by kode, by name (the names from the program down) or by
indicator (the text of the indicator column). A value is compared with a
column of the other table named in the pack, or with the column headed by the
year this table is for (``"{year}"``, the year read from this table's title
or header with the pack's ``year_from`` pattern). Whatever cannot be settled
(no year, two years, no such column, an indicator found twice, a cell that is
not one number) is not compared: a mismatch is reported only where it is
certain.

A column named ``sum(N)`` is the sum of column N over the matched row and its continuation
rows: a sasaran of a Perjanjian Kinerja lists its programs' budgets one per row.

The counterpart may be in another workbook (``periksa check --with``): its tables are
offered as counterparts after this workbook's own, and only this workbook's tables are
reported on.

``with`` names one pack or several. With ``order_by: P`` a table is compared
with the table (of those packs) whose parameter ``P`` is the largest below its
own: the previous quarter's report. With ``year_offset: -1`` only a table of the year before
this one's (both read with ``year_from``) is a counterpart: last year's Tabel 2.1. ``compare``
is ``==`` (default), or ``>=`` / ``<=`` (this table's value may not fall below / rise above the
other's); in
an ordered comparison a blank or dash on either side is no value yet.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from validator import messages
from validator.model import Finding, Row, Severity, Table, Value
from validator.packs.rulepack import Library, Pack
from validator.packs.vocabulary import Vocabulary
from validator.tables import numbers

YEAR = "{year}"
_SUM = re.compile(r"^sum\((?P<column>[0-9]+(?:\.(?:K|Rp))?)\)$")
_TWO = re.compile(r"^(?P<first>[^()]*?)\s*\(\s*(?P<second>[^()]*?)\s*\)\s*$")
_EPSILON = 1e-12  # relative: 0.7404 x 100 is not quite 74.04 in binary


def _key(row: Row, by: str) -> str | None:
    """By kode, or by the names from the program down: one sub kegiatan name recurs under many programs."""
    if by == "kode":
        return row.kode
    names = []
    current: Row | None = row
    while current is not None:
        names.append(_words(current.label))
        current = current.parent
    return " / ".join(reversed(names)) if all(names) else None


def _words(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", " ", text.casefold()).strip()


def _bare(text: str) -> str:
    """The words outside brackets: 'Angka Kelahiran Total (TFR)' -> 'angka kelahiran total'."""
    return _words(re.sub(r"\([^()]*\)", " ", text))


def packs_with(spec: dict[str, Any]) -> list[str]:
    """The pack ids of ``with``: one id, or a list of them."""
    named = spec["with"]
    return [named] if isinstance(named, str) else list(named)


def cross_findings(tables: list[Table], library: Library, lang: str, companions: list[Table] | None = None
                   ) -> list[Finding]:
    """Findings on ``tables``; their counterparts are among them or, after them, ``companions``
    (another workbook's tables, not reported on)."""
    findings: list[Finding] = []
    candidates = tables + (companions or [])
    for table in tables:
        pack = library.packs[table.pack]
        for spec in pack.cross_tables:
            other = _counterpart(table, candidates, spec)
            if other is not None and other.pack in library.packs:
                findings.extend(_compare(table, pack, other, library.packs[other.pack], spec, lang))
    return findings


def _counterpart(table: Table, tables: list[Table], spec: dict[str, Any]) -> Table | None:
    """The first table of a ``with`` pack; with ``order_by``, the one whose parameter is the
    largest below this table's. Nothing where that is not one table: this table or that
    one without the parameter, or its value shared by another table (a quarter printed twice)."""
    named = packs_with(spec)
    others = [t for t in tables if t.pack in named and t is not table]
    if "year_offset" in spec:
        mine_year = table_year(table, spec["year_from"])
        others = [t for t in others if mine_year and table_year(t, spec["year_from"]) == str(
            int(mine_year) + spec["year_offset"])]
    order = spec.get("order_by")
    if not order:
        return others[0] if others else None
    mine = table.parameters.get(order)
    if mine is None or any(t.parameters.get(order) == mine for t in others):
        return None
    below = [t for t in others if t.parameters.get(order) is not None and t.parameters[order] < mine]
    if not below:
        return None
    previous = max(t.parameters[order] for t in below)
    found = [t for t in below if t.parameters[order] == previous]
    return found[0] if len(found) == 1 else None


def _pairs(table: Table, pack: Pack, other: Table, other_pack: Pack, by: str,
           unique: bool = False) -> list[tuple[Row, Row]]:
    """This table's rows with their counterpart in the other table (the first row with the key;
    with ``unique``, only keys found once on each side)."""
    if by == "indicator":
        return _by_indicator(table, pack, other, other_pack)
    index: dict[str, Row] = {}
    for row in other.rows:
        key = _key(row, by)
        if row.kind == "entity" and key is not None:
            index.setdefault(key, row)
    if unique:
        twice = _repeated(table, by) | _repeated(other, by)
        index = {key: row for key, row in index.items() if key not in twice}
    out = []
    for row in table.rows:
        key = _key(row, by)
        theirs = index.get(key) if row.kind == "entity" and key is not None else None
        if theirs is not None:
            out.append((row, theirs))
    return out


def _repeated(table: Table, by: str) -> set[str]:
    keys = Counter(_key(row, by) for row in table.rows if row.kind == "entity")
    return {key for key, count in keys.items() if key is not None and count > 1}


def _indicators(table: Table, pack: Pack) -> list[tuple[Row, str]]:
    column = pack.roles.get("indicator")
    out = []
    for row in table.rows:
        value = row.cells.get(column or "")
        if row.kind in {"entity", "continuation"} and value is not None and value.text:
            out.append((row, value.text))
    return out


def _by_indicator(table: Table, pack: Pack, other: Table, other_pack: Pack) -> list[tuple[Row, Row]]:
    """Same words (case and punctuation aside); else the same words outside brackets, where
    that reading is unique on both sides ('Angka Kelahiran Total' = '... Total (TFR)')."""
    mine = _indicators(table, pack)
    theirs = _indicators(other, other_pack)
    full: dict[str, list[Row]] = {}
    bare: dict[str, list[Row]] = {}
    for row, text in theirs:
        full.setdefault(_words(text), []).append(row)
        bare.setdefault(_bare(text), []).append(row)
    my_bare = Counter(_bare(text) for _, text in mine)
    out = []
    for row, text in mine:
        found = full.get(_words(text), [])
        if not found and _bare(text) and my_bare[_bare(text)] == 1:
            found = bare.get(_bare(text), [])
        if len(found) == 1:
            out.append((row, found[0]))
    return out


def table_year(table: Table, pattern: str) -> str | None:
    """The one year the table's title and header name (group 1 of the pattern); None if none or several."""
    if not pattern or re.compile(pattern).groups < 1:
        return None
    text = f"{table.title} {table.header_text}"
    years = {match.group(1) for match in re.finditer(pattern, text, re.IGNORECASE)}
    return years.pop() if len(years) == 1 else None


def year_column(table: Table, year: str) -> str | None:
    """The one column whose header label names the year."""
    found = [name for name, label in table.labels.items() if re.search(rf"(?<!\d){year}(?!\d)", label)]
    return found[0] if len(found) == 1 else None


def _number(value: Value | None, rupiah: bool, two_values: str | None, words: Vocabulary) -> float | None:
    """The number a cell states. A dash is nil in rupiah ('Rp -') but 'no target' elsewhere;
    with ``two_values`` a cell '16,88 (0,6674)' is read as its first or second number."""
    if value is None:
        return None
    if value.number is not None:
        dash = isinstance(value.raw, str) and words.dash.match(value.raw)
        return None if dash and not rupiah else value.number
    if two_values and value.problem == numbers.MALFORMED and isinstance(value.raw, str):
        match = _TWO.match(value.raw)
        if match:
            part = numbers.parse(match.group(two_values))
            return part.number if part.problem is None else None
    return None


_ORDERED = {">=": "cross-table-below", "<=": "cross-table-above"}


def _compare(table: Table, pack: Pack, other: Table, other_pack: Pack, spec: dict[str, Any],
             lang: str) -> list[Finding]:
    year = None
    columns: dict[str, str] = {}
    for mine, named in spec["columns"].items():
        if named == YEAR:
            year = table_year(table, spec.get("year_from", ""))
            named = year_column(other, year) if year else None
        if named is not None:
            columns[mine] = named
    if not columns:
        return []
    words = pack.vocabulary
    tolerance = float(spec.get("tolerance", words.tolerance("cross_table")))
    two_values = spec.get("two_values")
    where = f"{other.workbook}: " if other.workbook else ""
    summed_columns = {name: match["column"] for name in columns.values() if (match := _SUM.match(name))}
    compare = spec.get("compare", "==")
    ordered = compare in _ORDERED
    out = []
    for row, theirs in _pairs(table, pack, other, other_pack, spec.get("match", "kode"), unique=ordered):
        for mine, their_column in columns.items():
            if ordered and (_blank(row.cells.get(mine), words) or _blank(theirs.cells.get(their_column), words)):
                continue  # not reported yet, in this period or the other: no value to order
            a = _number(row.cells.get(mine), pack.rupiah(mine), two_values, words)
            summed = summed_columns.get(their_column)
            if summed:
                b, other_cells = _sum_with_continuations(theirs, summed, other_pack, two_values, words)
            else:
                b = _number(theirs.cells.get(their_column), other_pack.rupiah(their_column), two_values, words)
                other_cells = str(theirs.refs[their_column])
            if a is None or b is None or _holds(compare, a, b, tolerance + _EPSILON * max(1.0, abs(b))):
                continue
            params = {"actual": messages.number(a, lang), "expected": messages.number(b, lang),
                      "other": where + other_cells}
            key = "cross-table-sum" if summed else "cross-table"
            if ordered:
                key = _ORDERED[compare]
                if spec.get("order_by"):
                    key, params["order"] = f"{key}-previous", str(spec["order_by"])
            elif spec["columns"][mine] == YEAR:
                key, params["year"] = "cross-table-year", str(year)
            out.append(Finding(rule=spec["id"], severity=Severity(spec.get("severity", "error")),
                               cell=row.refs[mine], message=messages.t(key, lang, **params), expected=b, actual=a,
                               row_label=row.describe(), source=spec.get("source", ""),
                               table=f"{table.sheet}!{table.range}"))
    return out


def _sum_with_continuations(row: Row, column: str, pack: Pack, two_values: str | None, words: Vocabulary
                            ) -> tuple[float | None, str]:
    """Column ``column`` summed over the row and its continuation rows, and the cells summed
    ("PK!F6:F8"); None where nothing is filled or a filled cell is not one number (a sum that
    would guess)."""
    rows = [row, *row.continuations]
    numbers_ = [_number(part.cells.get(column), pack.rupiah(column), two_values, words)
                for part in rows if not _blank(part.cells.get(column), words)]
    if not numbers_ or any(number is None for number in numbers_):
        return None, ""
    total = sum(n for n in numbers_ if n is not None)
    first, last = row.refs[column], rows[-1].refs[column]
    cells = str(first) if first == last else f"{first}:{last.a1}"
    return total, cells


def _holds(compare: str, a: float, b: float, tolerance: float) -> bool:
    """``a`` compare ``b``, give or take the tolerance."""
    if compare == ">=":
        return a >= b - tolerance
    if compare == "<=":
        return a <= b + tolerance
    return abs(a - b) <= tolerance


def _blank(value: Value | None, words: Vocabulary) -> bool:
    """An empty cell or a dash ("-", "Rp -"): nothing stated."""
    if value is None or value.blank:
        return True
    return isinstance(value.raw, str) and bool(words.dash.match(words.currency.sub("", value.raw, count=1)))
