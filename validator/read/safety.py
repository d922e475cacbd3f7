"""Guards that look at a workbook's raw bytes before any parser does.

openpyxl, expat and calamine trust their input: a small file can ask them
for gigabytes (zip bombs, huge merged ranges) or smuggle in a DTD. Every
check here reads the zip directory or streams the decompressed bytes in
bounded chunks, so the guard itself cannot be made to blow up; a refusal
is a ReadError with a catalogue key like any other unreadable file.
"""

from __future__ import annotations

import codecs
import lzma
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

MB = 1024 * 1024

#: Defaults for :class:`Limits`; change them here or pass ``Limits(...)`` to ``reader.read``.
MAX_FILE_SIZE = 500 * MB
MAX_TOTAL_UNCOMPRESSED = 500 * MB
MAX_RATIO = 200
RATIO_MIN_SIZE = 10 * MB
MAX_ENTRIES = 10_000
#: Cells (``<c>`` elements) in one workbook. The one count an honest file reaches (a provincial
#: T-C.29 of 100,000 rows holds 2.8 million), so the user may raise it (``--max-cells``,
#: ``max_cells`` in periksa.yaml); a row of cells costs the reader about 200 bytes of memory each.
MAX_CELLS = 5_000_000
#: XML start tags per allowed cell: a cell is 2 or 3 (c, v, f, is/t), rows and shared strings add
#: a little; what grows past this is no spreadsheet.
ELEMENTS_PER_CELL = 8
#: Unpacked bytes per allowed cell (a cell with a formula and a style is about 80 bytes of XML).
BYTES_PER_CELL = 100
MAX_ELEMENTS = ELEMENTS_PER_CELL * MAX_CELLS
MAX_RANGE_CELLS = 1_000_000
MAX_GRID_CELLS = 10_000_000
MAX_MARKUP_SIZE = 100 * MB
MAX_DEPTH = 256

EXCEL_ROWS = 1_048_576
EXCEL_COLS = 16_384
CHUNK = 1 * MB
OVERLAP = 4096

#: Declared XML encodings in which "<!DOCTYPE" is plain ASCII, so the byte scan sees it.
ASCII_COMPATIBLE = re.compile(r"(utf-?8|us-ascii|ascii|iso[-_]?8859-\d+|latin-?\d|windows-125\d|cp125\d|utf-?16)$")

DTD = re.compile(rb"<!(?i:doctype|entity)")
DTD_TEXT = re.compile(r"<!(?i:doctype|entity)")
DECLARED_ENCODING = re.compile(rb"""^<\?xml[^>]{0,200}?encoding\s*=\s*["']([^"']{1,40})["']""")
RANGE_REF = re.compile(
    rb"""<(?:[\w.-]+:)?(?:mergeCell|hyperlink)\b[^>]{0,2000}?\sref\s*=\s*["']([^"']{1,64})["']"""
)
RANGE_REF_TEXT = re.compile(RANGE_REF.pattern.decode())
CELL_REF = re.compile(r"^\$?([A-Za-z]{0,3})\$?(\d{0,7})$")


class ReadError(Exception):
    """The file cannot be checked; the text says why, in the catalogue's key.

    It lives here so the guards can raise it; ``reader`` re-exports it.
    """

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


@dataclass(frozen=True)
class Limits:
    """How much a file may ask of us before it is refused unopened."""

    max_file_size: int = MAX_FILE_SIZE
    max_total_uncompressed: int = MAX_TOTAL_UNCOMPRESSED
    max_ratio: float = MAX_RATIO
    ratio_min_size: int = RATIO_MIN_SIZE
    max_entries: int = MAX_ENTRIES
    max_cells: int = MAX_CELLS
    max_elements: int = MAX_ELEMENTS
    max_range_cells: int = MAX_RANGE_CELLS
    #: Bounding box of filled cells in an .ods sheet; calamine allocates it densely.
    max_grid_cells: int = MAX_GRID_CELLS
    #: An HTML export is parsed into a tree in memory (several times its size), so it gets its own cap.
    max_markup_size: int = MAX_MARKUP_SIZE
    #: Elements nested inside each other in an HTML export (tables in tables in ...).
    max_depth: int = MAX_DEPTH

    @classmethod
    def for_cells(cls, cells: int) -> Limits:
        """The limits for workbooks of up to ``cells`` cells: what such a workbook honestly needs
        (XML elements, unpacked and file bytes, an .ods grid) grows with it, never below the
        defaults. The bomb guards that do not depend on size (compression ratio, DTDs, ranges) stay."""
        return cls(
            max_file_size=max(MAX_FILE_SIZE, BYTES_PER_CELL * cells),
            max_total_uncompressed=max(MAX_TOTAL_UNCOMPRESSED, BYTES_PER_CELL * cells),
            max_cells=cells,
            max_elements=ELEMENTS_PER_CELL * cells,
            max_grid_cells=max(MAX_GRID_CELLS, 2 * cells),
        )


DEFAULT_LIMITS = Limits()

#: Errors the stdlib zip reader raises on damaged archives (CRC, headers, methods, zip passwords).
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, struct.error, EOFError, OSError, ValueError,
              NotImplementedError, RuntimeError, OverflowError)


def _mb(size: float) -> str:
    return f"{size / MB:.0f}"


def check_zip(source: str | IO[bytes], display: str, limits: Limits = DEFAULT_LIMITS) -> list[str]:
    """Refuse bombs and DTDs; return the member names of a zip that passed.

    The directory is judged first (cheap, nothing decompressed), then every
    member is streamed once with its declared size as a hard cap (zipfile
    never yields more than the directory declares), so the time and memory
    spent here are bounded by the limits, not by the file.
    """
    try:
        with zipfile.ZipFile(source) as archive:
            infos = archive.infolist()
            _check_directory(infos, display, limits)
            totals = _Totals()
            for info in infos:
                if not info.is_dir() and info.file_size:
                    _scan_member(archive, info, display, limits, totals)
            return [info.filename for info in infos]
    except ReadError:
        raise
    except ZIP_ERRORS as exc:
        raise ReadError("file-corrupt", path=display, detail=_detail(exc)) from None


def _detail(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text}"[:200] if text else type(exc).__name__


def _check_directory(infos: list[zipfile.ZipInfo], display: str, limits: Limits) -> None:
    if len(infos) > limits.max_entries:
        raise ReadError("file-too-many-parts", path=display, count=len(infos), limit=limits.max_entries)
    total = sum(info.file_size for info in infos)
    if total > limits.max_total_uncompressed:
        raise ReadError("file-unpacked-too-large", path=display, size=_mb(total),
                        limit=_mb(limits.max_total_uncompressed))
    seen: set[str] = set()
    for info in infos:
        if info.file_size > limits.ratio_min_size:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > limits.max_ratio:
                raise ReadError("file-compression-ratio", path=display, part=info.filename,
                                ratio=f"{ratio:.0f}", limit=f"{limits.max_ratio:g}")
        # OPC part names are case-insensitive: two spellings of one part let Excel
        # and openpyxl each read a different copy, so the checked sheet need not be the shown one.
        key = info.filename.replace("\\", "/").lstrip("/").lower()
        if key in seen:
            raise ReadError("file-duplicate-part", path=display, part=info.filename)
        seen.add(key)


class _Totals:
    """Counts carried across members: cells, XML elements and cells named by merge/hyperlink ranges."""

    def __init__(self) -> None:
        self.cells = 0
        self.elements = 0
        self.range_cells = 0


def _scan_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, display: str, limits: Limits,
                 totals: _Totals) -> None:
    with archive.open(info) as handle:
        _scan_stream(handle, info.filename, display, limits, totals)


def check_xml_stream(handle: IO[bytes], part: str, display: str, limits: Limits = DEFAULT_LIMITS) -> None:
    """The zip members' guard for a bare XML file (XML Spreadsheet 2003): DTDs, encodings
    a byte scan cannot see through, and the element count, before any parser runs."""
    _scan_stream(handle, part, display, limits, _Totals())


def _scan_stream(handle: IO[bytes], part: str, display: str, limits: Limits, totals: _Totals) -> None:
    chunks = iter(lambda: handle.read(CHUNK), b"")
    first = next(chunks, b"")
    mode = _text_mode(first, part, display)
    if mode is None:
        _scan_bytes(_prepend(first, chunks), part, display, limits, totals)
    else:
        decoder = codecs.getincrementaldecoder(mode)(errors="replace")
        texts = (decoder.decode(chunk) for chunk in _prepend(first, chunks))
        _scan_text(texts, part, display, limits, totals)


def _prepend(first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    yield first
    yield from rest


def _text_mode(head: bytes, part: str, display: str) -> str | None:
    """None for ASCII-compatible bytes (scanned raw), else the codec to decode with.

    XML parsers sniff UTF-16/UTF-32/EBCDIC from the first bytes; a DTD in
    those encodings is invisible to a byte scan, so they are decoded (UTF-16)
    or refused (the rest: Excel never writes them).
    """
    if head.startswith((b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00", b"\x00\x00\x00<", b"<\x00\x00\x00")):
        raise ReadError("file-xml-encoding", path=display, part=part, encoding="UTF-32")
    if head.startswith(b"\x4c\x6f\xa7\x94"):
        raise ReadError("file-xml-encoding", path=display, part=part, encoding="EBCDIC")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if head.startswith(b"<\x00"):
        return "utf-16-le"
    if head.startswith(b"\x00<"):
        return "utf-16-be"
    body = head[3:] if head.startswith(codecs.BOM_UTF8) else head
    declared = DECLARED_ENCODING.match(body)
    if declared:
        name = declared.group(1).decode("ascii", "replace").strip().lower()
        if not ASCII_COMPATIBLE.match(name):
            raise ReadError("file-xml-encoding", path=display, part=part, encoding=name[:40])
    return None


def _scan_bytes(chunks: Iterator[bytes], part: str, display: str, limits: Limits, totals: _Totals) -> None:
    tail = b""
    for chunk in chunks:
        window = tail + chunk
        if DTD.search(window):
            raise ReadError("file-xml-dtd", path=display, part=part)
        totals.elements += chunk.count(b"<") - chunk.count(b"</")
        totals.cells += chunk.count(b"<c ") + chunk.count(b"<c>")
        if b"mergeCell" in window or b"hyperlink" in window:
            for match in RANGE_REF.finditer(window):
                if match.end() > len(tail):
                    totals.range_cells += _area(match.group(1).decode("ascii", "replace"))
        _check_totals(totals, part, display, limits)
        tail = window[-OVERLAP:]


def _scan_text(texts: Iterator[str], part: str, display: str, limits: Limits, totals: _Totals) -> None:
    tail = ""
    for text in texts:
        window = tail + text
        if DTD_TEXT.search(window):
            raise ReadError("file-xml-dtd", path=display, part=part)
        totals.elements += text.count("<") - text.count("</")
        totals.cells += text.count("<c ") + text.count("<c>")
        if "mergeCell" in window or "hyperlink" in window:
            for match in RANGE_REF_TEXT.finditer(window):
                if match.end() > len(tail):
                    totals.range_cells += _area(match.group(1))
        _check_totals(totals, part, display, limits)
        tail = window[-OVERLAP:]


def _check_totals(totals: _Totals, part: str, display: str, limits: Limits) -> None:
    if totals.cells > limits.max_cells:
        raise ReadError("file-too-many-cells", path=display, part=part, limit=limits.max_cells)
    if totals.elements > limits.max_elements:
        raise ReadError("file-too-many-elements", path=display, part=part, limit=limits.max_elements,
                        cells=limits.max_cells)
    if totals.range_cells > limits.max_range_cells:
        raise ReadError("file-range-too-large", path=display, part=part, limit=limits.max_range_cells)


def _area(ref: str) -> int:
    """Cells openpyxl will create for a merge or hyperlink range ("A1:C3", "A:A", "2:5").

    Whole rows or columns count as the full sheet extent, as that is what
    openpyxl may expand them to; anything unparsable counts as nothing
    (openpyxl then rejects it itself).
    """
    ends = ref.strip().split(":")
    if len(ends) > 2:
        return 0
    parsed = [CELL_REF.match(end) for end in ends]
    if not all(parsed):
        return 0
    cols = [_col_number(m.group(1)) for m in parsed if m]
    rows = [int(m.group(2)) if m.group(2) else 0 for m in parsed if m]
    width = EXCEL_COLS if 0 in cols else max(cols) - min(cols) + 1
    height = EXCEL_ROWS if 0 in rows else max(rows) - min(rows) + 1
    return width * height


def _col_number(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


def check_xml_bytes(data: bytes, part: str, display: str) -> None:
    """The DTD check for a lone XML blob (the EncryptionInfo of an encrypted file)."""
    mode = _text_mode(data[:4096], part, display)
    text_found = DTD_TEXT.search(data.decode(mode, "replace")) if mode else None
    if text_found or (mode is None and DTD.search(data)):
        raise ReadError("file-xml-dtd", path=display, part=part)


ODS_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
ODS_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def check_ods_grid(source: str | IO[bytes], display: str, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse an .ods whose repeated rows/cells would make calamine allocate a huge dense grid.

    ODS compresses repetition into attributes (number-rows-repeated), so a
    few bytes can describe billions of filled cells; calamine would build
    them all in Rust memory, where running out aborts the process. The
    content is streamed with defusedxml (DTDs forbidden) and only counted.
    """
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import iterparse

    if not isinstance(source, str):
        source.seek(0)
    try:
        with zipfile.ZipFile(source) as archive, archive.open("content.xml") as handle:
            _count_ods(iterparse(handle, events=("start", "end"), forbid_dtd=True), display, limits)
    except ReadError:
        raise
    except DefusedXmlException:
        raise ReadError("file-xml-dtd", path=display, part="content.xml") from None
    except KeyError:
        raise ReadError("file-missing-part", path=display, part="content.xml") from None
    except (*ZIP_ERRORS, SyntaxError) as exc:
        raise ReadError("file-corrupt", path=display, detail=_detail(exc)) from None


def _count_ods(events: Iterator[tuple[str, object]], display: str, limits: Limits) -> None:
    row = rows_repeat = col = height = width = 0
    for event, element in events:
        tag = getattr(element, "tag", "")
        attrib = getattr(element, "attrib", {})
        if tag == ODS_TABLE + "table" and event == "start":
            row = height = width = 0
        elif tag == ODS_TABLE + "table-row":
            if event == "start":
                rows_repeat, col = _repeat(attrib, "number-rows-repeated"), 0
            else:
                row += rows_repeat
                element.clear()  # type: ignore[attr-defined]
        elif tag in (ODS_TABLE + "table-cell", ODS_TABLE + "covered-table-cell") and event == "end":
            repeat = _repeat(attrib, "number-columns-repeated")
            if ODS_OFFICE + "value-type" in attrib or len(element):  # type: ignore[arg-type]
                height, width = max(height, row + rows_repeat), max(width, col + repeat)
                if height * width > limits.max_grid_cells:
                    raise ReadError("file-grid-too-large", path=display, limit=limits.max_grid_cells)
            col += repeat


def _repeat(attrib: object, name: str) -> int:
    raw = attrib.get(ODS_TABLE + name, "1")  # type: ignore[attr-defined]
    return int(raw) if raw.isdigit() and len(raw) < 10 else 1
