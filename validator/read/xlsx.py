"""Stream an .xlsx package into grids: values, formulas, bold, number formats, merges.

Each sheet's cells are read by ``sheetscan`` (one compiled regex per chunk of
the sheet's XML, one Python step per cell), the XML around them by expat;
a sheet holding anything the scanner does not take is read again here by
expat alone, with callbacks per element. Either way the XML is fed in chunks
straight from the zip, so memory follows the cells kept, not the size of the
XML; a full openpyxl load costs twenty times more time and memory for the
same cells. Only what the pipeline uses is read. ``safety.check_zip`` has
vetted the package before this runs; expat is still told to refuse any DTD.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Callable
from datetime import datetime
from typing import IO
from xml.parsers import expat

from validator.excel import BUILTIN_FORMATS, CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, is_date_format
from validator.read.grid import PLAIN, Sheet, Style
from validator.read.sheetscan import Unusual, scan_sheet
from validator.read.xlsxcells import (
    SharedFormulas,
    cell_range,
    coordinate,
    excel_date,
    in_grid,
    int_or_zero,
    typed_value,
)

CHUNK = 1 << 20
WORKSHEET = "/worksheet"
Start = Callable[[str, dict[str, str]], None]
End = Callable[[str], None]


class MissingPart(KeyError):
    """A part the package points to is not in the zip."""


def read_xlsx(archive: zipfile.ZipFile) -> list[Sheet]:
    parts = _Parts(archive)
    book = parts.office_document()
    rels = parts.relationships(book)
    entries, date1904 = _workbook(parts, book)
    styles, dates = _styles(parts, rels)
    strings = _shared_strings(parts, rels)
    epoch = CALENDAR_MAC_1904 if date1904 else CALENDAR_WINDOWS_1900
    sheets = []
    for name, state, rid in entries:
        kind, target = rels.get(rid, ("", ""))
        if not kind.endswith(WORKSHEET):
            continue  # chart sheets, dialog sheets, macro sheets hold no table
        hidden = state not in ("", "visible")
        sheet = Sheet(name, styles, hidden=hidden)
        stream = parts.open(target)
        try:
            scan_sheet(stream, sheet, strings, dates, epoch, _skeleton(sheet))
        except MemoryError:
            raise
        except Exception:  # noqa: BLE001 - anything unusual or damaged: expat reads it and names the fault
            sheet = Sheet(name, styles, hidden=hidden)
            _SheetParser(sheet, strings, dates, epoch).run(parts.open(target))
        sheet.include_merges()
        sheets.append(sheet)
    return sheets


class _Parts:
    """Part lookup by name, case-insensitively as OPC requires, with relationship targets resolved."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self.names = {name.lower(): name for name in archive.namelist()}

    def open(self, part: str) -> zipfile.ZipExtFile:
        name = self.names.get(part.lstrip("/").lower())
        if name is None:
            raise MissingPart(part.lstrip("/"))
        return self.archive.open(name)

    def exists(self, part: str) -> bool:
        return part.lstrip("/").lower() in self.names

    def relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """rId -> (type, absolute target) for ``part``'s _rels file."""
        folder, base = posixpath.split(part.lstrip("/"))
        rels_part = posixpath.join(folder, "_rels", base + ".rels")
        out: dict[str, tuple[str, str]] = {}
        if not self.exists(rels_part):
            return out

        def start(name: str, attrs: dict[str, str]) -> None:
            if name == "Relationship" and attrs.get("TargetMode") != "External":
                target = attrs.get("Target", "")
                target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                    posixpath.join(folder, target))
                out[attrs.get("Id", "")] = (attrs.get("Type", ""), target)

        parse(self.open(rels_part), start)
        return out

    def office_document(self) -> str:
        for kind, target in self.relationships("").values():
            if kind.endswith("/officeDocument"):
                return target
        return "xl/workbook.xml"

    def related(self, rels: dict[str, tuple[str, str]], suffix: str) -> str | None:
        for kind, target in rels.values():
            if kind.endswith(suffix) and self.exists(target):
                return target
        return None


def _workbook(parts: _Parts, book: str) -> tuple[list[tuple[str, str, str]], bool]:
    entries: list[tuple[str, str, str]] = []
    date1904 = [False]

    def start(name: str, attrs: dict[str, str]) -> None:
        if name == "sheet":
            rid = next((v for k, v in attrs.items() if k == "id" or k.endswith(":id")), "")
            entries.append((attrs.get("name", ""), attrs.get("state", ""), rid))
        elif name == "workbookPr":
            date1904[0] = attrs.get("date1904", "0") in ("1", "true")

    parse(parts.open(book), start)
    return entries, date1904[0]


def _styles(parts: _Parts, rels: dict[str, tuple[str, str]]) -> tuple[list[Style], set[int]]:
    """cellXfs as (number format, bold), and which of them are date formats."""
    part = parts.related(rels, "/styles")
    if part is None:
        return [PLAIN], set()
    formats: dict[int, str] = dict(BUILTIN_FORMATS)
    fonts: list[bool] = []
    xfs: list[tuple[int, int]] = []
    where: list[str] = []

    def start(name: str, attrs: dict[str, str]) -> None:
        if name in ("fonts", "cellXfs", "cellStyleXfs", "dxfs"):
            where.append(name)
        elif name == "numFmt" and not (where and where[-1] == "dxfs"):
            formats[int_or_zero(attrs.get("numFmtId"))] = attrs.get("formatCode", "General")
        elif name == "font" and where and where[-1] == "fonts":
            fonts.append(False)
        elif name == "b" and where and where[-1] == "fonts" and fonts:
            fonts[-1] = attrs.get("val", "1") not in ("0", "false")
        elif name == "xf" and where and where[-1] == "cellXfs":
            xfs.append((int_or_zero(attrs.get("numFmtId")), int_or_zero(attrs.get("fontId"))))

    def end(name: str) -> None:
        if where and name == where[-1]:
            where.pop()

    parse(parts.open(part), start, end)
    styles = [Style(formats.get(fmt, "General"), 0 <= font < len(fonts) and fonts[font]) for fmt, font in xfs]
    dates = {i for i, style in enumerate(styles) if style.number_format != "General"
             and is_date_format(style.number_format)}
    return styles or [PLAIN], dates


def _shared_strings(parts: _Parts, rels: dict[str, tuple[str, str]]) -> list[str]:
    """Plain text of each shared string: rich-text runs joined, phonetic runs left out."""
    part = parts.related(rels, "/sharedStrings")
    strings: list[str] = []
    if part is None:
        return strings
    text: list[str] = []
    state = {"t": False, "rph": 0}

    def start(name: str, attrs: dict[str, str]) -> None:
        if name == "t" and not state["rph"]:
            state["t"] = True
        elif name == "rPh":
            state["rph"] += 1

    def end(name: str) -> None:
        if name == "t":
            state["t"] = False
        elif name == "rPh":
            state["rph"] -= 1
        elif name == "si":
            strings.append("".join(text).replace("x005F_", ""))
            text.clear()

    def chars(data: str) -> None:
        if state["t"]:
            text.append(data)

    parse(parts.open(part), start, end, chars)
    return strings


class _SheetParser:
    """expat callbacks that add each ``<c>`` to the grid as it closes: the reader for sheets the
    scanner (``sheetscan``) does not take."""

    def __init__(self, sheet: Sheet, strings: list[str], dates: set[int], epoch: datetime) -> None:
        self.sheet, self.strings, self.dates, self.epoch = sheet, strings, dates, epoch
        self.row = 0
        self.col = 0
        self.kind = "n"
        self.style = 0
        self.value: str | None = None
        self.formula: str | None = None
        self.formula_attrs: dict[str, str] = {}
        self.text: list[str] = []
        self.capture = False
        self.inline: list[str] | None = None
        self.shared = SharedFormulas()

    def run(self, stream: zipfile.ZipExtFile) -> None:
        parse(stream, self.start, self.end, self.chars, local=False)

    def start(self, name: str, attrs: dict[str, str]) -> None:
        name = _LOCAL.get(name) or _local(name)
        if name == "c":
            ref = attrs.get("r")
            if ref:
                self.row, self.col = coordinate(ref)
            else:
                self.col += 1
            self.kind = attrs.get("t", "n")
            self.style = int_or_zero(attrs.get("s"))
            self.value = self.formula = self.inline = None
        elif name == "v":
            self.capture, self.text = True, []
        elif name == "f":
            self.capture, self.text, self.formula_attrs = True, [], attrs
        elif name == "is":
            self.inline = []
        elif name == "t" and self.inline is not None:
            self.capture, self.text = True, []
        elif name == "row":
            self.row = int_or_zero(attrs.get("r")) or self.row + 1
            self.col = 0
        elif name == "mergeCell":
            add_merge(self.sheet, attrs)
        elif name == "rPh" and self.inline is not None:
            self.inline = None  # phonetic guide: not part of the text

    def end(self, name: str) -> None:
        name = _LOCAL.get(name) or _local(name)
        if name == "v":
            self.value, self.capture = "".join(self.text), False
        elif name == "f":
            attrs = self.formula_attrs
            self.formula = self.shared.formula("".join(self.text), attrs.get("t"), attrs.get("si"), self.row, self.col)
            self.capture = False
        elif name == "t" and self.inline is not None:
            self.inline.append("".join(self.text))
            self.capture = False
        elif name == "c":
            self._store()

    def chars(self, data: str) -> None:
        if self.capture:
            self.text.append(data)

    def _store(self) -> None:
        row, col = self.row, self.col
        in_grid(row, col, self.sheet.name)
        kind, raw = self.kind, self.value
        value: object = None
        if kind == "inlineStr":
            value = "".join(self.inline) if self.inline is not None else None
        elif raw is not None and raw != "":
            if kind == "s":
                value = self.strings[int(raw)]
            else:
                value = typed_value(kind, raw)
                if kind == "n" and self.style in self.dates:
                    value = excel_date(value, self.epoch)  # type: ignore[arg-type]
        if value is None and self.formula is None:
            return
        self.sheet.add(row, col, value, self.formula, self.style if self.style < len(self.sheet.styles) else 0)


def _skeleton(sheet: Sheet) -> expat.XMLParserType:
    """expat for what surrounds ``<sheetData>`` while the scanner reads inside it: merges, and a
    check that the rest is well-formed XML without a DTD."""

    def start(name: str, attrs: dict[str, str]) -> None:
        if name == "mergeCell":
            add_merge(sheet, attrs)
        elif name in ("row", "c"):
            raise Unusual(f"<{name}> outside the scanned <sheetData>")

    return expat_parser(start)


def add_merge(sheet: Sheet, attrs: dict[str, str]) -> None:
    bounds = cell_range(attrs.get("ref", ""))
    if bounds is not None:
        sheet.merged.append(bounds)


def parse(stream: IO[bytes], start: Start, end: End | None = None,
          chars: Callable[[str], None] | None = None, local: bool = True) -> None:
    """Feed a part to expat in chunks; element names reach the handlers without their
    prefix, unless ``local`` is False (then the handlers strip it themselves, saving a call)."""
    parser = expat_parser(start, end, chars, local)
    with stream:
        while chunk := stream.read(CHUNK):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)


def expat_parser(start: Start, end: End | None = None, chars: Callable[[str], None] | None = None,
                 local: bool = True) -> expat.XMLParserType:
    """An expat parser that refuses any DTD, with the handlers ``parse`` describes."""
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.buffer_size = CHUNK
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def refuse(*_: object) -> None:
        raise ValueError("DTD or entity declaration in workbook XML")

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    if local:
        parser.StartElementHandler = lambda name, attrs: start(_local(name), attrs)
        if end is not None:
            parser.EndElementHandler = lambda name: end(_local(name))
    else:
        parser.StartElementHandler = start
        parser.EndElementHandler = end
    if chars is not None:
        parser.CharacterDataHandler = chars
    return parser


_LOCAL: dict[str, str] = {}


def _local(name: str) -> str:
    """``x:c`` -> ``c``, remembered: a sheet repeats a handful of names a million times."""
    found = _LOCAL.get(name)
    if found is None:
        found = _LOCAL[name] = name[name.find(":") + 1:]
    return found
