"""The command line in CI: several outputs, exit codes, baseline, pre-commit hook, annotated copies.

The baseline test inserts two rows above the table of a copy of the sample
and shows every old finding is still recognised (fingerprints do not use
row numbers) while a newly introduced error is still reported.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from copy import copy
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result
from openpyxl import Workbook, load_workbook

from validator.check import check
from validator.cli import main

ROOT = Path(__file__).resolve().parent.parent
SUBMITTED = ROOT / "workbooks" / "renja-2023-tabel-2.1.xlsx"
CORRECTED = ROOT / "workbooks" / "renja-2023-tabel-2.1-perbaikan.xlsx"


def run(*args: object) -> Result:
    return CliRunner().invoke(main, ["check", *map(str, args)])


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def insert_rows(source: Path, target: Path, before: int, count: int) -> None:
    """Copy a workbook with ``count`` empty rows inserted before row ``before``.

    openpyxl's own insert_rows leaves merged ranges behind, so the copy is
    rebuilt cell by cell (value, number format, font) with merges shifted.
    """
    def shift(row: int) -> int:
        return row + count if row >= before else row

    old = load_workbook(source)
    new = Workbook()
    new.remove(new.active)
    for sheet in old.worksheets:
        out = new.create_sheet(sheet.title)
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                moved = out.cell(shift(cell.row), cell.column, cell.value)
                moved.number_format = cell.number_format
                moved.font = copy(cell.font)
        for merged in sheet.merged_cells.ranges:
            out.merge_cells(start_row=shift(merged.min_row), start_column=merged.min_col,
                            end_row=shift(merged.max_row), end_column=merged.max_col)
    new.save(target)


# exit codes and --fail-on


def test_exit_codes() -> None:
    assert run(SUBMITTED).exit_code == 1
    assert run(CORRECTED).exit_code == 0
    assert run(SUBMITTED, "--fail-on", "never").exit_code == 0
    assert run(CORRECTED, "--fail-on", "warning").exit_code == 0


def test_a_file_that_cannot_be_checked_exits_2_even_with_fail_on_never(tmp_path: Path) -> None:
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    assert run(broken, CORRECTED, "--fail-on", "never").exit_code == 2


# several outputs at once


def test_several_outputs_in_one_run(tmp_path: Path) -> None:
    names = ("sarif", "junit", "json", "markdown", "github", "terminal", "html")
    out = {name: tmp_path / f"out.{name}" for name in names}
    result = run(SUBMITTED, "--format", "github", *(f"--output={name}={path}" for name, path in out.items()))
    assert result.exit_code == 1
    assert "title=TC29-13K (galat)::Tabel 2.1!U81" in result.output
    sarif = json.loads(out["sarif"].read_text(encoding="utf-8"))
    assert any(r["ruleId"] == "TC29-13K" for r in sarif["runs"][0]["results"])
    assert ET.parse(out["junit"]).getroot().find(".//testcase[@name='TC29-13K']/failure") is not None
    assert json.loads(out["json"].read_text(encoding="utf-8"))["summary"]["error"] == 20
    assert "Tabel 2.1!U81" in out["markdown"].read_text(encoding="utf-8")
    assert out["github"].read_text(encoding="utf-8") == result.output
    assert "20 galat" in out["terminal"].read_text(encoding="utf-8")
    assert 'data-rule="TC29-13K"' in out["html"].read_text(encoding="utf-8")


def test_plain_o_path_keeps_working_and_a_second_plain_path_is_refused(tmp_path: Path) -> None:
    report = tmp_path / "report.xml"
    result = run(SUBMITTED, "--format", "junit", "-o", report, "-o", f"sarif={tmp_path / 'x.sarif'}")
    assert result.exit_code == 1 and result.output == ""
    assert ET.parse(report).getroot().tag == "testsuites"
    assert (tmp_path / "x.sarif").exists()
    refused = run(SUBMITTED, "-o", tmp_path / "a.txt", "-o", tmp_path / "b.txt")
    assert refused.exit_code == 2 and "FORMAT=PATH" in refused.output


# baseline


def test_baseline_suppresses_old_findings_even_after_rows_are_inserted(tmp_path: Path) -> None:
    baseline = tmp_path / "periksa-baseline.json"
    written = run(SUBMITTED, "--write-baseline", baseline)
    assert written.exit_code == 0
    payload = json.loads(baseline.read_text(encoding="utf-8"))
    assert payload["schema"] == "periksa-baseline" and payload["version"] == 1
    count = len(check([SUBMITTED]).findings)
    assert len(payload["findings"]) == count >= 22
    assert len({entry["fingerprint"] for entry in payload["findings"]}) == count
    assert {"cell": "U81", "rule": "TC29-13K"}.items() <= next(
        e for e in payload["findings"] if e["cell"] == "U81").items()

    same = run(SUBMITTED, "--baseline", baseline, "--format", "json")
    assert same.exit_code == 0
    assert json.loads(same.output)["summary"]["error"] == 0
    assert json.loads(same.output)["files"][0]["findings"] == []
    assert f"{count} temuan lama disembunyikan oleh baseline" in json.loads(same.output)["files"][0]["notes"]

    shifted = tmp_path / "geser" / SUBMITTED.name
    shifted.parent.mkdir()
    insert_rows(SUBMITTED, shifted, before=4, count=2)
    unsuppressed = json.loads(run(shifted, "--format", "json").output)
    assert {f["cell"] for f in unsuppressed["files"][0]["findings"]} >= {"U83", "F11"}
    assert unsuppressed["summary"]["error"] == 20
    assert len(unsuppressed["files"][0]["findings"]) == count
    quiet = run(shifted, "--baseline", baseline)
    assert quiet.exit_code == 0, quiet.output
    assert f"{count} temuan lama disembunyikan oleh baseline" in quiet.output

    book = load_workbook(shifted)
    book["Tabel 2.1"]["V87"] = 99  # 13Rp of sub kegiatan 2.08.07.2.02.0005 (was 48,65)
    book.save(shifted)
    new = run(shifted, "--baseline", baseline, "--format", "json")
    assert new.exit_code == 1
    findings = json.loads(new.output)["files"][0]["findings"]
    assert any(f["cell"] == "V87" and f["rule"] == "TC29-13RP" for f in findings)
    assert all(f["cell"] != "U83" for f in findings)


def test_a_foreign_baseline_file_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "b.json"
    bogus.write_text('{"schema": "something-else"}', encoding="utf-8")
    result = run(SUBMITTED, "--baseline", bogus)
    assert result.exit_code == 2 and "baseline" in result.output


# pre-commit hook


def test_pre_commit_hook_entry_runs_on_the_samples() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "periksa")
    assert hook["entry"] == "periksa check"
    files = re.compile(hook["files"])
    assert files.search(SUBMITTED.name) and files.search("x.xlsm") and not files.search("x.xls")
    command = [sys.executable, "-m", "validator", *hook["entry"].split()[1:]]
    # a bare environment, as a hook gets; the cache folder the suite gave itself (conftest.py)
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"]}
    submitted = subprocess.run([*command, str(SUBMITTED)], cwd=ROOT, env=env, capture_output=True, text=True)
    assert submitted.returncode == 1, submitted.stderr
    assert "U81" in submitted.stdout
    corrected = subprocess.run([*command, str(CORRECTED)], cwd=ROOT, env=env, capture_output=True, text=True)
    assert corrected.returncode == 0, corrected.stderr


# annotated copies


def test_annotate_one_file_never_writes_the_input(tmp_path: Path) -> None:
    before = sha256(SUBMITTED)
    out = tmp_path / "bertanda.xlsx"
    result = run(SUBMITTED, "--annotate", out)
    assert result.exit_code == 1
    assert sha256(SUBMITTED) == before
    book = load_workbook(out)
    assert book.sheetnames[0] == "Temuan Periksa"
    assert book["Tabel 2.1"]["U81"].fill.fgColor.rgb.endswith("FFC7CE")


def test_annotate_several_files_into_a_folder(tmp_path: Path) -> None:
    before = {path: sha256(path) for path in (SUBMITTED, CORRECTED)}
    result = run(SUBMITTED, CORRECTED, "--annotate", tmp_path / "bertanda")
    assert result.exit_code == 1
    assert {path: sha256(path) for path in before} == before
    assert sorted(p.name for p in (tmp_path / "bertanda").iterdir()) == sorted([SUBMITTED.name, CORRECTED.name])
    clean = load_workbook(tmp_path / "bertanda" / CORRECTED.name)
    assert clean["Temuan Periksa"].max_row == 1 + len(check([CORRECTED]).findings)


def test_annotate_refuses_to_overwrite_the_input(tmp_path: Path) -> None:
    book = tmp_path / SUBMITTED.name
    book.write_bytes(SUBMITTED.read_bytes())
    before = sha256(book)
    result = run(book, "--annotate", book)
    assert result.exit_code == 2
    assert sha256(book) == before


@pytest.mark.parametrize("lang,word", [("id", "galat"), ("en", "errors")])
def test_markdown_summary_language(lang: str, word: str) -> None:
    result = run(SUBMITTED, "--format", "markdown", "--lang", lang)
    assert f"20 {word}" in result.output
