"""A cell's value shown the way Excel shows it, from its number format.

The web page draws the agency's own sheet, so ``300`` formatted
``#,##0 "orang"`` must read ``300 orang`` and ``0.7652`` formatted ``0.00%``
must read ``76,52%``. This covers what planning workbooks use (sections,
quoted text, thousands, decimals, percent, currency tags, dates); anything
stranger falls back to the plain number rather than a wrong one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

SEPARATORS = {"id": (".", ","), "en": (",", ".")}
_DATE_CODES = re.compile(r"[dmyhs]", re.IGNORECASE)
_EPOCH = dt.datetime(1899, 12, 30)


@dataclass(frozen=True)
class _Section:
    """One ``;`` part of a format: literal text around one number placeholder."""

    before: str
    after: str
    decimals: int
    grouping: bool
    percent: bool
    scale: int
    has_number: bool
    date: bool


def display(value: object, number_format: str, lang: str = "id") -> str:
    """The text a reader sees in the cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%d/%m/%Y")
    if not isinstance(value, int | float):
        return str(value)
    sections = _split(number_format or "General")
    if not sections or sections[0].strip().lower() == "general":
        return _general(value, lang)
    index, number = 0, float(value)
    if number < 0 and len(sections) > 1:
        index, number = 1, -number
    elif number == 0 and len(sections) > 2:
        index = 2
    try:
        section = _parse(sections[index])
    except ValueError:
        return _general(value, lang)
    if section.date:
        return _date(number)
    if not section.has_number:
        return section.before + section.after
    if section.percent:
        number *= 100
    number /= 1000 ** section.scale
    sign = "-" if number < 0 and index == 0 and round(number, section.decimals) != 0 else ""
    return f"{section.before}{sign}{_fixed(abs(number), section.decimals, section.grouping, lang)}{section.after}"


def _general(value: float, lang: str) -> str:
    if isinstance(value, float) and not value.is_integer():
        text = f"{value:.10g}"
        if "e" in text:
            return text
        return text.replace(".", SEPARATORS.get(lang, SEPARATORS["id"])[1])
    return str(int(value))


def _fixed(number: float, decimals: int, grouping: bool, lang: str) -> str:
    thousands, point = SEPARATORS.get(lang, SEPARATORS["id"])
    text = f"{number:,.{decimals}f}" if grouping else f"{number:.{decimals}f}"
    return text.replace(",", "\0").replace(".", point).replace("\0", thousands)


def _date(serial: float) -> str:
    try:
        return (_EPOCH + dt.timedelta(days=serial)).strftime("%d/%m/%Y")
    except OverflowError:
        return str(serial)


def _split(fmt: str) -> list[str]:
    """Sections at ``;`` outside quotes and brackets."""
    parts, current, quoted, bracket = [], [], False, False
    escape = False
    for ch in fmt:
        if escape:
            current.append(ch)
            escape = False
            continue
        if ch == "\\" and not quoted:
            escape = True
        elif ch == '"':
            quoted = not quoted
        elif ch == "[" and not quoted:
            bracket = True
        elif ch == "]" and not quoted:
            bracket = False
        elif ch == ";" and not quoted and not bracket:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return parts


def _parse(section: str) -> _Section:
    """Literal text before and after the number; the number's shape."""
    before: list[str] = []
    after: list[str] = []
    digits: list[str] = []
    percent = date = False
    i = 0
    while i < len(section):
        ch = section[i]
        target = after if digits else before
        if ch == '"':
            end = section.find('"', i + 1)
            if end < 0:
                raise ValueError(section)
            target.append(section[i + 1:end])
            i = end + 1
            continue
        if ch == "\\" and i + 1 < len(section):
            target.append(section[i + 1])
            i += 2
            continue
        if ch == "[":
            end = section.find("]", i)
            if end < 0:
                raise ValueError(section)
            tag = section[i + 1:end]
            if tag.startswith("$"):
                target.append(tag[1:].split("-")[0])
            i = end + 1
            continue
        if ch in "_*":
            if ch == "_":
                target.append(" ")
            i += 2
            continue
        if ch in "0#?.," and (not after or ch != ","):
            if after and ch in "0#?":
                raise ValueError(section)  # two numbers in one section: fractions, phone formats
            digits.append(ch)
        elif ch == "%":
            percent = True
            target.append("%")
        elif ch == "@":
            pass
        elif _DATE_CODES.match(ch) or ch.lower() == "e":
            if ch.lower() == "e" and digits:
                raise ValueError(section)  # scientific: the plain number is clearer than a guess
            date = True
        else:
            target.append(ch)
        i += 1
    shape = "".join(digits)
    integer, _, fraction = shape.partition(".")
    scale = len(integer) - len(integer.rstrip(","))
    return _Section(
        before="".join(before), after="".join(after),
        decimals=sum(1 for c in fraction if c in "0#?"),
        grouping="," in integer.rstrip(","), percent=percent, scale=scale,
        has_number=any(c in "0#?" for c in shape), date=date and not shape,
    )
