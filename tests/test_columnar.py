"""Column programs settle only the rows the row interpreter settles the same way.

Every sample workbook is checked twice, with the column programs and with the interpreter
alone, and must give the same findings, notes and per-row outcomes (``--explain-rows``). Then
the tables of the samples are varied at random, cell by cell (blanks, text, unreadable cells,
zeros, decimals, amounts off by one, huge numbers), and the two must still agree row by row.
"""

from __future__ import annotations

import dataclasses
import functools
import random
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from validator.check import Options, _tables, check
from validator.checks import columns, engine
from validator.checks.engine import TableRules, evaluate, runnable
from validator.model import BLANK, Cells, Refs, Row, Table, Value
from validator.packs.config import build_library
from validator.packs.expr import compile_expression
from validator.packs.rulepack import Library, Pack
from validator.tables.numbers import AMBIGUOUS, MALFORMED

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(p for p in (ROOT / "workbooks").rglob("*") if p.suffix in {".xlsx", ".xls"})


@pytest.fixture(autouse=True, scope="module")
def _every_table_columnar():
    """The samples are small: below ``COLUMNAR_MIN_ROWS`` the interpreter alone would check them."""
    saved, engine.COLUMNAR_MIN_ROWS = engine.COLUMNAR_MIN_ROWS, 0
    yield
    engine.COLUMNAR_MIN_ROWS = saved


def _seen(report) -> tuple[list, list, list]:  # type: ignore[no-untyped-def]
    files = report.files
    findings = [(f.rule, str(f.cell), f.severity, f.expected, f.actual, f.message) for r in files for f in r.findings]
    traces = [dataclasses.asdict(t) for r in files for t in r.traces]
    return findings, [n for r in files for n in r.notes], traces


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: str(p.relative_to(ROOT / "workbooks")))
def test_sample_same_with_and_without_column_programs(path: Path) -> None:
    fast = check([path], Options(explain_rows=True))
    slow = check([path], Options(explain_rows=True, columnar=False))
    assert _seen(fast) == _seen(slow)


def test_column_programs_settle_most_sample_rows() -> None:
    """Not a speed claim: a check that the programs do settle rows (an engine that declined
    every row would pass the equality tests above)."""
    settled = total = 0
    for table, pack, library in _sample_tables():
        found = _statuses(table, pack, library)
        settled += sum(s != columns.UNDECIDED for s in found)
        total += len(found)
    assert total > 1000
    assert settled / total > 0.5


def _statuses(table: Table, pack: Pack, library: Library) -> list[int]:
    rules = TableRules(table, pack, library, "id")
    out: list[int] = []
    for rule in runnable(table, pack):
        out.extend(columns.HOLDS if known is not None else columns.UNDECIDED
                   for known in rules.settled(rule, rules.rows_for(rule)) or [])
    return out


@functools.cache
def _sample_tables() -> list[tuple[Table, Pack, Library]]:
    out = []
    for path in SAMPLES:
        library = build_library([path])
        out.extend((table, pack, library) for table, pack in _tables(path, library, Options(), [])[0] if table.rows)
    return out


VARIATIONS = (
    lambda v, r: BLANK,
    lambda v, r: Value(text="belum ada data"),
    lambda v, r: Value(problem=MALFORMED, text="2.036.000.00", raw="2.036.000.00"),
    lambda v, r: Value(problem=AMBIGUOUS, text="1.500", raw="1.500"),
    lambda v, r: Value(number=0.0, decimals=0),
    lambda v, r: Value(number=-0.0, decimals=0),
    lambda v, r: Value(number=(v.number or 0) + 1, decimals=v.decimals),
    lambda v, r: Value(number=(v.number or 0) + 0.004, decimals=2),
    lambda v, r: Value(number=(v.number or 0) - 0.5, decimals=1),
    lambda v, r: Value(number=round(r.uniform(-1e3, 1e3), 3), decimals=3),
    lambda v, r: Value(number=0.1, decimals=1),
    lambda v, r: Value(number=2.0**53 + 2, decimals=0),
    lambda v, r: Value(number=1e308, decimals=0),
    lambda v, r: Value(number=(v.number or 0) * 100, decimals=v.decimals),
)


def _vary(table: Table, seed: int, changes: int) -> Table:
    """The same table with ``changes`` cells replaced by variations (rows keep their place,
    kind and links, so the rules select the same rows)."""
    chooser = random.Random(seed)
    rows = table.rows
    names = sorted({name for row in rows for name in row.cells} | set(table.columns))
    for _ in range(changes):
        row = chooser.choice(rows)
        name = chooser.choice(names)
        variation = chooser.choice(VARIATIONS)
        cells = Cells(row.cells)
        new = variation(cells[name], chooser)
        if new is BLANK:
            cells.pop(name, None)
        else:
            cells[name] = new
        row.cells = cells
    return table


def _outcomes(table: Table, pack: Pack, library: Library, columnar: bool):  # type: ignore[no-untyped-def]
    traces: list = []
    notes: list[str] = []
    findings = evaluate(table, pack, library, "id", notes, traces, columnar=columnar)
    return ([(f.rule, str(f.cell), f.severity, f.expected, f.actual, f.message) for f in findings], notes,
            [dataclasses.asdict(t) for t in traces])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(which=st.integers(min_value=0), seed=st.integers(min_value=0, max_value=2**32), changes=st.integers(1, 40))
def test_varied_tables_same_with_and_without_column_programs(which: int, seed: int, changes: int) -> None:
    table, pack, library = _sample_tables()[which % len(_sample_tables())]
    # each run varies fresh copies: rows are shared with the cached tables above
    copy = dataclasses.replace(table, rows=[dataclasses.replace(row) for row in table.rows])
    _relink(copy, table)
    varied = _vary(copy, seed, changes)
    assert _outcomes(varied, pack, library, True) == _outcomes(varied, pack, library, False)


def _relink(copy: Table, original: Table) -> None:
    """Point the copied rows' parent/children/owner links at the copies."""
    mapping = {id(old): new for old, new in zip(original.rows, copy.rows, strict=True)}
    for row in copy.rows:
        row.parent = mapping.get(id(row.parent)) if row.parent is not None else None
        row.owner = mapping.get(id(row.owner)) if row.owner is not None else None
        row.children = [mapping[id(c)] for c in row.children if id(c) in mapping]
        row.continuations = [mapping[id(c)] for c in row.continuations if id(c) in mapping]


@pytest.mark.parametrize("source, rows, status", [
    ("[12] == sum([8], [9], [10], [11])", {"8": 1.0, "9": 2.0, "10": 3.0, "11": 4.0, "12": 10.0}, columns.HOLDS),
    # 0.1 + 0.2 is 0.30000000000000004 in floats: within 0.3's written precision by far more than the
    # sum's error bound
    ("[12] == sum([8], [9], [10], [11])", {"8": 0.1, "9": 0.2, "10": 0.0, "11": 0.0, "12": 0.3}, columns.HOLDS),
    ("[12] == sum([8], [9], [10], [11])", {"8": 0.1, "9": 0.2, "10": 0.0, "11": 0.0, "12": 0.4}, columns.UNDECIDED),
    ("[12] == last([8], [9], [10], [11])", {"8": 5.0, "9": 7.0, "10": 0.0, "11": 0.0, "12": 7.0}, columns.HOLDS),
    ("[12] == last([8], [9], [10], [11])", {"8": 5.0, "9": 7.0, "10": 0.0, "11": 0.0, "12": 5.0}, columns.UNDECIDED),
    ("[13] == [12] / [7] * 100", {"12": 1.0, "7": 3.0, "13": 33.33}, columns.HOLDS),
    ("[13] == [12] / [7] * 100", {"12": 1.0, "7": 3.0, "13": 33.3}, columns.HOLDS),
    ("[13] == [12] / [7] * 100", {"12": 1.0, "7": 3.0, "13": 33.4}, columns.UNDECIDED),
    ("[13] == [12] / [7] * 100", {"12": 1.0, "7": 0.0, "13": 0.0}, columns.UNDECIDED),
    ("[13] == [12] / [7] * 100", {"12": 1.0, "13": 0.0}, columns.UNDECIDED),
])
def test_program_settles_only_what_the_interpreter_holds(source: str, rows: dict[str, float], status: int) -> None:
    """A one-row table: the program settles a row as held only where the interpreter finds it
    ok; a wrong value, a zero or blank divisor is left to the interpreter."""
    expression = compile_expression(source, ["7", "8", "9", "10", "11", "12", "13"])
    cells = Cells({k: Value(number=v, decimals=len(repr(v).split(".")[1].rstrip("0"))) for k, v in rows.items()})
    places = {k: i for i, k in enumerate(["7", "8", "9", "10", "11", "12", "13"], start=1)}
    row = Row(index=1, kind="entity", level="program", kode="1", label="x", cells=cells, refs=Refs("S", 1, places))
    data = columns.ColumnData([row], lambda r: 0 if r is row else -1, lambda *_: [], lambda *_: None, lambda _: {})
    assert columns.settle(_rule(expression), np.array([0]), data, 1.0).tolist() == [status]
    library = build_library([])
    table = Table(sheet="S", family="f", pack="p", first_row=1, last_row=1, first_col=1, last_col=9,
                  columns=places, rows=[row])
    interpreted = TableRules(table, next(iter(library.packs.values())), library, "id").outcome(_rule(expression), row)
    assert (interpreted[1].status == "ok") == (status == columns.HOLDS)


def test_inexact_sum_is_not_settled_at_the_edge_of_its_tolerance() -> None:
    """A gap that fits the tolerance only by less than the sum's error bound is left to the
    interpreter (``math.fsum`` might land on the other side); an exact sum there is settled."""
    rule = _rule(compile_expression("[12] == [8]", ["8", "12"]))
    stated, expected, places = np.array([1.0]), np.array([1.005]), np.array([2])
    edge = np.array([abs(1.0 - 1.005) - 0.005 - 1e-9])  # the gap minus the tolerance: about -1e-9
    assert columns._within(rule, stated, expected, places, 1.0, np.zeros(1)).tolist() == [True]
    assert columns._within(rule, stated, expected, places, 1.0, -edge).tolist() == [False]


def _rule(expression):  # type: ignore[no-untyped-def]
    from validator.model import Severity
    from validator.packs.rulepack import Rule

    return Rule(id="T", name="t", severity=Severity.ERROR, rows=("entity",), check=expression, when=None,
                require=None, tolerance="decimals", max_decimals=2, truncation="warning",
                description={"id": "-"}, message=None, source="-", example="", pack="t")


def test_small_tables_are_interpreted_without_numpy() -> None:
    """Below ``COLUMNAR_MIN_ROWS`` rows no column program runs (start-up: numpy is not loaded)."""
    table, pack, library = next(t for t in _sample_tables() if len(t[0].rows) < 200)
    rules = TableRules(table, pack, library, "id")
    saved, engine.COLUMNAR_MIN_ROWS = engine.COLUMNAR_MIN_ROWS, 200
    try:
        assert all(rules.settled(rule, rules.rows_for(rule)) is None for rule in runnable(table, pack))
    finally:
        engine.COLUMNAR_MIN_ROWS = saved
