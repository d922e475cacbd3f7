"""Read what an Excel number format says about a number: is it shown as a percentage, and
what unit text does it print beside it.

Formats are parsed by their grammar, not searched for characters: ``0.00%`` multiplies by
100, but ``0"%"`` and LibreOffice's rewrite of it, ``0\\%``, only print a percent sign after
the number as stored. Sections (``pos;neg;zero;text``), quoted literals, backslash escapes,
bracketed colours, conditions and currencies (``[Red]``, ``[>=100]``, ``[$Rp-421]``), fill
(``*``) and padding (``_``) characters all follow ECMA-376 Part 1, 18.8.31.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

_CONDITION = re.compile(r"^\[(<=|>=|<>|<|>|=)\s*(-?[\d.]+)\]")
#: characters Excel prints as they are without quotes
_LITERAL_CHARS = set("$-+/():!^&'~{}<>= ")


@dataclass(frozen=True)
class Section:
    percent: bool
    literal: str
    condition: tuple[str, float] | None = None


@dataclass(frozen=True)
class NumberFormat:
    sections: tuple[Section, ...]

    def section(self, value: float) -> Section:
        """The section Excel uses for ``value``: conditions first, else pos;neg;zero."""
        numeric = self.sections[:3]
        if any(s.condition for s in numeric):
            for candidate in numeric:
                if candidate.condition is None or _holds(candidate.condition, value):
                    return candidate
            return numeric[-1]
        if value < 0 and len(numeric) >= 2:
            return numeric[1]
        if value == 0 and len(numeric) >= 3:
            return numeric[2]
        return numeric[0]

    @property
    def conditional(self) -> bool:
        """Whether the section depends on more than the value's sign (``[>=100]``)."""
        return any(s.condition for s in self.sections[:3])

    def percent(self, value: float) -> bool:
        return self.section(value).percent

    def unit(self, value: float) -> str | None:
        """The words printed beside the number (``%``, ``persen``, ``Rp``), if any."""
        return self.section(value).literal or None


def _holds(condition: tuple[str, float], value: float) -> bool:
    op, bound = condition
    return {"<": value < bound, "<=": value <= bound, ">": value > bound, ">=": value >= bound,
            "=": value == bound, "<>": value != bound}[op]


@functools.lru_cache(maxsize=512)
def parse_format(code: str) -> NumberFormat:
    """Split into sections and read each; a workbook has few distinct formats, hence the cache."""
    sections = tuple(_section(text) for text in _split_sections(code or "General"))
    return NumberFormat(sections or (Section(False, ""),))


def _split_sections(code: str) -> list[str]:
    out, current, quoted, index = [], [], False, 0
    while index < len(code):
        char = code[index]
        if char == "\\" and not quoted and index + 1 < len(code):
            current.append(code[index : index + 2])
            index += 2
            continue
        if char == '"':
            quoted = not quoted
        if char == ";" and not quoted:
            out.append("".join(current))
            current = []
        else:
            current.append(char)
        index += 1
    out.append("".join(current))
    return out


def _section(text: str) -> Section:
    percent, literal, condition = False, [], None
    index = 0
    while index < len(text):
        char = text[index]
        if char == '"':
            end = text.find('"', index + 1)
            end = len(text) if end < 0 else end
            literal.append(text[index + 1 : end])
            index = end + 1
        elif char == "\\":
            literal.append(text[index + 1 : index + 2])
            index += 2
        elif char in "_*":
            index += 2  # padding to a character's width, or fill with it: prints nothing of its own
        elif char == "[":
            end = text.find("]", index)
            end = len(text) - 1 if end < 0 else end
            bracket = text[index : end + 1]
            if bracket.startswith("[$"):
                literal.append(bracket[2:-1].split("-")[0])
            elif match := _CONDITION.match(bracket):
                condition = (match.group(1), float(match.group(2)))
            index = end + 1
        elif char == "%":
            percent = True
            index += 1
        elif char in _LITERAL_CHARS:
            literal.append(char)
            index += 1
        elif text[index:].lower().startswith("general"):
            index += len("general")
        else:
            index += 1
    words = re.sub(r"\s+", " ", "".join(literal)).strip(" -+/():!^&'~{}<>=$")
    return Section(percent, words or ("%" if percent else ""), condition)
