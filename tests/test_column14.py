"""Column 14 K (realisasi Renstra s/d tahun berjalan) of indicators that are not summed.

Its readings are 6 + 12 (a flow), 12 (the latest value of a stock or percentage) and, where
declared, a yearly average between 6 and 12. Where they coincide (6 K blank or 0) or the
aggregation is declared, 14 K is an error to get wrong; where they differ and nothing is
declared, any reading is accepted and anything else is a warning. E.81 has the same column as
its 13, the in-year Tabel 2.2 with column 6 inherits the rules, TC.29 of 54/2010 has its own
(``test_rules_tc2913``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import tc29
import test_e81
import test_inyear_last_year
from tc29 import r2
from test_indicator_semantics import AVERAGE, averaged_rows

from validator.check import check

SUB2 = 4  # "Persentase laporan" (persen): 6 K = 0, 12 K = 100, 14 K = 100, 5 K = 100
KEGIATAN = 1  # "Persentase OPD responsif gender" (persen): 6 K = 50, 12 K = 76, 14 K = 76, 5 K = 100

Found = set[tuple[str, str, str, object]]


def found(folder: Path) -> Found:
    result = check([folder]).files[0]
    assert result.status == "ok", result.error
    return {(f.rule, f.cell.a1, f.severity.value, f.expected) for f in result.findings}


def table(tmp_path: Path, edits: dict[tuple[int, str], object], rows: list[dict[str, object]] | None = None,
          config: str | None = None) -> tuple[Found, dict[tuple[int, str], str]]:
    rows = rows or tc29.clean_rows()
    for (index, column), value in edits.items():
        rows[index][column] = value
    rows[5:7] = tc29.summary("Sub Kegiatan", [rows[2], rows[SUB2]], [rows[3]])  # averages of the edited 15 K
    rows[7:9] = tc29.summary("Kegiatan", [rows[KEGIATAN]])
    cells = tc29.write(tmp_path / "renja.xlsx", rows)
    if config is not None:
        (tmp_path / "periksa.yaml").write_text(config, encoding="utf-8")
    return found(tmp_path), cells


def test_percentage_with_nothing_before_is_checked_at_column_14(tmp_path: Path) -> None:
    """The issue's row: 6 K = 0, 12 K = 100, 14 K = 160. Every reading says 100; column 15 (100),
    consistent with the right 14, is a consequence of the slip, not a second error."""
    got, cells = table(tmp_path, {(SUB2, "14.K"): 160})
    assert got == {("TC29-14K-AKHIR", cells[(SUB2, "14.K")], "error", 100),
                   ("TC29-15K", cells[(SUB2, "15.K")], "warning", 160)}


def test_column_15_that_follows_the_wrong_14_is_named_as_agreeing_with_it(tmp_path: Path) -> None:
    got, cells = table(tmp_path, {(SUB2, "14.K"): 160, (SUB2, "15.K"): 160})
    assert got == {("TC29-14K-AKHIR", cells[(SUB2, "14.K")], "error", 100),
                   ("TC29-15K", cells[(SUB2, "15.K")], "warning", 100)}


def test_blank_column_6_is_nothing_before(tmp_path: Path) -> None:
    got, cells = table(tmp_path, {(SUB2, "6.K"): None, (SUB2, "14.K"): 160})
    assert ("TC29-14K-AKHIR", cells[(SUB2, "14.K")], "error", 100) in got
    assert table(tmp_path, {(SUB2, "6.K"): None})[0] == set()


def test_blank_column_14_where_this_year_realised_something(tmp_path: Path) -> None:
    got, cells = table(tmp_path, {(SUB2, "14.K"): None})
    assert got == {("TC29-14K-AKHIR", cells[(SUB2, "14.K")], "error", 100)}


@pytest.mark.parametrize("stated", [76, 126], ids=["latest-value", "sum"])
def test_either_reading_is_accepted_when_undeclared(tmp_path: Path, stated: float) -> None:
    """6 K = 50, 12 K = 76: 76 (latest) and 126 (6 + 12) are both readings of a percentage."""
    got, _ = table(tmp_path, {(KEGIATAN, "14.K"): stated, (KEGIATAN, "15.K"): stated})
    assert got == set()


def test_neither_reading_is_a_warning_naming_the_ambiguity(tmp_path: Path) -> None:
    got, cells = table(tmp_path, {(KEGIATAN, "14.K"): 100, (KEGIATAN, "15.K"): 100})
    assert got == {("TC29-14K-AMBIGU", cells[(KEGIATAN, "14.K")], "warning", None)}
    [finding] = check([tmp_path]).files[0].findings
    assert "6 + 12" in finding.message and "indicators" in finding.message


def test_declared_last_value_checks_column_14_exactly(tmp_path: Path) -> None:
    """Declared a stock (aggregation last), the sum 126 is wrong: 14 K is 12 K."""
    config = "indicators:\n  - match: responsif gender\n    aggregation: last\n"
    got, cells = table(tmp_path, {(KEGIATAN, "14.K"): 126, (KEGIATAN, "15.K"): 126}, config=config)
    assert got == {("TC29-14K-AKHIR", cells[(KEGIATAN, "14.K")], "error", 76),
                   ("TC29-15K", cells[(KEGIATAN, "15.K")], "warning", 76)}
    assert table(tmp_path, {}, config=config)[0] == set()


def averaged(six: float, fourteen: float) -> list[dict[str, object]]:
    """Sub kegiatan 2 averaged (12 K = 62,5), with 6 K and a 14 K whose 15 K agrees with it."""
    rows = averaged_rows()
    rows[SUB2]["6.K"], rows[SUB2]["14.K"] = six, fourteen
    rows[SUB2]["15.K"] = r2(fourteen / float(rows[SUB2]["5.K"]) * 100)  # type: ignore[arg-type]
    return rows


@pytest.mark.parametrize("fourteen", [50, 56.25, 62.5, 56.3, 56], ids=["six", "between", "twelve", "rounded-1",
                                                                       "rounded-0"])
def test_declared_average_lies_between_6_and_12(tmp_path: Path, fourteen: float) -> None:
    assert table(tmp_path, {}, averaged(50, fourteen), AVERAGE)[0] == set()


@pytest.mark.parametrize("fourteen", [40, 70], ids=["below", "above"])
def test_declared_average_outside_6_and_12(tmp_path: Path, fourteen: float) -> None:
    got, cells = table(tmp_path, {}, averaged(50, fourteen), AVERAGE)
    assert got == {("TC29-14K-RATA", cells[(SUB2, "14.K")], "error", None)}


def test_declared_average_with_nothing_before_is_this_year(tmp_path: Path) -> None:
    got, cells = table(tmp_path, {}, averaged(None, 70), AVERAGE)  # type: ignore[arg-type]
    assert got == {("TC29-14K-AKHIR", cells[(SUB2, "14.K")], "error", 62.5),
                   ("TC29-15K", cells[(SUB2, "15.K")], "warning", 62.5)}


def test_in_year_table_with_column_6_inherits_the_rules(tmp_path: Path) -> None:
    """Tabel 2.2 with column 6 printed (renja-tc29-inyear reads it): a percentage program, nothing before."""
    rows = test_inyear_last_year.this_year()
    program = rows[0]
    program.update({"6.K": "0 %", "12.K": "76,49 %", "14.K": "86,49 %", "15.K": 86.49})
    cells = test_inyear_last_year.write_this_year(tmp_path / "tabel-2.2.xlsx", rows)
    result = check([tmp_path]).files[0]
    assert [t.pack for t in result.tables] == ["renja-tc29-inyear-86-2017"]
    assert {(f.rule, f.cell.a1, f.severity.value, f.expected) for f in result.findings} == {
        ("TC29-14K-AKHIR", cells[(0, "14.K")], "error", 76.49),
        ("TC29-15K", cells[(0, "15.K")], "warning", 76.49),
    }


def e81(tmp_path: Path, six: object, thirteen: object, config: str | None = None) -> tuple[Found, dict]:
    """E.81 with the program's indicator a percentage: 12 K = 60 (the fourth quarter)."""
    rows = test_e81.rows()
    program = rows[0]
    program.update({"4": "Persentase PMKS tertangani", "6.K": six, "12.K": "60 %", "13.K": thirteen})
    program["14.K"] = r2(float(str(thirteen).split()[0].replace(",", ".")) / 100 * 100)
    cells = test_e81.write(tmp_path / "e81.xlsx", rows)
    if config is not None:
        (tmp_path / "periksa.yaml").write_text(config, encoding="utf-8")
    return found(tmp_path), cells


def test_e81_column_13_of_a_percentage(tmp_path: Path) -> None:
    assert e81(tmp_path, "0 %", "60 %")[0] == set()
    got, cells = e81(tmp_path, "0 %", "110 %")
    assert got == {("E81-13K-AKHIR", cells[(0, "13.K")], "error", 60),
                   ("E81-14K", cells[(0, "14.K")], "warning", 60)}  # 14 K agrees with the wrong 13 K


def test_e81_column_13_when_the_readings_differ(tmp_path: Path) -> None:
    assert e81(tmp_path, "50 %", "110 %")[0] == set()  # 6 + 12
    assert e81(tmp_path, "50 %", "60 %")[0] == set()  # 12
    got, cells = e81(tmp_path, "50 %", "80 %")
    assert got == {("E81-13K-AMBIGU", cells[(0, "13.K")], "warning", None)}
    average = "indicators:\n  - match: pmks tertangani\n    aggregation: average\n"
    got, cells = e81(tmp_path, "50 %", "80 %", average)
    assert got == {("E81-13K-RATA", cells[(0, "13.K")], "error", None)}
    assert e81(tmp_path, "50 %", "55 %", average)[0] == set()


#: rule ids whose violating and clean cases this file pins with exact findings, per pack (the
#: coverage guard in test_rules_coverage reads it)
PINNED = {
    "renja-tc29-17-86-2017": {"TC29-14K-AKHIR", "TC29-14K-AMBIGU", "TC29-14K-RATA"},
    "renja-tc29-inyear-86-2017": {"TC29-14K-AKHIR", "TC29-14K-AMBIGU", "TC29-14K-RATA"},
    "renja-e81-15-86-2017": {"E81-13K-AKHIR", "E81-13K-AMBIGU", "E81-13K-RATA"},
}
