"""The command line: exit codes, languages, JSON, and never touching the input."""

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from validator.cli import main

WORKBOOKS = Path(__file__).resolve().parent.parent / "workbooks"
SUBMITTED = WORKBOOKS / "renja-2023-tabel-2.1.xlsx"
CORRECTED = WORKBOOKS / "renja-2023-tabel-2.1-perbaikan.xlsx"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def samples(tmp_path: Path) -> tuple[Path, Path]:
    return Path(shutil.copy(SUBMITTED, tmp_path)), Path(shutil.copy(CORRECTED, tmp_path))


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_exit_codes(samples: tuple[Path, Path], tmp_path: Path) -> None:
    submitted, corrected = samples
    before = {p: digest(p) for p in samples}
    assert run("check", str(corrected))[0] == 0
    code, out = run("check", str(submitted))
    assert code == 1
    assert "U81" in out and "TC29-13K" in out and "20 galat" in out
    assert run("check", str(submitted), "--fail-on", "never")[0] == 0
    assert run("check", str(tmp_path / "tidak-ada.xlsx"))[0] == 2
    assert {p: digest(p) for p in samples} == before


def test_a_broken_file_does_not_stop_the_others(samples: tuple[Path, Path], tmp_path: Path) -> None:
    broken = tmp_path / "rusak.xlsx"
    broken.write_text("No,Kode\n1,2.08.01\n", encoding="utf-8")
    code, out = run("check", str(broken), str(samples[1]), "--format", "json")
    assert code == 2
    report = json.loads(out)
    statuses = {Path(f["path"]).name: (f["status"], f["error"]) for f in report["files"]}
    assert statuses["rusak.xlsx"][0] == "error"
    assert "rusak.xlsx" in statuses["rusak.xlsx"][1] and "CSV" in statuses["rusak.xlsx"][1]
    assert statuses[samples[1].name] == ("ok", None)


def test_json_report(samples: tuple[Path, Path]) -> None:
    code, out = run("check", str(samples[0]), "--format", "json", "--lang", "en")
    assert code == 1
    report = json.loads(out)
    assert report["schema_version"] == "1.0"
    assert report["summary"]["error"] == 20
    file = report["files"][0]
    assert file["status"] == "ok" and file["error"] is None
    columns = file["tables"][0].pop("columns")
    assert file["tables"][0] == {"sheet": "Tabel 2.1", "range": "A5:AB94", "pack": "renja-tc29-17-86-2017",
                                 "family": "renja-evaluasi", "rows": 84}
    assert columns[4] == {"range": "E:F", "column": "5", "name": "Target Renstra akhir periode", "parts": ["K", "Rp"],
                          "evidence": ["kata", "kata"],
                          "header": "target renstra perangkat daerah kabupaten pada tahun 2026 akhir periode renstra "
                                    "perangkat daerah"}
    assert [c["column"] for c in columns] == [str(n) for n in range(1, 18)]
    finding = next(f for f in file["findings"] if f["cell"] == "U81")
    assert finding["rule"] == "TC29-13K" and finding["severity"] == "error"
    assert (finding["actual"], finding["expected"]) == (1, 1500)
    assert finding["message"].startswith("states 1, expected 1,500")


def test_english_and_indonesian_messages(samples: tuple[Path, Path]) -> None:
    _, indonesian = run("check", str(samples[0]))
    _, english = run("check", str(samples[0]), "--lang", "en")
    assert "seharusnya" in indonesian and "expected" not in indonesian
    assert "expected" in english and "seharusnya" not in english


def test_rules_list_and_explain() -> None:
    code, out = run("rules", "list")
    assert code == 0 and "TC29-13K" in out
    code, out = run("rules", "explain", "TC29-17", "--lang", "en")
    assert code == 0 and "13.K / 13.Rp * 100" in out and "Efficiency" in out
    assert run("rules", "explain", "NOPE-1")[0] == 2


def test_bad_rules_dir_gives_one_line_and_exit_2(tmp_path: Path, samples: tuple[Path, Path]) -> None:
    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "x.yaml").write_text("pack: [unclosed\n", encoding="utf-8")
    code, out = run("check", str(samples[1]), "--rules-dir", str(tmp_path / "r"), "--lang", "en")
    assert code == 2
    assert "x.yaml:2:1: YAML error" in out and "started at line 1, column 7" in out
    assert len(out.strip().splitlines()) == 1 and "Traceback" not in out
    code, out = run("check", str(samples[1]), "--rules-dir", str(tmp_path / "r"))
    assert code == 2 and "x.yaml:2:1: galat YAML" in out


def test_python_dash_m(samples: tuple[Path, Path]) -> None:
    done = subprocess.run([sys.executable, "-m", "validator", "check", str(samples[1])], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "tidak ada temuan" in done.stdout


def test_forced_pack_with_unknown_columns_says_which(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Lain"
    for col, label in enumerate(["1", "2", "3", "4", "5", "6"], start=2):
        ws.cell(4, col, label)
        ws.cell(5, col, col * 10)
    path = tmp_path / "lain.xlsx"
    wb.save(path)
    code, out = run("check", str(path), "--rules", "renja-tc29-17-86-2017", "--format", "json")
    assert code == 2
    notes = json.loads(out)["files"][0]["notes"]
    assert any("renja-tc29-17-86-2017" in n and "7.K" in n and "baris 4" in n for n in notes), notes
    code, out = run("check", str(path))
    assert code == 2 and "tidak cocok dengan paket aturan mana pun" in out


def test_include_and_exclude_globs(tmp_path: Path) -> None:
    folder = tmp_path / "kab"
    (folder / "dinsos").mkdir(parents=True)
    shutil.copy(SUBMITTED, folder / "dinsos" / "renja.xlsx")
    shutil.copy(CORRECTED, folder / "renja-perbaikan.xlsx")

    def names(*args: str) -> set[str]:
        _, out = run("check", str(folder), "--format", "json", *args)
        return {Path(f["path"]).name for f in json.loads(out)["files"]}
    assert names() == {"renja.xlsx", "renja-perbaikan.xlsx"}
    assert names("--include", "dinsos/*") == {"renja.xlsx"}
    assert names("--exclude", "*perbaikan*") == {"renja.xlsx"}


def test_progress_is_reported_per_file() -> None:
    from validator.check import check

    seen: list[tuple[int, int]] = []
    check([SUBMITTED, CORRECTED], progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 2), (2, 2)]


def test_time_limit_per_file_reports_and_moves_on(samples: tuple[Path, Path]) -> None:
    from validator.check import Options, check

    report = check(list(samples), Options(time_limit=0.001))
    assert [r.status for r in report.files] == ["error", "error"]
    assert "batas waktu per berkas" in report.files[0].error and report.exit_code() == 2
    assert [r.status for r in check(list(samples), Options(time_limit=300)).files] == ["ok", "ok"]


def test_memory_limit_gives_a_clean_message(samples: tuple[Path, Path]) -> None:
    # 20 MB of address space is less than the interpreter and Periksa's modules take before the
    # check starts (about 35 MB; it was 180 MB while numpy was imported at start-up), so the
    # check itself cannot get the memory it asks for.
    done = subprocess.run([sys.executable, "-m", "validator", "check", str(samples[0]), "--memory-limit", "20",
                           "--format", "json"], capture_output=True, text=True, check=False)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert "memori melebihi 20 MB" in json.loads(done.stdout)["files"][0]["error"]
