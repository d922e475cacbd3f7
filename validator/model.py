"""The small data objects that flow through the pipeline.

read -> locate -> parse -> evaluate -> report: each stage hands the next one
of these, and no stage imports a later one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass, field
from enum import StrEnum

from validator.excel import get_column_letter


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class CellRef:
    """A cell in a sheet, 1-based like Excel."""

    sheet: str
    row: int
    col: int

    @property
    def a1(self) -> str:
        return f"{get_column_letter(self.col)}{self.row}"

    def __str__(self) -> str:
        return f"{self.sheet}!{self.a1}"


class Refs(Mapping[str, CellRef]):
    """A row's logical column -> cell, computed on access from the table's column map:
    a 100,000-row table would otherwise hold millions of CellRef objects."""

    __slots__ = ("columns", "row", "sheet")

    def __init__(self, sheet: str, row: int, columns: dict[str, int]) -> None:
        self.sheet, self.row, self.columns = sheet, row, columns

    def __getitem__(self, column: str) -> CellRef:
        return CellRef(self.sheet, self.row, self.columns[column])

    def __contains__(self, column: object) -> bool:
        return column in self.columns

    def __iter__(self) -> Iterator[str]:
        return iter(self.columns)

    def __len__(self) -> int:
        return len(self.columns)


@dataclass(frozen=True, slots=True)
class Value:
    """A parsed cell: the number (or text) it stands for and how it was written."""

    number: float | None = None
    text: str | None = None
    unit: str | None = None
    decimals: int | None = None
    problem: str | None = None
    raw: object = None
    formula: str | None = None
    bold: bool = False

    @property
    def blank(self) -> bool:
        return self.number is None and not self.text and self.problem is None


BLANK = Value()


class CellMap(MutableMapping[str, Value]):
    """A row's parsed cells by logical column. A blank cell is not stored: ``cells[column]`` reads it
    as BLANK, ``get`` answers None, like a missing column. Two kinds exist: :class:`Cells`, a dict,
    and the view a table's column store gives each row (``tables.cellstore``); the queries below let
    rules ask a row for its units, words and problems without building a Value per number."""

    __slots__ = ()

    def units(self, columns: Iterable[str] | None = None) -> list[str]:
        """The units written with the row's numbers (``columns``: only these)."""
        return [v.unit for name, v in self.items() if v.unit and (columns is None or name in columns)]

    def texts(self) -> list[str]:
        """The row's words, in column order."""
        return [v.text for v in self.values() if v.text]

    def problems(self) -> list[tuple[str, Value]]:
        """Cells that cannot be read as numbers: malformed, ambiguous, Excel errors."""
        return [(name, v) for name, v in self.items() if v.problem]

    def formulas(self) -> list[tuple[str, str]]:
        """(column, formula) of the row's formula cells."""
        return [(name, v.formula) for name, v in self.items() if v.formula]

    def kept(self, skip: Iterable[str] = ()) -> list[tuple[str, Value]]:
        """The cells held as Values (a column store holds plain numbers otherwise), but ``skip``."""
        return [(name, v) for name, v in self.items() if name not in skip]

    def numbered(self, skip: Iterable[str] = ()) -> bool:
        """Whether a cell outside ``skip`` holds a number."""
        return any(v.number is not None for name, v in self.items() if name not in skip)

    def filled(self, skip: Iterable[str] = ()) -> bool:
        """Whether a cell outside ``skip`` is not blank."""
        return any(not v.blank for name, v in self.items() if name not in skip)

    def release(self) -> None:
        """Drop the Values built while reading a column store (for every row of its table); they
        are built again if read again. Nothing to drop for a dict."""


class Cells(dict[str, Value], CellMap):
    """Cells held in a dict: a row built by hand, or by a reader without a column store."""

    __slots__ = ()

    def __missing__(self, column: str) -> Value:
        return BLANK


@dataclass(slots=True, eq=False)
class Row:
    """One table row, classified, with its logical columns parsed."""

    index: int
    kind: str
    level: str | None
    kode: str | None
    label: str
    cells: CellMap
    refs: Mapping[str, CellRef]
    parent: Row | None = None
    owner: Row | None = None
    children: list[Row] = field(default_factory=list)
    continuations: list[Row] = field(default_factory=list)
    summary_level: str | None = None
    summary_scope: str | None = None
    #: the row's place in its table's rows, set when rules read the table (``engine.TableRules``)
    at: int = -1

    @property
    def unit(self) -> str | None:
        units = self.cells.units()
        return units[0] if units else None

    def describe(self) -> str:
        return " ".join(part for part in (self.kode, self.label) if part)


@dataclass(frozen=True)
class ColumnRead:
    """How a group of sheet columns was read: one logical column of the pack (its parts side by
    side), or columns no wording or number explained. Shown in every report and by ``--columns``."""

    columns: str
    logical: str | None
    name: str
    parts: tuple[str, ...]
    evidence: tuple[str, ...]
    header: str

    def describe(self) -> str:
        parts = f" ({', '.join(self.parts)})" if self.parts else ""
        how = "/".join(dict.fromkeys(e for e in self.evidence if e))
        return f"{self.columns} = {self.logical} {self.name}{parts} [{how}]" if self.logical else \
            f"{self.columns} = ? {self.header}"


@dataclass
class Table:
    """A located table: where it is, which pack checks it, and its rows."""

    sheet: str
    family: str
    pack: str
    first_row: int
    last_row: int
    first_col: int
    last_col: int
    columns: dict[str, int]
    rows: list[Row] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)
    number_row: int = 0
    #: the text above the header (title rows) and of the header itself, as located
    title: str = ""
    header_text: str = ""
    #: the pack's parameters as this table's title decides them (``{"triwulan": 2, "porsi_target": 50}``)
    parameters: dict[str, float] = field(default_factory=dict)
    #: set on a companion workbook's tables (``--with``): the file name, shown where a finding cites them
    workbook: str = ""
    #: how each sheet column was read (see ``colmap.reads``)
    column_reads: list[ColumnRead] = field(default_factory=list)

    def release(self) -> None:
        """Once checked, keep the rows but not the Values built for the rules (a batch of 500
        workbooks keeps every table for its report)."""
        if self.rows:
            self.rows[0].cells.release()

    @property
    def range(self) -> str:
        return (
            f"{get_column_letter(self.first_col)}{self.first_row}:"
            f"{get_column_letter(self.last_col)}{self.last_row}"
        )


@dataclass(frozen=True)
class Finding:
    """One violation at one cell: what every reporter renders."""

    rule: str
    severity: Severity
    cell: CellRef
    message: str
    expected: object = None
    actual: object = None
    row_label: str = ""
    source: str = ""
    table: str = ""

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.cell.sheet, self.cell.row, self.cell.col, self.rule)


#: outcomes of a rule on a row where it was applied, though perhaps skipped for want of an input
APPLICABLE = ("ok", "finding", "skipped")


@dataclass(frozen=True, slots=True)
class RuleOutcome:
    """What one rule did on one row: ok, finding (at ``cell``), skipped (``reason``, ``detail``:
    Skip's), when (its ``when`` did not hold), blank (the stated value is blank and nothing
    requires it) or require (blank, and its ``require`` did not hold)."""

    rule: str
    status: str
    reason: str = ""
    detail: str = ""
    cell: str = ""
    severity: str = ""


@dataclass
class RowTrace:
    """A row as the rules saw it (``--explain-rows``)."""

    row: int
    kind: str
    level: str | None
    label: str
    parent: int | None
    owner: int | None
    summary: str | None
    scope: str | None
    outcomes: list[RuleOutcome] = field(default_factory=list)


@dataclass
class TableTrace:
    sheet: str
    range: str
    pack: str
    rows: list[RowTrace] = field(default_factory=list)


@dataclass
class FileResult:
    path: str
    status: str = "ok"
    error: str | None = None
    tables: list[Table] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: per table, each row's rules (only with ``--explain-rows``)
    traces: list[TableTrace] = field(default_factory=list)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)


@dataclass
class Report:
    files: list[FileResult] = field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        return [f for result in self.files for f in result.findings]

    def count(self, severity: Severity) -> int:
        return sum(result.count(severity) for result in self.files)

    def exit_code(self, fail_on: str = "error") -> int:
        if any(result.status == "error" for result in self.files):
            return 2
        if fail_on == "never":
            return 0
        failing = {Severity.ERROR} if fail_on == "error" else {Severity.ERROR, Severity.WARNING}
        return 1 if any(f.severity in failing for f in self.findings) else 0
