"""The looks of cells in .ods and .xls files, which python-calamine does not report.

A capaian column formatted as a percentage holds 0.6014 and shows 60.14%; a level row
is told by its bold type; header labels are merged across columns. Without these a
workbook saved by LibreOffice as .ods or .xls reads differently from the same workbook
as .xlsx. Values still come from calamine; this pass adds number formats, bold and
(for .ods) merged ranges, by sheet name and 1-based position.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from typing import IO

from validator.read.grid import Style
from validator.read.xlsx import parse


@dataclass
class SheetLooks:
    styles: dict[tuple[int, int], Style] = field(default_factory=dict)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    #: Excel error values (``#DIV/0!``), which calamine drops
    errors: dict[tuple[int, int], str] = field(default_factory=dict)


# ---- .ods ------------------------------------------------------------------------------------


class _OdsStyles:
    """Data styles (number formats) and cell styles, from styles.xml and content.xml."""

    def __init__(self) -> None:
        self.formats: dict[str, str] = {}
        self.cells: dict[str, tuple[str | None, bool, str | None]] = {}  # name -> (data style, bold, parent)
        self._data: tuple[str, str] | None = None  # (name, kind) of the data style being read
        self._texts: list[str] = []
        self._symbol: list[str] = []
        self._in_text = self._in_symbol = False
        self._cell: str | None = None

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if name in ("number-style", "percentage-style", "currency-style"):
            self._data, self._texts, self._symbol = (attrs.get("style:name", ""), name), [], []
        elif name == "text" and self._data is not None:
            self._in_text = True
            self._texts.append("")
        elif name == "currency-symbol" and self._data is not None:
            self._in_symbol = True
        elif name == "style" and attrs.get("style:family") == "table-cell":
            self._cell = attrs.get("style:name", "")
            self.cells[self._cell] = (attrs.get("style:data-style-name"), False,
                                      attrs.get("style:parent-style-name"))
        elif name == "text-properties" and self._cell is not None:
            weight = attrs.get("fo:font-weight", "")
            if weight == "bold" or (weight.isdigit() and int(weight) >= 600):
                data, _, parent = self.cells[self._cell]
                self.cells[self._cell] = (data, True, parent)

    def end(self, name: str) -> None:
        if name in ("number-style", "percentage-style", "currency-style") and self._data is not None:
            style, kind = self._data
            words = "".join(self._texts).replace('"', "").strip()
            if kind == "percentage-style":
                self.formats[style] = "0%"
            elif kind == "currency-style":
                self.formats[style] = f'"{"".join(self._symbol).strip()}" 0'
            else:
                self.formats[style] = f'0"{words}"' if words else "General"
            self._data = None
        elif name == "text":
            self._in_text = False
        elif name == "currency-symbol":
            self._in_symbol = False
        elif name == "style":
            self._cell = None

    def chars(self, data: str) -> None:
        if self._in_text:
            self._texts[-1] += data
        elif self._in_symbol:
            self._symbol.append(data)

    def style(self, name: str | None) -> Style | None:
        """The cell style's format and weight, following parents; None when plain."""
        number_format, bold, seen = None, False, set()
        while name and name not in seen and name in self.cells:
            seen.add(name)
            data, heavy, parent = self.cells[name]
            if number_format is None and data:
                number_format = self.formats.get(data)
            bold = bold or heavy
            name = parent
        if number_format in (None, "General") and not bold:
            return None
        return Style(number_format or "General", bold)


class _OdsBody:
    """Walk the tables counting repeated rows and columns, as calamine lays them out."""

    def __init__(self, styles: _OdsStyles, looks: dict[str, SheetLooks]) -> None:
        self.styles, self.looks = styles, looks
        self.sheet: SheetLooks | None = None
        self.row = self.col = 0
        self.rows_repeat = 1
        self.column_styles: list[tuple[int, str | None]] = []  # (columns, default cell style), in order
        self._cell: tuple[int, int, str | None] | None = None  # (col, repeat, style) of a cell with a value
        self._error = False
        self._text: list[str] = []

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if name == "table":
            self.sheet = self.looks.setdefault(attrs.get("table:name", ""), SheetLooks())
            self.row, self.column_styles = 0, []
        elif name == "table-column":
            self.column_styles.append((_repeat(attrs.get("table:number-columns-repeated")),
                                       attrs.get("table:default-cell-style-name")))
        elif name == "table-row":
            self.col, self.rows_repeat = 0, _repeat(attrs.get("table:number-rows-repeated"))
        elif name in ("table-cell", "covered-table-cell"):
            repeat = _repeat(attrs.get("table:number-columns-repeated"))
            spanned = (_repeat(attrs.get("table:number-rows-spanned")),
                       _repeat(attrs.get("table:number-columns-spanned")))
            if spanned != (1, 1) and self.sheet is not None:
                top, left = self.row + 1, self.col + 1
                self.sheet.merged.append((top, left, top + spanned[0] - 1, left + spanned[1] - 1))
            style = attrs.get("table:style-name") or self._column_style(self.col)
            self._cell = (self.col, repeat, style) if style and "office:value-type" in attrs else None
            self._error = attrs.get("calcext:value-type") == "error"
            self._text = []
            self.col += repeat

    def chars(self, data: str) -> None:
        if self._error:
            self._text.append(data)

    def end(self, name: str) -> None:
        if name == "table-cell" and self._error and self.sheet is not None:
            self.sheet.errors[(self.row + 1, self.col)] = "".join(self._text).strip()
            self._error = False
        if name == "table-cell" and self._cell is not None and self.sheet is not None:
            col, repeat, style_name = self._cell
            style = self.styles.style(style_name)
            if style is not None and repeat * self.rows_repeat <= 16384:
                for r in range(self.row + 1, self.row + self.rows_repeat + 1):
                    for c in range(col + 1, col + repeat + 1):
                        self.sheet.styles[(r, c)] = style
            self._cell = None
        elif name == "table-row":
            self.row += self.rows_repeat

    def _column_style(self, col: int) -> str | None:
        seen = 0
        for count, style in self.column_styles:
            seen += count
            if col < seen:
                return style
        return None


def _repeat(raw: str | None) -> int:
    return int(raw) if raw and raw.isdigit() and len(raw) < 8 else 1


def ods_looks(source: str | IO[bytes]) -> dict[str, SheetLooks]:
    """Per sheet name: number formats, bold and merges of an .ods (already size-checked)."""
    if not isinstance(source, str):
        source.seek(0)
    styles, looks = _OdsStyles(), {}
    with zipfile.ZipFile(source) as archive:
        names = set(archive.namelist())
        for part in ("styles.xml", "content.xml"):
            if part in names:
                parse(archive.open(part), styles.start, styles.end, styles.chars)
        body = _OdsBody(styles, looks)
        parse(archive.open("content.xml"), body.start, body.end, body.chars)
    return looks


# ---- .xls ------------------------------------------------------------------------------------


def xls_looks(source: str | IO[bytes]) -> dict[str, SheetLooks]:
    """Per sheet name: number formats and bold of a BIFF .xls, read with xlrd (merges come from calamine)."""
    import xlrd

    if isinstance(source, str):
        book = xlrd.open_workbook(source, formatting_info=True, on_demand=True)
    else:
        source.seek(0)
        book = xlrd.open_workbook(file_contents=source.read(), formatting_info=True, on_demand=True)
    try:
        made: dict[int, Style | None] = {}
        looks: dict[str, SheetLooks] = {}
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            found = looks[sheet.name] = SheetLooks()
            for row in range(sheet.nrows):
                for col in range(sheet.row_len(row)):
                    kind = sheet.cell_type(row, col)
                    if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                        continue
                    if kind == xlrd.XL_CELL_ERROR:
                        found.errors[(row + 1, col + 1)] = xlrd.error_text_from_code.get(sheet.cell_value(row, col), "")
                    xf = sheet.cell_xf_index(row, col)
                    if xf not in made:
                        made[xf] = _xls_style(book, xf)
                    if made[xf] is not None:
                        found.styles[(row + 1, col + 1)] = made[xf]  # type: ignore[assignment]
            book.unload_sheet(index)
    finally:
        book.release_resources()
    return looks


def _xls_style(book: object, xf_index: int) -> Style | None:
    xf = book.xf_list[xf_index]  # type: ignore[attr-defined]
    fmt = book.format_map.get(xf.format_key)  # type: ignore[attr-defined]
    number_format = fmt.format_str if fmt is not None else "General"
    font = book.font_list[xf.font_index]  # type: ignore[attr-defined]
    bold = font.bold or font.weight >= 600  # BIFF8 states the weight; the old bold flag stays 0
    if number_format == "General" and not bold:
        return None
    return Style(number_format, bool(bold))
