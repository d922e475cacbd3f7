"""Quarterly reports (seed 003 lines 888-1116): "Realisasi Keuangan Triwulan n" per kegiatan and
"Realisasi Kinerja Triwulan n" per IKU, printed without a column-number row under two header rows.
Capaian = realisasi / target to date x 100; the financial target to date is the quarter's share of
the annual anggaran (30/50/80/100 % in Barito Utara: a pack parameter a project may change)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from validator.check import Options, check
from validator.cli import main
from validator.model import Severity
from validator.packs.config import build_library
from validator.packs.expr import ExpressionError, compile_expression
from validator.packs.rulepack import PackError, load_library

WORKBOOKS = Path(__file__).resolve().parent.parent / "workbooks"
SAMPLE = WORKBOOKS / "lkjip-2024-triwulan-dinsos-baritoutara.xlsx"
REHAB = "Program Rehabilitasi Sosial"
DESA = "Program Administrasi Pemerintahan Desa"
KEUANGAN = "lkjip-keuangan-triwulan-53-2014"
RUJUKAN = "Pemberian layanan rujukan"
KERJASAMA = "Kerja sama antar lembaga dan kemitraan dalam pelaksanaan Rehabilitasi Sosial Kabupaten/kota"
BUMDES = "Pembinaan dan Pemberdayaan BUM desa dan Lembaga Kerja Sama antar Desa"
PEMAKANAN = "Penyediaan permakanan"
SASARAN = "Meningkatnya Desa Mandiri di Kabupaten Barito Utara"

# Seed 003 lines 940-944 (Triwulan II, 50 %): every row consistent
TW_II = [
    [1, REHAB, RUJUKAN, 480_000_000, 240_000_000, 92_934_000, 38.72],
    [3, REHAB, PEMAKANAN, 2_036_000_000, "-", 0, "-"],
    [4, REHAB, KERJASAMA, 35_407_600, 17_703_800, 9_046_500, 51.10],
    [6, DESA, BUMDES, 100_000_000, 50_000_000, 24_213_450, 48.43],
]
# Seed 003 lines 1014-1018 (Triwulan III, 80 %), with the two seed errors corrected
TW_III = [
    [1, REHAB, RUJUKAN, 480_000_000, 384_000_000, 155_988_050, 40.62, "dilaksanakan di triwulan IV"],
    [2, REHAB, PEMAKANAN, 2_036_000_000, "-", "-", "-"],
    [3, REHAB, KERJASAMA, 35_407_600, 28_326_080, 9_046_500, 31.94],
    [5, DESA, BUMDES, 100_000_000, 80_000_000, 71_760_200, 89.70],
]


def table(ws: Worksheet, top: int, kind: str, quarter: str | None, rows: list[list[object]],
          capaian_apart: bool = False, keterangan: bool = True, titled: bool = True) -> dict[tuple[int, str], str]:
    """Title, "Dinas ..." line, blank, two header rows as the agency prints them, data rows
    (``titled=False``: the header repeated after a page break, without a title).
    Returns {(row index, column letter): A1}."""
    roman = f" Triwulan {quarter}" if quarter else ""
    if titled:
        ws.cell(top, 1, f"Realisasi Keuangan{roman}" if kind == "K" else f"A. REALISASI KINERJA{roman.upper()}")
        ws.cell(top + 1, 1, "Dinas Sosial, Pemberdayaan Masyarakat dan Desa")
    h = top + 3
    first = ["No", "Program", "Kegiatan", "Anggaran ( Rp )"] if kind == "K" else \
        ["No", "Sasaran", "Indikator Kinerja Utama", "Target"]
    for col, text in enumerate(first, start=1):
        ws.cell(h, col, text)
        ws.merge_cells(start_row=h, start_column=col, end_row=h + 1, end_column=col)
    ws.cell(h, 5, "Keuangan" if kind == "K" else f"Capaian{roman}")
    ws.merge_cells(start_row=h, start_column=5, end_row=h, end_column=6 if capaian_apart else 7)
    ws.cell(h + 1, 5, "Target")
    ws.cell(h + 1, 6, "Realisasi")
    if capaian_apart:
        ws.cell(h, 7, "Capaian %")
        ws.merge_cells(start_row=h, start_column=7, end_row=h + 1, end_column=7)
    else:
        ws.cell(h + 1, 7, "Capaian %")
    if keterangan:
        ws.cell(h, 8, "Keterangan")
        ws.merge_cells(start_row=h, start_column=8, end_row=h + 1, end_column=8)
    cells = {}
    for i, values in enumerate(rows):
        for col, value in enumerate(values, start=1):
            letter = "ABCDEFGH"[col - 1]
            cell = ws.cell(h + 2 + i, col, value)
            if kind == "I" and col in (4, 5, 6, 7) and isinstance(value, float):
                cell.value, cell.number_format = value / 100, "0.00%"
            cells[(i, letter)] = f"{letter}{h + 2 + i}"
    return cells


def book(path: Path, sheets: dict[str, list[tuple[str, str | None, list[list[object]], dict[str, bool]]]]
         ) -> dict[tuple[str, int, int, str], str]:
    """Sheets of tables, one under the other; returns {(sheet, table index, row index, column): A1}."""
    wb = Workbook()
    wb.remove(wb.active)
    out = {}
    for name, tables in sheets.items():
        ws = wb.create_sheet(name)
        top = 1
        for t, (kind, quarter, rows, options) in enumerate(tables):
            for (i, letter), a1 in table(ws, top, kind, quarter, rows, **options).items():
                out[(name, t, i, letter)] = a1
            top += 5 + len(rows) + 4
    wb.save(path)
    return out


def findings(path: Path, options: Options | None = None) -> set[tuple[str, str, str, Severity]]:
    result = check([path], options).files[0]
    assert result.status == "ok", result.error
    return {(f.rule, f.cell.sheet, f.cell.a1, f.severity) for f in result.findings}


def test_the_seed_quarters_are_found_with_their_layouts_and_quarters() -> None:
    result = check([SAMPLE]).files[0]
    seen = [(t.sheet, t.pack, t.parameters.get("triwulan"), t.parameters.get("porsi_target")) for t in result.tables]
    assert seen == [
        ("TW I", "lkjip-keuangan-triwulan-53-2014", 1, 30), ("TW I", "lkjip-kinerja-triwulan-53-2014", 1, None),
        ("TW II", "lkjip-keuangan-triwulan-53-2014", 2, 50),
        ("TW II", "lkjip-kinerja-triwulan-53-2014", 2, None),
        ("TW III", "lkjip-keuangan-triwulan-53-2014", 3, 80), ("TW III", "lkjip-kinerja-triwulan-53-2014", 3, None),
        ("TW IV", "lkjip-kinerja-triwulan-53-2014", 4, None),
        ("TW IV", "lkjip-keuangan-triwulan-53-2014", 4, 100),
    ]
    assert [sum(r.kind == "entity" for r in t.rows) for t in result.tables] == [7, 2, 7, 2, 7, 2, 2, 7]


def test_seed_errors_are_named_with_the_share_used() -> None:
    """Line 960: 0,03 % is the ratio 0,0275; line 895: 10.622.260 is not 30 % of 35.407.600."""
    by_cell = {(f.cell.sheet, f.cell.a1): f for f in check([SAMPLE]).files[0].findings}
    ratio = by_cell[("TW II", "G29")]
    assert (ratio.rule, ratio.expected) == ("LKJ-TWI-CAPAIAN", 2.75) and "rasio" in ratio.message
    share = by_cell[("TW I", "E8")]
    assert (share.rule, share.expected, share.actual) == ("LKJ-TWK-PORSI", 10_622_280, 10_622_260)
    assert "porsi_target = 30" in share.message
    english = {(f.cell.sheet, f.cell.a1): f for f in check([SAMPLE], Options(lang="en")).files[0].findings}
    assert english[("TW I", "E8")].message.startswith("states 10,622,260, expected 10,622,280")


def test_capaian_keuangan(tmp_path: Path) -> None:
    """Triwulan II as printed ("Capaian %" beside "Keuangan"): consistent, then one capaian wrong."""
    clean = tmp_path / "tw2.xlsx"
    book(clean, {"TW II": [("K", "II", TW_II, {"capaian_apart": True})]})
    assert findings(clean) == set()
    rows = [list(r) for r in TW_II]
    rows[0][6] = 38.27
    rows[3][6] = None  # realisasi 24.213.450 with no capaian
    wrong = tmp_path / "tw2-salah.xlsx"
    cells = book(wrong, {"TW II": [("K", "II", rows, {"capaian_apart": True})]})
    assert findings(wrong) == {("LKJ-TWK-CAPAIAN", "TW II", cells[("TW II", 0, 0, "G")], Severity.ERROR),
                               ("LKJ-TWK-CAPAIAN", "TW II", cells[("TW II", 0, 3, "G")], Severity.ERROR)}


def test_target_is_the_quarters_share_of_the_anggaran(tmp_path: Path) -> None:
    clean = tmp_path / "tw3.xlsx"
    book(clean, {"TW III": [("K", "III", TW_III, {})]})
    assert findings(clean) == set()
    rows = [list(r) for r in TW_III]
    rows[3][4], rows[3][6] = 75_000_000, 95.68  # 75 % of the anggaran; capaian consistent with it
    wrong = tmp_path / "tw3-75.xlsx"
    cells = book(wrong, {"TW III": [("K", "III", rows, {})]})
    result = check([wrong]).files[0]
    share, capaian = sorted(result.findings, key=lambda f: f.rule, reverse=True)
    assert (share.rule, share.cell.a1, share.severity) == ("LKJ-TWK-PORSI", cells[("TW III", 0, 3, "E")],
                                                           Severity.ERROR)
    assert share.expected == 80_000_000 and "porsi_target = 80" in share.message
    # the capaian agrees with the wrong target: a warning that names it, with the value it will have
    assert (capaian.rule, capaian.cell.a1, capaian.severity, capaian.expected) == (
        "LKJ-TWK-CAPAIAN", cells[("TW III", 0, 3, "G")], Severity.WARNING, 89.7)
    assert share.cell.a1 in capaian.message


def test_targets_off_by_a_rupiah_or_not_set_are_not_violations(tmp_path: Path) -> None:
    """1 rupiah of rounding is tolerated; a "-" or blank target (no target set yet) is not checked."""
    rows = [list(r) for r in TW_III]
    rows[2][4], rows[2][6] = 28_326_079, 31.94
    rows[0][4], rows[0][6] = None, None
    path = tmp_path / "tw3.xlsx"
    book(path, {"TW III": [("K", "III", rows, {})]})
    assert findings(path) == set()


def test_a_blank_quarter_is_not_a_violation(tmp_path: Path) -> None:
    """TW III not reported yet (target, realisasi and capaian empty), TW IV without Keterangan column:
    no finding in any quarter, and none between the quarters."""
    blank = [[n, program, name, anggaran] for n, program, name, anggaran, *_ in TW_III]
    tw4 = [[1, REHAB, RUJUKAN, 480_000_000, 480_000_000, 316_568_760, 65.95],
           [3, REHAB, KERJASAMA, 35_407_600, 35_407_600, 17_548_200, 49.56]]
    path = tmp_path / "setahun.xlsx"
    book(path, {"TW II": [("K", "II", TW_II, {"capaian_apart": True})],
                "TW III": [("K", "III", blank, {})],
                "TW IV": [("K", "IV", tw4, {"keterangan": False})]})
    result = check([path]).files[0]
    assert [t.pack for t in result.tables][-1] == "lkjip-keuangan-triwulan-53-2014"
    assert result.findings == []


def test_without_a_quarter_in_the_title_the_share_is_not_checked(tmp_path: Path) -> None:
    rows = [list(r) for r in TW_III]
    rows[3][4], rows[3][6] = 75_000_000, 95.75  # share unknowable; capaian wrong (95.68)
    path = tmp_path / "tanpa-triwulan.xlsx"
    cells = book(path, {"Keuangan": [("K", None, rows, {})]})
    result = check([path]).files[0]
    assert result.tables[0].parameters == {}
    assert {(f.rule, f.cell.a1) for f in result.findings} == {("LKJ-TWK-CAPAIAN", cells[("Keuangan", 0, 3, "G")])}


def seed_tw1(path: Path, share: float) -> str:
    """Seed line 898 (TW I, profil Desa, 50.000.000) with the target at ``share`` %."""
    rows = [[7, DESA, "Fasilitasi Penyusunan profil Desa", 50_000_000, 50_000_000 * share / 100, "-", 0.0]]
    return book(path, {"TW I": [("K", "I", rows, {})]})[("TW I", 0, 0, "E")]


def test_periksa_yaml_changes_the_shares(tmp_path: Path) -> None:
    """A kabupaten whose targets are 25/50/75/100 %: the seed's 30 % becomes the violation."""
    at_30, at_25 = tmp_path / "tw1-30.xlsx", tmp_path / "tw1-25.xlsx"
    cell = seed_tw1(at_30, 30)
    seed_tw1(at_25, 25)
    assert findings(at_30) == set()
    assert findings(at_25) == {("LKJ-TWK-PORSI", "TW I", cell, Severity.ERROR)}
    (tmp_path / "periksa.yaml").write_text("parameters:\n  porsi_target: {I: 25, iii: 75}\n", encoding="utf-8")
    assert findings(at_25) == set()
    assert findings(at_30) == {("LKJ-TWK-PORSI", "TW I", cell, Severity.ERROR)}
    assert findings(at_30, Options(discover_config=False)) == set()


def test_an_extending_pack_changes_the_shares(tmp_path: Path) -> None:
    rules = tmp_path / "aturan"
    rules.mkdir()
    (rules / "triwulan-kab.yaml").write_text(
        "pack: lkjip-keuangan-triwulan-kab-contoh\n"
        "extends: lkjip-keuangan-triwulan-53-2014\n"
        "version: '2024.1'\n"
        "parameters:\n  porsi_target:\n    values: {I: 25}\n", encoding="utf-8")
    library = load_library([rules])
    derived = library.packs["lkjip-keuangan-triwulan-kab-contoh"].data["parameters"]["porsi_target"]
    assert derived["values"] == {"II": 50, "III": 80, "IV": 100, "I": 25} and "triwulan" in derived["match"]
    at_30, at_25 = tmp_path / "data" / "tw1-30.xlsx", tmp_path / "data" / "tw1-25.xlsx"
    at_30.parent.mkdir()
    cell = seed_tw1(at_30, 30)
    seed_tw1(at_25, 25)
    (tmp_path / "periksa.yaml").write_text(
        "rules_dirs: [aturan]\npacks: [lkjip-keuangan-triwulan-kab-contoh]\n", encoding="utf-8")
    assert findings(at_25) == set()
    assert findings(at_30) == {("LKJ-TWK-PORSI", "TW I", cell, Severity.ERROR)}


def test_capaian_kinerja(tmp_path: Path) -> None:
    """Seed lines 960-961 (TW II): 0,03 % is the ratio, 4,30 % the realisasi copied; then corrected.
    A negative indicator (lower is better) uses (2T - R) / T x 100."""
    rows = [[1, SASARAN, "Persentase PMKS Mandiri", 22.05, 12.0, 0.33, 0.03],
            [2, SASARAN, "Persentase Desa Mandiri", 8.06, 4.03, 4.30, 4.30],
            [3, SASARAN, "Persentase kekerasan terhadap anak", 10.0, 10.0, 8.0, 120.0]]
    wrong = tmp_path / "kinerja.xlsx"
    cells = book(wrong, {"TW II": [("I", "II", rows, {"capaian_apart": True})]})
    result = check([wrong]).files[0]
    assert [t.pack for t in result.tables] == ["lkjip-kinerja-triwulan-53-2014"]
    assert {(f.rule, f.cell.a1, f.expected) for f in result.findings} == {
        ("LKJ-TWI-CAPAIAN", cells[("TW II", 0, 0, "G")], 2.75),
        ("LKJ-TWI-CAPAIAN", cells[("TW II", 0, 1, "G")], 106.7)}
    rows[0][6], rows[1][6], rows[2][6] = 2.75, 106.70, 80.0
    fixed = tmp_path / "kinerja-benar.xlsx"
    book(fixed, {"TW II": [("I", "II", rows, {})]})
    assert findings(fixed) == {("LKJ-TWI-CAPAIAN-NEGATIF", "TW II", cells[("TW II", 0, 2, "G")], Severity.ERROR)}
    rows[2][6] = 120.0
    book(fixed, {"TW II": [("I", "II", rows, {})]})
    assert findings(fixed) == set()


def test_keuangan_and_kinerja_tables_on_one_sheet_stay_apart(tmp_path: Path) -> None:
    """Their sub-labels read the same (Target, Realisasi, Capaian %); their packs differ."""
    kinerja = [[2, SASARAN, "Persentase Desa Mandiri", 8.06, 4.03, 4.30, 106.70]]
    path = tmp_path / "tw2.xlsx"
    book(path, {"TW II": [("K", "II", TW_II, {"capaian_apart": True}), ("I", "II", kinerja, {"capaian_apart": True})]})
    result = check([path]).files[0]
    assert [(t.pack, sum(r.kind == "entity" for r in t.rows)) for t in result.tables] == [
        ("lkjip-keuangan-triwulan-53-2014", 4), ("lkjip-kinerja-triwulan-53-2014", 1)]
    assert result.findings == []


def quarter_rows(quarter: int) -> list[list[object]]:
    """Seed 003 kegiatan with the target at the quarter's share and realisasi half of it."""
    share = {1: 30, 2: 50, 3: 80, 4: 100}[quarter]
    out: list[list[object]] = []
    for no, program, name, anggaran in ((1, REHAB, RUJUKAN, 480_000_000), (4, REHAB, KERJASAMA, 35_407_600)):
        target = anggaran * share // 100
        out.append([no, program, name, anggaran, target, target // 2, 50.0])
    return out


def test_quarters_stacked_on_one_sheet_are_four_tables(tmp_path: Path) -> None:
    """One header repeated under four titles: each quarter is its own table with its own share."""
    path = tmp_path / "setahun.xlsx"
    cells = book(path, {"Keuangan 2024": [("K", r, quarter_rows(q), {}) for q, r in
                                          ((1, "I"), (2, "II"), (3, "III"), (4, "IV"))]})
    result = check([path]).files[0]
    assert [(t.parameters["porsi_target"], len(t.rows)) for t in result.tables] == [
        (30, 2), (50, 2), (80, 2), (100, 2)]
    assert result.findings == []
    wb = load_workbook(path)
    wb["Keuangan 2024"][cells[("Keuangan 2024", 2, 0, "E")]] = 240_000_000  # TW III at 50 %
    wb.save(path)
    assert findings(path) == {("LKJ-TWK-PORSI", "Keuangan 2024", cells[("Keuangan 2024", 2, 0, "E")],
                               Severity.ERROR),
                              ("LKJ-TWK-CAPAIAN", "Keuangan 2024", cells[("Keuangan 2024", 2, 0, "G")],
                               Severity.WARNING)}


def test_a_header_repeated_after_a_page_break_continues_the_table(tmp_path: Path) -> None:
    """The row above the repeat says "dilaksanakan di triwulan IV": a Keterangan, not a title."""
    first, rest = TW_III[:1], TW_III[1:]
    path = tmp_path / "tw3.xlsx"
    book(path, {"TW III": [("K", "III", first, {}), ("K", None, rest, {"titled": False})]})
    result = check([path]).files[0]
    assert [(t.parameters["porsi_target"], len(t.rows)) for t in result.tables] == [(80, 4)]
    assert result.findings == []


def test_cumulative_realisasi_never_decreases_across_quarters(tmp_path: Path) -> None:
    tw3 = [list(r) for r in TW_III]
    tw3[0][5], tw3[0][6] = 90_000_000, 23.44  # below TW II's 92.934.000 for the same kegiatan
    path = tmp_path / "turun.xlsx"
    cells = book(path, {"TW II": [("K", "II", TW_II, {"capaian_apart": True})], "TW III": [("K", "III", tw3, {})]})
    errors = {(f.cell.sheet, f.cell.a1) for f in check([path]).files[0].findings if f.severity is Severity.ERROR}
    assert errors == {("TW III", cells[("TW III", 0, 0, "F")])}


KUMULATIF = "LKJ-TWK-KUMULATIF"
# Seed 003 line 897 (TW I, 30 %): rujukan 144.000.000 target, with a realisasi of 100.000.000
TW_I = [[1, REHAB, RUJUKAN, 480_000_000, 144_000_000, 100_000_000, 69.44],
        [4, REHAB, KERJASAMA, 35_407_600, 10_622_280, 9_046_500, 85.17]]


def cumulative(path: Path, options: Options | None = None) -> list:  # type: ignore[type-arg]
    result = check([path], options).files[0]
    assert result.status == "ok", result.error
    return [f for f in result.findings if f.rule.endswith("-KUMULATIF")]


def test_a_decrease_is_reported_on_the_later_cell_with_the_earlier_value(tmp_path: Path) -> None:
    tw3 = [list(r) for r in TW_III]
    tw3[0][5], tw3[0][6] = 90_000_000, 23.44
    path = tmp_path / "turun.xlsx"
    cells = book(path, {"TW II": [("K", "II", TW_II, {"capaian_apart": True})], "TW III": [("K", "III", tw3, {})]})
    [finding] = cumulative(path)
    assert (finding.rule, finding.severity, finding.cell.sheet, finding.cell.a1) == (
        KUMULATIF, Severity.ERROR, "TW III", cells[("TW III", 0, 0, "F")])
    assert (finding.actual, finding.expected) == (90_000_000, 92_934_000)
    previous = f"TW II!{cells[('TW II', 0, 0, 'F')]}"
    assert finding.message == (f"tertulis 90.000.000, lebih kecil dari triwulan sebelumnya (92.934.000 di "
                               f"{previous}); nilai kumulatif tidak boleh turun")
    [english] = cumulative(path, Options(lang="en"))
    assert english.message.startswith(f"states 90,000,000, less than the previous triwulan (92,934,000 in {previous})")


def test_equal_or_increasing_realisasi_is_clean(tmp_path: Path) -> None:
    """Seed TW II -> TW III: 92.934.000 -> 155.988.050 and 9.046.500 unchanged (kerja sama)."""
    path = tmp_path / "naik.xlsx"
    book(path, {"TW II": [("K", "II", TW_II, {"capaian_apart": True})], "TW III": [("K", "III", TW_III, {})]})
    assert check([path]).files[0].findings == []


def test_without_tw_ii_tw_iii_is_compared_with_tw_i(tmp_path: Path) -> None:
    tw3 = [list(r) for r in TW_III]
    tw3[0][5], tw3[0][6] = 90_000_000, 23.44  # below TW I's 100.000.000, above nothing else
    path = tmp_path / "tanpa-tw2.xlsx"
    cells = book(path, {"TW I": [("K", "I", TW_I, {})], "TW III": [("K", "III", tw3, {})]})
    [finding] = cumulative(path)
    assert (finding.cell.sheet, finding.cell.a1, finding.expected) == ("TW III", cells[("TW III", 0, 0, "F")],
                                                                      100_000_000)
    assert f"TW I!{cells[('TW I', 0, 0, 'F')]}" in finding.message
    # with TW II in between, TW III is compared with TW II only (and TW II's 92.934.000 with TW I)
    path = tmp_path / "dengan-tw2.xlsx"
    book(path, {"TW I": [("K", "I", TW_I, {})], "TW II": [("K", "II", TW_II, {"capaian_apart": True})],
                "TW III": [("K", "III", tw3, {})]})
    assert sorted((f.cell.sheet, f.actual, f.expected) for f in cumulative(path)) == [
        ("TW II", 92_934_000, 100_000_000), ("TW III", 90_000_000, 92_934_000)]


def test_tw_iv_without_keterangan_is_compared_with_tw_iii(tmp_path: Path) -> None:
    """The three layouts are one series: TW IV (no Keterangan column) follows TW III."""
    tw4 = [[1, REHAB, RUJUKAN, 480_000_000, 480_000_000, 150_000_000, 31.25],
           [3, REHAB, KERJASAMA, 35_407_600, 35_407_600, 17_548_200, 49.56]]
    path = tmp_path / "tw4.xlsx"
    cells = book(path, {"TW III": [("K", "III", TW_III, {})], "TW IV": [("K", "IV", tw4, {"keterangan": False})]})
    assert [(f.cell.sheet, f.cell.a1, f.expected) for f in cumulative(path)] == [
        ("TW IV", cells[("TW IV", 0, 0, "F")], 155_988_050)]


def test_a_quarter_printed_twice_is_not_compared(tmp_path: Path) -> None:
    """Two TW II tables (a revision beside the original): which one TW III follows is not known."""
    tw3 = [list(r) for r in TW_III]
    tw3[0][5], tw3[0][6] = 90_000_000, 23.44
    path = tmp_path / "dua-tw2.xlsx"
    book(path, {"TW II": [("K", "II", TW_II, {"capaian_apart": True})],
                "TW II revisi": [("K", "II", TW_II, {"capaian_apart": True})],
                "TW III": [("K", "III", tw3, {})]})
    assert cumulative(path) == []
    # two TW III tables: neither is compared with TW II
    path = tmp_path / "dua-tw3.xlsx"
    book(path, {"TW II": [("K", "II", TW_II, {"capaian_apart": True})],
                "TW III": [("K", "III", tw3, {})], "TW III revisi": [("K", "III", tw3, {})]})
    assert cumulative(path) == []


def test_a_blank_or_dash_later_quarter_is_not_a_decrease(tmp_path: Path) -> None:
    """TW III not filled in for rujukan (blank) and kerja sama ("-"), after TW II's 92.934.000 and 9.046.500."""
    tw3 = [list(r) for r in TW_III]
    tw3[0][5], tw3[0][6] = None, None
    tw3[2][5], tw3[2][6] = "-", "-"  # a dash is Rp 0 elsewhere; here it is a quarter not reported
    path = tmp_path / "kosong.xlsx"
    book(path, {"TW II": [("K", "II", TW_II, {"capaian_apart": True})], "TW III": [("K", "III", tw3, {})]})
    assert cumulative(path) == []


def test_a_kegiatan_named_otherwise_or_twice_is_not_compared(tmp_path: Path) -> None:
    tw3 = [list(r) for r in TW_III]
    tw3[0][2], tw3[0][5], tw3[0][6] = "Pemberian layanan rujukan sosial", 90_000_000, 23.44
    path = tmp_path / "nama.xlsx"
    book(path, {"TW II": [("K", "II", TW_II, {"capaian_apart": True})], "TW III": [("K", "III", tw3, {})]})
    assert cumulative(path) == []
    tw3 = [list(r) for r in TW_III]
    tw3[0][5], tw3[0][6] = 90_000_000, 23.44
    tw3[3] = [5, DESA, RUJUKAN, 100_000_000, 80_000_000, 71_760_200, 89.70]  # rujukan under another program
    path = tmp_path / "dua-nama.xlsx"
    book(path, {"TW II": [("K", "II", TW_II, {"capaian_apart": True})], "TW III": [("K", "III", tw3, {})]})
    assert cumulative(path) == []


def test_a_falling_iku_realisasi_is_a_warning(tmp_path: Path) -> None:
    """Percentages may be stocks that fall (DOMAIN 5.2): Desa Mandiri 4,30 % in TW II, 4,00 % in TW III."""
    tw2 = [[2, SASARAN, "Persentase Desa Mandiri", 8.06, 4.03, 4.30, 106.70]]
    tw3 = [[2, SASARAN, "Persentase Desa Mandiri", 8.06, 6.05, 4.00, 66.12]]
    path = tmp_path / "iku.xlsx"
    cells = book(path, {"TW II": [("I", "II", tw2, {"capaian_apart": True})], "TW III": [("I", "III", tw3, {})]})
    result = check([path]).files[0]
    assert [(f.rule, f.severity, f.cell.a1, f.expected, f.actual) for f in result.findings] == [
        ("LKJ-TWI-KUMULATIF", Severity.WARNING, cells[("TW III", 0, 0, "F")], 4.3, 4.0)]
    tw3[0][5], tw3[0][6] = 4.30, 71.07
    book(path, {"TW II": [("I", "II", tw2, {"capaian_apart": True})], "TW III": [("I", "III", tw3, {})]})
    assert check([path]).files[0].findings == []


def test_keuangan_and_kinerja_are_separate_series(tmp_path: Path) -> None:
    """A kinerja table is never the previous quarter of a keuangan table, on one sheet or across sheets."""
    kinerja = [[1, SASARAN, RUJUKAN, 500_000_000.0, 400_000_000.0, 200_000_000.0, 50.0]]
    path = tmp_path / "campur.xlsx"
    book(path, {"TW II": [("I", "II", kinerja, {"capaian_apart": True})], "TW III": [("K", "III", TW_III, {})]})
    assert cumulative(path) == []


def test_parameters_resolve_from_header_then_nearest_title_then_sheet() -> None:
    pack = load_library().packs["lkjip-keuangan-triwulan-53-2014"]
    assert pack.parameter_values("Capaian Triwulan III", "Triwulan I", "TW IV")["triwulan"] == 3
    assert pack.parameter_values("No Program", "Laporan Triwulan I ... Realisasi Keuangan Triwulan II", "")[
        "porsi_target"] == 50
    assert pack.parameter_values("", "Realisasi Keuangan", "TW IV") == {"triwulan": 4, "porsi_target": 100}
    assert pack.parameter_values("", "Realisasi Keuangan Triwulan 5", "Sheet1") == {}
    assert pack.parameter_values("", "Rapat twin", "Dinsos") == {}


def test_expressions_know_the_packs_parameters() -> None:
    assert compile_expression("[5] == [4] * porsi / 100", ["4", "5"], ["porsi"]).variables == ["porsi"]
    with pytest.raises(ExpressionError, match="unknown name 'porsi'"):
        compile_expression("[5] == [4] * porsi / 100", ["4", "5"])


PACK = ("pack: contoh-triwulan\nversion: '1'\ncolumns: {{'1': {{name: a}}, '2': {{name: b}}}}\n"
        "parameters:\n  {name}: {{match: '{match}', values: {{I: 30}}}}\n"
        "rules:\n  - id: CNTH-1\n    check: \"[2] == [1] * {use} / 100\"\n")


@pytest.mark.parametrize("name,match,use,words", [
    ("sum", "triwulan (I)", "sum", "contoh.yaml:5:3: parameter 'sum': the name is taken"),
    ("porsi", "triwulan (I", "porsi", "contoh.yaml:5:18: parameters.porsi.match: not a regular expression"),
    ("porsi", "triwulan (I)", "porsen", "rule CNTH-1: check: unknown name 'porsen'"),
    ("Porsi", "triwulan (I)", "Porsi", "parameters: 'Porsi' does not match"),
])
def test_a_wrong_parameter_in_a_pack_is_named(tmp_path: Path, name: str, match: str, use: str, words: str) -> None:
    (tmp_path / "contoh.yaml").write_text(PACK.format(name=name, match=match, use=use), encoding="utf-8")
    with pytest.raises(PackError, match=words.replace("(", r"\(")):
        load_library([tmp_path])


@pytest.mark.parametrize("text,words", [
    ("parameters: {porsi: {I: 25}}\n", "parameters: 'porsi' tidak dikenal"),
    ("parameters: {porsi_target: {I: tigapuluh}}\n", "periksa.yaml:1:32: parameters.porsi_target.I"),
    ("parameters: {porsi_target: 25}\n", "periksa.yaml:1:28: parameters.porsi_target"),
])
def test_a_wrong_parameter_in_periksa_yaml_is_one_line(tmp_path: Path, text: str, words: str) -> None:
    seed_tw1(tmp_path / "tw1.xlsx", 30)
    (tmp_path / "periksa.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(PackError, match=words):
        check([tmp_path])
    result = CliRunner().invoke(main, ["check", str(tmp_path)])
    assert result.exit_code == 2 and words in result.output and "Traceback" not in result.output


def test_negative_indicator_realised_beyond_twice_its_target(tmp_path: Path) -> None:
    """Kekerasan: target 10, realisasi 25 by TW II: (2T - R)/T = -50 %. The stated -50 or a capaian
    capped at 0 are both accepted; a positive capaian is not."""
    rows = [[3, SASARAN, "Persentase kekerasan terhadap anak", 10.0, 10.0, 25.0, -50.0]]
    path = tmp_path / "kinerja.xlsx"
    for stated in (-50.0, 0.0):
        rows[0][6] = stated
        book(path, {"TW II": [("I", "II", rows, {})]})
        assert findings(path) == set()
    rows[0][6] = 40.0  # R/T the wrong way round (10/25)
    cells = book(path, {"TW II": [("I", "II", rows, {})]})
    assert findings(path) == {("LKJ-TWI-CAPAIAN-NEGATIF-BATAS", "TW II", cells[("TW II", 0, 0, "G")], Severity.ERROR)}


def test_a_quarter_written_in_arabic_numerals(tmp_path: Path) -> None:
    """"Triwulan 2" and "TW.3" are quarters II and III (aliases of the keys), so a project's
    {II: 45} applies to them too; "Tahun 2024" is no quarter."""
    pack = load_library().packs[KEUANGAN]
    assert pack.parameter_values("Realisasi Keuangan s/d Triwulan 2") == {"triwulan": 2, "porsi_target": 50}
    assert pack.parameter_values("Laporan TW.3 Tahun 2024") == {"triwulan": 3, "porsi_target": 80}
    assert pack.parameter_values("Realisasi Keuangan Triwulan 2024") == {}
    (tmp_path / "periksa.yaml").write_text("parameters:\n  porsi_target: {II: 45}\n", encoding="utf-8")
    configured = build_library([tmp_path]).packs[KEUANGAN]
    assert configured.parameter_values("s/d Triwulan 2") == {"triwulan": 2, "porsi_target": 45}
