"""HTML tables saved as .xls and XML Spreadsheet 2003: laid out, typed and styled as Excel opens them."""

from __future__ import annotations

import codecs
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from web_writers import to_html, to_spreadsheetml

from validator.check import check, expand
from validator.packs.rulepack import load_library
from validator.read.reader import Limits, ReadError, read
from validator.read.spreadsheetml import a1_formula

WORKBOOKS = Path(__file__).resolve().parent.parent / "workbooks"
SAMPLES = sorted(WORKBOOKS.glob("*.xlsx"))
LIBRARY = load_library(())


def write(tmp_path: Path, name: str, text: str | bytes, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode(encoding))
    return path


def cells(sheet) -> dict[str, object]:  # type: ignore[no-untyped-def]
    from openpyxl.utils import get_column_letter

    return {f"{get_column_letter(c)}{r}": cell.value for (r, c), cell in sheet.as_dict().items()}


def bold(sheet) -> set[str]:  # type: ignore[no-untyped-def]
    from openpyxl.utils import get_column_letter

    return {f"{get_column_letter(c)}{r}" for (r, c), cell in sheet.as_dict().items() if cell.bold}


# HTML tables ---------------------------------------------------------------------------------

HEADER = """<table border="1">
<tr><th rowspan="3">No</th><th colspan="4" rowspan="3">KODE</th><th rowspan="3">Program</th>
    <th colspan="8">Realisasi Kinerja Pada Triwulan</th><th rowspan="2" colspan="2">Realisasi</th></tr>
<tr><th colspan="2">I</th><th colspan="2">II</th><th colspan="2">III</th><th colspan="2">VI</th></tr>
<tr><th>K</th><th>Rp</th><th>K</th><th>Rp</th><th>K</th><th>Rp</th><th>K</th><th>Rp</th><th>K</th><th>Rp</th></tr>
<tr><td rowspan="2">1</td><td>1</td><td>06</td><td>01</td><td>15</td><td rowspan="2">Program A</td>
    <td>5</td><td rowspan="2">1.000.000,00</td></tr>
<tr><td>2</td><td>06</td><td>01</td><td>16</td><td>7</td></tr>
</table>"""


def test_rowspans_push_cells_right_as_excel_lays_them_out(tmp_path: Path) -> None:
    """The SIRENBANGDA evaluasi Renja header: 3 header rows, KODE over four columns, indicators
    under an entity whose No, name and Rp cells span both indicator rows."""
    sheet = read(write(tmp_path, "renja.xls", HEADER)).sheets[0]
    got = cells(sheet)
    assert [got[ref] for ref in ("A1", "B1", "F1", "G1", "O1", "G2", "I2", "M2", "G3", "H3", "P3")] == [
        "No", "KODE", "Program", "Realisasi Kinerja Pada Triwulan", "Realisasi", "I", "II", "VI", "K", "Rp", "Rp"]
    assert [got[ref] for ref in ("A4", "B4", "C4", "E4", "F4", "G4", "H4")] == [
        "1", "1", "06", "15", "Program A", "5", "1.000.000,00"]
    # row 5: A, F and H are still covered by row 4's rowspans, so "2" lands in B, "7" in G
    assert [got[ref] for ref in ("B5", "C5", "E5", "G5")] == ["2", "06", "16", "7"]
    assert "A5" not in got and "F5" not in got and "H5" not in got
    assert sorted(sheet.merged) == sorted([
        (1, 1, 3, 1), (1, 2, 3, 5), (1, 6, 3, 6), (1, 7, 1, 14), (1, 15, 2, 16),
        (2, 7, 2, 8), (2, 9, 2, 10), (2, 11, 2, 12), (2, 13, 2, 14),
        (4, 1, 5, 1), (4, 6, 5, 6), (4, 8, 5, 8)])
    assert (sheet.max_row, sheet.max_col) == (5, 16)


def test_bold_from_th_b_strong_inline_styles_and_classes(tmp_path: Path) -> None:
    page = """<html><head><style>
      .tebal { font-weight: bold } tr.program td { font-weight: 700 } th.biasa { font-weight: normal }
      td.x.y { font-weight: 800 } #judul { font-weight: bold } div td { font-weight: bold }
    </style></head><body><table>
    <tr><th>A</th><th class="biasa">B</th><td><b>C</b></td><td><strong>D</strong></td></tr>
    <tr><td style="font-weight:bold">E</td><td style="font-weight: 700">F</td><td class="tebal">G</td>
        <td><b>H</b> dan I</td></tr>
    <tr class="program"><td>J</td><td class="x y">K</td><td class="x">L</td><td id="judul">M</td></tr>
    <tr style="font-weight:bold"><td>N</td><td style="font-weight:400">O</td><td><span style="font-weight:600">P</span>
        </td><td>Q</td></tr>
    </table></body></html>"""
    sheet = read(write(tmp_path, "tebal.xls", page)).sheets[0]
    # tr.program uses a descendant combinator: rules with combinators are not applied (Excel's own CSS has none)
    assert bold(sheet) == {"A1", "C1", "D1", "A2", "B2", "C2", "B3", "D3", "A4", "C4", "D4"}


def test_br_entities_and_whitespace(tmp_path: Path) -> None:
    page = """<table><tr><td>Persentase PMKS<br>yang tertangani<br/>  (%)</td>
    <td>Rp&nbsp;1.234.567,00</td><td>Kebersihan &amp; Keindahan &eacute; &#8364; &#x41;</td>
    <td>  banyak
      spasi  </td><td>&nbsp;</td><td><p>satu</p><p>dua</p></td></tr></table>"""
    got = cells(read(write(tmp_path, "teks.xls", page)).sheets[0])
    assert got == {"A1": "Persentase PMKS\nyang tertangani\n(%)", "B1": "Rp 1.234.567,00",
                   "C1": "Kebersihan & Keindahan é € A", "D1": "banyak spasi", "F1": "satu\ndua"}


@pytest.mark.parametrize(("encoding", "head"), [
    ("cp1252", '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'),
    ("cp1252", '<meta charset="iso-8859-1">'),
    ("utf-8", '<meta charset="utf-8">'),
    ("utf-8-sig", ""),
    ("utf-16", ""),
    ("cp1252", ""),
    ("utf-8", ""),
])
def test_charsets(tmp_path: Path, encoding: str, head: str) -> None:
    page = f"<html><head>{head}</head><body><table><tr><td>Café – Rp 1.000</td><td>Dinas Sosial</td></tr></table>"
    got = cells(read(write(tmp_path, "kode.xls", page, encoding)).sheets[0])
    assert got == {"A1": "Café – Rp 1.000", "B1": "Dinas Sosial"}


def test_several_tables_title_lines_and_sheet_names(tmp_path: Path) -> None:
    page = """<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet>
      <x:Name>Laporan Renja</x:Name></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]-->
    <h3>EVALUASI RENJA</h3><center><b>TRIWULAN II</b></center>
    <table><tr><td>1</td></tr></table>
    <table title="Tabel 3.1 Rencana: Program/Kegiatan [2024] dan pendanaan"><tr><td>2</td></tr></table>
    <div title="Tabel 4.1"><table><caption>Tabel 4.1</caption><tr><td>3</td></tr></table></div>
    <table><tr><td>4</td></tr></table><p>Kepala Dinas</p>"""
    book = read(write(tmp_path, "ekspor.xls", page))
    assert [s.name for s in book.sheets] == [
        "Laporan Renja", "Tabel 3.1 Rencana Program Kegia", "Tabel 4.1", "ekspor"]
    first, _, third, last = (cells(s) for s in book.sheets)
    assert first == {"A1": "EVALUASI RENJA", "A2": "TRIWULAN II", "A3": "1"}
    assert bold(book.sheets[0]) == {"A1", "A2"}
    assert third == {"A1": "Tabel 4.1", "A2": "3"}
    assert last == {"A1": "4", "A2": "Kepala Dinas"}
    assert book.notes == [("file-read-as-html", {"tables": 4})]
    same = read(write(tmp_path, "sama.xls", "<table><tr><td>1</td></tr></table>" * 3))
    assert [s.name for s in same.sheets] == ["sama", "sama (2)", "sama (3)"]


def test_fragment_numbers_text_and_nested_tables(tmp_path: Path) -> None:
    """A bare fragment (no <html>): text formats keep the text as written; x:num is a number."""
    page = """<style>td { mso-number-format:"\\@"; }</style>
    <table><tr><td>1.234.567,00</td><td x:num="1234567.5" style="mso-number-format:Standard">1.234.567,50</td>
    <td x:num>76.52</td><td style="mso-number-format:'0\\.00%'" x:num="0.7652">76,52%</td>
    <td>luar<table><tr><td>dalam 1</td><td>dalam 2</td></tr></table></td><td>06</td></tr></table>"""
    sheet = read(write(tmp_path, "potongan.htm", page)).sheets[0]
    assert cells(sheet) == {"A1": "1.234.567,00", "B1": 1234567.5, "C1": 76.52, "D1": 0.7652,
                            "E1": "luar\ndalam 1 dalam 2", "F1": "06"}
    assert [sheet.cell(1, c).number_format for c in (1, 2, 4)] == ["@", "#,##0.00", "0.00%"]


def test_page_without_table_and_other_xml(tmp_path: Path) -> None:
    for name, text, key in [("kosong.xls", "<html><body><p>Data tidak ditemukan</p></body></html>",
                             "file-html-no-table"),
                            ("laporan.xml", '<?xml version="1.0"?><testsuites><testsuite/></testsuites>',
                             "file-xml-not-spreadsheet")]:
        with pytest.raises(ReadError) as refused:
            read(write(tmp_path, name, text))
        assert refused.value.key == key


# XML Spreadsheet 2003 ------------------------------------------------------------------------

XML = """<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:html="http://www.w3.org/TR/REC-html40">
 <Styles>
  <Style ss:ID="Default" ss:Name="Normal"><Font ss:FontName="Arial"/></Style>
  <Style ss:ID="s62"><Font ss:Bold="1"/></Style>
  <Style ss:ID="s63" ss:Parent="s62"><NumberFormat ss:Format="Percent"/></Style>
  <Style ss:ID="s64"><NumberFormat ss:Format="#,##0"/></Style>
 </Styles>
 <Worksheet ss:Name="T-C.33">
  <Table ss:ExpandedColumnCount="6" ss:ExpandedRowCount="9">
   <Row><Cell ss:MergeAcross="2" ss:StyleID="s62"><Data ss:Type="String">RENCANA PROGRAM</Data></Cell>
        <Cell><Data ss:Type="String">sesudah gabungan</Data></Cell></Row>
   <Row ss:Index="3"><Cell ss:MergeDown="1"><Data ss:Type="String">Kode</Data></Cell>
        <Cell ss:Index="3"><Data ss:Type="Number">1500</Data></Cell><Cell><Data ss:Type="Number">2.5</Data></Cell>
        <Cell ss:StyleID="s63"><Data ss:Type="Number">0.7652</Data></Cell></Row>
   <Row><Cell ss:Index="2"><Data ss:Type="DateTime">2024-06-30T00:00:00.000</Data></Cell>
        <Cell><Data ss:Type="Boolean">1</Data></Cell><Cell><Data ss:Type="Error">#DIV/0!</Data></Cell>
        <Cell ss:StyleID="s64" ss:Formula="=R[-1]C[-2]*2"/>
        <Cell ss:Formula="=ROUND(R3C4/RC[-1]*100,2)"><Data ss:Type="Number">99</Data></Cell></Row>
   <Row ss:Span="2"/>
   <Row><Cell ss:Formula="=SUM(R[-5]C[2]:R[-4]C[2])"/><Cell><Data ss:Type="String">Baris&#10;dua</Data>
        <Comment><Data>catatan, bukan nilai</Data></Comment></Cell></Row>
  </Table>
 </Worksheet>
 <Worksheet ss:Name="Tersembunyi"><Table><Row><Cell><Data ss:Type="Number">1</Data></Cell></Row></Table>
  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions>
 </Worksheet>
</Workbook>"""


def test_spreadsheetml_positions_merges_types_and_styles(tmp_path: Path) -> None:
    book = read(write(tmp_path, "tc33.xls", XML))
    sheet, hidden = book.sheets
    assert (sheet.name, sheet.hidden, hidden.name, hidden.hidden) == ("T-C.33", False, "Tersembunyi", True)
    got = cells(sheet)
    assert got["A1"] == "RENCANA PROGRAM" and got["D1"] == "sesudah gabungan"  # MergeAcross moves the next cell
    assert (got["A3"], got["C3"], got["D3"], got["E3"]) == ("Kode", 1500, 2.5, 0.7652)
    assert (got["B4"], got["C4"], got["D4"]) == (datetime(2024, 6, 30), True, "#DIV/0!")
    assert got["F4"] == 99  # the cached value of a formula is kept
    assert got["B8"] == "Baris\ndua"  # Span=2 on row 5 makes the next row 8
    assert sorted(sheet.merged) == [(1, 1, 1, 3), (3, 1, 4, 1)]
    styles = {ref: (sheet.cell(*_rc(ref)).bold, sheet.cell(*_rc(ref)).number_format) for ref in ("A1", "E3", "E4")}
    assert styles == {"A1": (True, "General"), "E3": (True, "0.00%"), "E4": (False, "#,##0")}
    assert sheet.formula(4, 5) == "=C3*2" and sheet.formula(8, 1) == "=SUM(C3:C4)"
    assert book.notes == [("file-read-as-spreadsheetml", {})]


def _rc(ref: str) -> tuple[int, int]:
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

    letters, row = coordinate_from_string(ref)
    return row, column_index_from_string(letters)


def test_r1c1_formulas_are_computed_when_saved_without_values(tmp_path: Path) -> None:
    """E4 = R[-1]C[-2]*2 = C3*2 = 3000 and A8 = SUM(C3:C4) = 1500 + TRUE (SUM skips booleans in ranges)."""
    from validator.read.formulas_eval import FormulaEvaluator

    book = read(write(tmp_path, "tc33.xml", XML))
    evaluator = FormulaEvaluator(book.sheets)
    assert evaluator.fill() == []
    sheet = book.sheets[0]
    assert (sheet.value(4, 5), sheet.value(8, 1)) == (3000, 1500)


@pytest.mark.parametrize(("r1c1", "row", "col", "a1"), [
    ("=RC[-2]/RC[-5]*100", 9, 13, "=K9/H9*100"),
    ("=R[-1]C+R1C1", 5, 2, "=B4+$A$1"),
    ("=ROUND(R[-3]C[-1],2)+R[-2]C[-1]", 3, 2, "=ROUND(#REF!,2)+A1"),
    ('=IF(RC[1]="RC[1]",R2C[-1],"")', 3, 2, '=IF(C3="RC[1]",A$2,"")'),
    ("=SUM('Tabel 3.1'!R[-2]C:R[-1]C)", 10, 6, "=SUM('Tabel 3.1'!F8:F9)"),
])
def test_r1c1_to_a1(r1c1: str, row: int, col: int, a1: str) -> None:
    assert a1_formula(r1c1, row, col) == a1


# the same table in three forms ----------------------------------------------------------------


def _findings(path: Path) -> tuple[str, list[tuple]]:
    result = check([path], library=LIBRARY).files[0]
    return result.status, sorted((f.rule, f.cell.sheet, f.cell.a1, f.severity.value, f.expected, f.actual, f.message)
                                 for f in result.findings)


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_every_sample_gives_the_same_findings_as_html_and_spreadsheetml(tmp_path: Path, sample: Path) -> None:
    """Each sample written as Excel writes it to HTML and to XML Spreadsheet 2003 gives the same findings
    at the same cells as the .xlsx. No sample holds a formula, so no PRK-RUMUS-* finding needs leaving out
    (HTML carries none: a workbook with formulas would legitimately differ there)."""
    book = load_workbook(sample)
    assert not any(c.data_type == "f" for s in book.worksheets for row in s.iter_rows() for c in row)
    html = write(tmp_path, sample.stem + ".xls", to_html(book))
    xml = write(tmp_path, sample.stem + "-xml.xls", to_spreadsheetml(book))
    status, expected = _findings(sample)
    assert status == "ok"
    assert _findings(html) == (status, expected)
    assert _findings(xml) == (status, expected)


def test_folders_pick_only_excel_exports_among_web_pages(tmp_path: Path) -> None:
    book = load_workbook(SAMPLES[0])
    write(tmp_path, "ekspor.html", to_html(book))
    write(tmp_path, "ekspor.xml", to_spreadsheetml(book))
    write(tmp_path, "laporan.html", "<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table></body></html>")
    write(tmp_path, "junit.xml", '<?xml version="1.0"?><testsuites/>')
    assert sorted(p.name for p in expand([tmp_path])) == ["ekspor.html", "ekspor.xml"]


def test_limits_are_honoured(tmp_path: Path) -> None:
    page = write(tmp_path, "besar.xls", "<div><div><div><table>" + "<tr><td>1</td><td>2</td></tr>" * 50 + "</table>")
    for limits, key in [(Limits(max_markup_size=100), "file-too-large"),
                        (Limits(max_elements=60), "file-too-many-elements"),
                        (Limits(max_depth=3), "file-markup-too-deep")]:
        with pytest.raises(ReadError) as refused:
            read(page, limits=limits)
        assert refused.value.key == key
    xml = write(tmp_path, "besar.xml", XML)
    with pytest.raises(ReadError) as refused:
        read(xml, limits=Limits(max_elements=20))
    assert refused.value.key == "file-too-many-elements"


def test_utf16_spreadsheetml(tmp_path: Path) -> None:
    path = write(tmp_path, "utf16.xls", codecs.BOM_UTF16_LE + XML.replace('encoding="UTF-8"', 'encoding="UTF-16"')
                 .encode("utf-16-le"))
    assert cells(read(path).sheets[0])["A1"] == "RENCANA PROGRAM"


@pytest.mark.parametrize("form", [to_html, to_spreadsheetml])
def test_annotate_builds_a_real_xlsx_copy(tmp_path: Path, form) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from validator.cli import main

    sample = WORKBOOKS / "renja-2023-tabel-2.1.xlsx"
    source = write(tmp_path, "ekspor.xls", form(load_workbook(sample)))
    before = source.read_bytes()
    out = tmp_path / "temuan"
    result = CliRunner().invoke(main, ["check", str(source), "--annotate", str(out), "--format", "json"])
    assert result.exit_code == 1 and source.read_bytes() == before
    assert "workbook .xlsx baru" in result.stderr and (out / "ekspor.xlsx").is_file()
    copy = load_workbook(out / "ekspor.xlsx")
    assert copy.sheetnames == ["Temuan Periksa", "Tabel 2.1"]
    marked = {c.coordinate for row in copy["Tabel 2.1"].iter_rows() for c in row if c.comment is not None}
    found = {f.cell.a1 for f in check([source], library=LIBRARY).files[0].findings}
    assert marked == found and "U81" in marked
    assert copy["Tabel 2.1"]["U81"].value == load_workbook(sample)["Tabel 2.1"]["U81"].value
