"""What the web exporters' "Excel" files share: telling them apart, and naming their sheets.

e-monev and SIPD tools send HTML tables or XML Spreadsheet 2003 under an
``.xls`` name; Excel opens both. The kind is told from the bytes, never
from the name, so the same rules apply to ``.xls``, ``.htm`` and ``.xml``.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable
from pathlib import Path

#: How much of the start of a file the sniffer looks at.
SNIFF_BYTES = 64 * 1024
SPREADSHEET_NS = b"urn:schemas-microsoft-com:office:spreadsheet"
HTML_MARKERS = (b"<html", b"<table", b"<!doctype html", b"<body", b"<thead", b"<tbody", b"<tr")
EXCEL_HTML_MARKS = (b"urn:schemas-microsoft-com:office:excel", b"mso-", b"excel.sheet", b"vnd.ms-excel")
XML_START = re.compile(rb"^(?:<\?xml|<!--|<[A-Za-z_][\w.:-]*[\s>/])")
#: Sheet names Excel refuses characters of; it also caps them at 31 characters.
SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
MAX_SHEET_NAME = 31

#: Excel's named number formats (SpreadsheetML ``ss:Format``, HTML ``mso-number-format``) as format codes.
NAMED_FORMATS = {
    "general": "General",
    "general number": "General",
    "general date": "m/d/yyyy h:mm",
    "short date": "m/d/yyyy",
    "medium date": "d-mmm-yy",
    "long date": "dddd, mmmm d, yyyy",
    "short time": "h:mm",
    "medium time": "h:mm AM/PM",
    "long time": "h:mm:ss",
    "fixed": "0.00",
    "standard": "#,##0.00",
    "percent": "0.00%",
    "scientific": "0.00E+00",
    "currency": "$#,##0.00_);($#,##0.00)",
    "euro currency": "[$€-2] #,##0.00",
    "yes/no": '"Yes";"Yes";"No"',
    "true/false": '"True";"True";"False"',
    "on/off": '"On";"On";"Off"',
}


def sniff(head: bytes) -> str:
    """"spreadsheetml", "html", "xml" (some other XML) or "" (none of these), from a file's first bytes."""
    text = _ascii_view(head[:SNIFF_BYTES])
    body = text.lstrip(b" \t\r\n")
    lowered = body.lower()
    if SPREADSHEET_NS in body and (b"<workbook" in lowered or b":workbook" in lowered):
        return "spreadsheetml"
    if any(marker in lowered for marker in HTML_MARKERS):
        return "html"
    if XML_START.match(body):
        return "xml"
    return ""


def excel_export(path: Path) -> bool:
    """A web page or XML file written for Excel: SpreadsheetML, or HTML that names Excel (its XML
    namespace, ``mso-`` styles, ``ProgId Excel.Sheet``), as e-monev downloads do and reports do not."""
    try:
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError:
        return False
    kind = sniff(head)
    lowered = _ascii_view(head).lower()
    return kind == "spreadsheetml" or (kind == "html" and any(mark in lowered for mark in EXCEL_HTML_MARKS))


def _ascii_view(head: bytes) -> bytes:
    """The bytes as ASCII-compatible text: UTF-16 exports (BOM or not) are decoded first."""
    if head.startswith(codecs.BOM_UTF8):
        return head[3:]
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return head[2:].decode(codec, "replace").encode("utf-8", "replace")
    if head.startswith(b"<\x00"):
        return head.decode("utf-16-le", "replace").encode("utf-8", "replace")
    if head.startswith(b"\x00<"):
        return head.decode("utf-16-be", "replace").encode("utf-8", "replace")
    return head


def sheet_name(candidate: str | None, taken: Iterable[str], fallback: str) -> str:
    """A sheet name Excel would accept: forbidden characters dropped, at most 31 characters,
    and unique (case-insensitively) by Excel's own " (2)" suffix."""
    base = " ".join(SHEET_NAME_FORBIDDEN.sub(" ", candidate or "").split()).strip("'")[:MAX_SHEET_NAME]
    if not base:
        base = " ".join(SHEET_NAME_FORBIDDEN.sub(" ", fallback).split()).strip("'")[:MAX_SHEET_NAME] or "Sheet1"
    used = {name.casefold() for name in taken}
    name, number = base, 1
    while name.casefold() in used:
        number += 1
        suffix = f" ({number})"
        name = base[: MAX_SHEET_NAME - len(suffix)] + suffix
    return name


def format_code(raw: str | None) -> str:
    """A number format as Excel would store it: named formats resolved, ``\\@`` is text (``@``)."""
    if raw is None:
        return "General"
    text = raw.strip()
    if not text:
        return "General"
    return NAMED_FORMATS.get(text.casefold(), text)
