"""Open a workbook and hand on its sheets as plain grids.

Every way a file can fail to open ends here as one ReadError with a
sentence a clerk can act on; nothing downstream sees openpyxl.
"""

from __future__ import annotations

import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class ReadError(Exception):
    """The file cannot be checked; the text says why, in the catalogue's key."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


@dataclass
class RawCell:
    value: object
    formula: str | None = None
    number_format: str = "General"
    bold: bool = False


@dataclass
class Sheet:
    name: str
    cells: dict[tuple[int, int], RawCell]
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    max_row: int = 0
    max_col: int = 0
    hidden: bool = False

    def value(self, row: int, col: int) -> object:
        cell = self.cells.get((row, col))
        return None if cell is None else cell.value


@dataclass
class Workbook:
    path: str
    sheets: list[Sheet]


def read(path: Path) -> Workbook:
    """Read cached values, formulas, number formats, bold and merges."""
    _precheck(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            formulas_wb = load_workbook(path, data_only=False)
            values_wb = load_workbook(path, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException):
        raise ReadError("file-not-workbook", path=str(path)) from None
    except KeyError as exc:
        raise ReadError("file-missing-part", path=str(path), part=str(exc).strip("'\"")) from None
    except (OSError, ValueError, TypeError, AttributeError, IndexError) as exc:
        raise ReadError("file-corrupt", path=str(path), detail=str(exc)[:200]) from None
    sheets = []
    for ws in formulas_wb.worksheets:
        cached = values_wb[ws.title]
        cells: dict[tuple[int, int], RawCell] = {}
        for row in ws.iter_rows():
            for cell in row:
                raw = cell.value
                if raw is None:
                    continue
                formula = raw if isinstance(raw, str) and raw.startswith("=") else None
                if formula is None and type(raw).__name__ == "ArrayFormula":
                    formula = str(getattr(raw, "text", "")) or None
                value = cached.cell(row=cell.row, column=cell.column).value if formula else raw
                bold = bool(cell.font is not None and cell.font.b)
                cells[(cell.row, cell.column)] = RawCell(value, formula, cell.number_format or "General", bold)
        merged = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges]
        sheets.append(
            Sheet(ws.title, cells, merged, ws.max_row, ws.max_column, ws.sheet_state != "visible")
        )
    return Workbook(str(path), sheets)


def _precheck(path: Path) -> None:
    if not path.exists():
        raise ReadError("file-not-found", path=str(path))
    if path.is_dir():
        raise ReadError("file-is-folder", path=str(path))
    with path.open("rb") as handle:
        head = handle.read(8)
    if head == OLE_MAGIC:
        if _encrypted(path):
            raise ReadError("file-encrypted", path=str(path))
        raise ReadError("file-legacy-xls", path=str(path))
    if not head.startswith(b"PK"):
        raise ReadError("file-not-workbook", path=str(path))


def _encrypted(path: Path) -> bool:
    """An encrypted .xlsx is an OLE container holding an EncryptedPackage."""
    try:
        import olefile

        with olefile.OleFileIO(str(path)) as ole:
            return ole.exists("EncryptedPackage")
    except (OSError, ImportError):
        return False
