"""Report formats: each output is parsed back and must carry the real findings.

The sample workbook has 22 known errors (20 reported as errors, two parent
sums as consequences of a wrong kegiatan), among them U81 (rule TC29-13K,
stated 1, expected 1500); the corrected copy has no errors. Counts of other
findings (warnings from rules still being written) are taken from the
report itself. A small hand-made Report covers a file that could not be
checked, info findings and awkward text.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest
from openpyxl import load_workbook

from validator.check import Options, check
from validator.model import CellRef, FileResult, Finding, Report, Severity
from validator.report import RENDERERS, annotate, github, html, junit, markdown, sarif

ROOT = Path(__file__).resolve().parent.parent
SUBMITTED = ROOT / "workbooks" / "renja-2023-tabel-2.1.xlsx"
CORRECTED = ROOT / "workbooks" / "renja-2023-tabel-2.1-perbaikan.xlsx"
SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def sample() -> Report:
    return check([CORRECTED, SUBMITTED])


@pytest.fixture(scope="module")
def sample_en() -> Report:
    return check([SUBMITTED], options=Options(lang="en"))


def odd_report() -> Report:
    """Warnings, info, a failed file and text with every character the formats must escape."""
    sheet = "Tabel 2,1: B"
    findings = [
        Finding("TST-1", Severity.ERROR, CellRef(sheet, 10, 3), "100% | wrong\nline two", 5, 6,
                row_label="1.01 A|B", source="Contoh"),
        Finding("TST-2", Severity.WARNING, CellRef(sheet, 11, 4), "<b>warned</b>", row_label="1.02 C"),
        Finding("TST-3", Severity.INFO, CellRef(sheet, 12, 28), "fyi"),
    ]
    return Report(files=[
        FileResult(path="dir, x/odd: book.xlsx", findings=findings),
        FileResult(path="broken.xlsx", status="error", error="broken.xlsx: workbook rusak"),
        FileResult(path="clean.xlsx"),
    ])


def find_u81(findings: list[dict]) -> dict:
    return next(f for f in findings if f["ruleId"] == "TC29-13K")


# SARIF


def test_sarif_is_valid_against_the_official_schema(sample: Report) -> None:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    for report in (sample, odd_report()):
        jsonschema.Draft4Validator(schema).validate(json.loads(sarif.render(report, "id")))


def test_sarif_carries_the_real_findings(sample: Report) -> None:
    run = json.loads(sarif.render(sample, "id"))["runs"][0]
    results = run["results"]
    assert len(results) == len(sample.findings)
    assert sum(1 for r in results if r["level"] == "error") == 20
    u81 = find_u81(results)
    location = u81["locations"][0]
    assert location["physicalLocation"]["artifactLocation"]["uri"] == SUBMITTED.as_uri()
    assert location["physicalLocation"]["region"] == {"startLine": 81, "startColumn": 21}
    assert location["logicalLocations"] == [{"fullyQualifiedName": "Tabel 2.1!U81", "name": "U81", "kind": "element"}]
    assert u81["level"] == "error"
    assert "seharusnya 1.500" in u81["message"]["text"]
    assert (u81["properties"]["expected"], u81["properties"]["actual"]) == (1500, 1)
    rules = run["tool"]["driver"]["rules"]
    assert rules[u81["ruleIndex"]]["id"] == "TC29-13K"
    assert len({r["id"] for r in rules}) == len(rules) == len({f.rule for f in sample.findings})
    prints = [r["partialFingerprints"]["periksaFingerprint/v1"] for r in results]
    assert len(set(prints)) == len(results)
    assert run["invocations"][0]["executionSuccessful"] is True


def test_sarif_levels_failed_files_and_language(sample_en: Report) -> None:
    run = json.loads(sarif.render(odd_report(), "id"))["runs"][0]
    assert [r["level"] for r in run["results"]] == ["error", "warning", "note"]
    artifact = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert artifact["uri"] == "dir%2C%20x/odd%3A%20book.xlsx"
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["message"]["text"] == "broken.xlsx: workbook rusak"
    english = find_u81(json.loads(sarif.render(sample_en, "en"))["runs"][0]["results"])
    assert "states 1, expected 1,500" in english["message"]["text"]


def test_sarif_fingerprint_is_stable_across_runs(sample: Report) -> None:
    def prints(report: Report) -> set[str]:
        results = json.loads(sarif.render(report, "id"))["runs"][0]["results"]
        return {r["partialFingerprints"]["periksaFingerprint/v1"] for r in results}

    assert prints(sample) == prints(check([SUBMITTED]))


# JUnit


def test_junit_one_suite_per_file_one_case_per_rule(sample: Report) -> None:
    root = ET.fromstring(junit.render(sample, "id"))
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    assert set(suites) == {str(CORRECTED), str(SUBMITTED)}
    assert not suites[str(CORRECTED)].findall("testcase/failure[@type='error']")
    assert not suites[str(CORRECTED)].findall("testcase/error")
    cases = {c.get("name"): c for c in suites[str(SUBMITTED)].findall("testcase")}
    assert set(cases) == {f.rule for r in sample.files if r.path == str(SUBMITTED) for f in r.findings}
    failure = cases["TC29-13K"].find("failure")
    assert failure is not None and failure.get("type") == "error"
    assert "Tabel 2.1!U81" in (failure.text or "") and "seharusnya 1.500" in (failure.text or "")
    five = cases["TC29-INDUK-5RP"].find("failure")
    assert five is not None and five.get("message") == "2 temuan"
    assert {line.split(" [")[0] for line in (five.text or "").splitlines()} == {"Tabel 2.1!F9", "Tabel 2.1!F39"}
    assert suites[str(SUBMITTED)].get("failures") == str(len(cases))
    assert root.get("tests") == str(sum(len(s.findall("testcase")) for s in suites.values()))


def test_junit_failed_file_is_an_error() -> None:
    root = ET.fromstring(junit.render(odd_report(), "en"))
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    error = suites["broken.xlsx"].find("testcase/error")
    assert error is not None and error.get("message") == "broken.xlsx: workbook rusak"
    assert suites["broken.xlsx"].get("errors") == "1"
    assert [c.get("name") for c in suites["clean.xlsx"].findall("testcase")] == ["no findings"]
    warned = suites["dir, x/odd: book.xlsx"].find("testcase[@name='TST-2']/failure")
    assert warned is not None and warned.get("type") == "warning"
    assert root.get("errors") == "1" and root.get("failures") == "3"


# GitHub workflow commands


def test_github_escaping_follows_the_runner() -> None:
    assert github.escape_data("100%\r\nx: a, b") == "100%25%0D%0Ax: a, b"
    assert github.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_annotations(sample: Report) -> None:
    lines = github.render(sample, "id").splitlines()
    assert len(lines) == len(sample.findings)
    assert sum(1 for line in lines if line.startswith("::error ")) == 20
    u81 = next(line for line in lines if "title=TC29-13K (galat)::" in line)
    assert u81.startswith(f"::error file={str(SUBMITTED).replace(':', '%3A')},title=TC29-13K (galat)::Tabel 2.1!U81 ")
    assert "seharusnya 1.500" in u81
    odd = github.render(odd_report(), "id").splitlines()
    assert odd[0] == ("::error file=dir%2C x/odd%3A book.xlsx,title=TST-1 (galat)::"
                      "Tabel 2,1: B!C10 [1.01 A|B]: 100%25 | wrong%0Aline two")
    assert odd[1].startswith("::warning ") and "title=TST-2 (peringatan)::" in odd[1]
    assert odd[2].startswith("::notice ")
    assert odd[3] == "::error file=broken.xlsx,title=periksa::broken.xlsx: workbook rusak"


# Markdown


def test_markdown_summary_and_findings(sample: Report) -> None:
    text = markdown.render(sample, "id")
    assert "2 berkas, 2 tabel" in text and "20 galat" in text
    assert f"| `{SUBMITTED}` | diperiksa | 1 | 20 | " in text
    assert f"| `{CORRECTED}` | " in text and f"| `{CORRECTED}` | ❌" not in text
    assert "| `clean.xlsx` | ✅ no findings | 0 | 0 | 0 |" in markdown.render(odd_report(), "en")
    u81 = next(line for line in text.splitlines() if "Tabel 2.1!U81" in line)
    cells = [c.strip() for c in u81.strip("|").split(" | ")]
    assert cells[0] == "🔴 galat" and cells[3:6] == ["TC29-13K", "1", "1.500"]


def test_markdown_escapes_table_breakers() -> None:
    text = markdown.render(odd_report(), "en")
    row = next(line for line in text.splitlines() if "TST-1" in line)
    assert "1.01 A\\|B" in row and "100% \\| wrong line two" in row
    assert "&lt;b&gt;warned&lt;/b&gt;" in text
    assert "> broken.xlsx: workbook rusak" in text


# HTML


class Page(HTMLParser):
    """Collects what the tests ask of an HTML page: its tags and each finding row's text."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.rows: list[dict[str, str | None]] = []
        self.texts: list[list[str]] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "tr" and "finding" in (dict(attrs).get("class") or ""):
            self.rows.append(dict(attrs))
            self.texts.append([])

    def handle_data(self, data: str) -> None:
        if self.texts:
            self.texts[-1].append(data)


def test_html_is_self_contained_and_carries_the_findings(sample: Report) -> None:
    page = Page(html.render(sample, "id"))
    assert not [t for t, a in page.tags if t in ("link", "img", "iframe") or "src" in a]
    assert not [a for _, a in page.tags if (a.get("href") or "").startswith(("http", "//"))]
    assert len(page.rows) == len(sample.findings)
    index = next(i for i, row in enumerate(page.rows) if row["data-rule"] == "TC29-13K")
    assert page.rows[index]["data-severity"] == "error"
    text = page.texts[index]
    assert text[:5] == ["U81", "galat", page.texts[index][2], "1", "1.500"]
    assert "2.08.07.2.01.0004" in text[2]
    assert "12.K" in text and "150" in text  # row context: realisasi 12.K next to the wrong 13.K


def test_html_escapes_and_shows_failed_files() -> None:
    text = html.render(odd_report(), "en")
    assert "&lt;b&gt;warned&lt;/b&gt;" in text and "<b>warned" not in text
    assert "could not be checked: broken.xlsx: workbook rusak" in text
    assert [row["data-severity"] for row in Page(text).rows] == ["error", "warning", "info"]


def test_html_filters_run_in_a_real_browser(sample: Report, tmp_path: Path) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("chromium is not installed (apt-get install chromium); the filter JS is not run here")
    page = tmp_path / "laporan.html"
    page.write_text(html.render(sample, "id"), encoding="utf-8")

    def visible(fragment: str) -> list[str | None]:
        dom = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom",
                              page.as_uri() + fragment], capture_output=True, text=True, timeout=120, check=True)
        return [row["data-rule"] for row in Page(dom.stdout).rows if "hidden" not in row]

    assert len(visible("")) == len(sample.findings)
    assert visible("#rule=TC29-13K") == ["TC29-13K"]
    warnings = sorted(f.rule for f in sample.findings if f.severity is Severity.WARNING)
    assert sorted(visible("#severity=warning")) == warnings  # type: ignore[arg-type]
    assert visible("#severity=error&rule=TC29-13K") == ["TC29-13K"]


# Every text renderer


@pytest.mark.parametrize("name", sorted(RENDERERS))
def test_every_renderer_handles_an_empty_and_an_odd_report(name: str) -> None:
    for report in (Report(), odd_report()):
        assert isinstance(RENDERERS[name](report, "en"), str)


def test_terminal_text_has_the_summary(sample: Report) -> None:
    text = RENDERERS["terminal"](sample, "en")
    assert "U81" in text and "TC29-13K" in text and "20 errors" in text


def test_plain_text_says_each_finding_severity_in_words() -> None:
    """Without colour (CI logs, --no-color) an error and a warning differ by a word, not a hue."""
    lines = RENDERERS["terminal"](odd_report(), "id").splitlines()
    assert any("C10" in line and " galat " in line and "TST-1" in line for line in lines)
    assert any("D11" in line and " peringatan " in line and "TST-2" in line for line in lines)
    assert any("AB12" in line and " info " in line and "TST-3" in line for line in lines)
    markdown_rows = [line for line in markdown.render(odd_report(), "en").splitlines() if "TST-" in line]
    assert [row.split(" | ")[0] for row in markdown_rows] == ["| 🔴 error", "| 🟡 warning", "| 🔵 info"]


# Annotated workbook


def test_annotated_copy_marks_cells_and_lists_findings(sample: Report) -> None:
    before = hashlib.sha256(SUBMITTED.read_bytes()).hexdigest()
    result = next(r for r in sample.files if r.path == str(SUBMITTED))
    book = load_workbook(io.BytesIO(annotate.render_file(result, "id")))
    assert hashlib.sha256(SUBMITTED.read_bytes()).hexdigest() == before
    assert book.sheetnames == ["Temuan Periksa", "Tabel 2.1"]
    u81 = book["Tabel 2.1"]["U81"]
    assert u81.value == 1 and u81.fill.fgColor.rgb.endswith("FFC7CE")
    assert u81.comment is not None and "TC29-13K" in u81.comment.text and "Seharusnya: 1.500" in u81.comment.text
    assert book["Tabel 2.1"]["U80"].comment is None
    listing = book["Temuan Periksa"]
    rows = list(listing.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(result.findings)
    number = next(i for i, row in enumerate(rows, start=2) if row[2] == "U81")
    assert rows[number - 2][4] == "TC29-13K" and rows[number - 2][7] == "1.500"
    assert listing.cell(number, 3).hyperlink.location == "'Tabel 2.1'!U81"


def test_annotated_warning_is_amber_and_merged_cells_are_marked_at_top_left(tmp_path: Path) -> None:
    from openpyxl import Workbook

    path = tmp_path / "kecil.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.title = "Data"
    sheet.merge_cells("B2:C3")
    sheet["B2"] = "x"
    book.save(path)
    findings = [Finding("TST-2", Severity.WARNING, CellRef("Data", 3, 3), "warned"),
                Finding("TST-1", Severity.ERROR, CellRef("Data", 5, 1), "wrong")]
    copy = load_workbook(io.BytesIO(annotate.render_file(FileResult(str(path), findings=findings), "en")))
    assert copy.sheetnames[0] == "Periksa findings"
    assert copy["Data"]["B2"].fill.fgColor.rgb.endswith("FFEB9C")
    assert "warned" in copy["Data"]["B2"].comment.text
    assert copy["Data"]["A5"].fill.fgColor.rgb.endswith("FFC7CE")


def test_html_overview_lists_every_file_with_its_counts() -> None:
    """An auditor reviewing many agencies first sees one line per workbook, linked to its section."""
    report = check([SUBMITTED, CORRECTED])
    page = Page(html.render(report, "id"))
    links = [a["href"] for t, a in page.tags if t == "a"]
    assert links == ["#file-0", "#file-1"]
    assert [a.get("id") for t, a in page.tags if t == "section"] == ["file-0", "file-1"]
