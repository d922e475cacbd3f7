"""The regex sheet scanner must read exactly what the expat reader reads, and hand expat every
sheet it does not fully understand."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from validator.read import sheetscan, xlsx
from validator.read.reader import ReadError, read
from validator.read.xlsxcells import a1

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "workbooks").rglob("*.xlsx"))
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="{MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.00%"/></numFmts>
<fonts count="2"><font><sz val="11"/></font><font><b/></font></fonts>
<cellXfs count="4"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0"/><xf numFmtId="164" fontId="1"/>
<xf numFmtId="3" fontId="1"/></cellXfs></styleSheet>"""
STRINGS = f"""<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="{MAIN}"><si><t>PROGRAM</t></si><si><r><t>Capaian </t></r><r><t>(%)</t></r></si></sst>"""


def _package(path: Path, sheet: str | bytes) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                                                'content-types"/>')
        archive.writestr("_rels/.rels", f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                                        f'relationships"><Relationship Id="rId1" Type="{REL}/officeDocument" '
                                        f'Target="xl/workbook.xml"/></Relationships>')
        archive.writestr("xl/workbook.xml", f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
                                            f'<sheet name="Tabel" sheetId="1" r:id="rId1"/></sheets></workbook>')
        archive.writestr("xl/_rels/workbook.xml.rels", f"""<Relationships
 xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId3" Type="{REL}/styles" Target="styles.xml"/></Relationships>""")
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
        archive.writestr("xl/sharedStrings.xml", STRINGS)
        archive.writestr("xl/styles.xml", STYLES)
    return path


def _sheet(rows: str, prefix: str = "", after: str = "") -> str:
    ns = f"xmlns:{prefix}" if prefix else "xmlns"
    p = f"{prefix}:" if prefix else ""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<{p}worksheet {ns}="{MAIN}">'
            f"<{p}sheetData>{rows}</{p}sheetData>{after}</{p}worksheet>")


def _grids(path: Path) -> list[tuple[str, bool, int, int, dict, list, dict]] | str:
    try:
        book = read(path)
    except ReadError as error:
        return f"{error.key}: {error.params.get('detail', '')}"
    return [(s.name, s.hidden, s.max_row, s.max_col, s.as_dict(), sorted(s.merged),
             {row: s.filled_cols(row) for row in s.filled_rows()}) for s in book.sheets]


def _read_both(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[bool, object, object]:
    """(whether the scanner took the sheet, what read() gives, what the expat reader alone gives)."""
    taken: list[bool] = []
    scan = xlsx.scan_sheet

    def watched(*args: object) -> None:
        try:
            scan(*args)  # type: ignore[arg-type]
        except Exception:
            taken.append(False)
            raise
        taken.append(True)

    def refused(*_: object) -> None:
        raise sheetscan.Unusual("expat only")

    with monkeypatch.context() as patch:
        patch.setattr(xlsx, "scan_sheet", watched)
        ours = _grids(path)
    with monkeypatch.context() as patch:
        patch.setattr(xlsx, "scan_sheet", refused)
        reference = _grids(path)
    return all(taken) and bool(taken), ours, reference


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_every_sample_sheet_is_scanned_and_reads_as_expat_reads_it(path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    taken, ours, reference = _read_both(path, monkeypatch)
    assert taken
    assert ours == reference


ROWS_TAKEN = {
    "numbers and types": '<row r="1"><c r="A1"><v>10</v></c><c r="B1" t="n"><v>2.5</v></c>'
                         '<c r="C1" s="0" t="n"><v>-3</v></c><c r="D1"><v>1E+20</v></c><c r="E1"><v>-0.5e-3</v></c>'
                         '<c r="F1" t="b"><v>1</v></c><c r="G1" t="b"><v>0</v></c><c r="H1" t="e"><v>#DIV/0!</v></c>'
                         '<c r="I1" t="d"><v>2024-01-31T00:00:00</v></c><c r="J1" t="s"><v>1</v></c>'
                         '<c r="K1" t="str"><v>teks</v></c><c r="L1" t="inlineStr"><is><t>Rp 87.026.000,00</t>'
                         '</is></c><c r="M1" t="inlineStr"><is><t xml:space="preserve"> spasi </t></is></c></row>',
    "styles, dates, bold, blanks": '<row r="2" spans="1:5" ht="20" customHeight="1" x14ac:dyDescent="0.25">'
                                   '<c r="A2" s="1"><v>45292</v></c><c r="B2" s="2"><v>0.6014</v></c>'
                                   '<c r="C2" s="3" t="s"><v>0</v></c><c r="D2" s="2"/><c r="E2" s="3" />'
                                   '<c r="F2" s="9"><v>7</v></c><c r="G2"></c><c r="H2"><v></v></c></row>',
    "entities and references": '<row r="3"><c r="A3" t="str"><v>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;'
                               '</v></c><c r="B3" t="inlineStr"><is><t>&#65;&#x42;&#x1F600; x &gt; y</t></is></c>'
                               '<c r="C3"><v>&#49;2</v></c><c r="D3" t="str"><v>baris\nbaru\ttab</v></c></row>',
    "formulas": '<row r="4"><c r="A4"><f>SUM(B4:C4)</f><v>3</v></c><c r="B4" t="str"><f>"a"&amp;"b"</f>'
                '<v>ab</v></c><c r="C4"><f t="shared" ref="C4:C6" si="0">A4*2</f><v>6</v></c>'
                '<c r="D4"><f t="array" ref="D4:D5">A4:A5*2</f><v>6</v></c><c r="E4"><f>1/0</f>'
                '<v></v></c><c r="F4"><f></f></c><c r="G4"><f t="shared" si="7"/><v>1</v></c></row>'
                '<row r="5"><c r="C5"><f t="shared" si="0"/><v>8</v></c></row>'
                '<row r="6"><c r="C6"><f t="shared" si="0"/></c></row>',
    "rows without r, cells elsewhere": '<row><c r="A7"><v>1</v></c></row><row><c r="B9"><v>2</v></c></row>'
                                       '<row r="12"><c r="A13"><v>3</v></c><c r="B12"><v>4</v></c></row>',
    "repeated and unordered cells": '<row r="14"><c r="C14"><v>3</v></c><c r="A14"><f>1+1</f><v>2</v></c>'
                                    '<c r="C14" s="2"><v>30</v></c><c r="A14"><v>9</v></c></row>'
                                    '<row r="14"><c r="B14"><v>5</v></c></row><row r="21"><c r="D21"><v>1</v></c>'
                                    '<c r="D21" s="3"><v>2</v></c></row>'
                                    '<row r="15"/><row r="16"></row>',
    "wide row": '<row r="17">' + "".join(f'<c r="{col}17"><v>{n}</v></c>' for n, col in enumerate(
        ["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"])) + "</row>",
    "whitespace between tags": '\n  <row r="18">\n    <c r="A18"><v>1</v></c>\n    <c r="B18"><v>2</v></c>\n  </row>\n',
    "cell outside a row (well-formed, so read)": '<c r="A20"><v>1</v></c>',
    "merges and empty rows": '<row r="19"><c r="A19" t="s"><v>0</v></c></row>',
}

AFTER = '<mergeCells count="2"><mergeCell ref="A19:C20"/><mergeCell ref="E2"/></mergeCells><pageMargins left="1"/>'


@pytest.mark.parametrize("chunk", [5, 64, 1 << 20])
@pytest.mark.parametrize("case", ROWS_TAKEN, ids=list(ROWS_TAKEN))
def test_what_the_scanner_takes_it_reads_as_expat_does(case: str, chunk: int, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Every chunk size, so that rows, tags and ``</sheetData>`` fall across chunk boundaries."""
    monkeypatch.setattr(sheetscan, "CHUNK", chunk)
    sheet = _sheet(ROWS_TAKEN[case], after=AFTER).replace("<worksheet ", '<worksheet xmlns:x14ac="urn:x14ac" ')
    taken, ours, reference = _read_both(_package(tmp_path / "fast.xlsx", sheet), monkeypatch)
    assert taken
    assert ours == reference and isinstance(ours, list)


def test_prefixed_namespace_is_scanned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = ('<x:row r="1"><x:c r="A1" t="s"><x:v>1</x:v></x:c><x:c r="B1" s="2"><x:f>1/3</x:f><x:v>0.33</x:v>'
            '</x:c><x:c r="C1" t="inlineStr"><x:is><x:t>teks</x:t></x:is></x:c></x:row>')
    path = _package(tmp_path / "x.xlsx", _sheet(rows, prefix="x", after='<x:mergeCells><x:mergeCell ref="A1:A2"/>'
                                                                          "</x:mergeCells>"))
    taken, ours, reference = _read_both(path, monkeypatch)
    assert taken and ours == reference
    assert read(path).sheets[0].value(1, 1) == "Capaian (%)" and read(path).sheets[0].merged == [(1, 1, 2, 1)]


def test_values_of_the_scanned_shapes(tmp_path: Path) -> None:
    """Not only the same as expat: the values themselves, as openpyxl would give them."""
    sheet = read(_package(tmp_path / "v.xlsx", _sheet(ROWS_TAKEN["numbers and types"]
                                                      + ROWS_TAKEN["entities and references"]))).sheets[0]
    values = [sheet.value(1, c) for c in range(1, 14)]
    assert values[:8] == [10, 2.5, -3, 1e20, -0.0005, True, False, "#DIV/0!"]
    assert [type(v) for v in values[:5]] == [int, float, int, float, float]
    assert values[9:] == ["Capaian (%)", "teks", "Rp 87.026.000,00", " spasi "]
    assert [sheet.value(3, c) for c in range(1, 5)] == [
        "a & b <c> \"d\" 'e'", "AB\U0001f600 x > y", 12, "baris\nbaru\ttab"]


ROWS_LEFT_TO_EXPAT = {
    "cell without r": '<row r="1"><c><v>1</v></c><c><v>2</v></c></row>',
    "attributes in another order": '<row r="1"><c r="A1" t="s" s="2"><v>1</v></c></row>',
    "single quotes": "<row r='1'><c r='A1'><v>1</v></c></row>",
    "cell metadata": '<row r="1"><c r="A1" s="2" cm="1"><f t="array" ref="A1">SEQUENCE(2)</f><v>1</v></c></row>',
    "rich inline text": '<row r="1"><c r="A1" t="inlineStr"><is><r><t>Capaian </t></r><r><t>(%)</t></r></is>'
                        "</c></row>",
    "phonetic inline text": '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t><rPh sb="0" eb="1"><t>b</t></rPh>'
                            '</is></c><c r="B1"><v>2</v></c></row>',
    "empty inline text": '<row r="1"><c r="A1" t="inlineStr"><is><t></t></is></c><c r="B1" t="inlineStr">'
                         "<is/></c></row>",
    "self-closed value": '<row r="1"><c r="A1"><v/></c><c r="B1"><v>2</v></c></row>',
    "CDATA": '<row r="1"><c r="A1" t="str"><v><![CDATA[a<b]]></v></c></row>',
    "comment": '<row r="1"><!-- catatan --><c r="A1"><v>1</v></c></row>',
    "carriage return": '<row r="1"><c r="A1" t="str"><v>a\r\nb</v></c></row>',
    "lower-case reference": '<row r="1"><c r="a1"><v>1</v></c></row>',
    "extension list in a cell": '<row r="1"><c r="A1"><v>1</v><extLst/></c></row>',
    "nested rows": '<row r="1"><row r="2"><c r="A2"><v>1</v></c></row></row>',
}


@pytest.mark.parametrize("case", ROWS_LEFT_TO_EXPAT, ids=list(ROWS_LEFT_TO_EXPAT))
def test_what_the_scanner_leaves_expat_reads(case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    taken, ours, reference = _read_both(_package(tmp_path / "slow.xlsx", _sheet(ROWS_LEFT_TO_EXPAT[case])),
                                        monkeypatch)
    assert not taken
    assert ours == reference and isinstance(ours, list) and ours[0][4]


def test_declared_single_byte_encoding_is_left_to_expat(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = _sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Rp \xa0Kab. Kep. Seribu \xe9</t></is></c></row>')
    data = sheet.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').encode("latin-1")
    taken, ours, reference = _read_both(_package(tmp_path / "latin.xlsx", data), monkeypatch)
    assert not taken and ours == reference
    assert read(tmp_path / "latin.xlsx").sheets[0].value(1, 1) == "Rp \xa0Kab. Kep. Seribu \xe9"


BROKEN = {
    "unknown entity": '<row r="1"><c r="A1" t="str"><v>&nbsp;</v></c></row>',
    "bad character reference": '<row r="1"><c r="A1" t="str"><v>&#1;</v></c></row>',
    "control character": '<row r="1"><c r="A1" t="str"><v>a\x01b</v></c></row>',
    "end of CDATA in text": '<row r="1"><c r="A1" t="str"><v>a]]>b</v></c></row>',
    "cell beyond the grid": '<row r="1"><c r="XFE1"><v>1</v></c></row>',
    "row beyond the grid": '<row r="1048577"><c r="A1048577"><v>1</v></c></row>',
    "shared string out of range": '<row r="1"><c r="A1" t="s"><v>5</v></c></row>',
    "text in a number": '<row r="1"><c r="A1"><v>satu</v></c></row>',
    "repeated formula attribute": '<row r="1"><c r="A1"><f t="shared" t="array">1</f><v>1</v></c></row>',
}


@pytest.mark.parametrize("case", BROKEN, ids=list(BROKEN))
def test_damage_inside_sheet_data_is_reported_as_expat_reports_it(case: str, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    taken, ours, reference = _read_both(_package(tmp_path / "rusak.xlsx", _sheet(BROKEN[case])), monkeypatch)
    assert not taken
    assert ours == reference and isinstance(ours, str) and ours.startswith("file-corrupt")


@pytest.mark.parametrize("sheet", [
    _sheet('<row r="1"><c r="A1"><v>1</v></c></row>', after="<pageMargins>"),
    _sheet('<row r="1"><c r="A1"><v>1</v></c></row>')[:-40],
    _sheet('<row r="1"><c r="A1"><v>1</v></c>'),
    _sheet('<row r="1"><c r="A1"><v>1</v></c></row></row>'),
    _sheet('<row r="1"><c r="A1"><v>1</v></c></rows>'),
], ids=["after sheetData", "truncated", "unclosed row", "unopened row", "mismatched row"])
def test_malformed_xml_around_the_cells_is_reported_as_expat_reports_it(sheet: str, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    _, ours, reference = _read_both(_package(tmp_path / "rusak.xlsx", sheet), monkeypatch)
    assert ours == reference and isinstance(ours, str) and ours.startswith("file-corrupt: XML")


@pytest.mark.parametrize("sheet", [
    f'<worksheet xmlns="{MAIN}"><sheetData/><mergeCells><mergeCell ref="B2:C3"/></mergeCells></worksheet>',
    f'<worksheet xmlns="{MAIN}"><mergeCells><mergeCell ref="B2:C3"/></mergeCells></worksheet>',
    f'<worksheet xmlns="{MAIN}"><sheetData></sheetData></worksheet>',
], ids=["empty sheetData", "no sheetData", "nothing"])
def test_sheets_without_cells(sheet: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    taken, ours, reference = _read_both(_package(tmp_path / "kosong.xlsx", sheet), monkeypatch)
    assert taken and ours == reference and isinstance(ours, list) and not ours[0][4]


def test_a_row_longer_than_a_chunk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A very wide row of long texts spans many chunks and is still read whole."""
    monkeypatch.setattr(sheetscan, "CHUNK", 4096)
    cells = "".join(f'<c r="{a1(1, col)}" t="inlineStr"><is><t>{"teks " * 20}{col}</t></is></c>'
                    for col in range(1, 2001))
    taken, ours, reference = _read_both(_package(tmp_path / "lebar.xlsx", _sheet(f'<row r="1">{cells}</row>')),
                                        monkeypatch)
    assert taken and ours == reference
    assert isinstance(ours, list) and len(ours[0][4]) == 2000 and ours[0][3] == 2000


def test_a_row_past_the_pending_limit_goes_to_expat(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sheetscan, "CHUNK", 256)
    monkeypatch.setattr(sheetscan, "MAX_PENDING", 1024)
    cells = "".join(f'<c r="{a1(1, col)}"><v>{col}</v></c>' for col in range(1, 201))
    taken, ours, reference = _read_both(_package(tmp_path / "panjang.xlsx", _sheet(f'<row r="1">{cells}</row>')),
                                        monkeypatch)
    assert not taken and ours == reference and isinstance(ours, list) and len(ours[0][4]) == 200
