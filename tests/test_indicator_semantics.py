"""Per-indicator semantics (DOMAIN 5.1, 5.2): how K aggregates across triwulan (sum / last /
average) and whether lower is better, from the unit and the pack by default, overridden by kode
or by the indicator's words in a pack's or a project's ``indicators`` list."""

from __future__ import annotations

from pathlib import Path

import pytest
import shaped
import tc29
from click.testing import CliRunner
from tc29 import r2
from test_rules_tc2913 import FAMILIES as TC2913_FAMILIES

from validator.check import check
from validator.cli import main
from validator.model import Severity
from validator.packs.rulepack import PackError

SUB2 = 4  # "Persentase laporan" (persen): quarters 25, 50, 75, 100
AVERAGE = "indicators:\n  - match: '^persentase laporan$'\n    aggregation: average\n"


def averaged_rows() -> list[dict[str, object]]:
    """The clean T-C.29 table with sub kegiatan 2 reported as the mean of its quarters (62,5)."""
    rows = tc29.clean_rows()
    row = rows[SUB2]
    row["12.K"] = row["14.K"] = 62.5
    row["13.K"] = r2(62.5 / float(row["7.K"]) * 100)  # type: ignore[arg-type]
    row["15.K"] = r2(62.5 / float(row["5.K"]) * 100)  # type: ignore[arg-type]
    row["17"] = r2(float(row["13.K"]) / float(row["13.Rp"]) * 100, 0)  # type: ignore[arg-type]
    rows[5:7] = tc29.summary("Sub Kegiatan", [rows[2], rows[SUB2]], [rows[3]])
    return rows


def errors(folder: Path) -> set[tuple[str, str]]:
    result = check([folder]).files[0]
    assert result.status == "ok", result.error
    return {(f.rule, f.cell.a1) for f in result.findings if f.severity is Severity.ERROR}


def findings(folder: Path) -> set[tuple[str, str]]:
    return {(f.rule, f.cell.a1) for f in check([folder]).files[0].findings}


def test_average_declared_for_an_indicator(tmp_path: Path) -> None:
    cells = tc29.write(tmp_path / "renja.xlsx", averaged_rows())
    (tmp_path / "periksa.yaml").write_text(AVERAGE, encoding="utf-8")
    assert findings(tmp_path) == set()
    (tmp_path / "periksa.yaml").unlink()  # by its unit (persen) the year is the last quarter: 100
    assert findings(tmp_path) == {("TC29-12K-AKHIR", cells[(SUB2, "12.K")])}


def test_last_quarter_where_the_average_was_declared(tmp_path: Path) -> None:
    cells = tc29.write(tmp_path / "renja.xlsx", tc29.clean_rows())
    (tmp_path / "periksa.yaml").write_text(AVERAGE, encoding="utf-8")
    assert errors(tmp_path) == {("TC29-12K-RATA", cells[(SUB2, "12.K")])}
    [finding] = [f for f in check([tmp_path]).files[0].findings if f.rule == "TC29-12K-RATA"]
    assert finding.expected == 62.5


def test_an_indicator_named_by_kode(tmp_path: Path) -> None:
    """A project declares sub kegiatan 2.08.02.2.01.0007 averaged by its kode, not its words."""
    tc29.write(tmp_path / "renja.xlsx", averaged_rows())
    (tmp_path / "periksa.yaml").write_text(
        "indicators:\n  - kode: 2.08.02.2.01.0007\n    aggregation: average\n", encoding="utf-8")
    assert findings(tmp_path) == set()


def _tc2913(tmp_path: Path, config: str) -> set[tuple[str, str]]:
    family = TC2913_FAMILIES[0]
    shaped.write(tmp_path / "tc29-13.xlsx", *family.sheets)
    (tmp_path / "periksa.yaml").write_text(config, encoding="utf-8")
    result = check([tmp_path]).files[0]
    return {(f.rule, f.cell.a1, f.expected) for f in result.findings}


def test_polarity_by_kode_and_by_words(tmp_path: Path) -> None:
    """Seed 001 shapes: a count made negative by its kode; "perkawinan usia anak", negative in the
    pack, declared positive by the project (the project's entries come first)."""
    assert _tc2913(tmp_path, "indicators: []\n") == set()
    declared = _tc2913(tmp_path, "indicators:\n  - kode: 2.02.2.02.1.27.02\n    polarity: negative\n")
    assert {(rule, expected) for rule, _, expected in declared} == {("TC2913-8-NEGATIF", 131.58),
                                                                    ("TC2913-13-NEGATIF", 98.25)}
    positive = _tc2913(tmp_path, "indicators:\n  - match: perkawinan usia anak\n    polarity: positive\n")
    assert {(rule, expected) for rule, _, expected in positive} == {("TC2913-8", 148), ("TC2913-13", 152.58)}


@pytest.mark.parametrize("text,words", [
    ("indicators:\n  - match: persen\n", "periksa.yaml:2:5: indicators: an entry needs 'aggregation' or 'polarity'"),
    ("indicators:\n  - match: 'persen ('\n    aggregation: last\n",
     "periksa.yaml:2:12: indicators.0.match: not a regular expression"),
    ("indicators:\n  - aggregation: last\n", "periksa.yaml:2:5: indicators.0"),
    ("indicators:\n  - match: persen\n    aggregation: median\n", "periksa.yaml:3:18: indicators.0.aggregation"),
])
def test_a_wrong_indicators_entry_is_named_where_it_is(tmp_path: Path, text: str, words: str) -> None:
    tc29.write(tmp_path / "renja.xlsx", tc29.clean_rows())
    (tmp_path / "periksa.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(PackError, match="indicators"):
        check([tmp_path])
    outcome = CliRunner().invoke(main, ["check", str(tmp_path)])
    assert outcome.exit_code == 2 and words in outcome.output, outcome.output
    assert "Traceback" not in outcome.output
