"""Every sample workbook transcribed from the seeds, every table family.

Each ``*.known-errors.yaml`` was computed when the seed was transcribed, by a
checker written separately from Periksa (workbooks/make_samples*.py).
Periksa must find every listed cell, raise no error anywhere else, and find
no error at all in the corrected copy.
"""

import re
from pathlib import Path

import pytest
import yaml

from validator.check import check
from validator.model import Severity

WORKBOOKS = Path(__file__).resolve().parent.parent / "workbooks"
KNOWN = sorted(WORKBOOKS.glob("*.known-errors.yaml"))


#: the rules that report each kind of error the transcriptions name (a kind not here fails the test:
#: say which rule must report it)
PERCENT_RULES = r"^(TC29-1[35](K|RP)|TC2913-(8|13)|LKJ-EF-[69]|LKJ-RA-5|LKJ-TW[IK]-CAPAIAN|IKU-CAPAIAN)$"
KIND_RULES = {
    "(10) != (5) without catatan": r"^TC31-TARGET-CATATAN$",
    "(7) != (2)": r"^TC31-NAMA$",
    "(9) != (4)": r"^TC31-INDIKATOR$",
    "13 != 12/7x100": r"^TC29-13(K|RP)$",
    "14 != 6+12": r"^TC29-14(K|RP)$",
    "15 != 14/5x100": r"^TC29-15(K|RP)$",
    "Excel error value": r"^PRK-GALAT-EXCEL$",
    "capaian without realisasi": r"TANPA-REALISASI$",
    "cross-table mismatch": r"^LKJ-EF-PK-",
    "derived value consistent with a wrong input": r"^LKJ-EF-10$",
    "malformed number": r"^PRK-ANGKA-TIDAK-SAH$",
    "parent Rp != sum of children": r"-INDUK-",
    "predikat": r"-PREDIKAT-",
    "quarterly target is not the configured share of the anggaran": r"-PORSI$",
    "ratio written in % column": PERCENT_RULES,
    "sum across different units": r"-12-PERSEN$",
    "sum of percentages": r"-12-PERSEN$",
    "total != sum of programs": r"-(TOTAL|JUMLAH)-",
    "truncation": PERCENT_RULES,
    "wrong percentage": PERCENT_RULES,
}


def known_cells(path: Path) -> set[tuple[str, str]]:
    known = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {(entry.get("sheet", known.get("sheet")), entry["cell"]) for entry in known["errors"]}


@pytest.mark.parametrize("known_path", KNOWN, ids=[p.name.split(".known")[0] for p in KNOWN])
def test_known_errors_found_and_nothing_else(known_path: Path) -> None:
    workbook = WORKBOOKS / yaml.safe_load(known_path.read_text(encoding="utf-8"))["workbook"]
    result = check([workbook]).files[0]
    assert result.status == "ok", result.error
    found = {(f.cell.sheet, f.cell.a1): f for f in result.findings}
    expected = known_cells(known_path)
    assert expected <= set(found), f"missed: {sorted(expected - set(found))}"
    stray = sorted(k for k, f in found.items() if f.severity is Severity.ERROR and k not in expected)
    assert not stray, f"errors on cells the transcription found consistent: {stray}"
    known = yaml.safe_load(known_path.read_text(encoding="utf-8"))
    for entry in known["errors"]:
        finding = found[(entry.get("sheet", known.get("sheet")), entry["cell"])]
        if "consistent with a wrong input" not in entry["kind"]:
            assert finding.severity.value == entry.get("severity", "error"), (entry, finding.message)


@pytest.mark.parametrize("known_path", KNOWN, ids=[p.name.split(".known")[0] for p in KNOWN])
def test_known_errors_have_their_rule_and_expected_value(known_path: Path) -> None:
    """The rule reporting each transcribed error is one that checks what the transcription says is
    wrong, and its expected value is the transcription's (where both state one; a blank capaian
    whose inputs are blank too has none to state). A consequence names the cell it follows from."""
    known = yaml.safe_load(known_path.read_text(encoding="utf-8"))
    result = check([WORKBOOKS / known["workbook"]]).files[0]
    found = {(f.cell.sheet, f.cell.a1): f for f in result.findings}
    compared = 0
    for entry in known["errors"]:
        finding = found[(entry.get("sheet", known.get("sheet")), entry["cell"])]
        assert re.search(KIND_RULES[entry["kind"]], finding.rule), (entry["kind"], finding.rule)
        if entry["kind"] == "ratio written in % column":
            assert "rasio" in finding.message, finding.message
        if entry["kind"] == "truncation":
            assert finding.severity is Severity.WARNING and "terpotong" in finding.message, finding.message
        if entry.get("consequence_of") and finding.severity is Severity.WARNING:
            assert any(cell in finding.message for cell in entry["consequence_of"]), (entry, finding.message)
        if entry.get("expected") is None or finding.expected is None:
            continue
        compared += 1
        if isinstance(entry["expected"], str):
            assert str(finding.expected).casefold() == entry["expected"].casefold(), (entry, finding.expected)
        else:
            assert abs(float(finding.expected) - float(entry["expected"])) <= 0.011, (entry, finding.expected)
    assert compared or not any(entry.get("expected") is not None for entry in known["errors"])


@pytest.mark.parametrize("known_path", KNOWN, ids=[p.name.split(".known")[0] for p in KNOWN])
def test_corrected_copy_has_no_error(known_path: Path) -> None:
    workbook = WORKBOOKS / yaml.safe_load(known_path.read_text(encoding="utf-8"))["workbook"]
    result = check([workbook.with_name(workbook.stem + "-perbaikan" + workbook.suffix)]).files[0]
    assert result.status == "ok", result.error
    assert [f for f in result.findings if f.severity is Severity.ERROR] == []


def test_families_get_their_packs() -> None:
    packs = {(t.sheet, t.pack) for r in check([WORKBOOKS]).files for t in r.tables}
    assert {("T-C.33", "rencana-tc33-86-2017"), ("Tabel 3.1", "rencana-tc33-86-2017"),
            ("Tabel 4.1", "rencana-tabel-4.1-86-2017"), ("Efisiensi", "lkjip-efisiensi-53-2014"),
            ("Realisasi Anggaran", "lkjip-realisasi-anggaran-53-2014"),
            ("Tabel 2.1", "renja-tc29-17-86-2017")} <= packs


def test_ratio_in_percent_column_and_its_propagation() -> None:
    """Seed 003 line 566: capaian 1,15 for 25,06/22,05 (is 113,65); col 10 = 1,15 - 95,67 inherits it."""
    result = check([WORKBOOKS / "lkjip-2024-dinsos-baritoutara.xlsx"]).files[0]
    by_cell = {(f.cell.sheet, f.cell.a1): f for f in result.findings}
    ratio = by_cell[("Efisiensi", "F6")]
    assert (ratio.rule, ratio.severity, ratio.expected) == ("LKJ-EF-6", Severity.ERROR, 113.65)
    assert "rasio" in ratio.message
    inherited = by_cell[("Efisiensi", "J6")]
    assert (inherited.rule, inherited.severity, inherited.expected) == ("LKJ-EF-10", Severity.WARNING, 17.98)
    assert "F6" in inherited.message


def test_consistent_table_without_codes_and_with_unbolded_kegiatan() -> None:
    """Seed 004 Tabel 3.1/4.1: every sum holds although four kegiatan are not bold."""
    result = check([WORKBOOKS / "renja-2022-tabel-3.1-4.1-dharmasraya.xlsx"]).files[0]
    assert result.findings == []
    assert sum(len(t.rows) for t in result.tables) > 250


def test_printed_formula_label_that_the_data_do_not_follow() -> None:
    """Seed 001 prints 12=(6+7+11) but every row follows 5+7+11: a warning on the label cell."""
    result = check([WORKBOOKS / "renja-2022-tc29-13kolom-dinsos-balangan.xlsx"]).files[0]
    labels = [f for f in result.findings if f.rule == "PRK-LABEL-RUMUS"]
    assert [(f.cell.a1, f.severity) for f in labels] == [("O5", Severity.WARNING)]
    assert "12=(6+7+11)" in labels[0].message and "5, 7, 11" in labels[0].message
    tabel_21 = check([WORKBOOKS / "renja-2023-tabel-2.1.xlsx"]).files[0]
    assert not [f for f in tabel_21.findings if f.rule == "PRK-LABEL-RUMUS"], "13=12/7x100% etc. agree with the pack"


def test_parallel_jobs_give_the_same_report() -> None:
    from validator.check import Options

    def key(report):  # type: ignore[no-untyped-def]
        return [(r.path, r.status, sorted((f.rule, f.cell.sheet, f.cell.a1) for f in r.findings)) for r in report.files]

    assert key(check([WORKBOOKS], Options(jobs=2))) == key(check([WORKBOOKS]))


def test_cross_table_tabel_41_repeats_tabel_31(tmp_path: Path) -> None:
    """Seed 004: Tabel 4.1 col 6 equals Tabel 3.1 col 6 row by row; a changed 4.1 pagu is named."""
    import shutil

    from openpyxl import load_workbook

    from validator.checks.crosstable import _key

    copy = Path(shutil.copy(WORKBOOKS / "renja-2022-tabel-3.1-4.1-dharmasraya.xlsx", tmp_path))
    tabel_31, tabel_41 = check([copy]).files[0].tables
    in_31 = {_key(r, "name") for r in tabel_31.rows if r.kind == "entity"}
    row = next(r for r in tabel_41.rows if r.level == "sub_kegiatan" and _key(r, "name") in in_31)
    cell = row.refs["6"].a1
    wb = load_workbook(copy)
    wb["Tabel 4.1"][cell] = row.cells["6"].number + 1_000_000
    wb.save(copy)
    found = {(f.rule, f.cell.sheet, f.cell.a1) for f in check([copy]).files[0].findings}
    assert ("T41-SAMA-T31-6", "Tabel 4.1", cell) in found


def test_csv_export_of_a_table_is_checked_like_the_workbook(tmp_path: Path) -> None:
    """T-C.33 saved as CSV with ';' and decimal commas: the same errors at the same cells."""
    import csv

    from openpyxl import load_workbook

    sheet = load_workbook(WORKBOOKS / "renja-2022-tc33-dinsos-balangan.xlsx").active
    exported = tmp_path / "tc33.csv"
    with exported.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        for row in sheet.iter_rows(values_only=True):
            writer.writerow(["" if v is None else str(v).replace(".", ",") if isinstance(v, float) else v
                             for v in row])
    result = check([exported]).files[0]
    assert result.status == "ok" and any("CSV" in note for note in result.notes)
    known = known_cells(WORKBOOKS / "renja-2022-tc33-dinsos-balangan.known-errors.yaml")
    assert {f.cell.a1 for f in result.findings} == {cell for _, cell in known}


def test_iku_tables_without_a_column_number_row(tmp_path: Path) -> None:
    """Seed 003 prints its IKU tables with labels only; they are found by those labels and checked."""
    import shutil

    from openpyxl import load_workbook

    copy = Path(shutil.copy(WORKBOOKS / "lkjip-2024-dinsos-baritoutara.xlsx", tmp_path))
    result = check([copy]).files[0]
    iku = [t for t in result.tables if t.sheet == "Capaian IKU"]
    assert [t.pack for t in iku] == ["lkjip-capaian-iku-53-2014"] and len(iku[0].rows) == 15
    assert not [f for f in result.findings if f.cell.sheet == "Capaian IKU"]
    wb = load_workbook(copy)
    wb["Capaian IKU"]["E4"] = 0.1137
    wb["Capaian IKU"]["F5"] = "Tidak Mencapai Target"
    wb.save(copy)
    found = {(f.rule, f.cell.a1) for f in check([copy]).files[0].findings if f.cell.sheet == "Capaian IKU"}
    # E4 now states 11.37 %, so its keterangan "Mencapai Target" (F4) no longer fits either
    assert found == {("IKU-CAPAIAN", "E4"), ("IKU-KETERANGAN-TIDAK", "F4"), ("IKU-KETERANGAN-MENCAPAI", "F5")}
