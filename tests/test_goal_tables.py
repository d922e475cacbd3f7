"""Goal/target tables (seed 000 Tabel 3.1 and 3.2): a Tabel 3.2 target is the Tabel 3.1 target of its year.

Workbooks are built here in the shape the agency printed (DOMAIN 3.6): Tabel 3.1 without a column-number
row, its years under a merged "Target ... pada Tahun ke-" label; Tabel 3.2 with NO | KINERJA UTAMA (SASARAN
STRATEGIS) | INDIKATOR KINERJA | TARGET and (1)-(4), its year only in the title above it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import shaped
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from validator.check import Options, check
from validator.model import FileResult
from validator.packs.rulepack import PackError, load_library

WORKBOOKS = Path(__file__).resolve().parent.parent / "workbooks"
SAMPLE = WORKBOOKS / "renja-2024-tabel-3.1-3.2-tujuan-sasaran.xlsx"
RULE = "TS32-TARGET-TAHUN"
PACK_31, PACK_32 = "rencana-tujuan-sasaran-3.1-86-2017", "rencana-tujuan-sasaran-3.2-86-2017"
YEARS = [2021, 2022, 2023, 2024, 2025, 2026]
TARGET_COLS = "FGHIJK"  # 2021 ... 2026 in Tabel 3.1

# Seed 000 lines 20942-21028: indicator (sasaran), targets 2021-2026 as printed
ROWS_31 = [
    ("IDG ( Indeks Pemberdayaan Gender)", [70.77, 72, 73.02, 74.04, 75, 76]),
    ("Persentase Penurunan Kasus Kekerasan terhadap Perempuan dan Anak", ["-", "-", 5.2, 5.5, 5.5, 5.5]),
    ("Persentase Desa dengan Klasifikasi Desa Maju",
     ["16,88 (0,6674)", "23,38 (0,7293)", "28,57 (0,7527)", "33,77 (0,7997)", "38,96 (0,80)", "44,16 (0,81)"]),
    ("Angka Kelahiran Total (TFR)", [2.34, 2.34, 2.33, 2.33, 2.32, 2.32]),
]
# Seed 000 lines 21049-21075, in the seed's order (TFR before desa maju)
ROWS_32 = [
    ("Meningkatnya kesetaraan Gender", "IDG (Indeks Pemberdayaan Gender)", "74,04 %"),
    ("Meningkatnya Upaya perlindungan pada Perempuan dan Anak",
     "Persentase Penurunan kasus Kekerasan terhadap Perempuan dan Anak", "5,5 %"),
    ("Menurunnya Angka Kelahiran Total (TFR)", "Angka Kelahiran Total", "2,33"),
    ("Meningkatnya status Pembangunan Desa", "Persentase Desa dengan Klasifikasi Desa Maju", "33,77 %"),
]
TITLE_2024 = "Rencana Kerja Perubahan Tahun 2024"


def put_31(ws: Worksheet, top: int, rows: list[tuple[str, list[object]]]) -> int:
    """Tabel 3.1 from row ``top`` (title), header two rows below; returns the first data row."""
    ws.cell(top, 1, "Tabel 3.1")
    ws.cell(top + 1, 1, "Tujuan dan Sasaran Dinas Pemberdayaan Perempuan dan Perlindungan Anak")
    head = top + 3
    for col, text in enumerate(["No", "Tujuan", "Indikator Tujuan", "Sasaran",
                                "Indikaor Tujuan / Indikator Sasaran"], start=1):
        ws.cell(head, col, text)
        ws.merge_cells(start_row=head, start_column=col, end_row=head + 1, end_column=col)
    ws.cell(head, 6, "Target Kinerja Tujuan / Sasaran pada Tahun ke-")
    ws.merge_cells(start_row=head, start_column=6, end_row=head, end_column=11)
    for col, year in enumerate(YEARS, start=6):
        ws.cell(head + 1, col, year)
    first = head + 2
    for i, (indicator, targets) in enumerate(rows):
        r = first + i
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, f"Tujuan {i + 1}")
        ws.cell(r, 3, f"Indikator tujuan {i + 1}")
        ws.cell(r, 4, f"Sasaran {i + 1}")
        ws.cell(r, 5, indicator)
        for col, value in enumerate(targets, start=6):
            ws.cell(r, col, value)
    return first


def put_32(ws: Worksheet, top: int, rows: list[tuple[str, str, object]], year_title: str,
           target_label: str = "TARGET") -> int:
    """Tabel 3.2 under a running title line; returns the first data row."""
    if year_title:
        ws.cell(top, 1, year_title)
    ws.cell(top + 2, 1, "Tabel 3.2")
    ws.cell(top + 3, 1, "Sasaran Startegis, Indikator Kinerja Dinas setelah Penyesuaian")
    head = top + 5
    for col, (text, number) in enumerate(zip(["NO", "KINERJA UTAMA\n(SASARAN STRATEGIS)", "INDIKATOR KINERJA",
                                              target_label], ["(1)", "(2)", "(3)", "(4)"], strict=True), start=1):
        ws.cell(head, col, text)
        ws.cell(head + 1, col, number)
    first = head + 2
    for i, (sasaran, indicator, target) in enumerate(rows):
        for col, value in enumerate([f"{i + 1}.", sasaran, indicator, target], start=1):
            ws.cell(first + i, col, value)
    return first


def build(path: Path, *, rows_31: list[tuple[str, list[object]]] | None = ROWS_31,
          rows_32: list[tuple[str, str, object]] | None = ROWS_32, year_title: str = TITLE_2024,
          target_label: str = "TARGET", one_sheet: bool = False) -> dict[str, int]:
    """The two tables, on two sheets (or one below the other); returns their first data rows."""
    wb = Workbook()
    wb.remove(wb.active)
    first: dict[str, int] = {}
    ws = None
    if rows_31 is not None:
        ws = wb.create_sheet("Tabel 3.1")
        ws.cell(1, 1, TITLE_2024)
        first["3.1"] = put_31(ws, 3, rows_31)
    if rows_32 is not None:
        if ws is None or not one_sheet:
            ws = wb.create_sheet("Tabel 3.2")
            top = 1
        else:
            top = first["3.1"] + len(rows_31 or []) + 3
        first["3.2"] = put_32(ws, top, rows_32, year_title, target_label)
    wb.save(path)
    return first


def findings(result: FileResult, rule: str = RULE) -> dict[str, object]:
    return {f.cell.a1: f for f in result.findings if f.rule == rule}


def test_seed_sample_tables_are_found_and_consistent() -> None:
    """Seed 000: every Tabel 3.2 target equals Tabel 3.1 for 2024; the tables get their packs."""
    result = check([SAMPLE]).files[0]
    assert result.status == "ok", result.error
    assert [(t.sheet, t.pack, len(t.rows)) for t in result.tables] == [("Tabel 3.1", PACK_31, 4),
                                                                        ("Tabel 3.2", PACK_32, 4)]
    assert result.tables[0].labels["9"] == "2024"
    assert result.findings == []


@pytest.mark.parametrize(("row", "wrong", "expected", "other"), [
    (9, "74,05 %", 74.04, "I8"),        # IDG: same words once case and spacing are ignored
    (10, "5,2 %", 5.5, "I9"),           # kekerasan: 'kasus' / 'Kasus'
    (11, "2,34", 2.33, "I11"),          # TFR: 'Angka Kelahiran Total' / '... (TFR)', rows in another order
    (12, "28,57 %", 33.77, "I10"),      # desa maju: the number before the bracket of '33,77 (0,7997)'
])
def test_each_sample_row_is_compared(tmp_path: Path, row: int, wrong: str, expected: float, other: str) -> None:
    """A changed 3.2 target on any row of the seed sample is reported on its cell, with the 2024 target."""
    copy = Path(shutil.copy(SAMPLE, tmp_path))
    wb = load_workbook(copy)
    wb["Tabel 3.2"][f"D{row}"] = wrong
    wb.save(copy)
    result = check([copy]).files[0]
    assert [(f.rule, f.cell.sheet, f.cell.a1, f.expected) for f in result.findings] == [
        (RULE, "Tabel 3.2", f"D{row}", expected)]
    message = result.findings[0].message
    assert "2024" in message and f"Tabel 3.1!{other}" in message


def test_consistent_tables_give_no_finding(tmp_path: Path) -> None:
    build(tmp_path / "ok.xlsx")
    result = check([tmp_path / "ok.xlsx"]).files[0]
    assert [t.pack for t in result.tables] == [PACK_31, PACK_32]
    assert result.findings == []


def test_the_column_of_the_tables_year_is_used(tmp_path: Path) -> None:
    """The same 3.2 rows titled 2023: IDG, kekerasan and desa maju differ from 2023; TFR 2.33 is also 2023's."""
    first = build(tmp_path / "y.xlsx", year_title="Rencana Kerja Tahun 2023")["3.2"]
    found = findings(check([tmp_path / "y.xlsx"]).files[0])
    assert {cell: f.expected for cell, f in found.items()} == {
        f"D{first}": 73.02, f"D{first + 1}": 5.2, f"D{first + 3}": 28.57}
    assert all("2023" in f.message for f in found.values())


@pytest.mark.parametrize("title", [
    "Rencana Kerja Perubahan Tahun 2027",             # a year Tabel 3.1 has no column for
    "Rencana Kerja Perubahan",                        # no year at all
    "Renja Tahun 2023 dan Tahun 2024",                # two years: which one is unknown
    "Renstra Tahun 2021-2026",                        # a period, not the table's year
])
def test_no_finding_when_the_year_is_not_certain(tmp_path: Path, title: str) -> None:
    wrong = [(s, i, "99") for s, i, _ in ROWS_32]
    build(tmp_path / "t.xlsx", rows_32=wrong, year_title=title)
    assert check([tmp_path / "t.xlsx"]).files[0].findings == []


def test_year_in_the_target_header(tmp_path: Path) -> None:
    """'TARGET TAHUN 2024' names the year as well as a title does."""
    rows = [(*ROWS_32[0][:2], "73,02 %"), *ROWS_32[1:]]
    first = build(tmp_path / "h.xlsx", year_title="", target_label="TARGET TAHUN 2024")["3.2"]
    assert {cell: f.expected for cell, f in findings(check([tmp_path / "h.xlsx"]).files[0]).items()} == {}
    build(tmp_path / "h.xlsx", rows_32=rows, year_title="", target_label="TARGET TAHUN 2024")
    assert {cell: f.expected for cell, f in findings(check([tmp_path / "h.xlsx"]).files[0]).items()} == {
        f"D{first}": 74.04}


@pytest.mark.parametrize("missing", ["3.1", "3.2"])
def test_a_missing_table_gives_no_finding(tmp_path: Path, missing: str) -> None:
    wrong = [(s, i, "99") for s, i, _ in ROWS_32]
    if missing == "3.1":
        build(tmp_path / "m.xlsx", rows_31=None, rows_32=wrong)
    else:
        build(tmp_path / "m.xlsx", rows_32=None)
    result = check([tmp_path / "m.xlsx"]).files[0]
    assert result.status == "ok" and len(result.tables) == 1
    assert result.findings == []


def test_both_tables_on_one_sheet(tmp_path: Path) -> None:
    rows = [*ROWS_32[:3], (*ROWS_32[3][:2], "38,96 %")]
    first = build(tmp_path / "one.xlsx", rows_32=rows, one_sheet=True)["3.2"]
    result = check([tmp_path / "one.xlsx"]).files[0]
    assert [(t.sheet, t.pack) for t in result.tables] == [("Tabel 3.1", PACK_31), ("Tabel 3.1", PACK_32)]
    assert {cell: f.expected for cell, f in findings(result).items()} == {f"D{first + 3}": 33.77}


def test_no_target_in_tabel_31_is_not_a_zero(tmp_path: Path) -> None:
    """Kekerasan has '-' for 2022: a 3.2 for 2022 stating 5,2 % is not told to write 0."""
    build(tmp_path / "d.xlsx", rows_32=[(*ROWS_32[1][:2], "5,2 %")], year_title="Renja Tahun 2022")
    assert check([tmp_path / "d.xlsx"]).files[0].findings == []


def test_indicators_that_cannot_be_told_apart_are_not_compared(tmp_path: Path) -> None:
    """The same indicator twice in 3.1, or a short name that fits two bracketed ones: no guess."""
    twice = [ROWS_31[0], (ROWS_31[0][0], [1, 2, 3, 4, 5, 6])]
    build(tmp_path / "a.xlsx", rows_31=twice, rows_32=[(*ROWS_32[0][:2], "99")])
    assert check([tmp_path / "a.xlsx"]).files[0].findings == []
    split = [("Persentase Anak (L)", [1, 2, 3, 4, 5, 6]), ("Persentase Anak (P)", [1, 2, 3, 7, 5, 6])]
    build(tmp_path / "b.xlsx", rows_31=split, rows_32=[("Sasaran", "Persentase Anak", "9")])
    assert check([tmp_path / "b.xlsx"]).files[0].findings == []
    build(tmp_path / "c.xlsx", rows_31=split, rows_32=[("Sasaran", "Persentase Anak (P)", "9")])
    assert {f.expected for f in check([tmp_path / "c.xlsx"]).files[0].findings} == {7}


def test_unreadable_targets_are_not_compared(tmp_path: Path) -> None:
    rows_31 = [(ROWS_31[0][0], [1, 2, 3, "74,04 (abc)", 5, 6]), (ROWS_31[3][0], [1, 2, 3, "#N/A", 5, 6])]
    rows_32 = [(*ROWS_32[0][:2], "tujuh puluh"), (*ROWS_32[2][:2], "2,5")]
    build(tmp_path / "u.xlsx", rows_31=rows_31, rows_32=rows_32)
    result = check([tmp_path / "u.xlsx"]).files[0]
    assert result.status == "ok" and result.findings == []


def test_message_in_english(tmp_path: Path) -> None:
    first = build(tmp_path / "e.xlsx", rows_32=[(*ROWS_32[0][:2], "75")])["3.2"]
    finding = check([tmp_path / "e.xlsx"], Options(lang="en")).files[0].findings[0]
    assert finding.cell.a1 == f"D{first}"
    assert finding.message == "states 75, but the 2024 target for the same indicator in Tabel 3.1!I8 is 74.04"


def test_a_data_row_under_a_merged_label_is_not_a_row_of_sub_labels(tmp_path: Path) -> None:
    """LKjIP IKU table whose 'Keterangan' label spans two cells: its first data row stays data."""
    wb = Workbook()
    ws = wb.active
    for col, text in enumerate(["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian", "Keterangan"], 1):
        ws.cell(3, col, text)
    ws.merge_cells("F3:G3")
    for r, row in enumerate([[1, "Persentase PMKS Mandiri", 22.05, 25.06, 113.65, "Mencapai", "Target"],
                             [2, "Persentase PMKS Mandiri", 20.16, 2.01, 9.97, "Tidak Mencapai", "Target"]], 4):
        for col, value in enumerate(row, 1):
            ws.cell(r, col, value)
    wb.save(tmp_path / "iku.xlsx")
    table = check([tmp_path / "iku.xlsx"]).files[0].tables[0]
    assert table.pack == "lkjip-capaian-iku-53-2014" and len(table.columns) == 6 and len(table.rows) == 2


CROSS_PACK = """\
pack: contoh-target
columns:
  "1": {{name: "No", role: "no"}}
  "2": {{name: Indikator, role: {role}}}
  "3": {{name: Target}}
detect: {{header_labels: ["^no$", "indikator", "target"]}}
rules: []
cross_tables:
  - id: CNTH-TARGET
    with: rencana-tujuan-sasaran-3.1-86-2017
    match: indicator
{extra}
"""


@pytest.mark.parametrize(("role", "extra", "where", "words"), [
    ("indicator", '    columns: {"3": "{year}"}', "pack.yaml:12:20:", "needs year_from"),
    ("indicator", '    columns: {"3": "{year}"}\n    year_from: "tahun 20\\\\d\\\\d"', "pack.yaml:13:16:",
     "needs a group"),
    ("indicator", '    columns: {"3": "{year}"}\n    year_from: "tahun (20"', "pack.yaml:13:16:",
     "not a regular expression"),
    ("indicator", '    columns: {"9": "6"}', "pack.yaml:12:15:", "unknown column '9'"),
    ("indicator", '    columns: {"3": "tahun"}', "pack.yaml:12:20:", "does not match"),
    ("name", '    columns: {"3": "6"}', "pack.yaml:11:12:", "no column has role: indicator"),
])
def test_bad_cross_table_specs_are_refused_with_their_place(tmp_path: Path, role: str, extra: str, where: str,
                                                           words: str) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "pack.yaml").write_text(CROSS_PACK.format(role=role, extra=extra), encoding="utf-8")
    with pytest.raises(PackError) as caught:
        load_library([folder])
    assert where in str(caught.value) and words in str(caught.value), str(caught.value)


# The pack's cross-table rule with the exact findings its violation gives (tests/shaped.py): Tabel 3.1
# (targets per year under a merged label, no column numbers) and Tabel 3.2 (numbers (1)-(4)).
TABEL_31 = shaped.Shape(
    "Tabel 3.1", [TITLE_2024, "Tabel 3.1", "Tujuan dan Sasaran Dinas Pemberdayaan Perempuan dan Perlindungan Anak"],
    [shaped.Col("1", None, "No"), shaped.Col("2", None, "Tujuan"), shaped.Col("3", None, "Indikator Tujuan"),
     shaped.Col("4", None, "Sasaran"), shaped.Col("5", None, "Indikaor Tujuan / Indikator Sasaran"),
     shaped.Col("6", None, "Target Kinerja Tujuan / Sasaran pada Tahun ke-"),
     *[shaped.Col(str(n)) for n in range(7, 12)]],
    below={str(n): year for n, year in zip(range(6, 12), YEARS, strict=True)}, merged=(("6", "11"),))
TABEL_32 = shaped.Shape(
    "Tabel 3.2", [TITLE_2024, "", "Tabel 3.2", "Sasaran Startegis, Indikator Kinerja Dinas setelah Penyesuaian"],
    [shaped.Col("1", "(1)", "NO"), shaped.Col("2", "(2)", "KINERJA UTAMA (SASARAN STRATEGIS)"),
     shaped.Col("3", "(3)", "INDIKATOR KINERJA"), shaped.Col("4", "(4)", "TARGET")])
SHAPED_31 = [{"1": i + 1, "2": f"Tujuan {i + 1}", "3": f"Indikator tujuan {i + 1}", "4": f"Sasaran {i + 1}",
              "5": indicator, **{str(n): value for n, value in zip(range(6, 12), targets, strict=True)}}
             for i, (indicator, targets) in enumerate(ROWS_31)]
SHAPED_32 = [{"1": f"{i + 1}.", "2": sasaran, "3": indicator, "4": target}
             for i, (sasaran, indicator, target) in enumerate(ROWS_32)]
FAMILIES = [shaped.Family("tabel-3.1-3.2", [(TABEL_31, SHAPED_31), (TABEL_32, SHAPED_32)],
                          ["rencana-tujuan-sasaran-3.1-86-2017", "rencana-tujuan-sasaran-3.2-86-2017"])]
CASES = shaped.cases(FAMILIES, {"tabel-3.1-3.2": [
    shaped.Case(RULE, {(0, "4"): "72 %", (3, "4"): "28,57 %"}, {(0, "4"): 74.04, (3, "4"): 33.77}, sheet=1),
]})

test_every_rule_consistent_table, test_every_rule_violation_exactly = shaped.tests(FAMILIES, CASES)
