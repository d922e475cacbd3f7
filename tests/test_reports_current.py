"""reports/ holds what Periksa says about workbooks/: it must not go stale.

Regenerate with `bash reports/make_reports.sh` after changing rules or renderers.
"""

import json
from pathlib import Path

import pytest

from validator.check import check

ROOT = Path(__file__).resolve().parent.parent
REPORTS = sorted((ROOT / "reports").glob("*.json"))


def key(finding: dict) -> tuple:
    return (finding["rule"], finding["severity"], finding["sheet"], finding["cell"], finding["expected"])


@pytest.mark.parametrize("report", REPORTS, ids=[r.stem for r in REPORTS])
def test_committed_report_matches_a_fresh_check(report: Path) -> None:
    committed = json.loads(report.read_text(encoding="utf-8"))["files"][0]
    workbook = ROOT / "workbooks" / Path(committed["path"]).name
    fresh = check([workbook]).files[0]
    assert committed["status"] == fresh.status
    now = sorted(key({"rule": f.rule, "severity": f.severity.value, "sheet": f.cell.sheet, "cell": f.cell.a1,
                      "expected": f.expected}) for f in fresh.findings)
    assert sorted(key(f) for f in committed["findings"]) == now, "run: bash reports/make_reports.sh"


def test_every_sample_has_reports() -> None:
    names = {r.stem for r in REPORTS}
    assert names == {p.stem for suffix in ("*.xlsx", "*.xls") for p in (ROOT / "workbooks").glob(suffix)}
    assert (ROOT / "reports" / "semua-workbook.html").stat().st_size > 10_000
