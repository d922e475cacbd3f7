"""Read a worksheet's cells with one compiled regex per chunk instead of expat callbacks per element.

expat calls back into Python three to five times per cell (start, text, end of ``c``, ``v``, ``f``);
at 2.8 million cells that was most of a check's reading time. The cells Excel, LibreOffice and
openpyxl write come in a few fixed shapes (``<c r="B7" s="3" t="s"><v>12</v></c>``), which one
regex takes apart in C, leaving one short Python step per cell. Anything else inside
``<sheetData>`` (another attribute order, comments, CDATA, rich inline text, an entity that is not
one of XML's five or a character reference, a carriage return that XML would normalise) raises
:class:`Unusual`, and the caller reads the sheet again with expat. The XML around ``<sheetData>``
(merges, views) still goes through expat, which checks that it is well-formed and refuses DTDs.

Memory follows the cells kept: the sheet is read in chunks and cut after the last complete row.
Two faults expat refuses pass here unseen, as they change no cell: a repeated attribute on a
``<row>`` and bad bytes inside a ``<row>`` attribute's value.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable
from datetime import datetime
from functools import cache, lru_cache
from typing import IO
from xml.parsers import expat

from validator.read.grid import FLOAT, INT, Sheet
from validator.read.safety import EXCEL_COLS, EXCEL_ROWS
from validator.read.xlsxcells import SharedFormulas, excel_date, number, typed_value

CHUNK = 1 << 20
#: An unfinished row longer than this is no row Excel writes (16,384 cells of 1 KB each): expat reads it.
MAX_PENDING = 16 << 20
#: Distinct inline texts remembered, so repeated labels are decoded once and shared.
TEXT_CACHE = 50_000

_OPEN = re.compile(rb"<(?:([A-Za-z_][\w.-]*):)?sheetData(?:\s[^<>/]*)?(/?)>")
_DECLARATION = re.compile(rb"""^(?:\xef\xbb\xbf)?<\?xml[^>]{0,200}?encoding\s*=\s*["']([^"']{1,40})["']""")
#: Text XML keeps as written: no markup, no control characters, no carriage returns (which expat turns into
#: line feeds); entities are decoded afterwards.
_TEXT = rb"[^<\x00-\x08\x0b\x0c\x0e-\x1f\r]*"
_ENTITY = re.compile(r"&(?:(amp|lt|gt|quot|apos)|#([0-9]{1,7})|#x([0-9A-Fa-f]{1,6}));")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_ATTRIBUTE = re.compile(rb'([A-Za-z]{1,12})="([^"]*)"')
_SHAPE = re.compile(rb'(?: s="[0-9]{1,9}")?(?: t="[A-Za-z]{1,9}")?[ \t\n]*')
_NUMBER, _DATE, _STRING, _INLINE = 0, 1, 2, 3
_KINDS: dict[str, int] = {"n": _NUMBER, "s": _STRING, "inlineStr": _INLINE}


class Unusual(Exception):
    """The sheet holds something the scanner does not take; expat reads the sheet instead."""


def scan_sheet(stream: IO[bytes], sheet: Sheet, strings: list[str], dates: set[int], epoch: datetime,
               skeleton: expat.XMLParserType) -> None:
    """Fill ``sheet`` from a worksheet part; everything but the inside of ``<sheetData>`` is fed to
    ``skeleton`` (an expat parser whose handlers take the merges). Raises Unusual, or whatever
    the input provokes, when the sheet must be read with expat instead."""
    collecting = gc.isenabled()
    gc.disable()  # millions of short-lived tuples and no cycles: a collection would only walk the growing grid
    try:
        with stream:
            _Scanner(sheet, strings, dates, epoch).run(stream, skeleton.Parse)
    finally:
        if collecting:
            gc.enable()


class _Scanner:
    def __init__(self, sheet: Sheet, strings: list[str], dates: set[int], epoch: datetime) -> None:
        self.sheet, self.strings, self.dates, self.epoch = sheet, strings, dates, epoch
        self.shapes: dict[bytes, tuple[int, int | str]] = {}
        self.f_open = 2
        self.shared = SharedFormulas()
        self.texts: dict[bytes, str] = {}
        self.row = 0
        self.in_row = False
        self.row_key = b""

    def run(self, stream: IO[bytes], feed: Callable[[bytes, bool], object]) -> None:
        buf = stream.read(CHUNK)
        declared = _DECLARATION.match(buf)
        if declared and declared.group(1).lower().replace(b"-", b"") != b"utf8":
            raise Unusual("declared encoding")
        while (found := _OPEN.search(buf)) is None:
            chunk = stream.read(CHUNK)
            if not chunk:
                feed(buf, True)
                return
            keep = max(0, len(buf) - 256)
            feed(buf[:keep], False)
            buf = buf[keep:] + chunk
        feed(buf[:found.end()], False)
        buf = buf[found.end():]
        if not found.group(2):
            self.f_open = len(found.group(1) or b"") + (3 if found.group(1) else 2)
            buf = self._inside(stream, buf, _Patterns.of(found.group(1) or b""))
        feed(buf, False)
        while chunk := stream.read(CHUNK):
            feed(chunk, False)
        feed(b"", True)

    def _inside(self, stream: IO[bytes], buf: bytes, shapes: _Patterns) -> bytes:
        """Scan complete rows until ``</sheetData>``; returns what follows it (the tag included)."""
        while True:
            end = buf.find(shapes.close)
            if end >= 0:
                self._rows(shapes.token, buf, end)
                if self.in_row:
                    raise Unusual("row left open")
                return buf[end:]
            cut = buf.rfind(shapes.row_end)
            if cut >= 0:
                cut += len(shapes.row_end)
                self._rows(shapes.token, buf, cut)
                buf = buf[cut:]
            elif len(buf) > MAX_PENDING:
                raise Unusual("row too long")
            chunk = stream.read(CHUNK)
            if not chunk:
                raise Unusual("no </sheetData>")
            buf += chunk

    def _rows(self, token: re.Pattern[bytes], buf: bytes, end: int) -> None:
        """Cells of the complete rows in ``buf[:end]``, gathered in flat lists and handed to the
        sheet a row at a time; one pass of this loop per cell is the reader's whole Python cost."""
        sheet, strings, epoch, shapes, columns = self.sheet, self.strings, self.epoch, self.shapes, _COLUMNS
        texts, text = self.texts, self._text
        row, row_key = self.row, self.row_key
        cols: list[int] = []
        values: list[object] = []
        numbers: list[float] = []
        styles: list[int] = []
        add_col, add_value, add_number, add_style = cols.append, values.append, numbers.append, styles.append
        formulas: dict[int, str] = {}
        starts: list[tuple[int, int]] = []  # (row, first index in the lists) of each run of cells
        last = EXCEL_COLS
        in_row = self.in_row
        for letters, digits, shape, v, i_text, f, f_value, other in token.findall(buf, 0, end):
            if not letters:  # whitespace, <row>, </row> (a cell's r says its row), or markup not taken
                if other:
                    in_row = self._row_tag(other, in_row)
                continue
            if digits != row_key:
                row, row_key, last = int(digits), digits, EXCEL_COLS
                if not 0 < row <= EXCEL_ROWS:
                    raise Unusual("row beyond the grid")
            try:
                col, (style, code) = columns[letters], shapes[shape]
            except KeyError:  # met for the first time
                col, (style, code) = _column(letters), self._shape(shape)
            if f:
                formula = self._formula(f, row, col)
                if formula is not None:
                    formulas[len(cols)] = formula
                v = f_value
            else:
                formula = None
            if not code:  # a number, kept as a double unless it is an integer a double cannot hold
                if v.isdigit() and len(v) < 16:
                    value, x = INT, int(v)  # the array takes it as a double; int() is twice as fast as float()
                elif 46 in v:  # "."; an int in ``in`` is a memchr, a bytes needle a slow search
                    value, x = FLOAT, float(v)
                elif v:
                    value, x = number(_decode(v)), 0.0
                elif formula is None:
                    continue
                else:
                    value, x = None, 0.0
            elif code == 3:  # inline text
                value, x = texts.get(i_text) or text(i_text), 0.0
            else:
                x = 0.0
                if code == 2:  # a shared string
                    value = strings[int(v)] if v else None
                elif code == 1:  # a number in a date format
                    value = excel_date(number(_decode(v)), epoch) if v else None
                else:
                    value = typed_value(code, text(v)) if v else None  # type: ignore[arg-type]
                if value is None and formula is None:
                    continue
            if col <= last:
                starts.append((row, len(cols)))
            last = col
            add_col(col)
            add_value(value)
            add_number(x)
            add_style(style)
        self.row, self.row_key, self.in_row = row, row_key, in_row
        sheet.add_rows(starts, cols, values, numbers, styles, formulas)

    @staticmethod
    def _row_tag(tag: bytes, in_row: bool) -> bool:
        """Whether a row is open after ``tag``; rows must not nest or close unopened, as in well-formed XML
        (expat reads the nested rows a valid sheet never has)."""
        if len(tag) == 1:
            raise Unusual(f"markup at {tag.decode('utf-8', 'replace')!r}")
        closing, empty = tag[1] == 47, tag.endswith(b"/>")  # "/"
        if in_row != closing:
            raise Unusual("rows out of order")
        return not (closing or empty)

    def _shape(self, attrs: bytes) -> tuple[int, int | str]:
        """(style, how to read the value) for a cell's ``s`` and ``t`` attributes taken as one text,
        remembered: a sheet has a few dozen. Codes: 0 number, 1 number in a date format, 2 shared
        string, 3 inline text, else the ``t`` itself."""
        if attrs in self.shapes:
            return self.shapes[attrs]
        if not _SHAPE.fullmatch(attrs):
            raise Unusual(f"cell attributes {attrs[:60].decode('utf-8', 'replace')!r}")
        found = dict(_ATTRIBUTE.findall(attrs))
        style = int(found.get(b"s", b"0"))
        style = style if style < len(self.sheet.styles) else 0
        kind = found.get(b"t", b"n").decode()
        code: int | str = _KINDS.get(kind, kind)
        if code == _NUMBER and style in self.dates:
            code = _DATE
        self.shapes[attrs] = style, code
        return style, code

    def _text(self, raw: bytes) -> str:
        found = self.texts.get(raw)
        if found is None:
            if not raw:
                raise Unusual("empty or missing text")  # an empty <t></t> and no <is> at all look alike here
            found = _decode(raw)
            if len(self.texts) >= TEXT_CACHE:
                self.texts.clear()
            self.texts[raw] = found
        return found

    def _formula(self, element: bytes, row: int, col: int) -> str | None:
        close = element.index(b">")
        if element[close - 1] == 47:  # "/": <f .../>
            attrs, raw = element[self.f_open:close - 1], b""
        else:
            attrs, raw = element[self.f_open:close], element[close + 1:element.rindex(b"<")]
        kind, group = _formula_kind(attrs)
        return self.shared.formula(_decode(raw), kind, group, row, col)


class _Patterns:
    """The patterns for one namespace prefix (none, or ``x:`` as some .NET writers use)."""

    def __init__(self, prefix: bytes) -> None:
        p = re.escape(prefix + b":") if prefix else b""
        self.close = b"</" + (prefix + b":" if prefix else b"") + b"sheetData>"
        self.row_end = b"</" + (prefix + b":" if prefix else b"") + b"row>"
        # Alternatives in the order they are met; the attributes after r (``s``, ``t``) are taken whole
        # and checked once per distinct text by _Scanner._shape.
        cell = (
            rb"<" + p + rb'c r="([A-Z]{1,3})([0-9]{1,7})"([^>/]*)(?:>(?:'
            rb"<" + p + rb"v>(" + _TEXT + rb")</" + p + rb"v>"
            rb"|<" + p + rb"is><" + p + rb't(?: xml:space="preserve")?>(' + _TEXT + rb")</" + p + rb"t></" + p
            + rb"is>"
            rb"|(<" + p + rb'f(?: [A-Za-z]{1,12}="[^"<&>]*")*(?:/>|>' + _TEXT + rb"</" + p + rb"f>))"
            rb"(?:<" + p + rb"v>(" + _TEXT + rb")</" + p + rb"v>)?"
            rb"|)</" + p + rb"c>|/>)"
        )
        other = rb"\s+|(</" + p + rb"row>|<" + p + rb'row(?: [\w:]{1,40}="[^"<&]*")*\s*/?>|\S)'
        self.token = re.compile(cell + rb"|" + other)

    @staticmethod
    @cache
    def of(prefix: bytes) -> _Patterns:
        return _Patterns(prefix)


_COLUMNS: dict[bytes, int] = {}


def _column(letters: bytes) -> int:
    """Column letters -> number, remembered."""
    col = 0
    for ch in letters:
        col = col * 26 + ch - 64
    if col > EXCEL_COLS:
        raise Unusual("column beyond the grid")
    _COLUMNS[letters] = col
    return col


@lru_cache(maxsize=4096)
def _formula_kind(attrs: bytes) -> tuple[str | None, str | None]:
    """(t, si) of an ``<f>``; a master's ``ref`` makes each attribute text distinct, but there are
    few masters and many cells that only name theirs."""
    pairs = _ATTRIBUTE.findall(attrs)
    found = {name.decode(): value.decode() for name, value in pairs}
    if len(found) < len(pairs):
        raise Unusual("repeated formula attribute")
    return found.get("t"), found.get("si")


def _decode(raw: bytes) -> str:
    """A value's or formula's text; what expat would refuse (bad UTF-8, ``]]>``, U+FFFE) is left to expat."""
    text = raw.decode()
    if "]]>" in text or (not text.isascii() and ("\ufffe" in text or "\uffff" in text)):
        raise Unusual("text expat refuses")
    return _unescape(text) if "&" in text else text


def _unescape(text: str) -> str:
    """XML's five entities and character references; anything else is for expat to judge."""
    out, count = _ENTITY.subn(_entity, text)
    if count != text.count("&"):
        raise Unusual("entity")
    return out


def _entity(match: re.Match[str]) -> str:
    name, decimal, hexadecimal = match.groups()
    if name:
        return _NAMED[name]
    code = int(decimal) if decimal else int(hexadecimal, 16)
    if not (code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD
            or 0x10000 <= code <= 0x10FFFF):
        raise Unusual("character reference")
    return chr(code)
