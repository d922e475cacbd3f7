"""Build T-C.29 (17-column) workbooks in tests, shaped like real agency files.

Rows are dicts keyed by logical column ("2", "7.K", "13.Rp", "17", ...).
``entity()`` computes the derived columns the way an agency's correct
spreadsheet would (plain arithmetic here, independent of the validator).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

SPLIT = [str(n) for n in range(5, 16)]
COLUMNS = ["1", "2", "3", "4"] + [f"{n}.{s}" for n in SPLIT for s in ("K", "Rp")] + ["16", "17"]
LABELS = {"13": "13=12/7x100%", "14": "14=6+12", "15": "15=14/5x100%", "17": "17=K13/Rp13x100%"}
FORMULA_COLUMNS = ("12.K", "12.Rp", "13.K", "13.Rp", "14.K", "14.Rp", "15.K", "15.Rp", "17")


def r2(value: float, places: int = 2) -> float:
    return float(Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def entity(kode: str, name: str, indicator: str, unit: str, target5: tuple[float, float],
           done6: tuple[float, float], target7: tuple[float, float],
           quarters: list[tuple[float, float]], summable: bool = True) -> dict[str, object]:
    row: dict[str, object] = {"2": kode, "3": name, "4": indicator, "unit": unit}
    for number, (k, rp) in zip(("5", "6", "7"), (target5, done6, target7), strict=True):
        row[f"{number}.K"], row[f"{number}.Rp"] = k, rp
    for number, (k, rp) in zip(("8", "9", "10", "11"), quarters, strict=True):
        row[f"{number}.K"], row[f"{number}.Rp"] = k, rp
    ks = [k for k, _ in quarters]
    k12 = sum(ks) if summable else next((k for k in reversed(ks) if k), 0)
    rp12 = sum(rp for _, rp in quarters)
    row["12.K"], row["12.Rp"] = k12, rp12
    row["13.K"] = r2(k12 / target7[0] * 100)
    row["13.Rp"] = r2(rp12 / target7[1] * 100)
    k14 = done6[0] + k12 if summable else k12
    row["14.K"], row["14.Rp"] = k14, done6[1] + rp12
    row["15.K"] = r2(k14 / target5[0] * 100)
    row["15.Rp"] = r2(row["14.Rp"] / target5[1] * 100)  # type: ignore[operator]
    row["17"] = r2(row["13.K"] / row["13.Rp"] * 100, 0) if row["13.Rp"] else None  # type: ignore[operator]
    return row


def parent(kode: str, name: str, indicator: str, unit: str, children: list[dict[str, object]],
           k: dict[str, float]) -> dict[str, object]:
    """A program/kegiatan row: its own K values, Rp summed from its children."""
    row: dict[str, object] = {"2": kode, "3": name, "4": indicator, "unit": unit, **k}
    for number in ("5", "6", "7", "8", "9", "10", "11", "12", "14"):
        row[f"{number}.Rp"] = sum(float(c[f"{number}.Rp"]) for c in children)  # type: ignore[arg-type]
    row["13.Rp"] = r2(row["12.Rp"] / row["7.Rp"] * 100)  # type: ignore[operator]
    row["15.Rp"] = r2(row["14.Rp"] / row["5.Rp"] * 100)  # type: ignore[operator]
    if "13.K" in row and row["13.Rp"]:
        row["17"] = r2(float(row["13.K"]) / float(row["13.Rp"]) * 100, 0)  # type: ignore[arg-type]
    return row


def scale(value: float) -> str:
    for floor, label in ((91, "Sangat Tinggi"), (76, "Tinggi"), (66, "Sedang"), (51, "Rendah")):
        if value >= floor:
            return label
    return "Sangat Rendah"


def summary(label_level: str, rows: list[dict[str, object]], continuation: list[dict[str, object]] = ()
            ) -> list[dict[str, object]]:
    """A Rata-rata row and its Predikat row, as the agency computes them."""
    average: dict[str, object] = {"3": f"Rata-rata Capaian Kinerja ({label_level}) (%)"}
    predikat: dict[str, object] = {"3": f"Predikat Kinerja ({label_level})"}
    for column in ("13.K", "15.K", "13.Rp", "15.Rp"):
        pool = [*rows, *continuation] if column.endswith(".K") else rows
        values = [float(r[column]) for r in pool if r.get(column) is not None]  # type: ignore[arg-type]
        average[column] = r2(sum(values) / len(values))
        predikat[column] = scale(float(average[column]))  # type: ignore[arg-type]
    return [average, predikat]


def clean_rows() -> list[dict[str, object]]:
    """One program, one kegiatan, two sub kegiatan (one with an extra indicator)."""
    sub1 = entity("2.08.02.2.01.0003", "Advokasi Kebijakan", "Jumlah dokumen", "Dokumen",
                  (10, 500_000_000), (2, 100_000_000), (2, 87_026_000),
                  [(0, 10_000_000), (1, 20_000_000), (0, 30_000_000), (1, 25_000_000)])
    extra = {"4": "Jumlah peserta", "unit": "orang", "5.K": 300, "6.K": 0, "7.K": 10, "8.K": 0,
             "9.K": 0, "10.K": 0, "11.K": 150, "12.K": 150, "13.K": 1500, "14.K": 150, "15.K": 50}
    sub2 = entity("2.08.02.2.01.0007", "Koordinasi dan Sinkronisasi", "Persentase laporan", "persen",
                  (100, 300_000_000), (0, 0), (100, 60_000_000),
                  [(25, 10_000_000), (50, 15_000_000), (75, 15_000_000), (100, 15_000_000)], summable=False)
    kegiatan = parent("2.08.02.2.01", "Pelembagaan PUG", "Persentase OPD responsif gender", "persen",
                      [sub1, sub2], {"5.K": 100, "6.K": 50, "7.K": 80, "8.K": 0, "9.K": 0, "10.K": 0,
                                     "11.K": 76, "12.K": 76, "13.K": 95, "14.K": 76, "15.K": 76})
    program = parent("2.08.02", "PROGRAM PENGARUSUTAMAAN GENDER", "Indeks Pembangunan Gender", "indeks",
                     [kegiatan], {"5.K": 92, "6.K": 90.5, "7.K": 91, "11.K": 91.2, "12.K": 91.2,
                                  "13.K": 100.22, "14.K": 91.2, "15.K": 99.13})
    sub_summary = summary("Sub Kegiatan", [sub1, sub2], [extra])
    keg_summary = summary("Kegiatan", [kegiatan])
    jumlah = {"3": "Jumlah Anggaran dari seluruh Program", "7.Rp": program["7.Rp"],
              "12.Rp": program["12.Rp"], "14.Rp": program["14.Rp"]}
    return [program, kegiatan, {**sub1, "1": 1}, extra, {**sub2, "1": 2}, *sub_summary, *keg_summary, jumlah]


def write(path: Path, rows: list[dict[str, object]], top: int = 5, left: int = 1, title: bool = True,
          formulas: bool = False, repeat_header_at: int | None = None) -> dict[tuple[int, str], str]:
    """Write the table; returns {(row index, logical column): A1 address} for assertions."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Tabel 2.1"
    col = {name: left + i for i, name in enumerate(COLUMNS)}
    if title:
        ws.cell(top - 4, left, "Tabel 2.1")
        ws.cell(top - 3, left, "Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Tahun 2023")
    _header(ws, top, col)
    addresses: dict[tuple[int, str], str] = {}
    current = top + 4
    for index, row in enumerate(rows):
        if repeat_header_at is not None and index == repeat_header_at:
            _header(ws, current, col, only_numbers=True)
            current += 2
        for name in COLUMNS:
            value = row.get(name)
            addresses[(index, name)] = f"{get_column_letter(col[name])}{current}"
            if formulas and name in FORMULA_COLUMNS and str(row.get("2", "")).count(".") == 5:
                value = _formula(name, col, current, row)
            if value is None:
                continue
            cell = ws.cell(current, col[name], value)
            if name.endswith(".K") and isinstance(value, (int, float)) and row.get("unit"):
                cell.number_format = f'0.## "{row["unit"]}"'
            elif name.startswith(("13.", "15.")):
                cell.number_format = "0.00"
            elif name.endswith(".Rp"):
                cell.number_format = "#,##0"
        current += 1
    wb.save(path)
    return addresses


def _header(ws, top: int, col: dict[str, int], only_numbers: bool = False) -> None:  # type: ignore[no-untyped-def]
    k_row, number_row = (top, top + 1) if only_numbers else (top + 2, top + 3)
    if not only_numbers:
        for name in ("1", "2", "3", "4", "16", "17"):
            ws.cell(top, col[name], {"1": "No", "2": "Kode", "3": "Program/Kegiatan", "4": "Indikator",
                                     "16": "Unit PD", "17": "Nilai Efisiensi"}[name])
            ws.merge_cells(start_row=top, start_column=col[name], end_row=top + 2, end_column=col[name])
        for number in SPLIT:
            ws.cell(top, col[f"{number}.K"], f"Kolom {number}")
            ws.merge_cells(start_row=top, start_column=col[f"{number}.K"], end_row=top + 1,
                           end_column=col[f"{number}.Rp"])
    for number in SPLIT:
        ws.cell(k_row, col[f"{number}.K"], "K")
        ws.cell(k_row, col[f"{number}.Rp"], "Rp")
        ws.cell(number_row, col[f"{number}.K"], LABELS.get(number, int(number)))
        ws.merge_cells(start_row=number_row, start_column=col[f"{number}.K"], end_row=number_row,
                       end_column=col[f"{number}.Rp"])
    for name in ("1", "2", "3", "4", "16", "17"):
        ws.cell(number_row, col[name], LABELS.get(name, int(name)))


def _formula(name: str, col: dict[str, int], row: int, values: dict[str, object]) -> str:
    def a(column: str) -> str:
        return f"{get_column_letter(col[column])}{row}"

    side = name.split(".")[1] if "." in name else ""
    if name == "12.K" and str(values.get("unit")).lower() in {"persen", "%", "indeks"}:
        return f"={a('11.K')}"
    if name.startswith("12."):
        return "=" + "+".join(a(f"{q}.{side}") for q in ("8", "9", "10", "11"))
    if name.startswith("13."):
        return f"=ROUND({a('12.' + side)}/{a('7.' + side)}*100,2)"
    if name.startswith("14."):
        return f"={a('6.' + side)}+{a('12.' + side)}"
    if name.startswith("15."):
        return f"=ROUND({a('14.' + side)}/{a('5.' + side)}*100,2)"
    return f"=ROUND({a('13.K')}/{a('13.Rp')}*100,0)"
