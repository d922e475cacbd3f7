"""A generic builder for small numbered tables with K/Rp sub-columns, as agencies lay them out."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter


def layout(numbers: list[str], split: set[str]) -> dict[str, int]:
    """Logical column -> sheet column, K/Rp pairs side by side."""
    out, col = {}, 1
    for number in numbers:
        if number in split:
            out[f"{number}.K"], out[f"{number}.Rp"] = col, col + 1
            col += 2
        else:
            out[number] = col
            col += 1
    return out


def write(path: Path, title: list[str], numbers: list[str], labels: dict[str, str], split: set[str],
          data: list[dict[str, object]], bold: set[int] = frozenset(), name_column: str = "3"
          ) -> dict[tuple[int, str], str]:
    """Titles, a label row, the column-number row (K/Rp pairs merged), a K/Rp row, then data.
    Returns {(row index, logical column): A1 address}."""
    wb = Workbook()
    ws = wb.active
    for r, text in enumerate(title, start=1):
        ws.cell(r, 1, text)
    col = layout(numbers, split)
    for number in numbers:
        first = col.get(number, col.get(f"{number}.K"))
        ws.cell(5, first, labels.get(number, int(number)))
        ws.cell(4, first, f"Kolom {number}")
        if number in split:
            ws.merge_cells(start_row=5, start_column=first, end_row=5, end_column=first + 1)
            ws.cell(6, first, "K")
            ws.cell(6, first + 1, "Rp")
    addresses = {}
    for index, values in enumerate(data):
        for name, value in values.items():
            cell = ws.cell(7 + index, col[name], value)
            addresses[(index, name)] = f"{get_column_letter(col[name])}{7 + index}"
            if name == name_column and index in bold:
                cell.font = Font(bold=True)
    wb.save(path)
    return addresses
