"""Cross-table rules whose counterpart is in another workbook (``periksa check --with``) or
in another sheet of the same one: T-C.33 against the T-C.31 it came from (seed 001), the
efficiency table against the Perjanjian Kinerja (seed 003)."""

from __future__ import annotations

import copy
from pathlib import Path

import shaped
from click.testing import CliRunner
from openpyxl import load_workbook
from test_rules_lkjip import EFISIENSI, EFISIENSI_ROWS, PK, PK_ROWS, money

from validator.check import Options, check
from validator.cli import main
from validator.model import Severity

WORKBOOKS = Path(__file__).resolve().parent.parent / "workbooks"
TC33 = WORKBOOKS / "renja-2022-tc33-dinsos-balangan.xlsx"
TC31 = WORKBOOKS / "renja-2022-tc31-dinsos-balangan.xlsx"

# Seed 001: T-C.33 col 6 (lines 996-1060) vs T-C.31 col 11 (lines 563-612), same names from the
# program down. Program/kegiatan Penunjang differ because T-C.31's parent sums are wrong
# (8.102.437.376 vs its children's 8.178.437.376); KAT, Rehabilitasi and Reunifikasi were given
# more in the Renja than the analysis found.
TC33_VS_TC31 = {
    "L11": 10_078_864_976, "L16": 8_102_437_376, "L40": 413_725_000, "L41": 31_590_000, "L42": 22_000_000,
    "L52": 500_915_500, "L53": 500_915_500, "L58": 2_000_000,
}


def _cross(findings: list, rule: str) -> dict[str, float]:
    return {f.cell.a1: f.expected for f in findings if f.rule == rule}


def test_tc33_against_the_tc31_in_another_workbook() -> None:
    alone = check([TC33]).files[0]
    paired = check([TC33], Options(companions=(TC31,))).files[0]
    assert _cross(alone.findings, "TC33-SAMA-TC31") == {}
    found = [f for f in paired.findings if f.rule == "TC33-SAMA-TC31"]
    assert _cross(found, "TC33-SAMA-TC31") == TC33_VS_TC31
    assert {f.severity for f in found} == {Severity.WARNING}
    first = next(f for f in found if f.cell.a1 == "L11")
    assert "renja-2022-tc31-dinsos-balangan.xlsx: T-C.31!M13" in first.message
    assert {f.cell.sheet for f in paired.findings} == {"T-C.33"}  # the companion is not reported on
    assert [t.sheet for t in paired.tables] == ["T-C.33"]
    others = {(f.rule, f.cell.a1) for f in paired.findings if f.rule != "TC33-SAMA-TC31"}
    assert others == {(f.rule, f.cell.a1) for f in alone.findings}


def _copy_sheet(source: Path, into: Path, target: Path) -> None:
    """The first sheet of ``source`` added to ``into`` (values, bold, number formats, merges)."""
    book = load_workbook(into)
    theirs = load_workbook(source).worksheets[0]
    mine = book.create_sheet(theirs.title)
    for row in theirs.iter_rows():
        for cell in row:
            if cell.value is not None:
                new = mine.cell(cell.row, cell.column, cell.value)
                new.number_format = cell.number_format
                new.font = copy.copy(cell.font)
    for merged in theirs.merged_cells.ranges:
        mine.merge_cells(str(merged))
    book.save(target)


def test_tc33_against_the_tc31_in_the_same_workbook(tmp_path: Path) -> None:
    both = tmp_path / "renja-2022-dinsos-balangan.xlsx"
    _copy_sheet(TC31, TC33, both)
    result = check([both]).files[0]
    assert [t.pack for t in result.tables] == ["rencana-tc33-86-2017", "rencana-tc31-86-2017"]
    assert _cross(result.findings, "TC33-SAMA-TC31") == TC33_VS_TC31
    cited = next(f for f in result.findings if f.rule == "TC33-SAMA-TC31" and f.cell.a1 == "L11")
    assert "tetapi T-C.31!M13 menulis 10.078.864.976" in cited.message


def test_corrected_copies_differ_only_where_the_renja_changed_the_pagu() -> None:
    """With T-C.31's parent sums corrected, Penunjang agrees; the Renja's own changes remain."""
    fixed31 = TC31.with_name(TC31.stem + "-perbaikan.xlsx")
    result = check([TC33.with_name(TC33.stem + "-perbaikan.xlsx")], Options(companions=(fixed31,))).files[0]
    assert set(_cross(result.findings, "TC33-SAMA-TC31")) == set(TC33_VS_TC31) - {"L11", "L16"}


def _efisiensi_and_pk(tmp_path: Path, pk_rows: list[dict[str, object]]) -> tuple[Path, Path]:
    efisiensi, pk = tmp_path / "lkjip-efisiensi.xlsx", tmp_path / "perjanjian-kinerja.xlsx"
    shaped.write(efisiensi, (EFISIENSI, EFISIENSI_ROWS))
    shaped.write(pk, (PK, pk_rows))
    return efisiensi, pk


def test_efficiency_against_a_pk_in_another_workbook(tmp_path: Path) -> None:
    rows = copy.deepcopy(PK_ROWS)
    rows[1]["6"] = money(3_301_407_600)  # the seed's Rehabilitasi Sosial
    efisiensi, pk = _efisiensi_and_pk(tmp_path, rows)
    assert check([efisiensi]).files[0].findings == []
    result = check([efisiensi], Options(companions=(pk,))).files[0]
    [finding] = result.findings
    assert (finding.rule, finding.cell.a1, finding.expected, finding.severity) == (
        "LKJ-EF-PK-ANGGARAN", "G5", 5_386_100_000, Severity.WARNING)
    assert "perjanjian-kinerja.xlsx: Perjanjian Kinerja!F5:F7" in finding.message


def test_pk_rows_merged_down_the_sasaran_are_summed(tmp_path: Path) -> None:
    """A PK pasted from Word: No, sasaran, indikator and target merged over the programs' rows."""
    rows = copy.deepcopy(PK_ROWS)
    rows[2]["6"] = money(584_692_401)
    efisiensi, pk = _efisiensi_and_pk(tmp_path, rows)
    book = load_workbook(pk)
    sheet = book.active
    for column in "ABCD":
        sheet.merge_cells(f"{column}5:{column}7")
        sheet.merge_cells(f"{column}8:{column}10")
    book.save(pk)
    assert check([efisiensi], Options(companions=(pk,))).files[0].findings == []  # 1 rupiah: within tolerance
    rows[2]["6"] = money(584_692_500)
    shaped.write(pk, (PK, rows))
    book = load_workbook(pk)
    for column in "ABCD":
        book.active.merge_cells(f"{column}5:{column}7")
    book.save(pk)
    [finding] = check([efisiensi], Options(companions=(pk,))).files[0].findings
    assert (finding.cell.a1, finding.expected) == ("G5", 3_385_637_100)


def test_a_pk_amount_that_is_not_one_number_is_not_summed(tmp_path: Path) -> None:
    """'1.300.944.60' cannot be read: the sum would be a guess, so sasaran 1 is not compared."""
    rows = copy.deepcopy(PK_ROWS)
    rows[1]["6"] = "1.300.944.60"
    rows[4]["6"] = "Rp -"  # a dash is nil: sasaran 2 now adds up to less than its budget
    efisiensi, pk = _efisiensi_and_pk(tmp_path, rows)
    result = check([efisiensi], Options(companions=(pk,))).files[0]
    assert _cross(result.findings, "LKJ-EF-PK-ANGGARAN") == {"G6": 1_934_457_000}


def test_an_unreadable_companion_stops_the_check_with_one_line(tmp_path: Path) -> None:
    broken = tmp_path / "tahun-lalu.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    outcome = CliRunner().invoke(main, ["check", str(TC33), "--with", str(broken), "--no-config"])
    assert outcome.exit_code == 2, outcome.output
    assert "workbook pembanding (--with) tidak dapat dibaca" in outcome.output
    assert "tahun-lalu.xlsx" in outcome.output
    assert "Traceback" not in outcome.output


def test_with_on_the_command_line() -> None:
    outcome = CliRunner().invoke(main, ["check", str(TC33), "--with", str(TC31), "--format", "json", "--no-config"])
    assert outcome.exit_code == 1
    assert outcome.output.count('"TC33-SAMA-TC31"') == len(TC33_VS_TC31)
