"""Generate the Renja Perubahan 2024 goal/target tables (Tabel 3.1 and 3.2) sample and its known-errors list.

Seed: /work/shared/seeds/000_72f62915c19c6be5.txt, Tabel 3.1 "Tujuan dan Sasaran" lines 20899-21028 (targets
per year 2021-2026, no column-number row) and Tabel 3.2 "Sasaran Startegis, Indikator Kinerja ... setelah
Penyesuaian" lines 21031-21075 (one target, column numbers (1)-(4)). One sheet per table.

The seed is consistent: every Tabel 3.2 target equals the Tabel 3.1 target of the same indicator for 2024. So
the workbook keeps the seed's values, the known-errors list is empty, and the ``-perbaikan`` copy is identical
in content; the mismatch the rule must catch is introduced in tests/test_goal_tables.py.

The checker below is independent of Periksa: it reads the written workbook back, takes the year from the
Tabel 3.2 title, pairs each Tabel 3.2 row with the Tabel 3.1 row of the same indicator through the pairing
written down while transcribing (seed lines, not names), and compares the numbers as decimals.
Usage: ``python3 workbooks/make_sample_tujuan_sasaran.py`` (openpyxl only).
"""

from __future__ import annotations

import re
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.worksheet import Worksheet

sys.path.insert(0, str(Path(__file__).resolve().parent))
from samplekit import save_fixed, write_known_errors, yq

OUT = Path(__file__).resolve().parent
BASE = "renja-2024-tabel-3.1-3.2-tujuan-sasaran"
SEED = "/work/shared/seeds/000_72f62915c19c6be5.txt"
S31, S32 = "Tabel 3.1", "Tabel 3.2"
DINAS = ("Dinas Pemberdayaan Perempuan dan Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana "
         "serta Pemberdayaan Masyarakat dan Desa")
RUNNING = "Rencana Kerja Perubahan Tahun 2024"  # the document's running page line (seed lines 2792, 5858, ...)
YEARS = [2021, 2022, 2023, 2024, 2025, 2026]
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(wrap_text=True, horizontal="center", vertical="center")

# Tabel 3.1 rows: (seed line of the targets, No, Tujuan, Indikator Tujuan, Sasaran, Indikator Sasaran,
# targets 2021-2026 as printed). A Tujuan spanning two rows is written once (merged over both).
# PDF line breaks joined; agency spellings kept ("Meingkatnya", "Pertmbuhan", "( Indeks").
ROWS_31: list[tuple[Any, ...]] = [
    (20942, 1, "Meningkatnya kesetaraan gender, pemberdayaan dan perlindungan perempuan dan anak",
     "IPG ( Indeks Pembangunan Gender)", "Meningkatnya kesetaraan gender", "IDG ( Indeks Pemberdayaan Gender)",
     ["70.77", "72", "73.02", "74.04", "75", "76"]),
    (20969, None, None,
     "Persentase Penurunan Kasus Kekerasan terhadap Perempuan dan Anak",
     "Meingkatnya upaya perlindungan pada perempuan dan anak",
     "Persentase Penurunan Kasus Kekerasan terhadap Perempuan dan Anak",
     ["-", "-", "5.2", "5.5", "5.5", "5.5"]),
    (20995, 2, "Meningkatnya Tata Kelola Pemerintahan Desa dan Dukungan Pemerintah Desa Terhadap Pemberdayaan "
     "Masyarakat Desa", "Indeks Desa Membangun", "Meningkatnya status pembangunan desa",
     "Persentase Desa dengan Klasifikasi Desa Maju",
     ["16,88 (0,6674)", "23,38 (0,7293)", "28,57 (0,7527)", "33,77 (0,7997)", "38,96 (0,80)", "44,16 (0,81)"]),
    (21028, 3, "Meningkatnya Upaya Pengendalian Jumlah Penduduk", "Laju Pertmbuhan Penduduk",
     "Menurunnya Angka Kelahiran Total", "Angka Kelahiran Total (TFR)",
     ["2.34", "2.34", "2.33", "2.33", "2.32", "2.32"]),
]

# Tabel 3.2 rows: (seed line of the target, NO, sasaran strategis, indikator kinerja, target as printed,
# seed line of the Tabel 3.1 row of the same indicator). The pairing is the transcriber's reading.
ROWS_32: list[tuple[Any, ...]] = [
    (21053, "1.", "Meningkatnya kesetaraan Gender", "IDG (Indeks Pemberdayaan Gender)", "74,04 %", 20942),
    (21062, "2.", "Meningkatnya Upaya perlindungan pada Perempuan dan Anak",
     "Persentase Penurunan kasus Kekerasan terhadap Perempuan dan Anak", "5,5 %", 20969),
    (21067, "3.", "Menurunnya Angka Kelahiran Total (TFR)", "Angka Kelahiran Total", "2,33", 21028),
    (21075, "4.", "Meningkatnya status Pembangunan Desa", "Persentase Desa dengan Klasifikasi Desa Maju",
     "33,77 %", 20995),
]

FIRST_31 = 8  # Tabel 3.1: titles rows 1-4, header rows 6-7, data from row 8
FIRST_32 = 9  # Tabel 3.2: titles rows 1-4, header row 7, column numbers row 8, data from row 9
TARGET_COLS = "FGHIJK"


def cell_value(text: str) -> Any:
    """A Tabel 3.1 target as typed: a plain number is a number; '-' and two-value cells stay text."""
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return int(text) if "." not in text else float(text)
    return text


def style(ws: Worksheet, rows: range, cols: str, header: bool) -> None:
    for r in rows:
        for c in cols:
            cell = ws[f"{c}{r}"]
            cell.border = BOX
            cell.alignment = CENTER if header else WRAP
            cell.font = Font(bold=header, size=9)


def sheet_31(ws: Worksheet) -> None:
    ws["A1"] = RUNNING
    ws["A3"] = "Tabel 3.1"
    ws["A4"] = f"Tujuan dan Sasaran {DINAS}"
    for r in (3, 4):
        ws[f"A{r}"].font = Font(bold=True)
        ws.merge_cells(f"A{r}:K{r}")
        ws[f"A{r}"].alignment = Alignment(horizontal="center")
    for c, text in zip("ABCDE", ["No", "Tujuan", "Indikator Tujuan", "Sasaran",
                                 "Indikaor Tujuan / Indikator Sasaran"], strict=True):
        ws[f"{c}6"] = text
        ws.merge_cells(f"{c}6:{c}7")
    ws["F6"] = "Target Kinerja Tujuan / Sasaran pada Tahun ke-"
    ws.merge_cells("F6:K6")
    for c, year in zip(TARGET_COLS, YEARS, strict=True):
        ws[f"{c}7"] = year
    style(ws, range(6, 8), "ABCDEFGHIJK", header=True)
    for i, (_, no, tujuan, ind_tujuan, sasaran, ind_sasaran, targets) in enumerate(ROWS_31):
        r = FIRST_31 + i
        for c, value in zip("ABCDE", [no, tujuan, ind_tujuan, sasaran, ind_sasaran], strict=True):
            if value is not None:
                ws[f"{c}{r}"] = value
        for c, text in zip(TARGET_COLS, targets, strict=True):
            ws[f"{c}{r}"] = cell_value(text)
    ws.merge_cells(f"A{FIRST_31}:A{FIRST_31 + 1}")  # tujuan 1 has two indicators (two rows)
    ws.merge_cells(f"B{FIRST_31}:B{FIRST_31 + 1}")
    style(ws, range(FIRST_31, FIRST_31 + len(ROWS_31)), "ABCDEFGHIJK", header=False)
    for c, width in zip("ABCDEFGHIJK", [5, 30, 24, 24, 28, 9, 9, 9, 9, 9, 9], strict=True):
        ws.column_dimensions[c].width = width
    ws.page_setup.orientation = "landscape"


def sheet_32(ws: Worksheet) -> None:
    ws["A1"] = RUNNING
    ws["A3"] = "Tabel 3.2"
    ws["A4"] = f"Sasaran Startegis, Indikator Kinerja {DINAS} setelah Penyesuaian"
    for r in (3, 4):
        ws[f"A{r}"].font = Font(bold=True)
        ws.merge_cells(f"A{r}:D{r}")
        ws[f"A{r}"].alignment = Alignment(horizontal="center", wrap_text=True)
    for c, text, number in zip("ABCD", ["NO", "KINERJA UTAMA\n(SASARAN STRATEGIS)", "INDIKATOR KINERJA", "TARGET"],
                               ["(1)", "(2)", "(3)", "(4)"], strict=True):
        ws[f"{c}7"] = text
        ws[f"{c}8"] = number
    style(ws, range(7, 9), "ABCD", header=True)
    for i, (_, no, sasaran, indikator, target, _) in enumerate(ROWS_32):
        r = FIRST_32 + i
        for c, value in zip("ABCD", [no, sasaran, indikator, target], strict=True):
            ws[f"{c}{r}"] = value
    style(ws, range(FIRST_32, FIRST_32 + len(ROWS_32)), "ABCD", header=False)
    for c, width in zip("ABCD", [5, 36, 36, 12], strict=True):
        ws.column_dimensions[c].width = width


def write(path: Path) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    sheet_31(wb.create_sheet(S31))
    sheet_32(wb.create_sheet(S32))
    save_fixed(wb, path, "Dinas PPPAPPKBPMD Kab. Balangan")


# ---------------------------------------------------------------------------
# The independent checker: Tabel 3.2 target = Tabel 3.1 target of the same indicator for the Renja year
# ---------------------------------------------------------------------------

def number(value: Any) -> Decimal | None:
    """'74,04 %' -> 74.04; '33,77 (0,7997)' -> 33.77 (the bracket holds the IDM of the tujuan); '-' -> None."""
    if value is None:
        return None
    if isinstance(value, (int, float)):
        return Decimal(str(value))
    text = str(value).split("(")[0].replace("%", "").strip().replace(",", ".")
    return Decimal(text) if re.fullmatch(r"\d+(\.\d+)?", text) else None


def check(path: Path) -> list[dict[str, Any]]:
    wb = load_workbook(path)
    w31, w32 = wb[S31], wb[S32]
    title = " ".join(str(w32.cell(r, 1).value or "") for r in range(1, 7))
    years = set(re.findall(r"Tahun (\d{4})", title))
    assert len(years) == 1, years
    year = int(years.pop())
    column = next(c for c in TARGET_COLS if w31[f"{c}7"].value == year)
    row_31 = {line: FIRST_31 + i for i, (line, *_) in enumerate(ROWS_31)}
    errors = []
    for i, (line, *_, paired) in enumerate(ROWS_32):
        r = FIRST_32 + i
        stated, expected = number(w32[f"D{r}"].value), number(w31[f"{column}{row_31[paired]}"].value)
        if stated is not None and expected is not None and stated != expected:
            errors.append({"sheet": S32, "cell": f"D{r}", "kind": "cross-table target mismatch",
                           "stated": float(stated), "expected": float(expected), "seed_line": line,
                           "other_cell": f"'{S31}'!{column}{row_31[paired]}", "other_seed_line": paired})
    return errors


NOTES = [
    ("Scope: Tabel 3.1 (seed 000 lines 20899-21028) and Tabel 3.2 (lines 21031-21075) complete, one sheet each. "
     "Row 1 of both sheets is the document's running line 'Rencana Kerja Perubahan Tahun 2024' (as on every page, "
     "seed lines 2792, 5858, ...): Tabel 3.2 itself does not print its year."),
    ("Tabel 3.1 layout: titles rows 3-4, header rows 6-7 without a column-number row (as printed): A-E 'No', "
     "'Tujuan', 'Indikator Tujuan', 'Sasaran', 'Indikaor Tujuan / Indikator Sasaran' merged over rows 6-7, "
     "F6:K6 'Target Kinerja Tujuan / Sasaran pada Tahun ke-' over the years 2021-2026 in F7:K7; data rows 8-11. "
     "Tujuan 1 (A8:B9 merged) has two indicator rows."),
    ("Tabel 3.1 cells as printed: targets typed as numbers; '-' (no target 2021/2022, row 9) and the Desa row's "
     "two-value cells '16,88 (0,6674)' ... '44,16 (0,81)' as text (percentage of desa maju, and in brackets the "
     "tujuan indicator Indeks Desa Membangun)."),
    ("Tabel 3.2 layout: titles rows 3-4, header row 7 'NO | KINERJA UTAMA (SASARAN STRATEGIS) | INDIKATOR KINERJA "
     "| TARGET', column numbers '(1)'-'(4)' in row 8, data rows 9-12; targets as printed text '74,04 %', '5,5 %', "
     "'2,33', '33,77 %'."),
    ("Checked: each Tabel 3.2 target equals the Tabel 3.1 target for 2024 of the same indicator (pairing by the "
     "transcriber, by seed line): IDG 74.04 = 74.04 (I8), kekerasan 5.5 = 5.5 (I9), TFR 2.33 = 2.33 (I11), desa "
     "maju 33.77 = 33.77 (I10, the number before the bracket). The seed is consistent: zero errors expected, a "
     "negative example. The -perbaikan copy is identical in content."),
]

OTHER = [
    {"seed_line": 21067, "kind": "rows in another order",
     "text": "Tabel 3.2 lists TFR (3.) before desa maju (4.); Tabel 3.1 has the Desa tujuan (No 2) before the "
             "population tujuan (No 3): rows pair by indicator, not by position."},
    {"seed_line": 21064, "kind": "names differ between 3.1 and 3.2",
     "text": "3.2 'Angka Kelahiran Total' vs 3.1 'Angka Kelahiran Total (TFR)', while the sasaran reads "
             "'Menurunnya Angka Kelahiran Total (TFR)' in 3.2 and '... Total' in 3.1; 'kasus' vs 'Kasus'; "
             "'IDG (Indeks' vs 'IDG ( Indeks'."},
    {"seed_line": 21053, "kind": "unit",
     "text": "3.2 writes '74,04 %' for IDG, an index (3.1 writes 74.04 without a unit)."},
    {"seed_line": 21028, "kind": "same target in two years",
     "text": "TFR targets 2.33 for both 2023 and 2024 (and 5.5 for 2024-2026 for kekerasan): for these rows a "
             "comparison with the wrong year would not show."},
    {"seed_line": 20942, "kind": "one target for two indicators",
     "text": "Row 1 names IPG as tujuan indicator and IDG as sasaran indicator but prints one row of targets "
             "(70.77 ... 76, IDG-sized values); only the Desa row gives the tujuan indicator's target (IDM, in "
             "brackets)."},
]


def main() -> int:
    asis, fixed = OUT / f"{BASE}.xlsx", OUT / f"{BASE}-perbaikan.xlsx"
    write(asis)
    write(fixed)
    errors, left = check(asis), check(fixed)
    header = [
        f"# Rule violations in {asis.name}, found by the independent checker in",
        "# make_sample_tujuan_sasaran.py (reads the written .xlsx back).",
        f"workbook: {yq(asis.name)}",
        f"sheets: {yq([S31, S32])}",
        f"seed: {SEED}",
    ]
    write_known_errors(OUT / f"{BASE}.known-errors.yaml", header, NOTES, errors, OTHER)
    print(f"{BASE}: as submitted {len(errors)} violations; corrected {len(left)}")
    return int(bool(left))


if __name__ == "__main__":
    sys.exit(main())
