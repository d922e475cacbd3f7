"""The streaming .xlsx reader must see exactly what openpyxl's full load sees."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from validator.read.reader import read

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "workbooks").glob("*.xlsx"))


def _openpyxl_grid(path: Path) -> tuple[dict, dict]:
    """(sheet -> {(r, c): (value, formula, number_format, bold)}, sheet -> merges) as openpyxl reads them."""
    formulas = openpyxl.load_workbook(path)
    cached = openpyxl.load_workbook(path, data_only=True)
    grids, merges = {}, {}
    for ws in formulas.worksheets:
        grid = {}
        for (r, c), cell in ws._cells.items():
            if cell.value is None or isinstance(cell, openpyxl.cell.cell.MergedCell):
                continue
            formula = cell.value if isinstance(cell.value, str) and cell.value.startswith("=") else None
            value = cached[ws.title]._cells[(r, c)].value if formula else cell.value
            grid[(r, c)] = (value, formula, cell.number_format, bool(cell.font and cell.font.b))
        grids[ws.title] = grid
        merges[ws.title] = sorted((m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges)
    return grids, merges


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_sample_workbooks_read_as_openpyxl_reads_them(path: Path) -> None:
    grids, merges = _openpyxl_grid(path)
    book = read(path)
    assert [s.name for s in book.sheets] == list(grids)
    for sheet in book.sheets:
        ours = {key: (c.value, c.formula, c.number_format, c.bold) for key, c in sheet.as_dict().items()}
        assert ours == grids[sheet.name]
        assert sorted(sheet.merged) == merges[sheet.name]


SHEET = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<x:sheetData>
<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c>
<x:c r="B1" t="inlineStr"><x:is><x:t>Rp 87.026.000,00</x:t></x:is></x:c>
<x:c r="C1" t="b"><x:v>1</x:v></x:c>
<x:c r="D1" t="e"><x:v>#DIV/0!</x:v></x:c><x:c r="E1" s="1"><x:v>45292</x:v></x:c></x:row>
<x:row r="2"><x:c r="A2"><x:v>10</x:v></x:c><x:c r="B2"><x:v>2.5</x:v></x:c>
<x:c r="C2"><x:f t="shared" ref="C2:C4" si="0">A2*B2</x:f><x:v>25</x:v></x:c></x:row>
<x:row r="3"><x:c><x:v>20</x:v></x:c><x:c><x:v>3</x:v></x:c>
<x:c s="2"><x:f t="shared" si="0"/><x:v>60</x:v></x:c></x:row>
<x:row r="4"><x:c r="A4"><x:v>1</x:v></x:c><x:c r="B4"><x:v>1</x:v></x:c><x:c r="C4"><x:f t="shared" si="0"/></x:c>
<x:c r="D4" t="s"><x:v>1</x:v></x:c></x:row>
</x:sheetData>
<x:mergeCells count="1"><x:mergeCell ref="E2:F3"/></x:mergeCells>
</x:worksheet>"""

STRINGS = """<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">
<si><t>PROGRAM PENUNJANG</t></si>
<si><r><rPr><b/></rPr><t>Capaian </t></r><r><t>(%)</t></r><rPh sb="0" eb="1"><t>yomi</t></rPh></si>
</sst>"""

STYLES = """<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="0.00%"/></numFmts>
<fonts count="2"><font><sz val="11"/></font><font><b/><sz val="11"/></font></fonts>
<cellXfs count="3"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0"/><xf numFmtId="164" fontId="1"/></cellXfs>
</styleSheet>"""

WORKBOOK = """<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Tabel 2.1" sheetId="1" r:id="rId1"/><sheet name="Grafik" sheetId="2" r:id="rId2"/>
<sheet name="Arsip" sheetId="3" state="hidden" r:id="rId3"/></sheets></workbook>"""

REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WORKBOOK_RELS = f"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="{REL}/chartsheet" Target="chartsheets/sheet1.xml"/>
<Relationship Id="rId3" Type="{REL}/worksheet" Target="/xl/worksheets/sheet2.xml"/>
<Relationship Id="rId4" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId5" Type="{REL}/styles" Target="styles.xml"/></Relationships>"""

ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>"""

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"""

HIDDEN_SHEET = """<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="7"><c r="B7" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row></sheetData></worksheet>"""


def _package(path: Path, sheet: str = SHEET) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
        archive.writestr("xl/worksheets/sheet2.xml", HIDDEN_SHEET)
        archive.writestr("xl/chartsheets/sheet1.xml", "<chartsheet/>")
        archive.writestr("xl/sharedStrings.xml", STRINGS)
        archive.writestr("xl/styles.xml", STYLES)
    return path


def test_what_excel_writes_and_openpyxl_does_not(tmp_path: Path) -> None:
    """Prefixed elements, cells without r, shared formulas, inline and rich strings, a chart sheet."""
    book = read(_package(tmp_path / "excel.xlsx"))
    assert [(s.name, s.hidden) for s in book.sheets] == [("Tabel 2.1", False), ("Arsip", True)]
    sheet = book.sheets[0]
    assert [sheet.value(1, c) for c in range(1, 6)] == [
        "PROGRAM PENUNJANG", "Rp 87.026.000,00", True, "#DIV/0!", datetime(2024, 1, 1)]
    assert sheet.value(4, 4) == "Capaian (%)"
    assert [sheet.value(3, c) for c in (1, 2)] == [20, 3]
    assert [sheet.formula(r, 3) for r in (2, 3, 4)] == ["=A2*B2", "=A3*B3", "=A4*B4"]
    assert [sheet.value(r, 3) for r in (2, 3, 4)] == [25, 60, None]
    third = sheet.cell(3, 3)
    assert third is not None and (third.number_format, third.bold) == ("0.00%", True)
    assert sheet.merged == [(2, 5, 3, 6)] and (sheet.max_row, sheet.max_col) == (4, 6)
    assert book.sheets[1].cell(7, 2).formula == '="a"&"b"' and book.sheets[1].value(7, 2) == "ab"


def test_missing_sheet_part_is_named(tmp_path: Path) -> None:
    path = _package(tmp_path / "rusak.xlsx")
    damaged = tmp_path / "tanpa-sheet.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            if item.filename != "xl/worksheets/sheet2.xml":
                target.writestr(item, source.read(item))
    from validator.read.reader import ReadError

    with pytest.raises(ReadError) as caught:
        read(damaged)
    assert caught.value.key == "file-missing-part" and "sheet2.xml" in caught.value.params["part"]


def test_malformed_sheet_xml_is_a_read_error(tmp_path: Path) -> None:
    from validator.read.reader import ReadError

    with pytest.raises(ReadError) as caught:
        read(_package(tmp_path / "xml.xlsx", SHEET.replace("</x:sheetData>", "")))
    assert caught.value.key == "file-corrupt" and "XML" in caught.value.params["detail"]
