"""Columns are read by what their headers say (issue: layouts Periksa was not shown).

The seed's Tabel 2.1 is rearranged as agencies' templates do: blocks of columns moved,
unrelated columns inserted (Sasaran, Sumber Dana, Keterangan), the column-number row
renumbered from 0 or removed, headers reworded. Every arrangement must give the same
findings, moved with their cells. A pack is never applied on column count alone, and a
header that contradicts a pack rules it out.
"""

from __future__ import annotations

from copy import copy
from pathlib import Path

import openpyxl
import pytest
import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import MergedCell
from openpyxl.utils import get_column_letter

from validator.check import check
from validator.model import Severity
from validator.packs.rulepack import load_library
from validator.tables.colmap import HeaderColumn, map_columns, norm

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "workbooks" / "renja-2023-tabel-2.1.xlsx"
WORDINGS = yaml.safe_load((ROOT / "tests" / "data" / "wordings-tc29.yaml").read_text(encoding="utf-8"))
TOP, NUMBER_ROW = 5, 8  # the sample's header: labels in rows 5-7, column numbers in row 8
LIBRARY = load_library()
TC29 = LIBRARY.packs["renja-tc29-17-86-2017"]


@pytest.mark.parametrize(("logical", "wording"), [(k, w) for k, texts in WORDINGS.items() for w in texts])
def test_each_wording_names_its_column(logical: str, wording: str) -> None:
    split = TC29.columns[logical].get("split")
    column = HeaderColumn(7, norm(wording), "K" if split else None, full=norm(wording))
    found = map_columns(TC29, [column], LIBRARY.header_words)
    assert found.columns == {f"{logical}.K" if split else logical: 7}
    assert found.evidence == dict.fromkeys(found.columns, "kata")


def test_a_header_naming_another_column_rules_the_pack_out() -> None:
    """Numbered 7 (Target Renja) but labelled Keterangan: the pack does not read it as 7."""
    columns = [HeaderColumn(1, norm("Target Renstra"), "K", "5.K"), HeaderColumn(2, norm("Keterangan"), None, "7.K")]
    found = map_columns(TC29, columns, LIBRARY.header_words)
    assert "7.K" not in found.columns and found.contradictions


# ---- the sample rearranged ---------------------------------------------------------------


def _blocks(sheet: openpyxl.worksheet.worksheet.Worksheet) -> list[list[int]]:
    """Groups of columns that travel together: a top label merged over several columns."""
    spans = {r.min_col: r.max_col for r in sheet.merged_cells.ranges if r.min_row == TOP}
    blocks, col = [], 1
    while col <= sheet.max_column:
        end = spans.get(col, col)
        blocks.append(list(range(col, end + 1)))
        col = end + 1
    return blocks


def rearranged(target: Path, order: list[int], extras: dict[int, str], numbering: str,
               reword: dict[int, int]) -> dict[int, int]:
    """Write the sample with its column blocks in ``order``, an added column before the blocks
    named in ``extras``, the number row ``keep``/``zero``/``none``, and top labels replaced by
    the ``reword``-th wording of their column. Returns old column -> new column."""
    book = openpyxl.load_workbook(SAMPLE)
    sheet = book["Tabel 2.1"]
    blocks = _blocks(sheet)
    moved: dict[int, int] = {}
    added: list[tuple[int, str]] = []
    col = 1
    for index in order:
        if index in extras:
            added.append((col, extras[index]))
            col += 1
        for old in blocks[index]:
            moved[old] = col
            col += 1
    out = openpyxl.Workbook()
    sheet_out = out.active
    sheet_out.title = sheet.title
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            new = sheet_out.cell(cell.row, moved[cell.column] if cell.row >= TOP else cell.column, cell.value)
            new.number_format, new.font = cell.number_format, copy(cell.font)
    for merged in sheet.merged_cells.ranges:
        if merged.min_row < TOP:
            sheet_out.merge_cells(start_row=merged.min_row, start_column=1, end_row=merged.max_row, end_column=col - 1)
        elif [moved[c] for c in range(merged.min_col, merged.max_col + 1)] == list(
                range(moved[merged.min_col], moved[merged.max_col] + 1)):  # still side by side
            sheet_out.merge_cells(start_row=merged.min_row, start_column=moved[merged.min_col],
                                  end_row=merged.max_row, end_column=moved[merged.max_col])
    for at, label in added:
        sheet_out.cell(TOP, at, label)
        sheet_out.merge_cells(start_row=TOP, start_column=at, end_row=TOP + 2, end_column=at)
        for row in range(NUMBER_ROW + 1, sheet.max_row + 1, 3):
            if not isinstance(sheet_out.cell(row, at), MergedCell):
                sheet_out.cell(row, at, "APBD" if "Dana" in label else "-")
    printed = [sheet.cell(NUMBER_ROW, c).value for c in (1, 2, 3)]
    repeats = [r for r in range(NUMBER_ROW, sheet.max_row + 1)  # the page-break repeats of the number row
               if [sheet.cell(r, c).value for c in (1, 2, 3)] == printed]
    numbered = sorted(c for c in range(1, col) if sheet_out.cell(NUMBER_ROW, c).value is not None
                      or any(c == a for a, _ in added))
    for row in repeats:
        for position, c in enumerate(numbered):
            value = sheet_out.cell(row, c).value
            if numbering == "none" or (numbering == "zero" and "=" not in str(value or "")):
                sheet_out.cell(row, c).value = None if numbering == "none" else position
    for index, variant in reword.items():
        first = blocks[index % len(blocks)][0]
        printed = str(sheet.cell(NUMBER_ROW, first).value or "").partition("=")[0].strip()
        texts = WORDINGS.get(printed, []) if len(blocks[index % len(blocks)]) <= 2 else []
        if texts:
            sheet_out.cell(TOP, moved[first]).value = texts[variant % len(texts)]
    out.save(target)
    return moved


def findings(path: Path, moved: dict[int, int] | None = None) -> set[tuple[str, str, str, object]]:
    result = check([path]).files[0]
    assert result.status == "ok", result.error
    place = moved or {}
    return {(f.rule, f"{get_column_letter(place.get(f.cell.col, f.cell.col))}{f.cell.row}", f.severity.value,
             f.expected) for f in result.findings if f.rule != "PRK-LABEL-RUMUS"}


ORIGINAL = findings(SAMPLE)
N_BLOCKS = len(_blocks(openpyxl.load_workbook(SAMPLE)["Tabel 2.1"]))


@settings(max_examples=10, deadline=None, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(range(N_BLOCKS)),
       extras=st.dictionaries(st.integers(0, N_BLOCKS - 1),
                              st.sampled_from(["Sasaran", "Tujuan", "Sumber Dana", "Keterangan", "Lokasi"]),
                              max_size=3),
       numbering=st.sampled_from(["keep", "zero", "none"]),
       reword=st.dictionaries(st.integers(0, N_BLOCKS - 1), st.integers(0, 4), max_size=8))
def test_rearranged_tables_give_the_same_findings(tmp_path: Path, order: list[int], extras: dict[int, str],
                                                  numbering: str, reword: dict[int, int]) -> None:
    target = tmp_path / "rearranged.xlsx"
    moved = rearranged(target, order, extras, numbering, reword)
    assert findings(target) == {(rule, _moved(cell, moved), severity, expected)
                                for rule, cell, severity, expected in ORIGINAL}


def _moved(a1: str, moved: dict[int, int]) -> str:
    letters = "".join(ch for ch in a1 if ch.isalpha())
    column = openpyxl.utils.column_index_from_string(letters)
    return f"{get_column_letter(moved[column])}{a1[len(letters):]}"


@pytest.mark.parametrize("numbering", ["zero", "none"])
def test_renumbered_with_added_columns(tmp_path: Path, numbering: str) -> None:
    """The issue's layout: numbered from 0 (derivations printed verbatim) or not at all, Tujuan and
    Sasaran columns added, the quarters before the targets."""
    order = [0, 1, 2, 3, 7, 4, 5, 6, *range(8, N_BLOCKS)]  # block 7: the four quarters
    moved = rearranged(tmp_path / "t.xlsx", order, {2: "Tujuan", 3: "Sasaran"}, numbering, {})
    assert findings(tmp_path / "t.xlsx") == {(r, _moved(c, moved), s, e) for r, c, s, e in ORIGINAL}


def test_column_count_alone_never_chooses_a_pack(tmp_path: Path) -> None:
    """Seventeen numbered columns under words no pack knows: no pack applies, and the file says so."""
    book = openpyxl.Workbook()
    sheet = book.active
    for col in range(1, 18):
        sheet.cell(3, col, f"Kolom isian {col}")
        sheet.cell(4, col, col)
        sheet.cell(5, col, col * 10)
    book.save(tmp_path / "count.xlsx")
    result = check([tmp_path / "count.xlsx"]).files[0]
    assert result.status == "error" and not result.tables
    assert "tidak cocok dengan paket aturan mana pun" in (result.error or "")


def test_one_column_more_is_read_by_its_words(tmp_path: Path) -> None:
    """An IKU table with an added Satuan column: read by its words, the consistent rows give no
    error, and a quarterly-finance pack (whose labels match none of these) is not applied."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Capaian IKU"
    sheet.append(["Target dan Realisasi Indikator Kinerja Utama Tahun 2024"])
    sheet.append([])
    sheet.append(["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian Kinerja", "Keterangan"])
    sheet.append([1, "Persentase PMKS Mandiri", "%", 22.05, 25.06, 113.65, "Mencapai Target"])
    sheet.append([2, "Persentase Desa Mandiri", "%", 8.6, 29.03, 337.56, "Mencapai Target"])
    sheet.append([3, "Jumlah desa mandiri", "desa", 10, 9, 90, "Tidak mencapai target"])
    book.save(tmp_path / "iku.xlsx")
    result = check([tmp_path / "iku.xlsx"]).files[0]
    assert [t.pack for t in result.tables] == ["lkjip-capaian-iku-53-2014"]
    assert [f for f in result.findings if f.severity is Severity.ERROR] == []
    sheet["F6"] = 95  # 9 / 10 x 100 = 90: a slip in the capaian is found where it is
    book.save(tmp_path / "iku.xlsx")
    errors = [(f.rule, f.cell.a1, f.expected) for f in check([tmp_path / "iku.xlsx"]).files[0].findings
              if f.severity is Severity.ERROR]
    assert errors == [("IKU-CAPAIAN", "F6", 90.0)]


def test_a_template_map_can_be_pinned(tmp_path: Path) -> None:
    """A header no pack has words for is not read; periksa.yaml pins it by its words (or letter)."""
    target = tmp_path / "pinned.xlsx"
    rearranged(target, list(range(N_BLOCKS)), {}, "none", {})
    book = openpyxl.load_workbook(target)
    sheet = book.active
    column = next(c for c in range(1, sheet.max_column + 1) if sheet.cell(TOP, c).value == "Nilai Efisiensi")
    sheet.cell(TOP, column).value = "Rasio K terhadap Rp"
    book.save(target)
    efficiency = {f for f in ORIGINAL if f[0] == "TC29-17"}
    assert efficiency, "the sample has efisiensi findings to lose"
    assert findings(target) == ORIGINAL - efficiency
    result = check([target]).files[0]
    assert any(c.logical is None and "rasio" in c.header for c in result.tables[0].column_reads)
    (tmp_path / "periksa.yaml").write_text('column_map:\n  - sheet: "^Tabel 2.1$"\n'
                                           '    columns: {"^rasio k terhadap rp": "17"}\n', encoding="utf-8")
    assert findings(target) == ORIGINAL
    reads = check([target]).files[0].tables[0].column_reads
    assert [c.evidence for c in reads if c.logical == "17"] == [("tetap",)]


def _rfk(path: Path, rows: list[list[object]]) -> None:
    """A realisasi fisik & keuangan sheet (as SIPD prints it): no family pack describes it."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "RFK"
    sheet.append(["Kode", "Uraian Program / Kegiatan / Sub Kegiatan", "Pagu DPA (Rp)", "Realisasi Keuangan (Rp)",
                  "Capaian (%)", "Keterangan"])
    for values in rows:
        sheet.append(values)
    book.save(path)


RFK_ROWS = [
    ["1.06.02", "PROGRAM PEMBERDAYAAN SOSIAL", 300_000_000, 150_000_000, 50, ""],
    ["1.06.02.2.01", "Pengembangan Potensi Sumber Kesejahteraan Sosial", 300_000_000, 150_000_000, 50, ""],
    ["1.06.02.2.01.0001", "Peningkatan Kemampuan Pekerja Sosial", 100_000_000, 40_000_000, 40, ""],
    ["1.06.02.2.01.0002", "Peningkatan Kemampuan Tenaga Kesejahteraan", 200_000_000, 110_000_000, 55, ""],
    [None, "JUMLAH", 300_000_000, 150_000_000, None, None],
]


def test_a_table_no_pack_fits_gets_the_generic_checks(tmp_path: Path) -> None:
    """Parent = sum of children by kode and the Jumlah row, for every rupiah column its header names;
    the percentage column is not summed; the file says no family pack applied."""
    _rfk(tmp_path / "rfk.xlsx", RFK_ROWS)
    result = check([tmp_path / "rfk.xlsx"]).files[0]
    assert [t.pack for t in result.tables] == ["umum-generik"]
    assert any("tidak ada paket keluarga tabel yang cocok" in note for note in result.notes)
    assert [(c.columns, c.logical) for c in result.tables[0].column_reads] == [
        ("A", "1"), ("B", "2"), ("C", "3"), ("D", "4"), ("E", None), ("F", None)]
    assert result.findings == []
    rows = [list(r) for r in RFK_ROWS]
    rows[1][2] = 320_000_000  # the kegiatan's pagu no longer adds up; the program's sum then only follows it
    rows[4][3] = "150.000.00"  # a malformed amount in the total row
    _rfk(tmp_path / "rfk.xlsx", rows)
    result = check([tmp_path / "rfk.xlsx"]).files[0]
    found = {(f.rule, f.cell.a1, f.severity.value, f.expected) for f in result.findings}
    assert found == {("UMUM-INDUK-3", "C3", "error", 300_000_000.0),
                     ("UMUM-INDUK-3", "C2", "warning", 320_000_000.0),
                     ("PRK-ANGKA-TIDAK-SAH", "D6", "error", None)}
