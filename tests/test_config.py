"""periksa.yaml: a project chooses scale, severities, disabled rules and polarity."""

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from validator.check import Options, check
from validator.cli import main
from validator.model import Severity
from validator.packs.config import build_library
from validator.packs.rulepack import PackError

WORKBOOKS = Path(__file__).resolve().parent.parent / "workbooks"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    folder = tmp_path / "kabupaten" / "dinsos"
    folder.mkdir(parents=True)
    shutil.copy(WORKBOOKS / "renja-2023-tabel-2.1.xlsx", folder)
    return folder


def rules_at(result) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    out: dict[str, set[str]] = {}
    for finding in result.findings:
        out.setdefault(finding.rule, set()).add(finding.cell.a1)
    return out


def test_config_found_upwards_changes_severity_and_disables(project: Path) -> None:
    (project.parent / "periksa.yaml").write_text(
        "severity: {TC29-13K: warning}\ndisable: [TC29-KODE-INDUK]\n", encoding="utf-8")
    result = check([project]).files[0]
    assert next(f for f in result.findings if f.cell.a1 == "U81").severity is Severity.WARNING
    assert "TC29-KODE-INDUK" not in rules_at(result)
    plain = check([project], Options(discover_config=False)).files[0]
    assert "TC29-KODE-INDUK" in rules_at(plain)


def test_config_chooses_another_predikat_vocabulary(project: Path) -> None:
    """With the Baik/Kurang vocabulary every Sangat Rendah/Rendah label of the seed is wrong."""
    (project / "periksa.yaml").write_text("scale: baik-kurang\n", encoding="utf-8")
    result = check([project]).files[0]
    predikat = [f for f in result.findings if f.rule.startswith("TC29-PREDIKAT")]
    default = [f for f in check([project], Options(discover_config=False)).files[0].findings
               if f.rule.startswith("TC29-PREDIKAT")]
    assert len(predikat) > len(default)
    assert {f.expected for f in predikat} <= {"Sangat Baik", "Baik", "Cukup", "Kurang", "Sangat Kurang"}


def test_config_declares_a_negative_indicator(tmp_path: Path) -> None:
    """Seed 001 line 281 (perkawinan usia anak) is negative in every pack (rules/vocabulary.yaml);
    a project adds another."""
    config = tmp_path / "periksa.yaml"
    config.write_text("negative_indicators: ['angka kemiskinan']\n", encoding="utf-8")
    library = build_library([tmp_path], config=config)
    assert library.packs["renja-tc29-13-54-2010"].negative_indicators == ("perkawinan (usia )?anak",
                                                                         "angka kemiskinan")


@pytest.mark.parametrize(
    "text,words",
    [
        ("sevrity: {TC29-13K: warning}\n", "periksa.yaml:1:1: unknown key 'sevrity'"),
        ("severity: {TC29-13K: loud}\n", "periksa.yaml:1:22: severity.TC29-13K"),
        ("disable: [TC29-NOPE]\n", "aturan tidak dikenal 'TC29-NOPE'"),
        ("scale: lokal\n", "scale: 'lokal' tidak dikenal"),
    ],
)
def test_bad_config_is_one_line_with_its_place(project: Path, text: str, words: str) -> None:
    (project / "periksa.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(PackError, match=words.replace("{", r"\{").replace(".", r"\.")):
        check([project])
    result = CliRunner().invoke(main, ["check", str(project)])
    assert result.exit_code == 2 and words in result.output and "Traceback" not in result.output
    assert CliRunner().invoke(main, ["check", str(project), "--no-config"]).exit_code == 1


def test_config_adjusts_cross_table_rules(tmp_path: Path) -> None:
    """Cross-table rule ids are rule ids like any other: a project can lower or disable them."""
    copy = Path(shutil.copy(WORKBOOKS / "renja-2022-tabel-3.1-4.1-dharmasraya.xlsx", tmp_path))
    from openpyxl import load_workbook

    from validator.checks.crosstable import _key

    tabel_31, tabel_41 = check([copy], Options(discover_config=False)).files[0].tables
    in_31 = {_key(r, "name") for r in tabel_31.rows if r.kind == "entity"}
    row = next(r for r in tabel_41.rows if r.level == "sub_kegiatan" and _key(r, "name") in in_31)
    wb = load_workbook(copy)
    wb["Tabel 4.1"][row.refs["6"].a1] = row.cells["6"].number + 1_000_000
    wb.save(copy)

    def severities() -> set[Severity]:
        return {f.severity for f in check([copy]).files[0].findings if f.rule == "T41-SAMA-T31-6"}

    assert severities() == {Severity.ERROR}
    (tmp_path / "periksa.yaml").write_text("severity: {T41-SAMA-T31-6: warning}\n", encoding="utf-8")
    assert severities() == {Severity.WARNING}
    (tmp_path / "periksa.yaml").write_text("disable: [T41-SAMA-T31-6]\n", encoding="utf-8")
    assert severities() == set()
