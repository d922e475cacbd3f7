"""Small tables in the shapes agencies really print (DOMAIN 3), for per-rule tests.

A ``Shape`` says where a family puts things: title rows, a row of column
labels, the column-number row exactly as printed ("(6)", "8=(7/6)", the -5
that "(5)" becomes when typed into Excel; none at all in LKjIP IKU tables),
an optional row under it (the "K" row of TC.29), and how many sheet columns
each logical column covers (the kode over six cells, a K value beside its unit).

Rows are dicts keyed by logical column. A value goes to the first cell of
its column; a tuple is spread over the column's cells ("1", "06", "01" for a
split kode, (72, "bulan") for a value and its unit); ``Styled`` carries a
number format. ``BOLD`` marks a bold row, ``MERGE`` a label merged across
columns (TOTAL over the kode .. target cells), and ``HEADER`` repeats the
header inside the data, as a table printed over several pages does.

``Family`` is a consistent workbook and ``Case`` one violation of it: the
cells changed and every finding it must give. ``tests`` makes a module's two
parametrised tests: the consistent workbook gives no finding at all, and each
case gives its findings and nothing else.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from validator.check import check
from validator.model import Finding

BOLD = "_bold"
MERGE = "_merge"
HEADER = {"_header": True}

Cell = tuple[int, str]
Rows = list[dict[str, object]]


@dataclass(frozen=True)
class Col:
    key: str
    number: object = None
    label: str = ""
    span: int = 1


def numbered(*labels: str, printed: bool = True) -> list[Col]:
    """Columns 1, 2, 3 ... with their labels; ``printed=False`` where no column-number row is printed."""
    return [Col(str(n), n if printed else None, label) for n, label in enumerate(labels, start=1)]


def split_columns(numbers: list[str], labels: dict[str, str], split: set[str]) -> list[Col]:
    """Numbered columns as T-C.29 and E.81 print them: those in ``split`` a K / Rp pair under one
    number (``Shape.below`` then holds the K / Rp row: ``k_rp_row(split)``)."""
    out = []
    for number in numbers:
        printed = labels.get(number, int(number))
        if number in split:
            out += [Col(f"{number}.K", printed, f"Kolom {number}"), Col(f"{number}.Rp")]
        else:
            out.append(Col(number, printed, f"Kolom {number}"))
    return out


def k_rp_row(split: set[str]) -> dict[str, str]:
    return {f"{number}.{side}": side for number in split for side in ("K", "Rp")}


@dataclass(frozen=True)
class Styled:
    value: object
    format: str


def pct(value: float, fmt: str = "0.00%") -> Styled:
    """A percentage stored the Excel way: 0.52 shown as 52.00%."""
    return Styled(value, fmt)


def rp(value: float) -> Styled:
    return Styled(value, '"Rp "#,##0.00')


def unit(value: float, name: str) -> Styled:
    """A count with its unit in the format: 2 shown as "2 Dokumen"."""
    return Styled(value, f'0 "{name}"')


@dataclass(frozen=True)
class Shape:
    sheet: str
    title: list[str]
    columns: list[Col]
    below: dict[str, str] = field(default_factory=dict)
    #: labels merged across columns (first key, last key): "Keuangan" over Target, Realisasi, Capaian %
    merged: tuple[tuple[str, str], ...] = ()

    def positions(self) -> dict[str, tuple[int, int]]:
        """Logical column -> (first, last) sheet column."""
        out, col = {}, 1
        for spec in self.columns:
            out[spec.key] = (col, col + spec.span - 1)
            col += spec.span
        return out


def _put(ws, row: int, col: int, value: object, bold: bool) -> None:  # type: ignore[no-untyped-def]
    if value is None or value == "":
        return
    cell = ws.cell(row, col, value.value if isinstance(value, Styled) else value)
    if isinstance(value, Styled):
        cell.number_format = value.format
    if bold:
        cell.font = Font(bold=True)


def _merge(ws, row: int, first: int, last: int) -> None:  # type: ignore[no-untyped-def]
    if last > first:
        ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)


def _header(ws, shape: Shape, row: int) -> int:  # type: ignore[no-untyped-def]
    """Labels, column numbers (when the family prints them) and the row under them; the next free row."""
    where = shape.positions()
    numbered = any(spec.number is not None for spec in shape.columns)
    for spec in shape.columns:
        first, last = where[spec.key]
        _put(ws, row, first, spec.label, True)
        _merge(ws, row, first, last)
        if numbered and spec.number is not None:
            _put(ws, row + 1, first, spec.number, True)
            _merge(ws, row + 1, first, last)
    for start, end in shape.merged:
        _merge(ws, row, where[start][0], where[end][1])
    row += 1 + numbered
    for key, text in shape.below.items():
        _put(ws, row, where[key][0], text, True)
    return row + bool(shape.below)


def _sheet(ws, shape: Shape, rows: Rows) -> dict[Cell, str]:  # type: ignore[no-untyped-def]
    ws.title = shape.sheet
    for r, text in enumerate(shape.title, start=1):
        _put(ws, r, 1, text, True)
    where = shape.positions()
    r = _header(ws, shape, len(shape.title) + 2)
    addresses = {}
    for index, values in enumerate(rows):
        if values.get("_header"):
            r = _header(ws, shape, r)
            continue
        bold = bool(values.get(BOLD))
        for key, value in values.items():
            if key.startswith("_"):
                continue
            first, _ = where[key]
            for offset, part in enumerate(value if isinstance(value, tuple) else (value,)):
                _put(ws, r, first + offset, part, bold)
            addresses[(index, key)] = f"{get_column_letter(first)}{r}"
        if MERGE in values:
            start, end = values[MERGE]  # type: ignore[misc]
            _merge(ws, r, where[start][0], where[end][1])
        r += 1
    return addresses


def write(path: Path, *sheets: tuple[Shape, Rows]) -> list[dict[Cell, str]]:
    """One workbook, one sheet per (shape, rows); returns each sheet's {(row index, key): A1}."""
    wb = Workbook()
    wb.remove(wb.active)
    out = [_sheet(wb.create_sheet(), shape, rows) for shape, rows in sheets]
    wb.save(path)
    return out


def findings(path: Path, packs: Iterable[str]) -> list[Finding]:
    """Every finding, once the tables are known to have gone to the packs expected (in order)."""
    result = check([path]).files[0]
    assert result.status == "ok", result.error
    assert [t.pack for t in result.tables] == list(packs), [(t.sheet, t.pack) for t in result.tables]
    return result.findings


@dataclass(frozen=True)
class Family:
    """A consistent workbook of one family: its sheets and the packs that must check them."""

    name: str
    sheets: list[tuple[Shape, Rows]]
    packs: list[str]


@dataclass(frozen=True)
class Case:
    """A violation of a family's workbook: the cells changed (on sheet ``sheet``) and, for each
    cell where ``rule`` must fire, the expected value it reports. ``consequences`` are the
    warnings that name the wrong cell elsewhere (a derived value computed from it):
    {cell: (rule, expected)}. Nothing else may be reported."""

    rule: str
    edits: dict[Cell, object]
    expected: dict[Cell, object]
    severity: str = "error"
    consequences: dict[Cell, tuple[str, object]] = field(default_factory=dict)
    sheet: int = 0
    #: a periksa.yaml written beside the workbook (an indicator declared averaged, say)
    config: str = ""
    #: further findings of other rules, (cell, rule, severity, expected): a cell two rules find wrong
    also: tuple[tuple[Cell, str, str, object], ...] = ()

    @property
    def id(self) -> str:
        index, key = next(iter(self.expected))
        return f"{self.rule}@{index}:{key}"


def _rounded(value: object) -> object:
    return round(value, 2) if isinstance(value, float) else value


def assert_clean(tmp_path: Path, family: Family) -> None:
    path = tmp_path / f"{family.name}.xlsx"
    write(path, *family.sheets)
    found = findings(path, family.packs)
    assert found == [], [(f.rule, f.cell.a1, f.message) for f in found]


def assert_case(tmp_path: Path, family: Family, case: Case) -> None:
    """The edited workbook gives exactly the case's findings: its rule, its cells, its values."""
    sheets = list(family.sheets)
    shape, rows = sheets[case.sheet]
    changed = copy.deepcopy(rows)
    for (index, key), value in case.edits.items():
        changed[index][key] = value
    sheets[case.sheet] = (shape, changed)
    path = tmp_path / f"{family.name}-{case.rule}.xlsx"
    cells = write(path, *sheets)[case.sheet]
    if case.config:
        (tmp_path / "periksa.yaml").write_text(case.config, encoding="utf-8")
    want = {(case.rule, shape.sheet, cells[cell], case.severity, _rounded(value))
            for cell, value in case.expected.items()}
    want |= {(rule, shape.sheet, cells[cell], "warning", _rounded(value))
             for cell, (rule, value) in case.consequences.items()}
    want |= {(rule, shape.sheet, cells[cell], severity, _rounded(value)) for cell, rule, severity, value in case.also}
    got = {(f.rule, f.cell.sheet, f.cell.a1, f.severity.value, _rounded(f.expected))
           for f in findings(path, family.packs)}
    assert got == want, f"\n got: {sorted(got, key=str)}\nwant: {sorted(want, key=str)}"


def cases(families: list[Family], by_family: dict[str, list[Case]]) -> list[tuple[Family, Case]]:
    """(family, case) pairs for parametrisation."""
    named = {f.name: f for f in families}
    return [(named[name], case) for name, group in by_family.items() for case in group]


def tests(families: list[Family], pairs: list[tuple[Family, Case]]):  # type: ignore[no-untyped-def]
    """The two tests of a module of families, for it to bind to test_* names:
    every consistent workbook is clean, every case gives exactly its findings."""

    @pytest.mark.parametrize("family", families, ids=[f.name for f in families])
    def consistent(tmp_path: Path, family: Family) -> None:
        assert_clean(tmp_path, family)

    @pytest.mark.parametrize("family,case", pairs, ids=[f"{f.name}-{c.id}" for f, c in pairs])
    def violation(tmp_path: Path, family: Family, case: Case) -> None:
        assert_case(tmp_path, family, case)

    return consistent, violation
