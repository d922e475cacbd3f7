"""Open a workbook and hand on its sheets as plain grids.

Every way a file can fail to open ends here as one ReadError with a
sentence a clerk can act on; nothing downstream sees openpyxl. Files are
only ever opened for reading, and the raw bytes pass the guards in
``safety`` before any XML parser runs (see docs/security.md).
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.parsers import expat

from validator.read.cellstyles import SheetLooks, ods_looks, xls_looks
from validator.read.grid import RawCell, Sheet, Style
from validator.read.safety import (
    DEFAULT_LIMITS,
    ZIP_ERRORS,
    Limits,
    ReadError,
    check_ods_grid,
    check_xml_bytes,
    check_zip,
)
from validator.read.spreadsheetml import read_spreadsheetml
from validator.read.webexport import SNIFF_BYTES, sniff
from validator.read.xlsx import read_xlsx

__all__ = ["Limits", "RawCell", "ReadError", "Sheet", "Workbook", "read"]

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
#: Excel's built-in password for "encrypted" files that only carry write protection.
EXCEL_DEFAULT_PASSWORD = "VelvetSweatshop"
MAX_ENCRYPTION_INFO = 1024 * 1024

#: What the parsers (the streaming reader, expat, openpyxl's formula translator, calamine's
#: Python side) raise on a damaged file; ValueError covers a refused DTD.
PARSE_ERRORS = (
    *ZIP_ERRORS, KeyError, OSError, ValueError, TypeError, AttributeError, IndexError, LookupError, SyntaxError,
    EOFError, NotImplementedError, RuntimeError, OverflowError, AssertionError, ArithmeticError,
)


@dataclass
class Workbook:
    path: str
    sheets: list[Sheet]
    #: Catalogue keys (with params) the caller should show as notes, e.g. "values only".
    notes: list[tuple[str, dict[str, object]]] = field(default_factory=list)


def read(path: Path, password: str | None = None, limits: Limits | None = None) -> Workbook:
    """Read cached values, formulas, number formats, bold and merges.

    ``password`` opens an encrypted workbook (decrypted in memory only);
    ``limits`` overrides the zip-bomb/XML limits of ``safety.DEFAULT_LIMITS``.
    """
    limits = limits or DEFAULT_LIMITS
    path = Path(path)
    display = str(path)
    if path.suffix.lower() == ".csv":
        return _read_csv(path, display, limits)
    head = _precheck(path, limits)
    source: str | IO[bytes] = str(path)
    if head == OLE_MAGIC:
        decrypted, kind = _open_ole(path, display, password)
        if kind == "xls":
            return _read_calamine(decrypted or str(path), display, "xls")
        source = decrypted or source
    elif not head.startswith(b"PK"):
        return _read_markup(path, display, limits)
    names = check_zip(source, display, limits)
    lowered = {name.lower() for name in names}
    if "[content_types].xml" not in lowered:
        if "mimetype" in lowered and _zip_member(source, "mimetype").startswith(ODS_MIMETYPE):
            check_ods_grid(source, display, limits)
            return _read_calamine(source, display, "ods")
        raise ReadError("file-not-workbook", path=display)
    if "xl/workbook.bin" in lowered:
        raise ReadError("file-xlsb", path=display)
    return _read_xlsx(source, display)


def _precheck(path: Path, limits: Limits) -> bytes:
    """Existence, kind and size, from the first bytes only."""
    try:
        if not path.exists():
            raise ReadError("file-not-found", path=str(path))
        if path.is_dir():
            raise ReadError("file-is-folder", path=str(path))
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise ReadError("file-unreadable", path=str(path), detail=exc.strerror or type(exc).__name__) from None
    if not head:
        raise ReadError("file-empty", path=str(path))
    if size > limits.max_file_size:
        raise ReadError("file-too-large", path=str(path), size=f"{size / 2**20:.0f}",
                        limit=f"{limits.max_file_size / 2**20:.0f}")
    return head


def _read_markup(path: Path, display: str, limits: Limits) -> Workbook:
    """What web exporters call .xls: an HTML table or XML Spreadsheet 2003, told by the bytes."""
    with path.open("rb") as handle:
        kind = sniff(handle.read(SNIFF_BYTES))
    if kind == "xml":
        raise ReadError("file-xml-not-spreadsheet", path=display)
    if kind not in ("html", "spreadsheetml"):
        raise ReadError(_not_workbook_key(path), path=display)
    try:
        if kind == "spreadsheetml":
            return Workbook(display, read_spreadsheetml(path, display, limits), [("file-read-as-spreadsheetml", {})])
        from validator.read.html_tables import read_html

        sheets = read_html(path, display, limits)
    except PARSE_ERRORS as exc:
        raise ReadError("file-corrupt", path=display, detail=_detail(exc)) from None
    except RecursionError:
        raise ReadError("file-corrupt", path=display, detail="nesting too deep") from None
    if not sheets:
        raise ReadError("file-html-no-table", path=display)
    return Workbook(display, sheets, [("file-read-as-html", {"tables": len(sheets)})])


def _not_workbook_key(path: Path) -> str:
    """Name what the file really is when that helps: HTML and CSV posing as .xls are common exports."""
    try:
        with path.open("rb") as handle:
            head = handle.read(2048)
    except OSError:
        return "file-not-workbook"
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith(b"%pdf"):
        return "file-is-pdf"
    if lowered.startswith((b"<!doctype html", b"<html", b"<table", b"<?xml")) or b"<html" in lowered:
        return "file-is-html"
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:  # not just a character cut off at the end of the sample
            return "file-not-workbook"
        text = head[: exc.start].decode("utf-8")
    if text and all(ch.isprintable() or ch in "\r\n\t" for ch in text):
        return "file-is-text"
    return "file-not-workbook"


def _open_ole(path: Path, display: str, password: str | None) -> tuple[io.BytesIO | None, str]:
    """Sort an OLE file into encrypted .xlsx, (encrypted) .xls or not-a-workbook.

    Returns the decrypted bytes (or None when not encrypted) and "xlsx"/"xls".
    Decryption happens in memory only; the file on disk is never touched.
    """
    import msoffcrypto
    from msoffcrypto import exceptions as crypto_errors

    try:
        with path.open("rb") as handle:
            data = io.BytesIO(handle.read())
        office = msoffcrypto.OfficeFile(data)
        kind = type(office).__name__
        if kind == "OOXMLFile":
            _check_encryption_info(data, display)
            data.seek(0)
            office = msoffcrypto.OfficeFile(data)
        elif kind != "Xls97File":
            raise ReadError("file-not-workbook", path=display)
        encrypted = office.is_encrypted()
    except ReadError:
        raise
    except (crypto_errors.FileFormatError, crypto_errors.ParseError, OSError, ValueError, KeyError,
            IndexError, TypeError, AttributeError, EOFError, NotImplementedError, RuntimeError) as exc:
        if _looks_like_xls(path):
            raise ReadError("file-corrupt", path=display, detail=type(exc).__name__) from None
        raise ReadError("file-not-workbook", path=display) from None
    fmt = "xlsx" if kind == "OOXMLFile" else "xls"
    if not encrypted:
        if fmt == "xlsx":
            raise ReadError("file-not-workbook", path=display)
        return None, fmt
    for attempt in ([password] if password is not None else [EXCEL_DEFAULT_PASSWORD]):
        out = io.BytesIO()
        try:
            data.seek(0)
            office = msoffcrypto.OfficeFile(data)
            office.load_key(password=attempt)
            office.decrypt(out)
        except crypto_errors.InvalidKeyError:
            continue
        except (crypto_errors.DecryptionError, crypto_errors.ParseError, crypto_errors.FileFormatError,
                OSError, ValueError, KeyError, IndexError, TypeError, AttributeError, AssertionError,
                EOFError, NotImplementedError, RuntimeError) as exc:
            if password is None:
                break
            raise ReadError("file-encrypted-unsupported", path=display, detail=type(exc).__name__) from None
        out.seek(0)
        return out, fmt
    if password is None:
        raise ReadError("file-encrypted", path=display)
    raise ReadError("file-wrong-password", path=display)


def _check_encryption_info(data: io.BytesIO, display: str) -> None:
    """msoffcrypto parses the EncryptionInfo XML with minidom: refuse DTDs there too."""
    import olefile

    data.seek(0)
    with olefile.OleFileIO(data) as ole:
        if not ole.exists("EncryptionInfo"):
            return
        if ole.get_size("EncryptionInfo") > MAX_ENCRYPTION_INFO:
            raise ReadError("file-corrupt", path=display, detail="EncryptionInfo too large")
        blob = ole.openstream("EncryptionInfo").read()
    check_xml_bytes(blob, "EncryptionInfo", display)


def _looks_like_xls(path: Path) -> bool:
    return path.suffix.lower() == ".xls"


def _zip_member(source: str | IO[bytes], name: str) -> bytes:
    """A small member (already size-checked by check_zip); only the first bytes matter."""
    if not isinstance(source, str):
        source.seek(0)
    with zipfile.ZipFile(source) as archive:
        match = next(n for n in archive.namelist() if n.lower() == name)
        with archive.open(match) as handle:
            return handle.read(256)


def _read_xlsx(source: str | IO[bytes], display: str) -> Workbook:
    try:
        with zipfile.ZipFile(_rewind(source)) as archive:
            sheets = read_xlsx(archive)
    except zipfile.BadZipFile:
        raise ReadError("file-not-workbook", path=display) from None
    except KeyError as exc:
        raise ReadError("file-missing-part", path=display, part=str(exc).strip("'\"")[:200]) from None
    except expat.ExpatError as exc:
        raise ReadError("file-corrupt", path=display, detail=f"XML: {expat.ErrorString(exc.code)}") from None
    except PARSE_ERRORS as exc:
        raise ReadError("file-corrupt", path=display, detail=_detail(exc)) from None
    except RecursionError:
        raise ReadError("file-corrupt", path=display, detail="nesting too deep") from None
    return Workbook(display, sheets)


def _rewind(source: str | IO[bytes]) -> str | IO[bytes]:
    if not isinstance(source, str):
        source.seek(0)
    return source


def _detail(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc).strip() else ""
    return (f"{type(exc).__name__}: {text}" if text else type(exc).__name__)[:200]


def _read_calamine(source: str | IO[bytes], display: str, fmt: str) -> Workbook:
    """Values of .xls and .ods via python-calamine, with number formats, bold and merges from
    a second, lighter pass (``cellstyles``); formulas are not read.

    calamine is Rust: a damaged file may surface as a Rust panic, which
    pyo3 raises as a BaseException subclass, hence the explicit catch.
    """
    try:
        import python_calamine
    except ImportError:
        raise ReadError("file-legacy-xls" if fmt == "xls" else "file-unsupported", path=display) from None
    try:
        book = python_calamine.CalamineWorkbook.from_filelike(_rewind(source)) if not isinstance(source, str) \
            else python_calamine.CalamineWorkbook.from_path(source)
        metas = [meta for meta in book.sheets_metadata if meta.typ == python_calamine.SheetTypeEnum.WorkSheet]
        sheets = [_calamine_sheet(book.get_sheet_by_name(meta.name), meta) for meta in metas]
    except python_calamine.PasswordError:
        raise ReadError("file-encrypted", path=display) from None
    except (python_calamine.CalamineError, *PARSE_ERRORS) as exc:
        raise ReadError("file-corrupt", path=display, detail=_detail(exc)) from None
    except BaseException as exc:
        # pyo3 turns a Rust panic into PanicException, a BaseException it
        # creates lazily (so it cannot be named here); anything else goes on.
        if type(exc).__name__ != "PanicException":
            raise
        raise ReadError("file-corrupt", path=display, detail="calamine panic") from None
    notes: list[tuple[str, dict[str, object]]] = [("file-values-only", {"format": fmt.upper()})]
    try:
        looks = (ods_looks if fmt == "ods" else xls_looks)(_rewind(source))
    except (expat.ExpatError, *PARSE_ERRORS) as exc:
        notes.append(("file-looks-unread", {"format": fmt.upper(), "detail": _detail(exc)}))
        looks = {}
    for sheet in sheets:
        _apply_looks(sheet, looks.get(sheet.name))
    return Workbook(display, sheets, notes)


def _calamine_sheet(sheet: object, meta: object) -> Sheet:
    """calamine gives a sheet's used range (``start``, ``end``) and rows that may or may not be
    padded from A1 (it differs by version and axis): the count of what it yields says which."""
    import python_calamine

    (first_row, first_col), (last_row, last_col) = sheet.start or (0, 0), sheet.end or (0, 0)  # type: ignore[attr-defined]
    rows = sheet.to_python(skip_empty_area=False)  # type: ignore[attr-defined]
    row_offset = first_row if len(rows) == last_row - first_row + 1 and first_row else 0
    width = max((len(values) for values in rows), default=0)
    col_offset = first_col if width == last_col - first_col + 1 and first_col else 0
    grid = Sheet(sheet.name)  # type: ignore[attr-defined]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            if value is None or value == "":
                continue
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            grid.add(row_offset + r + 1, col_offset + c + 1, value)
    for (r1, c1), (r2, c2) in getattr(sheet, "merged_cell_ranges", None) or []:
        grid.merged.append((r1 + 1, c1 + 1, r2 + 1, c2 + 1))
    grid.hidden = meta.visible != python_calamine.SheetVisibleEnum.Visible  # type: ignore[attr-defined]
    return grid


def _apply_looks(grid: Sheet, looks: SheetLooks | None) -> None:
    """Give cells their number formats and bold; take merges calamine did not report."""
    if looks is not None:
        for (row, col), text in looks.errors.items():
            if text and grid.get(row, col) is None:
                grid.add(row, col, text)
        index: dict[Style, int] = {}
        for (row, col), style in looks.styles.items():
            found = grid.get(row, col)
            if found is None:
                continue
            if style not in index:
                index[style] = len(grid.styles)
                grid.styles.append(style)
            grid.add(row, col, found[0], style=index[style])
        if not grid.merged:
            grid.merged.extend(looks.merged)
    grid.include_merges()


CSV_MAX_BYTES = 200 * 1024 * 1024


def _read_csv(path: Path, display: str, limits: Limits) -> Workbook:
    """A table exported as CSV: one sheet of text values, read like pasted cells.
    The delimiter (comma, semicolon, tab) is sniffed; Indonesian exports often use ';'."""
    if not path.is_file():
        raise ReadError("file-not-found", path=display)
    size = path.stat().st_size
    if size > CSV_MAX_BYTES:
        raise ReadError("file-too-large", path=display, size=f"{size / 2**20:.0f}",
                        limit=f"{CSV_MAX_BYTES / 2**20:.0f}")
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    if "\x00" in text:
        raise ReadError("file-not-workbook", path=display)
    try:
        dialect = csv.Sniffer().sniff(text[:20000], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    grid = Sheet(path.stem)
    try:
        for r, record in enumerate(csv.reader(io.StringIO(text), dialect), start=1):
            for c, value in enumerate(record, start=1):
                if value.strip():
                    grid.add(r, c, value.strip())
    except csv.Error as exc:
        raise ReadError("file-corrupt", path=display, detail=str(exc)[:200]) from None
    return Workbook(display, [grid], [("file-csv", {"path": display})])
