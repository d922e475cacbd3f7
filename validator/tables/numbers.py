"""Read numbers the way Indonesian agencies write them.

Cells hold real numbers, or text such as ``1.129.974.820``, ``76,52``,
``Rp 87.026.000,00``, ``22.05 %`` or ``2 Dokumen``. Dot and comma both serve
as thousands and decimal separators, sometimes within one workbook, so a form
that could be read two ways is reported as ambiguous rather than guessed,
and a form no convention produces (``2.036.000.00``) is reported as malformed.
"""

from __future__ import annotations

import functools
import math
import re
from datetime import date, datetime, time

from validator.model import Value
from validator.packs.vocabulary import shipped
from validator.tables.numfmt import parse_format

EXCEL_ERRORS = frozenset(
    {"#DIV/0!", "#REF!", "#VALUE!", "#N/A", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"}
)

MALFORMED = "malformed"
AMBIGUOUS = "ambiguous"
EXCEL_ERROR = "excel-error"

_NUMBER = re.compile(r"^(?P<sign>[-+−])?\s*(?P<body>\d[\d.,  ]*)(?P<rest>.*)$", re.DOTALL)
_GROUPED = re.compile(r"^\d{1,3}(?:[.]\d{3})+$|^\d{1,3}(?:,\d{3})+$")


def parse(raw: object, number_format: str | None = None, rupiah: bool = False) -> Value:
    """Parse one cell. ``rupiah`` says the column holds whole rupiah amounts,
    which settles ``1.500`` as one thousand five hundred."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return Value(raw=raw)
    if isinstance(raw, (bool, datetime, date, time)):
        return Value(text=str(raw), raw=raw)
    if isinstance(raw, (int, float)):
        return _from_number(raw, number_format)
    return _from_text(str(raw), rupiah)


def cache_key(raw: object) -> object:
    """``raw`` as a key for parsed values: -0.0 and 0.0 are equal keys but parse to different Values."""
    return repr(raw) if raw == 0 else raw


def _from_number(raw: int | float, number_format: str | None) -> Value:
    if isinstance(raw, float) and not math.isfinite(raw):
        return Value(problem=MALFORMED, raw=raw)
    code = number_format or "General"
    percent, unit, conditional = shown(code, (raw > 0) - (raw < 0))
    if conditional:
        percent, unit = parse_format(code).percent(raw), parse_format(code).unit(raw)
    number = float(raw) * 100 if percent else float(raw)
    # The stored value's own precision, not the display format's: 91.66 shown
    # as "92" was still typed as 91.66, and downstream formulas use 91.66.
    return Value(number=number, unit=unit, decimals=written_decimals(number), raw=raw)


@functools.lru_cache(maxsize=2048)
def shown(code: str, sign: int) -> tuple[bool, str | None, bool]:
    """(percent, unit, depends on the value) for a format and a sign: a workbook has few formats."""
    shown = parse_format(code)
    return shown.percent(sign), shown.unit(sign), shown.conditional


def written_decimals(number: float) -> int:
    if number.is_integer() and abs(number) < 1e15:
        return 0
    text = repr(round(number, 9))
    if "e" in text or "." not in text:
        return 0
    fraction = text.split(".")[1].rstrip("0")
    return len(fraction)


def _from_text(raw: str, rupiah: bool) -> Value:
    text = raw.strip().replace(" ", " ")
    if text.upper() in EXCEL_ERRORS:
        return Value(problem=EXCEL_ERROR, text=text.upper(), raw=raw)
    words = shipped()
    had_currency = bool(words.currency.match(text))
    rest = words.currency.sub("", text, count=1)
    if words.nil.match(rest):
        return Value(number=0.0, decimals=0, raw=raw)
    if had_currency and not rest:
        return Value(raw=raw)
    match = _NUMBER.match(rest)
    if not match:
        return Value(text=text, raw=raw)
    body = match.group("body")
    tail = match.group("rest").strip()
    unit_text, tail_problem = _unit(tail)
    body = body.strip()
    if tail_problem or (re.search(r"\d\s+[\d.,]|[.,]\s+\d", body)):
        return Value(problem=MALFORMED, text=text, raw=raw)
    if body.endswith((".", ",")):
        if body.endswith(",") and tail.startswith("-"):
            body = body[:-1]
        else:
            return Value(problem=MALFORMED, text=text, raw=raw)
    # a unit that may not have decimals counts things: "1.000 korban" is one thousand, not one
    whole = rupiah or had_currency or (unit_text is not None and unit_text.casefold() not in words.fractional_units)
    number, decimals, problem = _digits(body, whole)
    if problem:
        return Value(problem=problem, text=text, unit=unit_text, raw=raw)
    assert number is not None
    if match.group("sign") in {"-", "−"}:
        number = -number
    return Value(number=number, unit=unit_text, decimals=decimals, raw=raw)


def _unit(tail: str) -> tuple[str | None, bool]:
    tail = tail.strip()
    if tail in {"", ",-", "-"}:
        return None, False
    if re.search(r"\d", tail):
        return None, True
    return tail, False


def _digits(body: str, whole: bool) -> tuple[float | None, int, str | None]:
    """Decide which separator is the decimal one; ``whole`` means rupiah."""
    if body.isdigit():
        return float(body), 0, None
    dots, commas = body.count("."), body.count(",")
    if dots and commas:
        decimal_sep = "," if body.rfind(",") > body.rfind(".") else "."
        group_sep = "." if decimal_sep == "," else ","
        whole_part, _, fraction = body.rpartition(decimal_sep)
        if decimal_sep in whole_part or not _grouped(whole_part, group_sep) or not fraction.isdigit():
            return None, 0, MALFORMED
        return _join(whole_part.replace(group_sep, ""), fraction)
    sep = "." if dots else ","
    parts = body.split(sep)
    if any(not part.isdigit() for part in parts):
        return None, 0, MALFORMED
    if len(parts) > 2:
        if _grouped(body, sep):
            return float(body.replace(sep, "")), 0, None
        return None, 0, MALFORMED
    whole_part, fraction = parts
    if len(fraction) == 3 and len(whole_part) <= 3 and whole_part != "0":
        if whole:
            return float(whole_part + fraction), 0, None
        return None, 0, AMBIGUOUS
    if whole and len(fraction) > 2:
        return None, 0, MALFORMED
    return _join(whole_part, fraction)


def _grouped(text: str, sep: str) -> bool:
    if text.isdigit():
        return True
    pattern = r"^\d{1,3}(?:" + re.escape(sep) + r"\d{3})+$"
    return re.match(pattern, text) is not None


def _join(whole_part: str, fraction: str) -> tuple[float, int, None]:
    return float(f"{whole_part}.{fraction}"), len(fraction), None
