"""Workbooks that passed through LibreOffice Calc read as the originals do.

Every sample is saved by LibreOffice as .xlsx, .ods and .xls; each copy must give the same
findings at the same cells. The values-only formats (.ods, .xls) carry no formulas, so only
the formula audit (``PRK-RUMUS-*``) may differ there, and the report says so. A T-C.29 table
written at several offsets (A1, B2, D7: after empty rows and columns) must give the same
findings, moved with it, from every reader.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from copy import copy
from pathlib import Path

import openpyxl
import pytest
import yaml
from openpyxl.utils import get_column_letter

from validator.check import check
from validator.model import Severity

WORKBOOKS = Path(__file__).resolve().parent.parent / "workbooks"
SAMPLES = sorted(p for p in WORKBOOKS.glob("*.xlsx"))
FORMATS = {"lo.xlsx": "xlsx:Calc MS Excel 2007 XML", "ods": "ods", "xls": "xls:MS Excel 97"}
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

if SOFFICE is None and os.environ.get("CI"):
    raise RuntimeError("LibreOffice (soffice) is needed for the round-trip tests; .ci/run installs it")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def convert(files: list[Path], out: Path, profile: Path) -> dict[str, dict[str, Path]]:
    """Save every file through LibreOffice in each format: {format: {stem: path}}."""
    converted: dict[str, dict[str, Path]] = {}
    for name, target in FORMATS.items():
        folder = out / name.replace(".", "-")
        folder.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", target,
             "--outdir", str(folder), *map(str, files)],
            check=True, capture_output=True, timeout=600,
        )
        suffix = "." + name.split(".")[-1]
        converted[name] = {f.stem: folder / (f.stem + suffix) for f in files}
        missing = [p for p in converted[name].values() if not p.exists()]
        assert not missing, f"LibreOffice did not write {missing}"
    return converted


def findings(path: Path, shift: tuple[int, int] = (0, 0), audit: bool = True) -> set[tuple[str, str, str, str]]:
    result = check([path]).files[0]
    assert result.status == "ok", result.error
    return {(f.cell.sheet, _shifted(f.cell.row - shift[0], f.cell.col - shift[1]), f.rule, f.severity.value)
            for f in result.findings if audit or not f.rule.startswith("PRK-RUMUS")}


def _shifted(row: int, col: int) -> str:
    return f"{get_column_letter(col)}{row}"


@pytest.fixture(scope="module")
def round_trip(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    base = tmp_path_factory.mktemp("libreoffice")
    return convert(SAMPLES, base / "out", base / "profile")


@pytest.mark.parametrize("fmt", list(FORMATS))
@pytest.mark.parametrize("sample", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_sample_reads_the_same_after_libreoffice(round_trip: dict[str, dict[str, Path]], sample: Path,
                                                 fmt: str) -> None:
    values_only = fmt != "lo.xlsx"
    original = findings(sample, audit=not values_only)
    again = findings(round_trip[fmt][sample.stem], audit=not values_only)
    assert again == original


def test_values_only_formats_say_the_audit_is_missing(round_trip: dict[str, dict[str, Path]]) -> None:
    saved = round_trip["ods"][SAMPLES[0].stem]
    notes = check([saved]).files[0].notes
    assert any("PRK-RUMUS" in note for note in notes), notes


def shifted_copy(source: Path, target: Path, rows: int, cols: int) -> None:
    """The same sheets written ``rows`` rows lower and ``cols`` columns further right, with
    their formats, bold and merges: the table no longer starts at A1."""
    book = openpyxl.load_workbook(source)
    out = openpyxl.Workbook()
    out.remove(out.active)
    for sheet in book.worksheets:
        moved_sheet = out.create_sheet(sheet.title)
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                moved = moved_sheet.cell(cell.row + rows, cell.column + cols, cell.value)
                moved.number_format = cell.number_format
                moved.font = copy(cell.font)
        for merged in sheet.merged_cells.ranges:
            moved_sheet.merge_cells(start_row=merged.min_row + rows, start_column=merged.min_col + cols,
                             end_row=merged.max_row + rows, end_column=merged.max_col + cols)
    out.save(target)


OFFSETS = {"A1": (0, 0), "B2": (1, 1), "D7": (6, 3)}
TC29 = WORKBOOKS / "renja-2023-tabel-2.1.xlsx"


@pytest.fixture(scope="module")
def offsets(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    base = tmp_path_factory.mktemp("offsets")
    written = []
    for name, (rows, cols) in OFFSETS.items():
        written.append(base / f"tc29-{name}.xlsx")
        shifted_copy(TC29, written[-1], rows, cols)
    converted = convert(written, base / "out", base / "profile")
    converted["xlsx"] = {p.stem: p for p in written}
    return converted


@pytest.mark.parametrize("fmt", ["xlsx", *FORMATS])
@pytest.mark.parametrize("at", list(OFFSETS))
def test_findings_move_with_the_table_in_every_reader(offsets: dict[str, dict[str, Path]], at: str,
                                                      fmt: str) -> None:
    """Issue: with the table at B2, .ods and .xls findings landed one row below their cells."""
    known = yaml.safe_load(TC29.with_name("renja-2023-tabel-2.1.known-errors.yaml").read_text(encoding="utf-8"))
    expected = {(known["sheet"], entry["cell"]) for entry in known["errors"]
                if entry.get("severity", "error") == "error"}
    found = findings(offsets[fmt][f"tc29-{at}"], OFFSETS[at], audit=fmt in ("xlsx", "lo.xlsx"))
    errors = {(sheet, cell) for sheet, cell, _rule, severity in found if severity == Severity.ERROR.value}
    assert errors == expected
    assert found == findings(TC29, audit=fmt in ("xlsx", "lo.xlsx"))
