"""What the result page draws: each checked sheet as a grid, its findings placed on their cells.

Built in the worker process from plain data, so the web process only fills
templates. A sheet is drawn over the range of its tables (header and rows),
bounded to ``MAX_ROWS`` x ``MAX_COLS`` so a 100,000-row workbook still makes
a page a browser can open; findings outside the drawing stay in the list.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from validator import messages
from validator.excel import get_column_letter
from validator.model import FileResult, Severity, Table
from validator.read.grid import Sheet
from validator.serve.numfmt import display

MAX_ROWS = 500
MAX_COLS = 60
LONG_TEXT = 24
RANK = {Severity.ERROR.value: 0, Severity.WARNING.value: 1, Severity.INFO.value: 2}


@dataclass(frozen=True)
class FindingView:
    index: int
    rule: str
    severity: str
    sheet: str
    cell: str
    message: str
    actual: str
    expected: str
    source: str
    row_label: str
    #: the grid cell's element id, or "" when the cell is outside the drawing
    target: str = ""


@dataclass
class GridCell:
    col: int
    text: str
    rowspan: int = 1
    colspan: int = 1
    number: bool = False
    bold: bool = False
    formula: bool = False
    #: long text (a program's name, an indicator) gets a wider column, as in the sheet
    long: bool = False
    ident: str = ""
    severity: str = ""
    findings: list[int] = field(default_factory=list)

    def classes(self, header: bool) -> str:
        """CSS classes: numbers right-aligned, long text wide, kode unbroken, findings marked."""
        names = [name for name, wanted in (
            ("angka", self.number), ("tebal", self.bold), ("rumus", self.formula),
            ("panjang", self.long and not header), ("kode", not self.number and self.text and " " not in self.text),
            (f"tanda sev-{self.severity}", bool(self.severity)),
        ) if wanted]
        return " ".join(names)


@dataclass(frozen=True)
class GridRow:
    number: int
    header: bool
    cells: list[GridCell]


@dataclass(frozen=True)
class GridColumn:
    letter: str
    #: the logical column Periksa read there ("13.K"), or ""
    logical: str


@dataclass(frozen=True)
class SheetView:
    name: str
    anchor: str
    title: str
    columns: list[GridColumn]
    rows: list[GridRow]
    #: rows of the tables beyond the drawing: (first, last), or None
    omitted_rows: tuple[int, int] | None
    omitted_after: str


@dataclass(frozen=True)
class ColumnMapRow:
    letter: str
    logical: str
    label: str


@dataclass(frozen=True)
class TableView:
    sheet: str
    range: str
    pack: str
    rows: int
    columns: list[ColumnMapRow]


def finding_views(result: FileResult, lang: str) -> list[FindingView]:
    ordered = sorted(result.findings, key=lambda f: (RANK[f.severity.value], *f.sort_key()))
    return [
        FindingView(index, f.rule, f.severity.value, f.cell.sheet, f.cell.a1, f.message,
                    messages.number(f.actual, lang), messages.number(f.expected, lang), f.source, f.row_label)
        for index, f in enumerate(ordered)
    ]


def table_view(table: Table) -> TableView:
    """The column map: which sheet column was read as which logical column, as the Table holds it."""
    columns = [
        ColumnMapRow(get_column_letter(col), name, table.labels.get(name) or table.labels.get(name.split(".")[0], ""))
        for name, col in sorted(table.columns.items(), key=lambda item: item[1])
    ]
    return TableView(table.sheet, table.range, table.pack, len(table.rows), columns)


def sheet_views(sheets: list[Sheet], tables: list[Table], findings: list[FindingView], prefix: str,
                lang: str) -> tuple[list[SheetView], list[FindingView]]:
    """One drawing per sheet holding tables; the findings with their grid targets filled in."""
    by_name = {sheet.name: sheet for sheet in sheets}
    views: list[SheetView] = []
    placed: dict[tuple[str, str], str] = {}
    order = list(dict.fromkeys(table.sheet for table in tables))
    for number, name in enumerate(order):
        sheet = by_name.get(name)
        if sheet is None:
            continue
        own = [table for table in tables if table.sheet == name]
        view, cells = _sheet(sheet, own, [f for f in findings if f.sheet == name], f"{prefix}-s{number}", lang)
        views.append(view)
        placed.update({(name, a1): ident for a1, ident in cells.items()})
    located = [replace(f, target=placed.get((f.sheet, f.cell), "")) for f in findings]
    return views, located


def _sheet(sheet: Sheet, tables: list[Table], findings: list[FindingView], anchor: str,
           lang: str) -> tuple[SheetView, dict[str, str]]:
    top = min(t.first_row for t in tables)
    bottom = max(t.last_row for t in tables)
    left = min(t.first_col for t in tables)
    right = max(t.last_col for t in tables)
    last_row = min(bottom, top + MAX_ROWS - 1)
    last_col = min(right, left + MAX_COLS - 1)
    header_rows = {r for t in tables for r in range(t.first_row, max(t.number_row, t.first_row) + 1)}
    logical = {col: name for t in tables for name, col in t.columns.items()}
    spans, covered = _merges(sheet, top, last_row, left, last_col)
    cells_at: dict[str, GridCell] = {}
    rows = []
    for row in range(top, last_row + 1):
        line = []
        for col in range(left, last_col + 1):
            if (row, col) in covered:
                continue
            cell = _cell(sheet, row, col, spans.get((row, col), (1, 1)), f"{anchor}-{get_column_letter(col)}{row}",
                         lang)
            line.append(cell)
            rowspan, colspan = cell.rowspan, cell.colspan
            for r in range(row, row + rowspan):
                for c in range(col, col + colspan):
                    cells_at[f"{get_column_letter(c)}{r}"] = cell
        rows.append(GridRow(row, row in header_rows, line))
    for finding in findings:
        cell = cells_at.get(finding.cell)
        if cell is None:
            continue
        cell.findings.append(finding.index)
        if not cell.severity or RANK[finding.severity] < RANK[cell.severity]:
            cell.severity = finding.severity
    columns = [GridColumn(get_column_letter(c), logical.get(c, "")) for c in range(left, last_col + 1)]
    title = next((t.title for t in tables if t.title), "")
    view = SheetView(
        name=sheet.name, anchor=anchor, title=title, columns=columns, rows=rows,
        omitted_rows=(last_row + 1, bottom) if bottom > last_row else None,
        omitted_after=get_column_letter(last_col) if right > last_col else "",
    )
    return view, {a1: cell.ident for a1, cell in cells_at.items()}


def _merges(sheet: Sheet, top: int, bottom: int, left: int, right: int
            ) -> tuple[dict[tuple[int, int], tuple[int, int]], set[tuple[int, int]]]:
    """Merged ranges clipped to the drawing: spans at their top-left, the cells they cover."""
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    covered: set[tuple[int, int]] = set()
    for r1, c1, r2, c2 in sheet.merged:
        r1, c1, r2, c2 = max(r1, top), max(c1, left), min(r2, bottom), min(c2, right)
        if r1 > r2 or c1 > c2 or (r1 == r2 and c1 == c2) or (r1, c1) in covered:
            continue
        spans[(r1, c1)] = (r2 - r1 + 1, c2 - c1 + 1)
        covered.update((r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1) if (r, c) != (r1, c1))
    return spans, covered


def _cell(sheet: Sheet, row: int, col: int, span: tuple[int, int], ident: str, lang: str) -> GridCell:
    found = sheet.get(row, col)
    if found is None:
        return GridCell(col, "", span[0], span[1], ident=ident)
    value, style, formula = found
    if value is None and formula:
        return GridCell(col, f"={formula}", span[0], span[1], bold=style.bold, formula=True, ident=ident)
    number = isinstance(value, int | float) and not isinstance(value, bool)
    text = display(value, style.number_format, lang)
    return GridCell(col, text, span[0], span[1], number=number, bold=style.bold, formula=formula is not None,
                    long=not number and len(text) > LONG_TEXT and " " in text, ident=ident)
