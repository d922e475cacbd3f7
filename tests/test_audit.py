"""Formula auditing: findings on the formula cells, each with its own rule id."""

import re
import zipfile
from pathlib import Path

import pytest
import tc29
from openpyxl import load_workbook

from validator.check import check
from validator.model import Severity


def sub_rows() -> list[dict[str, object]]:
    """Four consistent sub kegiatan rows; with formulas=True their derived columns are formulas."""
    return [tc29.entity(f"2.08.02.2.01.000{i}", f"Sub {i}", "Jumlah dokumen", "Dokumen", (10, 500_000_000),
                        (2, 100_000_000), (2 + i, 87_026_000), [(0, 10_000_000), (1, 20_000_000),
                                                                 (0, 30_000_000), (1, 25_000_000)])
            for i in range(1, 5)]


@pytest.fixture
def book(tmp_path: Path) -> tuple[Path, dict[tuple[int, str], str]]:
    path = tmp_path / "rumus.xlsx"
    return path, tc29.write(path, sub_rows(), formulas=True)


def found(path: Path) -> set[tuple[str, str, Severity]]:
    result = check([path]).files[0]
    assert result.status == "ok", result.error
    return {(f.rule, f.cell.a1, f.severity) for f in result.findings}


def set_formula(path: Path, address: str, formula: object) -> None:
    wb = load_workbook(path)
    wb.active[address] = formula
    wb.save(path)


def test_consistent_formulas_give_no_audit_finding(book: tuple[Path, dict]) -> None:
    assert found(book[0]) == set()


def test_stale_cached_value(book: tuple[Path, dict]) -> None:
    """A cached <v> that its formula does not produce, written into the sheet XML as Excel would keep it."""
    path, cells = book
    target = cells[(1, "13.K")]
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    # openpyxl writes the empty cache as <v/> (stdlib writer) or <v></v> (with lxml installed)
    xml, count = re.subn(rf'(<c r="{target}"[^>]*><f>[^<]*</f>)(?:<v */>|<v></v>)', r"\g<1><v>55</v>", xml)
    assert count == 1
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    assert ("PRK-RUMUS-BASI", target, Severity.ERROR) in found(path)
    assert ("TC29-13K", target, Severity.ERROR) in found(path), "the value seen is 55, and it is wrong too"


def test_formula_dividing_by_the_wrong_column(book: tuple[Path, dict]) -> None:
    """Col 13 written as 12 / 5 instead of 12 / 7: named even where the value happens to agree."""
    path, cells = book
    target = cells[(2, "13.K")]
    row = target[1:]
    set_formula(path, target, f"=ROUND(S{row}/E{row}*100,2)")
    result = found(path)
    assert ("PRK-RUMUS-REFERENSI", target, Severity.WARNING) in result
    assert ("TC29-13K", target, Severity.ERROR) in result


def test_pattern_break_with_the_same_value(book: tuple[Path, dict]) -> None:
    path, cells = book
    target = cells[(2, "13.K")]
    row = target[1:]
    set_formula(path, target, f"=ROUND(S{row}*100/I{row},2)")
    assert found(path) == {("PRK-RUMUS-POLA", target, Severity.WARNING)}


def test_typed_constant_in_a_formula_column(book: tuple[Path, dict]) -> None:
    path, cells = book
    target = cells[(3, "13.K")]
    set_formula(path, target, sub_rows()[3]["13.K"])
    assert found(path) == {("PRK-RUMUS-KETIK", target, Severity.WARNING)}


def test_volatile_and_external_formulas(book: tuple[Path, dict]) -> None:
    path, cells = book
    volatile, external = cells[(0, "16")], cells[(1, "16")]
    set_formula(path, volatile, '=IF(TODAY()>0,"Bidang PPPA","")')
    set_formula(path, external, "=[1]Lain!A1")
    result = found(path)
    assert ("PRK-RUMUS-VOLATIL", volatile, Severity.WARNING) in result
    assert ("PRK-RUMUS-EKSTERNAL", external, Severity.WARNING) in result
    assert ("PRK-RUMUS-TIDAK-DIHITUNG", external, Severity.WARNING) in result


def test_audit_findings_can_be_switched_off_by_the_project(book: tuple[Path, dict]) -> None:
    """Some agencies type every value: the project turns the typed-value warning off."""
    path, cells = book
    set_formula(path, cells[(3, "13.K")], sub_rows()[3]["13.K"])
    (path.parent / "periksa.yaml").write_text("disable: [PRK-RUMUS-KETIK]\n", encoding="utf-8")
    assert found(path) == set()


def test_percent_rows_may_take_the_last_quarter_while_count_rows_sum(tmp_path: Path) -> None:
    """12.K is =Q (triwulan IV) for persen rows and a sum for counted rows: not a pattern break."""
    counts = sub_rows()
    percents = [tc29.entity(f"2.08.02.2.02.000{i}", f"Sub {i}", "Persentase laporan", "persen", (100, 300_000_000),
                            (0, 0), (100, 60_000_000), [(25, 10_000_000), (50, 15_000_000), (75, 15_000_000),
                                                        (100 - i, 15_000_000)], summable=False)
                for i in range(1, 2)]
    path = tmp_path / "campur.xlsx"
    tc29.write(path, counts + percents, formulas=True)
    assert found(path) == set()


def test_excel_rounding_of_a_binary_near_half_is_not_stale() -> None:
    """41/160*100 is 25.625 on paper, 25.624999999999996 in floating point: Excel shows 25.63."""
    from validator.checks.audit import _differs

    assert not _differs("=ROUND(W9/E9*100,2)", 25.62, 25.63)
    assert _differs("=ROUND(W9/E9*100,2)", 25.62, 25.64)
    assert _differs("=W9/E9*100", 25.62, 25.63)
