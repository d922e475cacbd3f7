"""Rule packs as data: docs generated from them, and new families without Python."""

from pathlib import Path

from openpyxl import Workbook

from validator.check import Options, check
from validator.model import Severity
from validator.packs import packdocs
from validator.packs.rulepack import load_library

ROOT = Path(__file__).resolve().parent.parent


def test_pack_docs_are_generated_from_the_packs(tmp_path: Path) -> None:
    packdocs.write(load_library(), tmp_path)
    committed = ROOT / "docs" / "packs"
    fresh = {p.name: p.read_text(encoding="utf-8") for p in tmp_path.glob("*.md")}
    assert fresh == {p.name: p.read_text(encoding="utf-8") for p in committed.glob("*.md")}, \
        "run: periksa rules docs docs/packs"


def table(path: Path, title: str, header: list[str], rows: list[list[object]]) -> dict[tuple[int, int], str]:
    """A small table under a title, with a column-number row; returns (row, col) -> A1."""
    wb = Workbook()
    ws = wb.active
    ws["B2"] = title
    for col, label in enumerate(header, start=2):
        ws.cell(4, col, label)
        ws.cell(5, col, col - 1)
    for r, values in enumerate(rows, start=6):
        for col, value in enumerate(values, start=2):
            ws.cell(r, col, value)
    wb.save(path)
    return {(r, c): f"{chr(66 + c)}{r + 6}" for r in range(len(rows)) for c in range(len(header))}


IKU_HEADER = ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian", "Keterangan"]


def test_iku_capaian_and_keterangan(tmp_path: Path) -> None:
    """Seed 003 IKU rows (all consistent), then the same rows with a wrong capaian and keterangan."""
    rows = [
        [1, "Persentase PMKS Mandiri", 22.05, 25.06, 113.65, "Mencapai Target"],
        [2, "Persentase PMKS Mandiri", 20.16, 2.01, 9.97, "Tidak Mencapai Target"],
        [3, "Persentase perkawinan usia anak", 1, 1.48, 52, "Tidak Mencapai Target"],
    ]
    path = tmp_path / "iku.xlsx"
    table(path, "Target dan Realisasi Indikator Kinerja Utama", IKU_HEADER, rows)
    result = check([path]).files[0]
    assert [t.pack for t in result.tables] == ["lkjip-capaian-iku-53-2014"]
    assert result.findings == []
    rows[0][4], rows[1][5] = 1.15, "Mencapai Target"
    cells = table(path, "Target dan Realisasi Indikator Kinerja Utama", IKU_HEADER, rows)
    found = {(f.rule, f.cell.a1) for f in check([path]).files[0].findings}
    assert ("IKU-CAPAIAN", cells[(0, 4)]) in found
    assert ("IKU-KETERANGAN-TIDAK", cells[(1, 5)]) in found


NEW_PACK = """\
pack: realisasi-triwulan-kumulatif
title: {id: Realisasi keuangan kumulatif per triwulan, en: Cumulative quarterly budget realisation}
detect: {columns: 7, header_keywords: [triwulan]}
columns:
  "1": {name: "No", role: "no"}
  "2": {name: Program, role: name}
  "3": {name: Anggaran, rupiah: true}
  "4": {name: TW I, rupiah: true}
  "5": {name: TW II, rupiah: true}
  "6": {name: TW III, rupiah: true}
  "7": {name: TW IV, rupiah: true}
rules:
  - id: TW-NAIK-II
    check: "[5] >= [4]"
    description: {id: Realisasi kumulatif TW II tidak turun, en: Cumulative realisation never decreases}
  - id: TW-NAIK-III
    check: "[6] >= [5]"
  - id: TW-NAIK-IV
    check: "[7] >= [6]"
  - id: TW-PAGU
    check: "[7] <= [3]"
"""


def test_a_new_family_needs_only_yaml(tmp_path: Path) -> None:
    """Seed 003 quarterly tables: cumulative realisasi must not decrease (DOMAIN 3.4)."""
    rules = tmp_path / "aturan"
    rules.mkdir()
    (rules / "triwulan.yaml").write_text(NEW_PACK, encoding="utf-8")
    header = ["No", "Program", "Anggaran", "Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"]
    rows = [[1, "Program A", 1000, 300, 500, 800, 1000], [2, "Program B", 1000, 400, 300, 800, 900]]
    path = tmp_path / "tw.xlsx"
    cells = table(path, "Realisasi Keuangan per Triwulan", header, rows)
    result = check([path], Options(rules_dirs=(rules,))).files[0]
    assert [t.pack for t in result.tables] == ["realisasi-triwulan-kumulatif"]
    assert {(f.rule, f.cell.a1, f.severity) for f in result.findings} == {
        ("TW-NAIK-II", cells[(1, 4)], Severity.ERROR)}
