"""Every T-C.29 rule: a clean table gives nothing, each violation is caught at its cell."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import shaped
import tc29

from validator.check import check
from validator.model import Severity


def findings(path: Path) -> list:
    result = check([path]).files[0]
    assert result.status == "ok", result.error
    return result.findings


def pairs(found: list) -> set[tuple[str, str]]:
    return {(f.rule, f.cell.a1) for f in found}


@pytest.mark.parametrize(
    "layout",
    [
        {},
        {"top": 12, "left": 4},
        {"repeat_header_at": 3},
        {"title": False, "top": 3},
        {"formulas": True},
    ],
    ids=["a1", "offset", "repeated-header", "no-title", "formulas-no-cache"],
)
def test_consistent_table_has_no_findings(tmp_path: Path, layout: dict) -> None:
    path = tmp_path / "clean.xlsx"
    tc29.write(path, tc29.clean_rows(), **layout)
    assert findings(path) == []


# (row index in clean_rows, logical column, new value, rule expected at that cell)
# rows: 0 program, 1 kegiatan, 2 sub kegiatan, 3 its extra indicator, 4 sub kegiatan (persen),
#       5 rata-rata sub, 6 predikat sub, 7 rata-rata kegiatan, 8 predikat kegiatan, 9 jumlah anggaran
VIOLATIONS = [
    (2, "12.Rp", 85_001_000, "TC29-12RP"),
    (2, "12.K", 3, "TC29-12K"),
    (2, "13.K", 10, "TC29-13K"),
    (3, "13.K", 1, "TC29-13K"),
    (2, "13.Rp", 50, "TC29-13RP"),
    (2, "14.K", 5, "TC29-14K"),
    (2, "14.Rp", 1, "TC29-14RP"),
    (2, "14.Rp", None, "TC29-14RP"),
    (2, "15.K", 1, "TC29-15K"),
    (2, "15.Rp", 1, "TC29-15RP"),
    (2, "17", 2138, "TC29-17"),
    (1, "7.Rp", 1, "TC29-INDUK-7RP"),
    (0, "5.Rp", 1, "TC29-INDUK-5RP"),
    (1, "12.Rp", 1, "TC29-INDUK-12RP"),
    (5, "13.K", 12.5, "TC29-RATA-13K"),
    (5, "15.Rp", 12.5, "TC29-RATA-15RP"),
    (6, "13.K", "Sedang", "TC29-PREDIKAT-13K"),
    (8, "15.Rp", "Tinggi", "TC29-PREDIKAT-15RP"),
    (9, "7.Rp", 5, "TC29-JUMLAH-7RP"),
    (4, "12.K", 250, "TC29-12K-AKHIR"),
    (2, "2", "2.15.02.2.01.0003", "TC29-KODE-INDUK"),
    (1, "2", "2.08.03.2.01", "TC29-KODE-INDUK"),
    (0, "2", "2.8.02", "TC29-KODE-FORMAT"),
]


@pytest.mark.parametrize("index,column,value,rule", VIOLATIONS, ids=[f"{v[3]}@{v[0]}:{v[1]}" for v in VIOLATIONS])
def test_violation_is_reported_at_its_cell(tmp_path: Path, index: int, column: str, value: object,
                                           rule: str) -> None:
    rows = copy.deepcopy(tc29.clean_rows())
    rows[index][column] = value
    path = tmp_path / "bad.xlsx"
    addresses = tc29.write(path, rows)
    assert (rule, addresses[(index, column)]) in pairs(findings(path))


def test_capaian_without_realisasi(tmp_path: Path) -> None:
    rows = tc29.clean_rows()
    rows[3]["12.K"] = None
    path = tmp_path / "bad.xlsx"
    addresses = tc29.write(path, rows)
    assert ("TC29-CAPAIAN-TANPA-REALISASI", addresses[(3, "13.K")]) in pairs(findings(path))


def test_percent_quarters_are_not_summed(tmp_path: Path) -> None:
    """Quarters 25/50/75/100 persen give a year of 100 persen, not 250 (DOMAIN 5.2)."""
    rows = tc29.clean_rows()
    assert rows[4]["12.K"] == 100 and rows[4]["unit"] == "persen"
    path = tmp_path / "clean.xlsx"
    tc29.write(path, rows)
    assert not [f for f in findings(path) if f.rule.startswith("TC29-12K")]


def test_truncated_percentage_is_a_warning(tmp_path: Path) -> None:
    """55/60 = 91.666..: 91.67 is right, 91.66 is truncation (warning), 91.5 is wrong."""
    rows = tc29.clean_rows()
    assert rows[4]["13.Rp"] == 91.67
    path = tmp_path / "t.xlsx"
    rows[4]["13.Rp"] = 91.66
    addresses = tc29.write(path, rows)
    found = [f for f in findings(path) if f.cell.a1 == addresses[(4, "13.Rp")]]
    assert [(f.rule, f.severity) for f in found] == [("TC29-13RP", Severity.WARNING)]
    rows[4]["13.Rp"] = 91.5
    tc29.write(path, rows)
    found = [f for f in findings(path) if f.cell.a1 == addresses[(4, "13.Rp")]]
    assert [(f.rule, f.severity) for f in found] == [("TC29-13RP", Severity.ERROR)]


def test_efficiency_uses_stated_rounded_capaian(tmp_path: Path) -> None:
    """Seed 000 line 2614: 13.K 100, 13.Rp 0.54 -> 17 = 18519 (not 18362 from unrounded values)."""
    row = tc29.entity("2.08.02.2.01.0009", "Sub", "Jumlah", "Dokumen", (4, 100_000_000), (0, 0),
                      (2, 100_000_000), [(0, 0), (1, 200_000), (0, 140_000), (1, 200_000)])
    assert (row["13.K"], row["13.Rp"], row["17"]) == (100, 0.54, 18519)
    path = tmp_path / "e.xlsx"
    tc29.write(path, [row])
    assert findings(path) == []
    row["17"] = 18362
    addresses = tc29.write(path, [row])
    assert pairs(findings(path)) == {("TC29-17", addresses[(0, "17")])}


def test_zero_denominator_and_blank_derived_values_are_accepted(tmp_path: Path) -> None:
    """13/15 blank when the target is 0; 14/15/17 blank when realisasi is 0 (seed 000)."""
    row = tc29.entity("2.08.02.2.01.0010", "Sub", "Jumlah", "orang", (10, 1_000_000), (0, 0),
                      (5, 500_000), [(0, 0), (0, 0), (0, 0), (0, 0)])
    row.update({"14.K": None, "14.Rp": None, "15.K": None, "15.Rp": None, "17": None})
    zero_target = tc29.entity("2.08.02.2.01.0011", "Sub", "Jumlah", "orang", (10, 1_000_000), (0, 0),
                              (1, 1), [(0, 0), (0, 0), (0, 0), (0, 0)])
    zero_target.update({"7.K": 0, "7.Rp": 0, "13.K": None, "13.Rp": None, "17": None})
    path = tmp_path / "z.xlsx"
    tc29.write(path, [row, zero_target])
    assert findings(path) == []


def test_text_numbers_in_indonesian_format_are_checked(tmp_path: Path) -> None:
    rows = tc29.clean_rows()
    sub = rows[2]
    sub["7.Rp"] = "Rp 87.026.000,00"
    sub["12.Rp"] = "85.000.000"
    sub["13.Rp"] = "97,67 %"
    path = tmp_path / "t.xlsx"
    tc29.write(path, rows)
    assert findings(path) == []
    sub["13.Rp"] = "9,77"
    addresses = tc29.write(path, rows)
    assert ("TC29-13RP", addresses[(2, "13.Rp")]) in pairs(findings(path))


def test_malformed_number_is_its_own_finding(tmp_path: Path) -> None:
    rows = tc29.clean_rows()
    rows[2]["6.Rp"] = "100.000.000.00"
    path = tmp_path / "m.xlsx"
    addresses = tc29.write(path, rows)
    found = findings(path)
    assert ("PRK-ANGKA-TIDAK-SAH", addresses[(2, "6.Rp")]) in pairs(found)
    assert not [f for f in found if f.rule == "TC29-14RP"], "rules must not guess from a malformed input"


def test_kode_messages_name_the_parent(tmp_path: Path) -> None:
    rows = tc29.clean_rows()
    rows[1]["2"] = "2.15.02.2.01"
    path = tmp_path / "k.xlsx"
    tc29.write(path, rows)
    finding = next(f for f in findings(path) if f.rule == "TC29-KODE-INDUK")
    assert finding.severity is Severity.WARNING
    assert finding.message == "kode 2.15.02.2.01 tidak diawali kode induknya (2.08.02 PROGRAM PENGARUSUTAMAAN GENDER)"


# (kode of the kegiatan, of its two sub kegiatan) -> the TC29-KODE-* findings at those three cells
LEVEL_DIGITS = [
    # 3 is no level: the kegiatan and both sub kegiatan, each once, and nothing else
    (("2.08.02.3.01", "2.08.02.3.01.0003", "2.08.02.3.01.0007"), ["TC29-KODE-LEVEL"] * 3),
    # only one sub kegiatan mistyped: its parent prefix no longer holds either
    (("2.08.02.2.01", "2.08.02.7.01.0003", "2.08.02.2.01.0007"), [None, "TC29-KODE-LEVEL TC29-KODE-INDUK", None]),
    # 1 is the province's level: a valid digit (seed 000 and the sample use 2 throughout)
    (("2.08.02.1.01", "2.08.02.1.01.0003", "2.08.02.1.01.0007"), [None] * 3),
    # "02" for the level is a malformed kode, reported by TC29-KODE-FORMAT alone
    (("2.08.02.02.01", "2.08.02.02.01.0003", "2.08.02.02.01.0007"), ["TC29-KODE-FORMAT"] * 3),
]


@pytest.mark.parametrize("kodes,expected", LEVEL_DIGITS, ids=[k[0] for k, _ in LEVEL_DIGITS])
def test_kegiatan_level_digit(tmp_path: Path, kodes: tuple[str, str, str], expected: list[str | None]) -> None:
    """DOMAIN 6: the kegiatan code's fourth segment is the level digit (2 kabupaten/kota, 1 provinsi)."""
    rows = tc29.clean_rows()
    for index, kode in zip((1, 2, 4), kodes, strict=True):
        rows[index]["2"] = kode
    path = tmp_path / "kode.xlsx"
    addresses = tc29.write(path, rows)
    found = findings(path)
    want = {(rule, addresses[(index, "2")]) for index, rules in zip((1, 2, 4), expected, strict=True)
            for rule in (rules or "").split()}
    assert pairs(found) == want
    assert {f.severity for f in found} <= {Severity.WARNING}
    level = [f for f in found if f.rule == "TC29-KODE-LEVEL"]
    assert all(f.message.startswith(f"kode {f.actual} memakai digit level") for f in level)


# Every rule of the pack, with the exact findings each violation gives (tests/shaped.py): the clean
# table of tc29.clean_rows() in the shape agencies print T-C.29 (a K / Rp row under the numbers).
# rows: 0 program, 1 kegiatan, 2 sub kegiatan, 3 its extra indicator, 4 sub kegiatan (persen),
#       5 rata-rata sub, 6 predikat sub, 7 rata-rata kegiatan, 8 predikat kegiatan, 9 jumlah anggaran

def _columns() -> list[shaped.Col]:
    named = {"1": "No", "2": "Kode", "3": "Program/Kegiatan", "4": "Indikator", "16": "Unit PD",
             "17": "Nilai Efisiensi"}
    out = [shaped.Col(n, tc29.LABELS.get(n, int(n)), named[n]) for n in ("1", "2", "3", "4")]
    for number in tc29.SPLIT:
        out += [shaped.Col(f"{number}.K", tc29.LABELS.get(number, int(number)), f"Kolom {number}"),
                shaped.Col(f"{number}.Rp")]
    return out + [shaped.Col(n, tc29.LABELS.get(n, int(n)), named[n]) for n in ("16", "17")]


def _styled(row: dict[str, object]) -> dict[str, object]:
    """A row of tc29.clean_rows() with the number formats tc29.write gives it."""
    out: dict[str, object] = {}
    for name, value in row.items():
        if name == "unit" or value is None:
            continue
        if name.endswith(".K") and isinstance(value, (int, float)) and row.get("unit"):
            value = shaped.Styled(value, f'0.## "{row["unit"]}"')
        elif name.startswith(("13.", "15.")) and isinstance(value, (int, float)):
            value = shaped.Styled(value, "0.00")
        elif name.endswith(".Rp") and isinstance(value, (int, float)):
            value = shaped.Styled(value, "#,##0")
        out[name] = value
    return out


TC29_17 = shaped.Shape("Tabel 2.1", ["Tabel 2.1", "Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Tahun 2023"],
                       _columns(), below={c: c.split(".")[1] for c in tc29.COLUMNS if "." in c})
ROWS = [_styled(row) for row in tc29.clean_rows()]
FAMILIES = [shaped.Family("tc29-17", [(TC29_17, ROWS)], ["renja-tc29-17-86-2017"])]

Case = shaped.Case
S = shaped.Styled
RP = "#,##0"
RP_COLUMNS = ("5", "6", "7", "8", "9", "10", "11", "12", "14")
PROGRAM = tc29.clean_rows()[0]
#: what a kegiatan's wrong c.Rp breaks on its own row, besides the sums: (rule, column, value)
#: (15.Rp = 240 / 801 x 100 = 29,96 and 241 / 800 x 100 = 30,13 still round to the 30 written)
KEGIATAN_LOCAL = {"5": [], "14": [], "6": [("TC29-14RP", "14.Rp", 241_000_000)],
                  "7": [("TC29-13RP", "13.Rp", 94.58)], "12": [("TC29-13RP", "13.Rp", 95.9),
                                                              ("TC29-14RP", "14.Rp", 241_000_000)],
                  **{q: [("TC29-12RP", "12.Rp", 141_000_000)] for q in ("8", "9", "10", "11")}}
#: a kegiatan's 12.Rp and 14.Rp are also row formulas (8+9+10+11, 6+12): the cell breaks both
OWN_FORMULA = {"12": "TC29-12RP", "14": "TC29-14RP"}


def _induk(column: str) -> Case:
    """A kegiatan's c.Rp one million above its sub kegiatan: the kegiatan is the error; the program,
    which adds the kegiatan up, and the kegiatan's own derived cells follow from it."""
    wrong = float(PROGRAM[f"{column}.Rp"]) + 1_000_000  # type: ignore[arg-type]
    cell = (1, f"{column}.Rp")
    return Case(f"TC29-INDUK-{column}RP", {cell: S(wrong, RP)}, {cell: PROGRAM[f"{column}.Rp"]},
                consequences={(0, f"{column}.Rp"): (f"TC29-INDUK-{column}RP", wrong),
                              **{(1, target): (rule, value) for rule, target, value in KEGIATAN_LOCAL[column]
                                 if target != cell[1]}},
                also=((cell, OWN_FORMULA[column], "error", PROGRAM[f"{column}.Rp"]),) if column in OWN_FORMULA else ())


def _jumlah(column: str) -> Case:
    return Case(f"TC29-JUMLAH-{column}RP", {(9, f"{column}.Rp"): S(1_000, RP)}, {(9, f"{column}.Rp"):
                                                                               PROGRAM[f"{column}.Rp"]})


CASES = shaped.cases(FAMILIES, {"tc29-17": [
    Case("TC29-12RP", {(2, "12.Rp"): S(85_001_000, RP)}, {(2, "12.Rp"): 85_000_000},
         consequences={(2, "14.Rp"): ("TC29-14RP", 185_001_000), (1, "12.Rp"): ("TC29-INDUK-12RP", 140_001_000)}),
    Case("TC29-12K", {(2, "12.K"): S(3, '0.## "Dokumen"')}, {(2, "12.K"): 2},
         consequences={(2, "13.K"): ("TC29-13K", 150), (2, "14.K"): ("TC29-14K", 5)}),
    Case("TC29-12K-AKHIR", {(4, "12.K"): S(250, '0.## "persen"')}, {(4, "12.K"): 100}, severity="warning",
         consequences={(4, "13.K"): ("TC29-13K", 250), (4, "14.K"): ("TC29-14K-AKHIR", 250)}),
    # declared averaged in periksa.yaml: the year is the quarters' mean, 62,5, not the last quarter
    Case("TC29-12K-RATA", {}, {(4, "12.K"): 62.5}, consequences={(4, "13.K"): ("TC29-13K", 62.5)},
         config="indicators: [{kode: 2.08.02.2.01.0007, aggregation: average}]\n"),
    Case("TC29-13K", {(2, "13.K"): S(10, "0.00")}, {(2, "13.K"): 100},
         consequences={(2, "17"): ("TC29-17", 10.24), (5, "13.K"): ("TC29-RATA-13K", 536.67)}),
    Case("TC29-13RP", {(2, "13.Rp"): S(50, "0.00")}, {(2, "13.Rp"): 97.67},
         consequences={(2, "17"): ("TC29-17", 200), (5, "13.Rp"): ("TC29-RATA-13RP", 70.84)}),
    Case("TC29-14K", {(2, "14.K"): S(5, '0.## "Dokumen"')}, {(2, "14.K"): 4},
         consequences={(2, "15.K"): ("TC29-15K", 50)}),
    Case("TC29-14RP", {(2, "14.Rp"): S(1, RP)}, {(2, "14.Rp"): 185_000_000},
         consequences={(2, "15.Rp"): ("TC29-15RP", 0), (1, "14.Rp"): ("TC29-INDUK-14RP", 55_000_001)}),
    Case("TC29-15K", {(2, "15.K"): S(1, "0.00")}, {(2, "15.K"): 40},
         consequences={(5, "15.K"): ("TC29-RATA-15K", 50.33)}),
    Case("TC29-15RP", {(2, "15.Rp"): S(1, "0.00")}, {(2, "15.Rp"): 37},
         consequences={(5, "15.Rp"): ("TC29-RATA-15RP", 9.67)}),
    Case("TC29-17", {(2, "17"): 2138}, {(2, "17"): 102.39}),
    Case("TC29-CAPAIAN-TANPA-REALISASI", {(3, "12.K"): None}, {(3, "13.K"): None}),
    *[_induk(column) for column in RP_COLUMNS],
    # averages kept inside their predikat band, so the predikat below still fits
    Case("TC29-RATA-13K", {(5, "13.K"): S(500, "0.00")}, {(5, "13.K"): 566.67}),
    Case("TC29-RATA-15K", {(5, "15.K"): S(60, "0.00")}, {(5, "15.K"): 63.33}),
    Case("TC29-RATA-13RP", {(5, "13.Rp"): S(93, "0.00")}, {(5, "13.Rp"): 94.67}),
    Case("TC29-RATA-15RP", {(5, "15.Rp"): S(25, "0.00")}, {(5, "15.Rp"): 27.67}),
    Case("TC29-PREDIKAT-13K", {(6, "13.K"): "Sedang"}, {(6, "13.K"): "Sangat Tinggi"}),
    Case("TC29-PREDIKAT-13RP", {(6, "13.Rp"): "Tinggi"}, {(6, "13.Rp"): "Sangat Tinggi"}),
    Case("TC29-PREDIKAT-15K", {(8, "15.K"): "Sedang"}, {(8, "15.K"): "Tinggi"}),
    Case("TC29-PREDIKAT-15RP", {(8, "15.Rp"): "Rendah"}, {(8, "15.Rp"): "Sangat Rendah"}),
    *[_jumlah(column) for column in RP_COLUMNS],
    Case("TC29-KODE-FORMAT", {(2, "2"): "2.08.02.2.01.003"}, {(2, "2"): None}, severity="warning"),
    Case("TC29-KODE-INDUK", {(2, "2"): "2.15.02.2.01.0003"}, {(2, "2"): None}, severity="warning"),
    Case("TC29-KODE-LEVEL", {(1, "2"): "2.08.02.3.01", (2, "2"): "2.08.02.3.01.0003", (4, "2"): "2.08.02.3.01.0007"},
         {(1, "2"): None, (2, "2"): None, (4, "2"): None}, severity="warning"),
]})

test_every_rule_consistent_table, test_every_rule_violation_exactly = shaped.tests(FAMILIES, CASES)
