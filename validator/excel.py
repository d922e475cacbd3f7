"""What Excel itself defines and every stage needs: column letters, the built-in number
formats, which formats show dates, the two date epochs.

openpyxl has all of these, but importing any part of it loads the whole package (its
workbook model, and numpy): some 0.2 s, most of ``periksa check``'s start-up, for a handful
of definitions. openpyxl stays the tool where a file needs it (computing a date, shifting a
shared formula, writing an annotated copy); ``tests/test_startup.py`` holds these to
openpyxl's answers, every column and every built-in format.
"""

from __future__ import annotations

import functools
import re
from datetime import datetime

#: The last column a letter name reaches (ZZZ); Excel's grid ends before it, at XFD.
LAST_LETTERED = 18_278

CALENDAR_WINDOWS_1900 = datetime(1899, 12, 30)
CALENDAR_MAC_1904 = datetime(1904, 1, 1)

#: ECMA-376 Part 1, 18.8.30: the formats an ``xf`` may use by number without declaring them.
BUILTIN_FORMATS: dict[int, str] = {
    0: "General",
    1: "0",
    2: "0.00",
    3: "#,##0",
    4: "#,##0.00",
    5: '"$"#,##0_);("$"#,##0)',
    6: '"$"#,##0_);[Red]("$"#,##0)',
    7: '"$"#,##0.00_);("$"#,##0.00)',
    8: '"$"#,##0.00_);[Red]("$"#,##0.00)',
    9: "0%",
    10: "0.00%",
    11: "0.00E+00",
    12: "# ?/?",
    13: "# ??/??",
    14: "mm-dd-yy",
    15: "d-mmm-yy",
    16: "d-mmm",
    17: "mmm-yy",
    18: "h:mm AM/PM",
    19: "h:mm:ss AM/PM",
    20: "h:mm",
    21: "h:mm:ss",
    22: "m/d/yy h:mm",
    37: "#,##0_);(#,##0)",
    38: "#,##0_);[Red](#,##0)",
    39: "#,##0.00_);(#,##0.00)",
    40: "#,##0.00_);[Red](#,##0.00)",
    41: r'_(* #,##0_);_(* \(#,##0\);_(* "-"_);_(@_)',
    42: r'_("$"* #,##0_);_("$"* \(#,##0\);_("$"* "-"_);_(@_)',
    43: r'_(* #,##0.00_);_(* \(#,##0.00\);_(* "-"??_);_(@_)',
    44: r'_("$"* #,##0.00_)_("$"* \(#,##0.00\)_("$"* "-"??_)_(@_)',
    45: "mm:ss",
    46: "[h]:mm:ss",
    47: "mmss.0",
    48: "##0.0E+0",
    49: "@",
}

#: Quoted text, and bracketed parts other than elapsed [h], [m], [s] (colours, locales, conditions).
_NOT_DATE_PARTS = re.compile(r'".*?"|\[(?!hh?\]|mm?\]|ss?\])[^\]]*\]')
_DATE_CODE = re.compile(r"(?<![_\\])[dmhysDMHYS]")


def is_date_format(fmt: str | None) -> bool:
    """Whether a number format shows a date or time (its first section, as Excel decides)."""
    if fmt is None:
        return False
    return _DATE_CODE.search(_NOT_DATE_PARTS.sub("", fmt.split(";")[0])) is not None


@functools.cache
def get_column_letter(col: int) -> str:
    """3 -> 'C', 28 -> 'AB'."""
    if not 1 <= col <= LAST_LETTERED:
        raise ValueError(f"Invalid column index {col}")
    letters = ""
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@functools.cache
def column_index_from_string(letters: str) -> int:
    """'AB' -> 28, in either case."""
    text = letters.upper()
    if not (1 <= len(text) <= 3 and text.isascii() and text.isalpha()):
        raise ValueError(f"{letters} is not a valid column name")
    index = 0
    for letter in text:
        index = index * 26 + ord(letter) - 64
    return index
