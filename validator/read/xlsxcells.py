"""What both .xlsx sheet readers (the regex scanner and the expat fallback) do to a cell alike:
typing its text as openpyxl does, expanding shared formulas, and A1 coordinates."""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING

from validator.read.formulas_eval import RowTemplate
from validator.read.safety import EXCEL_COLS, EXCEL_ROWS

if TYPE_CHECKING:
    from openpyxl.formula.translate import Translator


def typed_value(kind: str, raw: str) -> object:
    """A non-empty ``<v>`` of any type but number and shared string (the readers' hot paths)."""
    if kind == "n":
        return number(raw)
    if kind == "b":
        return raw.strip() in ("1", "true")
    if kind == "d":
        from openpyxl.utils.datetime import from_ISO8601  # openpyxl only for a file that needs it (start-up)

        return from_ISO8601(raw)
    return raw  # "str" (a formula's text result), "e" (an error value such as #DIV/0!), unknown types


def number(text: str) -> int | float:
    """As openpyxl casts: integers stay int, anything with a point or exponent is a float."""
    if "." in text or "E" in text or "e" in text:
        return float(text)
    try:
        return int(text)
    except ValueError:
        return float(text)


def excel_date(value: float, epoch: datetime) -> object:
    from openpyxl.utils.datetime import from_excel

    try:
        return from_excel(value, epoch)
    except (OverflowError, ValueError):
        return "#VALUE!"


class SharedFormulas:
    """``<f t="shared" si="0">`` texts by group, shifted to each cell that only names the group."""

    def __init__(self) -> None:
        self._masters: dict[str, _Master | None] = {}

    def formula(self, text: str, kind: str | None, group: str | None, row: int, col: int) -> str | None:
        if kind != "shared" or group is None:
            return "=" + text if text else None
        try:
            if text:
                self._masters[group] = None
                self._masters[group] = _Master("=" + text, row, col)
                return "=" + text
            master = self._masters.get(group)
            return None if master is None else master.at(row, col)
        except Exception:  # noqa: BLE001 - a formula openpyxl cannot shift stays unknown
            return "=" + text if text else None


#: what the row template does not shift as openpyxl's Translator does: whole rows (``3:5``), table
#: and external references (``[``), a reference glued to a name (``TABLE1``, ``LOG10(``), and lower
#: case (``a5``, ``'Data'!A5``), which the template's references are not written in
_NOT_PLAIN = re.compile(r"\d\s*:\s*\$?\d|\[|[A-Za-z0-9_.\\][A-Z]{1,3}\$?\d|[a-z]")


class _Master:
    """A shared formula's master. Excel writes a column of one formula as a master and cells
    that only name it; each one's text is the master's with its relative references moved. Down
    the master's own column, that is the master's text with its relative row numbers shifted
    (``formulas_eval.RowTemplate``): a format string, not openpyxl's tokenizer per cell, which a
    10,000-row column would pay 10,000 times. Anything else goes to openpyxl's Translator."""

    def __init__(self, formula: str, row: int, col: int) -> None:
        self.formula, self.row, self.col = formula, row, col
        self.template = None if _NOT_PLAIN.search(formula.replace("$", "")) else RowTemplate(formula, row)
        self.translator: Translator | None = None

    def at(self, row: int, col: int) -> str:
        if col == self.col and row >= self.row and self.template is not None:
            return self.template.text(row)
        if self.translator is None:
            from openpyxl.formula.translate import Translator

            self.translator = Translator(self.formula, origin=a1(self.row, self.col))
        return self.translator.translate_formula(a1(row, col))


def in_grid(row: int, col: int, sheet: str) -> None:
    if not (0 < row <= EXCEL_ROWS and 0 < col <= EXCEL_COLS):
        raise ValueError(f"cell beyond the Excel grid in sheet '{sheet}'")


def int_or_zero(text: str | None) -> int:
    try:
        return int(text) if text else 0
    except ValueError:
        return 0


_DIGITS = "0123456789$"
_COLUMNS: dict[str, int] = {}


def column(letters: str) -> int:
    col = _COLUMNS.get(letters)
    if col is None:
        col = 0
        for ch in letters.upper().replace("$", ""):
            if not "A" <= ch <= "Z":
                raise ValueError(f"not a cell reference: {letters[:20]!r}")
            col = col * 26 + ord(ch) - 64
        _COLUMNS[letters] = col
    return col


def coordinate(ref: str) -> tuple[int, int]:
    letters = ref.rstrip(_DIGITS)
    digits = ref[len(letters):].replace("$", "")
    if not letters or not digits.isdigit():
        raise ValueError(f"not a cell reference: {ref[:20]!r}")
    return int(digits), column(letters)


def cell_range(ref: str) -> tuple[int, int, int, int] | None:
    first, _, last = ref.partition(":")
    try:
        r1, c1 = coordinate(first)
        r2, c2 = coordinate(last or first)
    except ValueError:
        return None
    return min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2)


def a1(row: int, col: int) -> str:
    letters = ""
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row}"
