"""Layouts agencies really use, each pinned on a small workbook built here (DOMAIN 3, 6, 7)."""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from validator.check import check

TC33_LABELS = ["(1)", None, None, None, None, None, "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"]


def tc33(path: Path, rows: list[list[object]], bold_rows: set[int] = frozenset(), merge_kode: bool = True) -> None:
    """T-C.33 with the kode split over six cells A-F, as seed 001 prints it."""
    wb = Workbook()
    ws = wb.active
    ws.title = "T-C.33"
    ws["A1"] = "Tabel T-C.33 Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2022"
    header = ["Kode", None, None, None, None, None, "Program/Kegiatan", "Indikator", "Lokasi", "Target",
              "Pagu Indikatif", "Sumber Dana", "Catatan Penting", "Target n+1", "Prakiraan Maju"]
    for col, text in enumerate(header, start=1):
        ws.cell(3, col, text)
        ws.cell(4, col, TC33_LABELS[col - 1])
    if merge_kode:
        ws.merge_cells("A3:F3")
        ws.merge_cells("A4:F4")
    for r, values in enumerate(rows, start=5):
        for col, value in enumerate(values, start=1):
            cell = ws.cell(r, col, value)
            if r - 5 in bold_rows and col == 7:
                cell.font = Font(bold=True)
    wb.save(path)


def row(kode: list[object], name: str, pagu: object, maju: object) -> list[object]:
    return [*kode, *[None] * (6 - len(kode)), name, "Indikator", "Balangan", 1, pagu, "APBD", None, 1, maju]


def pug_rows() -> list[list[object]]:
    """A program, its kegiatan and two sub kegiatan; the program's bidang written "8" for "08"."""
    return [
        row([2, 8, "02"], "PROGRAM PENGARUSUTAMAAN GENDER", 300, 330),
        row(["2", "08", "02", "2", "01"], "Pelembagaan PUG", 300, 330),
        row(["2", "08", "02", "2", "01", "0003"], "Advokasi Kebijakan", 100, 110),
        row(["2", "08", "02", "2", "01", "0007"], "Koordinasi", 200, 220),
    ]


def findings(path: Path) -> set[tuple[str, str]]:
    result = check([path]).files[0]
    assert result.status == "ok", result.error
    return {(f.rule, f.cell.a1) for f in result.findings}


def test_six_cell_kode_with_lost_zeros_and_glued_decimal(tmp_path: Path) -> None:
    """'2 | 8 | 02' and '2 | 13 | 04 | 2,01 | 01' are codes, not numbers (DOMAIN 6)."""
    rows = [
        *pug_rows(),
        row([2, 13, "04"], "PROGRAM ADMINISTRASI PEMERINTAHAN DESA", 50, 60),
        row(["2", "13", "04", "2,01", "01"], "Pembinaan Desa", 50, 60),
        row(["2", "13", "04", "2,01", "01", "01"], "Fasilitasi Administrasi", 20, 25),
        row(["2", "13", "04", "2,01", "01", "02"], "Fasilitasi Produk Hukum", 30, 35),
        ["TOTAL", None, None, None, None, None, None, None, None, None, 350, None, None, None, 390],
    ]
    path = tmp_path / "kode.xlsx"
    tc33(path, rows)
    assert findings(path) == set()
    rows[3][10] = 150
    tc33(path, rows)
    assert findings(path) == {("TC33-INDUK-6", "K6")}, "the kegiatan no longer adds up; program and total still do"


def test_levels_from_upper_case_and_bold_without_codes_and_rows_to_skip(tmp_path: Path) -> None:
    """Seed 004 style: no kode; PROGRAM in capitals, kegiatan bold; section and banner rows carry no values."""
    rows = [
        [None] * 6 + ["BIDANG SOSIAL", *[None] * 8],
        row([], "PROGRAM REHABILITASI SOSIAL", 150, 170),
        row([], "Rehabilitasi Sosial Dasar", 150, 170),
        row([], "Penyediaan Perumahan", 100, 110),
        [None] * 6 + ["PEMERINTAH KABUPATEN DHARMASRAYA", *[None] * 8],
        row([], "Penyediaan Sandang", 50, 60),
        ["JUMLAH", None, None, None, None, None, None, None, None, None, 150, None, None, None, 170],
    ]
    path = tmp_path / "tebal.xlsx"
    tc33(path, rows, bold_rows={2})
    assert findings(path) == set()
    rows[5][10] = 60
    tc33(path, rows, bold_rows={2})
    assert findings(path) == {("TC33-INDUK-6", "K7")}, "only the bold kegiatan sums its sub kegiatan"


def test_csv_like_sheet_without_merges_reads_the_six_cell_kode(tmp_path: Path) -> None:
    rows = pug_rows()
    path = tmp_path / "tanpa-merge.xlsx"
    tc33(path, rows, merge_kode=False)
    result = check([path]).files[0]
    assert [r.kode for r in result.tables[0].rows] == ["2.8.02", "2.08.02.2.01", "2.08.02.2.01.0003",
                                                       "2.08.02.2.01.0007"]
    assert result.findings == []
