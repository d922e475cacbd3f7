"""Large honest workbooks are checked; bombs of the same size are not. The one count an honest
file reaches (cells) is a limit the user can raise (--max-cells, max_cells in periksa.yaml), and
the refusal says how. The 100,000-row run is opt-in (PERIKSA_SLOW=1): it takes about a minute."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import bigtc29
import pytest
from click.testing import CliRunner
from openpyxl.utils import get_column_letter

from validator.check import Options, check
from validator.cli import main
from validator.read.reader import Limits, ReadError, read
from validator.read.safety import BYTES_PER_CELL, ELEMENTS_PER_CELL, MAX_CELLS, MAX_TOTAL_UNCOMPRESSED

SLOW = pytest.mark.skipif(os.environ.get("PERIKSA_SLOW") != "1", reason="a minute or more; PERIKSA_SLOW=1 runs it")
ROWS = 2_000
CELLS = ROWS * 28 + 28 * 3  # every data row fills all 28 columns; the header about as many


@pytest.fixture(scope="module")
def dense(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("besar") / "tc29-padat.xlsx"
    bigtc29.write(path, ROWS)
    return path


def test_dense_table_is_consistent(dense: Path) -> None:
    result = check([dense]).files[0]
    assert result.status == "ok" and result.findings == []
    assert [len(t.rows) for t in result.tables] == [ROWS]


def test_a_slip_in_the_dense_table_is_found(tmp_path: Path) -> None:
    """The generator's table is really checked: one wrong realisation is found at its cell."""
    rows = list(bigtc29.table_rows(10))
    rows[2]["12.Rp"] = float(rows[2]["12.Rp"]) + 1_000  # type: ignore[arg-type]
    path = tmp_path / "salah.xlsx"
    bigtc29.write_rows(path, rows)
    errors = {(f.rule, f.cell.a1) for f in check([path]).files[0].findings if f.severity.value == "error"}
    assert errors == {("TC29-12RP", f"{get_column_letter(bigtc29.COLUMN['12.Rp'])}{bigtc29.TOP + 6}")}


def test_cell_limit_refuses_and_says_how_to_raise_it(dense: Path) -> None:
    result = check([dense], Options(max_cells=1_000)).files[0]
    assert result.status == "error"
    assert result.error == (f"{dense}: workbook ditolak: lebih dari 1000 sel (di xl/worksheets/sheet1.xml); bila "
                            "workbook ini memang sebesar itu, naikkan batasnya dengan --max-cells N atau "
                            "'max_cells: N' di periksa.yaml")
    assert check([dense], Options(max_cells=CELLS + 1_000)).files[0].status == "ok"


def test_cell_limit_from_periksa_yaml_and_the_command_line(dense: Path) -> None:
    (dense.parent / "periksa.yaml").write_text("max_cells: 1000\n", encoding="utf-8")
    try:
        refused = CliRunner().invoke(main, ["check", str(dense), "--format", "json", "--lang", "en"])
        assert refused.exit_code == 2 and "raise the limit with --max-cells N" in refused.output
        raised = CliRunner().invoke(main, ["check", str(dense), "--max-cells", str(CELLS + 1_000)])
        assert raised.exit_code == 0, raised.output
    finally:
        (dense.parent / "periksa.yaml").unlink()


def test_limits_grow_with_the_cells_allowed() -> None:
    assert Limits() == Limits.for_cells(MAX_CELLS)
    big = Limits.for_cells(20 * MAX_CELLS)
    assert big.max_elements == ELEMENTS_PER_CELL * 20 * MAX_CELLS
    assert big.max_total_uncompressed == BYTES_PER_CELL * 20 * MAX_CELLS > MAX_TOTAL_UNCOMPRESSED
    assert Limits.for_cells(10).max_total_uncompressed == MAX_TOTAL_UNCOMPRESSED  # never below the defaults
    assert big.max_ratio == Limits().max_ratio  # the bomb guard does not move


def test_element_limit_follows_the_cell_limit(dense: Path) -> None:
    with pytest.raises(ReadError) as refused:
        read(dense, limits=Limits(max_elements=5_000))
    assert refused.value.key == "file-too-many-elements"


def test_bomb_of_the_dense_tables_size_is_refused(dense: Path, tmp_path: Path) -> None:
    """Same unpacked size as the honest table, but one cell repeated: the ratio guard stops it (the
    honest sheet deflates about sevenfold). The guard applies above ``ratio_min_size``, lowered here
    to this small table's size; ``test_100k_rows`` does it at the default."""
    with zipfile.ZipFile(dense) as archive:
        size = archive.getinfo("xl/worksheets/sheet1.xml").file_size
    bomb = tmp_path / "bom.xlsx"
    bigtc29.bomb(bomb, size)
    limits = Limits(ratio_min_size=size // 2)
    assert read(dense, limits=limits).sheets
    with pytest.raises(ReadError) as refused:
        read(bomb, limits=limits)
    assert refused.value.key == "file-compression-ratio"


@SLOW
def test_100k_rows(tmp_path: Path) -> None:
    """The issue's provincial consolidation: 100,000 rows, every value column filled (2.8 million
    cells) is checked with the default limits and is clean; a zip bomb of its unpacked size is
    refused."""
    honest = tmp_path / "tc29-100000.xlsx"
    size = bigtc29.write(honest, 100_000)
    outcome = CliRunner().invoke(main, ["check", str(honest), "--format", "json"])
    assert outcome.exit_code == 0, outcome.output[-2000:]
    bomb = tmp_path / "bom-100000.xlsx"
    bigtc29.bomb(bomb, size)
    refused = CliRunner().invoke(main, ["check", str(bomb), "--format", "json"])
    assert refused.exit_code == 2 and "kemungkinan 'zip bomb'" in refused.output
