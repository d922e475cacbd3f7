"""The bundled sample workbooks: seed 000 Tabel 2.1 as submitted and corrected.

The known errors were computed independently of Periksa when the seed was
transcribed (workbooks/make_samples.py); Periksa must find exactly those.
"""

from pathlib import Path

import yaml

from validator.check import check
from validator.model import Severity

WORKBOOKS = Path(__file__).resolve().parent.parent / "workbooks"


def test_every_transcribed_seed_error_is_reported_at_its_cell() -> None:
    known = yaml.safe_load((WORKBOOKS / "renja-2023-tabel-2.1.known-errors.yaml").read_text(encoding="utf-8"))
    result = check([WORKBOOKS / "renja-2023-tabel-2.1.xlsx"]).files[0]
    assert result.status == "ok"
    assert [(t.sheet, t.range, t.pack) for t in result.tables] == [("Tabel 2.1", "A5:AB94", "renja-tc29-17-86-2017")]
    errors = {f.cell.a1 for f in result.findings if f.severity is Severity.ERROR}
    assert errors == {entry["cell"] for entry in known["errors"] if entry.get("severity", "error") == "error"}
    found = {f.cell.a1: f for f in result.findings}
    for entry in known["errors"]:
        finding = found[entry["cell"]]
        assert finding.severity.value == entry.get("severity", "error"), entry
        if "consequence_of" in entry and finding.severity is Severity.WARNING:
            assert all(cell in finding.message for cell in entry["consequence_of"]), (entry, finding.message)
        if finding.expected is None:
            assert finding.actual is None and entry["stated"] is None, "only a blank cell may lack a value"
        elif isinstance(entry["expected"], str):
            assert finding.expected.casefold() == entry["expected"].casefold()
        else:
            assert abs(finding.expected - entry["expected"]) <= 0.01, entry


def test_seed_line_2323_capaian_truncated_to_thousands() -> None:
    result = check([WORKBOOKS / "renja-2023-tabel-2.1.xlsx"]).files[0]
    finding = next(f for f in result.findings if f.cell.a1 == "U81")
    assert (finding.rule, finding.actual, finding.expected) == ("TC29-13K", 1, 1500)
    assert finding.row_label.startswith("2.08.07.2.01.0004")


def test_corrected_copy_is_clean() -> None:
    result = check([WORKBOOKS / "renja-2023-tabel-2.1-perbaikan.xlsx"]).files[0]
    assert result.status == "ok"
    assert result.findings == []
    assert sum(len(t.rows) for t in result.tables) > 80
