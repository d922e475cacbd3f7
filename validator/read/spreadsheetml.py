"""Read XML Spreadsheet 2003 ("SpreadsheetML"), what older PHP, Java and .NET tools write as .xls.

``Workbook/Worksheet/Table/Row/Cell/Data``: cells are placed as Excel
places them (``ss:Index`` jumps, a merged cell's ``ss:MergeAcross`` moves
the next cell past it), typed by ``ss:Type``, styled through
``ss:StyleID`` -> ``Styles/Style`` (bold, number format, ``ss:Parent``
chains), and ``ss:Formula`` (R1C1) is turned into A1 so that a formula
saved without a value is computed like any other. The file passes the
same DTD and element-count guard as an .xlsx part, then one streaming
expat pass (DTDs refused again) fills the grids.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from xml.parsers import expat

from validator.excel import get_column_letter
from validator.read.grid import PLAIN, Sheet, Style
from validator.read.safety import EXCEL_COLS, EXCEL_ROWS, Limits, ReadError, check_xml_stream
from validator.read.webexport import format_code, sheet_name
from validator.read.xlsx import parse
from validator.read.xlsxcells import number as _number

#: R1C1 references: R[-1]C, RC[2], R5C3, R[1]C[-2] ...; not inside names like ROUND( or CRC.
R1C1 = re.compile(r"(?<![\w.$])R(?:\[(-?\d+)\]|(\d+))?C(?:\[(-?\d+)\]|(\d+))?(?![\w(.\[])")
STRING = re.compile(r'"(?:[^"]|"")*"')
HIDDEN = ("SheetHidden", "SheetVeryHidden")


def read_spreadsheetml(path: Path, display: str, limits: Limits) -> list[Sheet]:
    """Every worksheet of an XML Spreadsheet 2003 file, as grids."""
    with path.open("rb") as handle:
        check_xml_stream(handle, path.name, display, limits)
    parser = _Parser(display, limits)
    try:
        parse(path.open("rb"), parser.start, parser.end, parser.chars)
    except expat.ExpatError as exc:
        raise ReadError("file-corrupt", path=display, detail=f"XML: {expat.ErrorString(exc.code)}") from None
    except ValueError as exc:  # xlsx.parse refuses DTDs and entity declarations this way
        raise ReadError("file-xml-dtd", path=display, part=path.name) from exc
    if not parser.root_seen:
        raise ReadError("file-xml-not-spreadsheet", path=display)
    return parser.finish()


@dataclass
class _StyleDef:
    parent: str | None = None
    bold: bool | None = None
    number_format: str | None = None


@dataclass
class _Cell:
    row: int
    col: int
    style: str | None
    formula: str | None
    kind: str = "String"
    text: list[str] = field(default_factory=list)
    has_data: bool = False


class _Parser:
    """expat callbacks: styles into definitions, cells into the current sheet's grid."""

    def __init__(self, display: str, limits: Limits) -> None:
        self.display, self.limits = display, limits
        self.styles: dict[str, _StyleDef] = {}
        self.style_ids: dict[str | None, int] = {}
        self.sheets: list[Sheet] = []
        self.sheet: Sheet | None = None
        self.current_style: str | None = None
        self.row = 0
        self.next_row = 1
        self.col = 0
        self.row_style: str | None = None
        self.cell: _Cell | None = None
        self.in_data = False
        self.in_visible = False
        self.in_comment = 0
        self.visible: list[str] = []
        self.range_cells = 0
        self.root_seen = False

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if name == "Workbook":
            self.root_seen = True
        elif name == "Style":
            self.current_style = _attr(attrs, "ID")
            self.styles[self.current_style or ""] = _StyleDef(parent=_attr(attrs, "Parent"))
        elif name == "Font" and self.current_style is not None:
            bold = _attr(attrs, "Bold")
            if bold is not None:
                self.styles[self.current_style].bold = bold.strip() in ("1", "true", "True")
        elif name == "NumberFormat" and self.current_style is not None:
            fmt = _attr(attrs, "Format")
            if fmt is not None:
                self.styles[self.current_style].number_format = format_code(fmt)
        elif name == "Worksheet":
            self._open_sheet(_attr(attrs, "Name"))
        elif self.sheet is None:
            return
        elif name == "Row":
            self._open_row(attrs)
        elif name == "Cell":
            self._open_cell(attrs)
        elif name == "Data" and self.cell is not None and not self.in_comment:
            self.in_data, self.cell.has_data = True, True
            self.cell.kind = _attr(attrs, "Type") or "String"
        elif name == "Comment":
            self.in_comment += 1
        elif name == "Visible":
            self.in_visible = True

    def end(self, name: str) -> None:
        if name == "Style":
            self.current_style = None
        elif name == "Data":
            self.in_data = False
        elif name == "Comment":
            self.in_comment -= 1
        elif name == "Cell" and self.cell is not None:
            self._store(self.cell)
            self.cell = None
        elif name == "Visible":
            self.in_visible = False
        elif name == "Worksheet" and self.sheet is not None:
            self.sheet.hidden = "".join(self.visible).strip() in HIDDEN
            self.sheet.include_merges()
            self.sheet = None

    def chars(self, data: str) -> None:
        if self.in_data and self.cell is not None:
            self.cell.text.append(data)
        elif self.in_visible:
            self.visible.append(data)

    def _open_sheet(self, name: str | None) -> None:
        fallback = f"Sheet{len(self.sheets) + 1}"
        self.sheet = Sheet(sheet_name(name, (s.name for s in self.sheets), fallback))
        self.sheets.append(self.sheet)
        self.next_row, self.visible = 1, []

    def _open_row(self, attrs: dict[str, str]) -> None:
        index = _index(attrs, "Index")
        self.row = index if index else self.next_row
        self._within(self.row, 1)
        self.next_row = self.row + 1 + (_index(attrs, "Span") or 0)
        self.col = 0
        self.row_style = _attr(attrs, "StyleID")

    def _open_cell(self, attrs: dict[str, str]) -> None:
        index = _index(attrs, "Index")
        col = index if index else self.col + 1
        across, down = _index(attrs, "MergeAcross") or 0, _index(attrs, "MergeDown") or 0
        row = self.row or self.next_row
        self._within(row + down, col + across)
        if across or down:
            self.range_cells += (across + 1) * (down + 1)
            if self.range_cells > self.limits.max_range_cells:
                raise ReadError("file-range-too-large", path=self.display, part=self.sheet.name if self.sheet else "",
                                limit=self.limits.max_range_cells)
            assert self.sheet is not None
            self.sheet.merged.append((row, col, row + down, col + across))
        self.col = col + across
        formula = _attr(attrs, "Formula")
        style = _attr(attrs, "StyleID") or self.row_style
        self.cell = _Cell(row, col, style, a1_formula(formula, row, col) if formula else None)

    def _within(self, row: int, col: int) -> None:
        if not (0 < row <= EXCEL_ROWS and 0 < col <= EXCEL_COLS):
            raise ReadError("file-beyond-excel-grid", path=self.display, sheet=self.sheet.name if self.sheet else "",
                            rows=EXCEL_ROWS, cols=EXCEL_COLS)

    def _store(self, cell: _Cell) -> None:
        value = _typed(cell.kind, "".join(cell.text)) if cell.has_data else None
        if value is None and cell.formula is None:
            return
        index = self.style_ids.setdefault(cell.style or "Default", len(self.style_ids) + 1)
        assert self.sheet is not None
        self.sheet.add(cell.row, cell.col, value, cell.formula, index)

    def finish(self) -> list[Sheet]:
        """Resolve the styles cells named (Styles may follow the worksheets) into one shared list."""
        styles: list[Style] = [PLAIN] * (len(self.style_ids) + 1)
        for style_id, index in self.style_ids.items():
            styles[index] = self._resolve(style_id or "Default")
        for sheet in self.sheets:
            sheet.styles = styles
        return self.sheets

    def _resolve(self, style_id: str) -> Style:
        bold: bool | None = None
        number_format: str | None = None
        seen: set[str] = set()
        current: str | None = style_id
        while current is not None and current not in seen and (bold is None or number_format is None):
            seen.add(current)
            definition = self.styles.get(current)
            if definition is None:
                break
            bold = definition.bold if bold is None else bold
            number_format = definition.number_format if number_format is None else number_format
            current = definition.parent or ("Default" if current != "Default" else None)
        return Style(number_format or "General", bool(bold))


def _attr(attrs: dict[str, str], local: str) -> str | None:
    """An attribute by its local name: Excel writes ``ss:Index``, hand-made files ``Index``."""
    for key, value in attrs.items():
        if key == local or key.endswith(":" + local):
            return value
    return None


def _index(attrs: dict[str, str], local: str) -> int | None:
    raw = _attr(attrs, local)
    if raw is None:
        return None
    raw = raw.strip()
    if not raw.isdigit() or len(raw) > 9:
        return EXCEL_ROWS + EXCEL_COLS + 1  # out of every range: refused by _within
    return int(raw)


def _typed(kind: str, text: str) -> object:
    if kind == "Number":
        try:
            return _number(text.strip())
        except ValueError:
            return text
    if kind == "Boolean":
        return text.strip() in ("1", "true", "TRUE", "True")
    if kind == "DateTime":
        try:
            return datetime.fromisoformat(text.strip())
        except ValueError:
            return text
    return text


def a1_formula(formula: str, row: int, col: int) -> str:
    """``=R[-3]C+RC[-1]`` at (row, col) as ``=B2+A5``; references outside the sheet become #REF!."""
    out, last = [], 0
    for literal in STRING.finditer(formula):
        out.append(_convert(formula[last:literal.start()], row, col))
        out.append(literal.group(0))
        last = literal.end()
    out.append(_convert(formula[last:], row, col))
    text = "".join(out)
    return text if text.startswith("=") else "=" + text


def _convert(part: str, row: int, col: int) -> str:
    def replace(match: re.Match[str]) -> str:
        rel_r, abs_r, rel_c, abs_c = match.groups()
        r = int(abs_r) if abs_r else row + int(rel_r or 0)
        c = int(abs_c) if abs_c else col + int(rel_c or 0)
        if not (0 < r <= EXCEL_ROWS and 0 < c <= EXCEL_COLS):
            return "#REF!"
        return f"{'$' if abs_c else ''}{get_column_letter(c)}{'$' if abs_r else ''}{r}"

    return R1C1.sub(replace, part)
