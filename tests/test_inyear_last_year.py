"""Tabel 2.2 with its column 6 (realised to last year) kept: 6 equals column 14 of last year's
Tabel 2.1 for the same program/kegiatan (DOMAIN 3.1), in the same workbook or ``--with``."""

from __future__ import annotations

from pathlib import Path

import shaped
import tables
import test_inyear
from tc29 import r2

from validator.check import Options, check

NUMBERS_22 = ["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "17"]
SPLIT_22 = test_inyear.SPLIT | {"6"}
NUMBERS_21 = [str(n) for n in range(1, 18)]
SPLIT_21 = {str(n) for n in range(5, 16)}
TITLE_22 = ["Tabel 2.2", "Rekapitulasi Pelaksanaan Renja Tahun 2024 sampai dengan Triwulan II"]
# Seed 000: the 2024 Tabel 2.2 beside the 2023 Tabel 2.1 of the same agency (kegiatan Perencanaan:
# 2.1 col 14 Rp 265.005.400; 2.2 col 14 - col 12 = 352.714.700 - 87.709.300, the same). The program
# here has only that kegiatan, so its column 6 is the kegiatan's.
KODE = ["2.15.01", "2.15.01.2.01", "2.15.01.2.01.01", "2.15.01.2.01.06"]
LAST_YEAR = {
    "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH": (3, 265_005_400),
    "Perencanaan, Penganggaran, dan Evaluasi Kinerja": (2, 265_005_400),
    "Penyusunan Dokumen Perencanaan": (2, 142_700_000),
    "Koordinasi Laporan Capaian Kinerja": (2, 122_305_400),
}


def this_year() -> list[dict[str, object]]:
    """The in-year rows with column 6 from last year, and 14 = 6 + 12, 15 = 14/5."""
    rows = test_inyear.rows()
    for row in rows:
        k, rp = LAST_YEAR[str(row["3"])]
        row["6.K"], row["6.Rp"] = k, rp
        row["14.K"], row["14.Rp"] = k + float(row["12.K"]), rp + float(row["12.Rp"])  # type: ignore[arg-type]
        row["15.K"] = r2(float(row["14.K"]) / float(row["5.K"]) * 100)  # type: ignore[arg-type]
        row["15.Rp"] = r2(float(row["14.Rp"]) / float(row["5.Rp"]) * 100)  # type: ignore[arg-type]
    return rows


def last_year(path: Path, year: int = 2023, changes: dict[str, float] | None = None) -> None:
    """Last year's Tabel 2.1 (kode printed, as in seed 000), as far as column 14 goes: the rest
    is not read by the rule."""
    rows = []
    for kode, (name, (k, rp)) in zip(KODE, LAST_YEAR.items(), strict=True):
        rows.append({"2": kode, "3": name, "4": "Jumlah dokumen", "14.K": k, "14.Rp": (changes or {}).get(name, rp)})
    title = ["Tabel 2.1", f"Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Dinas Sosial Tahun {year}"]
    tables.write(path, title, NUMBERS_21, test_inyear.LABELS, SPLIT_21, rows, bold={0})


def write_this_year(path: Path, rows: list[dict[str, object]]) -> dict[tuple[int, str], str]:
    return tables.write(path, TITLE_22, NUMBERS_22, test_inyear.LABELS, SPLIT_22, rows, bold={0})


def cross(path: Path, companion: Path) -> dict[tuple[str, str], float]:
    result = check([path], Options(companions=(companion,))).files[0]
    assert result.status == "ok", result.error
    assert [t.pack for t in result.tables] == ["renja-tc29-inyear-86-2017"]
    assert [f for f in result.findings if not f.rule.startswith("TC29-6-TAHUN-LALU")] == []
    return {(f.rule, f.cell.a1): f.expected for f in result.findings}


def test_column_6_is_last_years_column_14(tmp_path: Path) -> None:
    path, previous = tmp_path / "renja-2024.xlsx", tmp_path / "renja-2023.xlsx"
    write_this_year(path, this_year())
    last_year(previous)
    assert cross(path, previous) == {}


def test_column_6_that_is_not_last_years_column_14(tmp_path: Path) -> None:
    path, previous = tmp_path / "renja-2024.xlsx", tmp_path / "renja-2023.xlsx"
    cells = write_this_year(path, this_year())
    last_year(previous, changes={"Penyusunan Dokumen Perencanaan": 152_700_000})
    assert cross(path, previous) == {("TC29-6-TAHUN-LALU-RP", cells[(2, "6.Rp")]): 152_700_000}


def test_only_the_year_before_is_compared(tmp_path: Path) -> None:
    """A Tabel 2.1 of 2022 (or of 2024 itself) is not last year's: nothing compared."""
    path, other = tmp_path / "renja-2024.xlsx", tmp_path / "renja-2022.xlsx"
    write_this_year(path, this_year())
    for year in (2022, 2024):
        last_year(other, year=year, changes={"Penyusunan Dokumen Perencanaan": 152_700_000})
        assert cross(path, other) == {}


def test_column_6_count_kept_from_last_year(tmp_path: Path) -> None:
    path, previous = tmp_path / "renja-2024.xlsx", tmp_path / "renja-2023.xlsx"
    rows = this_year()
    rows[3]["6.K"], rows[3]["14.K"] = 3, 3 + float(rows[3]["12.K"])  # type: ignore[arg-type]
    rows[3]["15.K"] = r2(float(rows[3]["14.K"]) / float(rows[3]["5.K"]) * 100)  # type: ignore[arg-type]
    cells = write_this_year(path, rows)
    last_year(previous)
    assert cross(path, previous) == {("TC29-6-TAHUN-LALU-K", cells[(3, "6.K")]): 2}


# The cross-table rules of the pack, with the exact findings each violation gives (tests/shaped.py):
# last year's Tabel 2.1 (as far as column 14 goes) and this year's Tabel 2.2 in one workbook.
# Tabel 2.2 rows: 0 program, 1 kegiatan (bold), 2 and 3 sub kegiatan
def _last_year_rows() -> list[dict[str, object]]:
    return [{"2": kode, "3": name, "4": "Jumlah dokumen", "14.K": k, "14.Rp": rp}
            for kode, (name, (k, rp)) in zip(KODE, LAST_YEAR.items(), strict=True)]
TITLE_21 = ["Tabel 2.1", "Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Dinas Sosial Tahun 2023"]
TABEL_21 = shaped.Shape("Tabel 2.1", TITLE_21, shaped.split_columns(NUMBERS_21, test_inyear.LABELS, SPLIT_21),
                        below=shaped.k_rp_row(SPLIT_21))
TABEL_22 = shaped.Shape("Tabel 2.2", TITLE_22, shaped.split_columns(NUMBERS_22, test_inyear.LABELS, SPLIT_22),
                        below=shaped.k_rp_row(SPLIT_22))
THIS_YEAR = [row if index != 1 else {**row, shaped.BOLD: True} for index, row in enumerate(this_year())]
FAMILIES = [shaped.Family("tabel-2.1-2.2", [(TABEL_21, _last_year_rows()), (TABEL_22, THIS_YEAR)],
                          ["renja-tc29-17-86-2017", "renja-tc29-inyear-86-2017"])]
Case = shaped.Case
CASES = shaped.cases(FAMILIES, {"tabel-2.1-2.2": [
    # two sub kegiatan carry over other amounts than last year's 14 (their kegiatan's sum still holds)
    Case("TC29-6-TAHUN-LALU-RP", {(2, "6.Rp"): 143_700_000, (2, "14.Rp"): 188_700_000, (2, "15.Rp"): 37.74,
                                  (3, "6.Rp"): 121_305_400, (3, "14.Rp"): 130_305_400, (3, "15.Rp"): 43.44},
         {(2, "6.Rp"): 142_700_000, (3, "6.Rp"): 122_305_400}, sheet=1),
    Case("TC29-6-TAHUN-LALU-K", {(2, "6.K"): 3, (2, "14.K"): 4, (2, "15.K"): 40}, {(2, "6.K"): 2}, sheet=1),
]})

test_every_rule_consistent_table, test_every_rule_violation_exactly = shaped.tests(FAMILIES, CASES)
