"""In-year evaluation "Tabel 2.2 ... sampai dengan Triwulan II" (seed 000 line 4434 on):
columns 1, 2, 6 and 16 hidden, quarters cumulative, so 12 is the last reported quarter."""

from pathlib import Path

import shaped
import tables
from tc29 import r2

from validator.check import check

NUMBERS = ["3", "4", "5", "7", "8", "9", "10", "11", "12", "13", "14", "15", "17"]
LABELS = {"13": "13=12/7x100%", "14": "14=6+12", "15": "15=14/5x100%", "17": "17=K13/Rp13x100%"}
SPLIT = {"5", "7", "8", "9", "10", "11", "12", "13", "14", "15"}


def entity(name: str, target5: tuple[float, float], target7: tuple[float, float],
           tw1: tuple[float, float], tw2: tuple[float, float]) -> dict[str, object]:
    """A row as the agency fills it by Triwulan II: cumulative quarters, 12 = TW II."""
    row: dict[str, object] = {"3": name, "4": "Jumlah dokumen"}
    row["5.K"], row["5.Rp"] = target5
    row["7.K"], row["7.Rp"] = target7
    row["8.K"], row["8.Rp"] = tw1
    row["9.K"], row["9.Rp"] = tw2
    row["12.K"], row["12.Rp"] = tw2
    row["13.K"], row["13.Rp"] = r2(tw2[0] / target7[0] * 100), r2(tw2[1] / target7[1] * 100)
    row["14.K"], row["14.Rp"] = tw2
    row["15.K"], row["15.Rp"] = r2(tw2[0] / target5[0] * 100), r2(tw2[1] / target5[1] * 100)
    row["17"] = r2(float(row["13.K"]) / float(row["13.Rp"]) * 100, 0)  # type: ignore[arg-type]
    return row


def rows() -> list[dict[str, object]]:
    sub1 = entity("Penyusunan Dokumen Perencanaan", (10, 500_000_000), (2, 80_000_000), (0, 20_000_000),
                  (1, 45_000_000))
    sub2 = entity("Koordinasi Laporan Capaian Kinerja", (10, 300_000_000), (4, 20_000_000), (1, 5_000_000),
                  (2, 9_000_000))
    kegiatan = entity("Perencanaan, Penganggaran, dan Evaluasi Kinerja", (5, 800_000_000), (1, 100_000_000),
                      (0, 25_000_000), (1, 54_000_000))
    program = entity("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", (100, 800_000_000), (100, 100_000_000),
                     (50, 25_000_000), (76.49, 54_000_000))
    return [program, kegiatan, sub1, sub2]


def write(path: Path, data: list[dict[str, object]]) -> dict[tuple[int, str], str]:
    title = ["Tabel 2.2", "Rekapitulasi Pelaksanaan Renja Tahun 2024 sampai dengan Triwulan II"]
    return tables.write(path, title, NUMBERS, LABELS, SPLIT, data, bold={1})


def found(path: Path) -> set[tuple[str, str]]:
    result = check([path]).files[0]
    assert result.status == "ok", result.error
    assert [t.pack for t in result.tables] == ["renja-tc29-inyear-86-2017"]
    return {(f.rule, f.cell.a1) for f in result.findings}


def test_cumulative_quarters_are_consistent(tmp_path: Path) -> None:
    path = tmp_path / "tw2.xlsx"
    write(path, rows())
    assert found(path) == set()


def test_summed_quarters_and_a_falling_cumulative_value_are_caught(tmp_path: Path) -> None:
    """12 written as TW I + TW II (65.000.000) double counts; TW II below TW I cannot be cumulative."""
    data = rows()
    data[2]["12.Rp"] = 65_000_000
    data[3]["9.Rp"] = 4_000_000
    path = tmp_path / "tw2.xlsx"
    cells = write(path, data)
    result = found(path)
    assert ("TC29-12RP", cells[(2, "12.Rp")]) in result
    assert ("TC29-TW-NAIK-II", cells[(3, "9.Rp")]) in result


# The rules this pack changes or adds, with the exact findings each violation gives (tests/shaped.py);
# the rules it inherits unchanged are pinned on the 17-column table (test_rules_tc29).
# rows: 0 program, 1 kegiatan (bold), 2 sub kegiatan, 3 sub kegiatan
TITLE = ["Tabel 2.2", "Rekapitulasi Pelaksanaan Renja Tahun 2024 sampai dengan Triwulan II"]
TABEL_22 = shaped.Shape("Tabel 2.2", TITLE, shaped.split_columns(NUMBERS, LABELS, SPLIT), below=shaped.k_rp_row(SPLIT))
ROWS = [row if index != 1 else {**row, shaped.BOLD: True} for index, row in enumerate(rows())]
FAMILIES = [shaped.Family("tabel-2.2", [(TABEL_22, ROWS)], ["renja-tc29-inyear-86-2017"])]
M = 1_000_000
Case = shaped.Case
CASES = shaped.cases(FAMILIES, {"tabel-2.2": [
    # TW I + TW II double counts a cumulative quarter: 12 is TW II
    Case("TC29-12RP", {(2, "12.Rp"): 65 * M}, {(2, "12.Rp"): 45 * M},
         consequences={(2, "13.Rp"): ("TC29-13RP", 81.25), (1, "12.Rp"): ("TC29-INDUK-12RP", 74 * M)}),
    Case("TC29-12K", {(3, "12.K"): 3}, {(3, "12.K"): 2}, consequences={(3, "13.K"): ("TC29-13K", 75)}),
    # a cumulative value cannot fall; the kegiatan and program above add the changed quarter up
    Case("TC29-TW-NAIK-II", {(3, "8.Rp"): 10 * M, (1, "8.Rp"): 30 * M, (0, "8.Rp"): 30 * M}, {(3, "9.Rp"): None}),
    Case("TC29-TW-NAIK-III", {(2, "10.Rp"): 40 * M, (2, "11.Rp"): 45 * M}, {(2, "10.Rp"): None}),
    # TW IV below TW III: 12, the last quarter, is then TW IV's 44.000.000, and what agrees with the
    # 45.000.000 written there (13 Rp, the kegiatan's sum) is named as agreeing with a wrong value
    Case("TC29-TW-NAIK-IV", {(2, "10.Rp"): 45 * M, (2, "11.Rp"): 44 * M}, {(2, "11.Rp"): None},
         consequences={(2, "13.Rp"): ("TC29-13RP", 55), (1, "12.Rp"): ("TC29-INDUK-12RP", 53 * M)},
         also=(((2, "12.Rp"), "TC29-12RP", "error", 44 * M),)),
]})

test_every_rule_consistent_table, test_every_rule_violation_exactly = shaped.tests(FAMILIES, CASES)
