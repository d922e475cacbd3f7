"""The tutorial of docs/rules.md, followed literally: its pack is the YAML blocks of the tutorial put
in one file in order, its workbook is the table it shows (under its title lines), and Periksa must
report exactly the findings its table of findings lists, say what its notes and row listing say,
and choose the packs it says it chooses."""

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import Workbook

from validator.check import Options, check
from validator.cli import main
from validator.model import FileResult
from validator.tables import numbers

DOCS = Path(__file__).resolve().parent.parent / "docs" / "rules.md"
PACK_FILE = "aturan/rekap-fisik-keuangan.yaml"
TEXT_COLUMNS = {"Kode", "Program / Sub Kegiatan"}


def tutorial() -> str:
    text = DOCS.read_text(encoding="utf-8")
    return text.split("## Tutorial: a pack for a new table", 1)[1].split("\n## ", 1)[0]


def blocks(kind: str) -> list[str]:
    return re.findall(rf"```{kind}\n(.*?)```", tutorial(), re.DOTALL)


def tables() -> list[list[list[str]]]:
    """Each Markdown table of the tutorial: its rows of cells, the ---|--- line left out."""
    found: list[list[list[str]]] = []
    current: list[list[str]] = []
    for line in [*tutorial().splitlines(), ""]:
        if line.startswith("|"):
            if not re.fullmatch(r"\|(-+\|)+", line):
                current.append([cell.strip() for cell in line.strip("|").split("|")])
        elif current:
            found.append(current)
            current = []
    return found


def write_pack(folder: Path) -> Path:
    pack = "".join(block for block in blocks("yaml") if block.startswith(f"# {PACK_FILE}"))
    path = folder / PACK_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(pack, encoding="utf-8")
    return path


def cell_value(column: str, text: str) -> object:
    """A cell as the dinas typed it: kode and names as text, the rest as numbers where they are."""
    if not text or column in TEXT_COLUMNS:
        return text or None
    parsed = numbers.parse(text, rupiah="Rp" in column)
    return parsed.number if parsed.number is not None and parsed.problem is None else text


def write_workbook(path: Path) -> Path:
    """The title lines, a blank row, then the table as shown (its first row numbers the columns)."""
    titles = blocks("text")[0].splitlines()
    header, *rows = tables()[0]
    wb = Workbook()
    ws = wb.active
    ws.title = "Rekap"
    for title in titles:
        ws.append([title])
    ws.append([])
    ws.append(header)
    for row in rows:
        ws.append([cell_value(column, text) for column, text in zip(header, row, strict=True)])
    wb.save(path)
    return path


def documented_findings() -> set[tuple[str, str, str, object]]:
    header, *rows = tables()[1]
    assert header[:4] == ["cell", "severity", "rule", "expected"]
    return {(cell, severity, rule, round(numbers.parse(expected).number or 0, 2))
            for cell, severity, rule, expected, _ in rows}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    write_pack(tmp_path)
    write_workbook(tmp_path / "rekap-oktober.xlsx")
    return tmp_path


def checked(project: Path, *rules_dirs: Path, explain: bool = False) -> FileResult:
    options = Options(rules_dirs=rules_dirs, discover_config=False, explain_rows=explain)
    result = check([project / "rekap-oktober.xlsx"], options).files[0]
    assert result.status == "ok", result.error
    return result


def test_the_tutorial_pack_finds_exactly_the_planted_errors(project: Path) -> None:
    result = checked(project, project / "aturan")
    assert [t.pack for t in result.tables] == ["rekap-fisik-keuangan-kab-contoh"]
    found = {(f.cell.a1, f.severity.value, f.rule, round(f.expected, 2)) for f in result.findings}
    assert found == documented_findings()
    assert sum(f.severity.value == "error" for f in result.findings) == 4
    assert result.notes == []
    consequences = {f.cell.a1: f.message for f in result.findings if f.severity.value == "warning"}
    assert all("D10" in consequences[cell] for cell in ("F10", "J10", "D13"))
    assert "D6" in consequences["J6"] and "[10] == [4] - [5]" in consequences["J6"]


def test_without_its_pack_a_bundled_pack_claims_the_table_and_the_project_pack_wins(project: Path) -> None:
    """As the tutorial says: lkjip-realisasi-anggaran reads the columns whose headers it knows (pagu,
    realisasi, its percentage), checks 6 = 5/4 there, blames F10 for D10, and leaves the rest unread."""
    bundled = checked(project)
    assert [t.pack for t in bundled.tables] == ["lkjip-realisasi-anggaran-53-2014"]
    assert {(f.rule, f.cell.a1) for f in bundled.findings} == {("LKJ-RA-5", "F9"), ("LKJ-RA-5", "F10")}
    unread = [c.columns for c in bundled.tables[0].column_reads if c.logical is None]
    assert unread == ["B", "G", "H", "I", "J"]
    assert [t.pack for t in checked(project, project / "aturan").tables] == ["rekap-fisik-keuangan-kab-contoh"]


def test_renja_levels_leave_a_note_instead_of_silence(project: Path) -> None:
    pack = project / PACK_FILE
    pack.write_text(pack.read_text(encoding="utf-8").replace(
        "levels: {program: 3, sub_kegiatan: 6}", "levels: {program: 3, kegiatan: 5, sub_kegiatan: 6}"),
        encoding="utf-8")
    result = checked(project, project / "aturan")
    assert not [f for f in result.findings if f.rule.startswith("RFK-INDUK")]
    documented = " ".join(next(b for b in blocks("text") if "tidak pernah diterapkan" in b).split())
    for rule in ("RFK-INDUK-4", "RFK-INDUK-5", "RFK-INDUK-10"):
        note = next(n for n in result.notes if f": {rule}: " in n)
        assert f"• {note}".replace(rule, "RFK-INDUK-4").startswith(documented), (note, documented)


def test_explain_rows_says_what_the_tutorial_shows(project: Path) -> None:
    out = CliRunner().invoke(main, ["check", str(project / "rekap-oktober.xlsx"), "--rules-dir",
                                    str(project / "aturan"), "--explain-rows", "--no-config", "--no-color"]).output
    lines = [" ".join(line.split()) for line in out.splitlines()]
    shown = next(b for b in blocks("text") if b.startswith("Baris menurut aturan"))
    for line in shown.splitlines():
        assert " ".join(line.split()) in lines, line


def test_periksa_yaml_makes_the_pack_the_projects(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """rules list and explain find the pack through periksa.yaml's rules_dirs (and --rules-dir)."""
    config = next(b for b in blocks("yaml") if b.startswith("# periksa.yaml"))
    (project / "periksa.yaml").write_text(config, encoding="utf-8")
    monkeypatch.chdir(project)
    listed = CliRunner().invoke(main, ["rules", "list"])
    assert listed.exit_code == 0 and "rekap-fisik-keuangan-kab-contoh" in listed.output
    assert listed.output.index("rekap-fisik-keuangan-kab-contoh") < listed.output.index("renja-tc29-17-86-2017")
    explained = CliRunner().invoke(main, ["rules", "explain", "RFK-INDUK-4", "--lang", "en"])
    assert explained.exit_code == 0, explained.output
    for words in ("rows:      program", "check:     [4] == sum(children([4]))", "tolerance: within 1 rupiah",
                  "severity:  error", f"{PACK_FILE}:"):
        assert words in explained.output, explained.output
    assert CliRunner().invoke(main, ["rules", "explain", "RFK-INDUK-4", "--no-config"]).exit_code == 2
    result = check([project / "rekap-oktober.xlsx"]).files[0]
    assert [t.pack for t in result.tables] == ["rekap-fisik-keuangan-kab-contoh"]
    monkeypatch.chdir(project.parent)
    assert CliRunner().invoke(main, ["rules", "explain", "RFK-10", "--rules-dir",
                                     str(project / "aturan")]).exit_code == 0
