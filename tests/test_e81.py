"""E.81, the 15-column base form of the Renja evaluation: 13 = 6 + 12, 14 = 13 / 5 x 100%."""

from pathlib import Path

import shaped
import tables
from tc29 import r2

from validator.check import check

NUMBERS = [str(n) for n in range(1, 16)]
LABELS = {"13": "13=6+12", "14": "14=13/5x100%"}
SPLIT = {str(n) for n in range(5, 15)}


def entity(name: str, unit_k: tuple[float, float, float, list[float]], rp: tuple[float, float, float, list[float]],
           no: int | None = None) -> dict[str, object]:
    """target Renstra (5), realised to n-2 (6), target Renja n-1 (7), quarters (8-11) for K and Rp."""
    row: dict[str, object] = {"3": name, "4": "Jumlah kegiatan terlaksana", "15": "Bidang Sosial"}
    if no is not None:
        row["1"] = no
    for side, (target5, done6, target7, quarters) in (("K", unit_k), ("Rp", rp)):
        row[f"5.{side}"], row[f"6.{side}"], row[f"7.{side}"] = target5, done6, target7
        for number, value in zip(("8", "9", "10", "11"), quarters, strict=True):
            row[f"{number}.{side}"] = value
        row[f"12.{side}"] = sum(quarters)
        row[f"13.{side}"] = done6 + sum(quarters)
        row[f"14.{side}"] = r2((done6 + sum(quarters)) / target5 * 100)
    return row


def rows() -> list[dict[str, object]]:
    keg1 = entity("Pemberdayaan Sosial KAT", (20, 8, 4, [1, 1, 1, 1]), (900e6, 300e6, 180e6, [30e6, 40e6, 50e6, 55e6]))
    keg2 = entity("Pengumpulan Sumbangan", (10, 4, 2, [0, 1, 0, 1]), (100e6, 40e6, 20e6, [5e6, 5e6, 5e6, 4e6]))
    program = entity("Program Pemberdayaan Sosial", (100, 50, 60, [0, 0, 0, 60]),
                     (1000e6, 340e6, 200e6, [35e6, 45e6, 55e6, 59e6]), no=1)
    return [program, keg1, keg2]


def found(path: Path) -> set[tuple[str, str]]:
    result = check([path]).files[0]
    assert result.status == "ok", result.error
    assert [t.pack for t in result.tables] == ["renja-e81-15-86-2017"]
    return {(f.rule, f.cell.a1) for f in result.findings}


def write(path: Path, data: list[dict[str, object]]) -> dict[tuple[int, str], str]:
    return tables.write(path, ["Form E.81", "Evaluasi terhadap Hasil Renja Perangkat Daerah Tahun 2023"],
                        NUMBERS, LABELS, SPLIT, data)


def test_consistent_e81_table(tmp_path: Path) -> None:
    path = tmp_path / "e81.xlsx"
    write(path, rows())
    assert found(path) == set()


def test_e81_violations(tmp_path: Path) -> None:
    data = rows()
    data[1]["13.Rp"] = 485e6  # is 300e6 + 175e6
    data[2]["14.K"] = 65  # is (4 + 2) / 10 x 100
    data[0]["7.Rp"] = 210e6
    path = tmp_path / "e81.xlsx"
    cells = write(path, data)
    assert found(path) == {("E81-13RP", cells[(1, "13.Rp")]), ("E81-14K", cells[(2, "14.K")]),
                           ("E81-INDUK-7RP", cells[(0, "7.Rp")]),
                           # consequences of the wrong 13.Rp, kept as warnings that name it
                           ("E81-14RP", cells[(1, "14.Rp")]), ("E81-INDUK-13RP", cells[(0, "13.Rp")])}
    result = check([path]).files[0]
    errors = {f.cell.a1 for f in result.findings if f.severity.value == "error"}
    assert errors == {cells[(1, "13.Rp")], cells[(2, "14.K")], cells[(0, "7.Rp")]}
    consequence = next(f for f in result.findings if f.cell.a1 == cells[(1, "14.Rp")])
    assert cells[(1, "13.Rp")] in consequence.message


# Every rule with the exact findings its violation gives (tests/shaped.py).
# rows: 0 program, 1 kegiatan (KAT), 2 kegiatan (sumbangan)
E81 = shaped.Shape("E.81", ["Form E.81", "Evaluasi terhadap Hasil Renja Perangkat Daerah Tahun 2023"],
                   shaped.split_columns(NUMBERS, LABELS, SPLIT), below=shaped.k_rp_row(SPLIT))
FAMILIES = [shaped.Family("e81", [(E81, rows())], ["renja-e81-15-86-2017"])]
PROGRAM = rows()[0]
M = 1_000_000
Case = shaped.Case
#: what a program's c.Rp one million off breaks on its own row: (rule, column, value)
PROGRAM_LOCAL = {"5": [("E81-14RP", "14.Rp", 53.35)], "6": [("E81-13RP", "13.Rp", 535 * M)], "7": [],
                 **{q: [("E81-12RP", "12.Rp", 195 * M)] for q in ("8", "9", "10", "11")},
                 "12": [("E81-13RP", "13.Rp", 535 * M)], "13": [("E81-14RP", "14.Rp", 53.5)]}
OWN_FORMULA = {"12": "E81-12RP", "13": "E81-13RP"}


def _induk(column: str) -> Case:
    cell = (0, f"{column}.Rp")
    right = PROGRAM[f"{column}.Rp"]
    return Case(f"E81-INDUK-{column}RP", {cell: right + M}, {cell: right},  # type: ignore[operator]
                consequences={(0, target): (rule, value) for rule, target, value in PROGRAM_LOCAL[column]},
                also=((cell, OWN_FORMULA[column], "error", right),) if column in OWN_FORMULA else ())


CASES = shaped.cases(FAMILIES, {"e81": [
    Case("E81-12RP", {(1, "12.Rp"): 176 * M}, {(1, "12.Rp"): 175 * M},
         consequences={(1, "13.Rp"): ("E81-13RP", 476 * M), (0, "12.Rp"): ("E81-INDUK-12RP", 195 * M)}),
    Case("E81-12K", {(1, "12.K"): 5}, {(1, "12.K"): 4}, consequences={(1, "13.K"): ("E81-13K", 13)}),
    Case("E81-13K", {(1, "13.K"): 13}, {(1, "13.K"): 12}, consequences={(1, "14.K"): ("E81-14K", 65)}),
    Case("E81-13RP", {(1, "13.Rp"): 485 * M}, {(1, "13.Rp"): 475 * M},
         consequences={(1, "14.Rp"): ("E81-14RP", 53.89), (0, "13.Rp"): ("E81-INDUK-13RP", 544 * M)}),
    Case("E81-14K", {(2, "14.K"): 65}, {(2, "14.K"): 60}),
    Case("E81-14RP", {(2, "14.Rp"): 50}, {(2, "14.Rp"): 59}),
    *[_induk(column) for column in ("5", "6", "7", "8", "9", "10", "11", "12", "13")],
]})

test_every_rule_consistent_table, test_every_rule_violation_exactly = shaped.tests(FAMILIES, CASES)
