"""An annotated COPY of a checked workbook: what a planner opens to fix it.

Each finding's cell is filled (red for errors, amber for warnings) and gets
a comment; a first sheet lists every finding with a link to its cell. The
input is only read: the copy is returned as bytes for the caller to save
elsewhere. HTML tables and XML Spreadsheet 2003 files (web exports named
.xls) cannot be rewritten as they are: their copy is a new .xlsx built from
the grid Periksa read, so every finding sits at the cell the report names.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell, MergedCell
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.worksheet import Worksheet

from validator import messages
from validator.model import CellRef, FileResult, Finding, Severity
from validator.read.reader import read
from validator.read.webexport import SNIFF_BYTES, sniff

FILL = {
    Severity.ERROR: PatternFill("solid", fgColor="FFC7CE"),
    Severity.WARNING: PatternFill("solid", fgColor="FFEB9C"),
    Severity.INFO: PatternFill("solid", fgColor="DDEBF7"),
}
HEADER_KEYS = ("col-no", "col-sheet", "col-cell", "col-severity", "col-rule", "col-row", "col-actual",
               "col-expected", "col-message")
WIDTHS = (5, 16, 8, 11, 22, 45, 16, 16, 80)
#: What openpyxl raises for a workbook Periksa could read but cannot rewrite (.xls, .ods, encrypted).
CANNOT_ANNOTATE = (OSError, zipfile.BadZipFile, InvalidFileException, KeyError, ValueError)


def link(ref: CellRef) -> str:
    """An in-workbook link target, quoted so sheet names with spaces work."""
    return "'{}'!{}".format(ref.sheet.replace("'", "''"), ref.a1)


def _target(sheet: Worksheet, ref: CellRef) -> Cell:
    """The cell to mark; a cell inside a merged range is marked at its top-left."""
    cell = sheet.cell(ref.row, ref.col)
    if isinstance(cell, MergedCell):
        for merged in sheet.merged_cells.ranges:
            if cell.coordinate in merged:
                return sheet.cell(merged.min_row, merged.min_col)
    return cell


def _mark(book: Workbook, finding: Finding, lang: str) -> None:
    cell = _target(book[finding.cell.sheet], finding.cell)
    cell.fill = FILL[finding.severity]
    text = messages.t("annotate-comment", lang, rule=finding.rule, message=finding.message,
                      actual=messages.number(finding.actual, lang), expected=messages.number(finding.expected, lang))
    if cell.comment is not None:
        text = f"{cell.comment.text}\n\n{text}"
    cell.comment = Comment(text, "Periksa", width=360, height=140)


def _list_sheet(book: Workbook, findings: list[Finding], lang: str) -> None:
    sheet = book.create_sheet(messages.t("annotate-sheet", lang), 0)
    sheet.append([messages.t(key, lang) for key in HEADER_KEYS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number, finding in enumerate(findings, start=1):
        sheet.append([
            number, finding.cell.sheet, finding.cell.a1, messages.t(f"severity-{finding.severity.value}", lang),
            finding.rule, finding.row_label, messages.number(finding.actual, lang),
            messages.number(finding.expected, lang), finding.message,
        ])
        target = sheet.cell(number + 1, 3)
        target.hyperlink = Hyperlink(ref=target.coordinate, location=link(finding.cell))
        target.font = Font(color="0563C1", underline="single")
        sheet.cell(number + 1, 4).fill = FILL[finding.severity]
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[chr(64 + index)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    book.active = 0


#: What the message calls each web-export format whose copy is rebuilt.
REBUILT = {"html": "HTML", "spreadsheetml": "XML Spreadsheet 2003"}


def rebuilt_from(path: Path) -> str | None:
    """The format's name when the copy must be built from the grid (a web export), else None."""
    try:
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError:
        return None
    return None if head.startswith((b"PK", b"\xd0\xcf\x11\xe0")) else REBUILT.get(sniff(head))


def _from_grid(path: Path) -> Workbook:
    """A new workbook holding what Periksa read: values (formulas where the file had them), bold,
    number formats, merged ranges and hidden sheets, at the cells the findings name."""
    book = Workbook()
    book.remove(book.active)
    for sheet in read(path).sheets:
        target = book.create_sheet(sheet.name)
        for row in sheet.filled_rows():
            for col in sheet.filled_cols(row):
                found = sheet.get(row, col)
                assert found is not None
                value, style, formula = found
                cell = target.cell(row, col)
                if formula:
                    cell.value = formula
                elif isinstance(value, str):
                    cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
                    cell.data_type = "s"  # text such as "=1+1" stays text, as it was in the file
                else:
                    cell.value = value
                if style.bold:
                    cell.font = Font(bold=True)
                if style.number_format != "General":
                    cell.number_format = style.number_format
        for r1, c1, r2, c2 in sheet.merged:
            target.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        if sheet.hidden:
            target.sheet_state = "hidden"
    return book


def render_file(result: FileResult, lang: str) -> bytes:
    """The annotated copy of one checked workbook, as .xlsx (or .xlsm) bytes."""
    path = Path(result.path)
    if rebuilt_from(path):
        book = _from_grid(path)
    else:
        book = load_workbook(path, keep_vba=path.suffix.lower() == ".xlsm", rich_text=True)
    findings = sorted(result.findings, key=Finding.sort_key)
    for finding in findings:
        _mark(book, finding, lang)
    _list_sheet(book, findings, lang)
    for sheet in book.worksheets[1:]:
        sheet.sheet_view.tabSelected = False
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
