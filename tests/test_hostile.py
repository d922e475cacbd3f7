"""Hostile and broken input files: never crash, never write the input, never be fooled.

Each test builds a real file of one kind in tmp_path, checks it through the
CLI together with a good workbook, and expects a one-line message naming the
file, exit code 2, the good file still checked, and the inputs unchanged.
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import zipfile
import zlib
from pathlib import Path

import openpyxl
import pytest
from bombs import zip_bomb
from click.testing import CliRunner

from validator.cli import main
from validator.read.reader import Limits, ReadError, read

GOOD = Path(__file__).resolve().parent.parent / "workbooks" / "renja-2023-tabel-2.1-perbaikan.xlsx"
SHEET = "xl/worksheets/sheet1.xml"

#: A real BIFF8 .xls written by xlwt (sheet "Tabel 2.1": A1 "Renja", A2 1, B2 2.5, A3:C3 merged "gabung";
#: sheet "Kosong" empty), zlib-compressed; no tool here writes .xls, so it is kept as bytes.
XLS = (
    "eNrtWE1oE0EU/mbzX9o0qanQCiUUrFqLUL14aVcF7UEstQiKCLqxIWhDIlEPerFacxSEnhQvhV68VL34gz/ozYNQUUQQhETx1FNB"
    "wUOb9b2XXZNohQRqsTLfMm/evnlvZnbem7c7+3ouWpi+11nELxiEByU7BH+VTFEJuTcRULttM+vWQSq2xppCKEiO9PvwuOVVgH3I"
    "/i7CwF3vC6LAJyrHcAbD2UwyvorYI3OwFM9hQHkp9gzcohJGh8yrTehJoeuE3hHdJ0J3ieSa0AHSLaijmDOHe3c6cXzE6Ja2MFGF"
    "B2LzQST9aMdLjuNL11VZ14fduVNW+t9s6PI2YwbkuaFkJpmz0gXEyIUz+GbHga/uXn0e1/LVlSuQ/HutPLCMfMrwAhOwTygOxDyi"
    "eOeBpNlDViKZjm/f1p+nKJ3ylffm/uzZbCa16OwBLtQwmsyctmjfpqzE+Uyqia1lU0dqNnWLhHoz0TG0Ch+VDiKUthdvL7w5kBgx"
    "j4tkQhJ5Od1v5PnBxmW2IOOwtHh+0l6x2Cr0ivS6QfhOoTGaHtU9I+0Os29SdK5Kaw+Ns0Pw1txUxW8mPj9/8GFX/rO5hfjZoeLF"
    "2Ox7cxrdtC5jZM/XJPpUn7p5g/HIdGvlJIaPQjt+SxJBI+I8m+2801qxhCZho0JZQ8niVjSeUq9KNPxC5z3cA2sasg61fRmiw/rP"
    "5I5Xmtf6C91xGiu7btBow31mKVlVsHLewx+9V8Fa856sGZZbMw0NDQ0NDQ0NjTqhnHMEf8x7y+cJ+eAMOP91lqiU9G+S/xajyNJ1"
    "jo6le5GhOocLDcXPeviU25eq08b9X8g4TKPnMI6EzGO84filA4Oqfp66DSMrt4UaHb/UyDz/8vg/AFQS8EM="
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def good(tmp_path: Path) -> Path:
    return Path(shutil.copy(GOOD, tmp_path / "baik.xlsx"))


def check_cli(*paths: Path, extra: tuple[str, ...] = ()) -> tuple[int, dict[str, dict]]:
    """Run ``periksa check --format json``; assert no crash and no input touched."""
    before = {path: digest(path) for path in paths if path.is_file()}
    result = CliRunner().invoke(main, ["check", "--format", "json", *extra, *map(str, paths)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output
    assert {path: digest(path) for path in before} == before, "an input file was modified"
    report = json.loads(result.output)
    return result.exit_code, {Path(f["path"]).name: f for f in report["files"]}


def assert_refused(bad: Path, good: Path, *phrases: str) -> str:
    """The bad file gets one line naming it; the good file is still checked clean; exit 2."""
    code, files = check_cli(bad, good)
    assert code == 2
    entry = files[bad.name]
    assert entry["status"] == "error"
    message = entry["error"]
    assert "\n" not in message and bad.name in message
    for phrase in phrases:
        assert phrase in message, message
    assert files[good.name]["status"] == "ok" and files[good.name]["tables"]
    return message


def rezip(source: Path, target: Path, replace: dict[str, bytes | None] | None = None,
          extra: list[tuple[str, bytes]] | None = None) -> Path:
    """Copy a zip, replacing (bytes) or dropping (None) members and appending raw extra members."""
    replace = replace or {}
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = replace.get(info.filename, old.read(info))
            if data is not None:
                new.writestr(info.filename, data)
        for name, data in extra or []:
            new.writestr(name, data)
    return target


# 1. not a workbook ----------------------------------------------------------------


def test_csv_renamed(tmp_path: Path, good: Path) -> None:
    bad = tmp_path / "data.xlsx"
    bad.write_text("No,Kode,Program\n1,2.08,Pelayanan\n", encoding="utf-8")
    assert_refused(bad, good, "berkas teks")


def test_pdf_renamed(tmp_path: Path, good: Path) -> None:
    bad = tmp_path / "laporan.xlsx"
    bad.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n" + bytes(range(256)) * 4)
    assert_refused(bad, good, "PDF")


def test_html_export_renamed(tmp_path: Path, good: Path) -> None:
    bad = tmp_path / "sipd.xlsx"
    bad.write_text("<html><body><table><tr><td>1</td></tr></table></body></html>", encoding="utf-8")
    assert_refused(bad, good, "HTML")


def test_empty_file(tmp_path: Path, good: Path) -> None:
    bad = tmp_path / "kosong.xlsx"
    bad.write_bytes(b"")
    assert_refused(bad, good, "0 byte")


def test_truncated_zip(tmp_path: Path, good: Path) -> None:
    bad = tmp_path / "terpotong.xlsx"
    data = GOOD.read_bytes()
    bad.write_bytes(data[: len(data) // 2])
    assert_refused(bad, good)


@pytest.mark.parametrize("part", ["xl/workbook.xml", SHEET, "[Content_Types].xml", "xl/_rels/workbook.xml.rels"])
def test_missing_part(tmp_path: Path, good: Path, part: str) -> None:
    bad = rezip(GOOD, tmp_path / "tanpa-bagian.xlsx", {part: None})
    assert_refused(bad, good)


@pytest.mark.parametrize("mangle", [
    lambda xml: xml[: len(xml) // 2],
    lambda xml: xml.replace(b"<row ", b"<row <", 1),
    lambda xml: xml.replace(b"</sheetData>", b"", 1),
    lambda xml: b"\x00\xff garbage" + xml,
    lambda xml: xml.replace(b'r="A5"', b'r="A99999999"', 1),
])
def test_mangled_sheet_xml(tmp_path: Path, good: Path, mangle) -> None:
    with zipfile.ZipFile(GOOD) as archive:
        xml = archive.read(SHEET)
    bad = rezip(GOOD, tmp_path / "xml-rusak.xlsx", {SHEET: mangle(xml)})
    assert_refused(bad, good, "rusak")


def test_mangled_workbook_xml(tmp_path: Path, good: Path) -> None:
    bad = rezip(GOOD, tmp_path / "wb-rusak.xlsx", {"xl/workbook.xml": b"<workbook><sheets><sheet"})
    assert_refused(bad, good)


# 2. encrypted ---------------------------------------------------------------------


def encrypt(source: Path, target: Path, password: str) -> Path:
    from msoffcrypto.format.ooxml import OOXMLFile

    with source.open("rb") as plain, target.open("wb") as out:
        OOXMLFile(plain).encrypt(password, out)
    return target


def test_encrypted_refused_without_password(tmp_path: Path, good: Path) -> None:
    bad = encrypt(GOOD, tmp_path / "terkunci.xlsx", "rahasia")
    assert_refused(bad, good, "terenkripsi", "kata sandi")


def test_encrypted_read_with_password(tmp_path: Path) -> None:
    locked = encrypt(GOOD, tmp_path / "terkunci.xlsx", "rahasia")
    before = digest(locked)
    plain, opened = read(GOOD), read(locked, password="rahasia")
    assert [s.as_dict() for s in opened.sheets] == [s.as_dict() for s in plain.sheets]
    assert digest(locked) == before
    with pytest.raises(ReadError) as wrong:
        read(locked, password="salah")
    assert wrong.value.key == "file-wrong-password"


def test_excel_default_password_opens_silently(tmp_path: Path) -> None:
    locked = encrypt(GOOD, tmp_path / "velvet.xlsx", "VelvetSweatshop")
    assert read(locked).sheets[0].as_dict() == read(GOOD).sheets[0].as_dict()


# 3. zip bombs and XML attacks ------------------------------------------------------


def test_zip_bomb_sheet(tmp_path: Path, good: Path) -> None:
    """200 MB of whitespace inside the sheet part: about 200 KB on disk, refused from the directory alone."""
    bad = tmp_path / "bom.xlsx"
    bad.write_bytes(zip_bomb(GOOD))
    assert bad.stat().st_size < 2 * 1024 * 1024
    assert_refused(bad, good, "zip bomb", "sheet1.xml")


def test_total_size_and_entry_limits(tmp_path: Path) -> None:
    many = rezip(GOOD, tmp_path / "banyak.xlsx", extra=[(f"customXml/item{i}.xml", b"<a/>") for i in range(40)])
    with pytest.raises(ReadError) as parts:
        read(many, limits=Limits(max_entries=20))
    assert parts.value.key == "file-too-many-parts"
    with pytest.raises(ReadError) as total:
        read(GOOD, limits=Limits(max_total_uncompressed=50_000))
    assert total.value.key == "file-unpacked-too-large"
    with pytest.raises(ReadError) as ratio:
        read(GOOD, limits=Limits(max_ratio=2, ratio_min_size=10_000))
    assert ratio.value.key == "file-compression-ratio"
    with pytest.raises(ReadError) as elements:
        read(GOOD, limits=Limits(max_elements=1000))
    assert elements.value.key == "file-too-many-elements"
    assert read(many).sheets  # the defaults let a normal workbook through


def test_lying_directory_is_not_trusted(tmp_path: Path, good: Path) -> None:
    """A member whose directory entry understates its size: zipfile stops at the declared size, CRC fails."""
    bad = rezip(GOOD, tmp_path / "bohong.xlsx")
    data = bytearray(bad.read_bytes())
    # patch the uncompressed size field (offset 24) of the sheet's central directory record
    pos = data.find(b"PK\x01\x02")
    while pos >= 0:
        name_len = int.from_bytes(data[pos + 28: pos + 30], "little")
        name = bytes(data[pos + 46: pos + 46 + name_len]).decode()
        if name == SHEET:
            data[pos + 24: pos + 28] = (1000).to_bytes(4, "little")
        pos = data.find(b"PK\x01\x02", pos + 4)
    bad.write_bytes(bytes(data))
    assert_refused(bad, good, "rusak")


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">
<si><t>&lol9;</t></si></sst>"""

XXE = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE worksheet [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>"""


@pytest.mark.parametrize(("name", "member", "payload"), [
    ("tawa.xlsx", SHEET, BILLION_LAUGHS),
    ("xxe.xlsx", SHEET, XXE),
    ("xxe-wb.xlsx", "xl/workbook.xml", XXE),
    ("xxe-utf16.xlsx", SHEET, XXE.replace(b'encoding="UTF-8"', b'encoding="UTF-16"').decode().encode("utf-16")),
    ("xxe-utf16le.xlsx", SHEET, XXE.replace(b'encoding="UTF-8"', b"").decode().encode("utf-16-le")),
    ("xxe-kecil.xlsx", "[Content_Types].xml", XXE.replace(b"DOCTYPE", b"doctype")),
])
def test_xml_entity_attacks(tmp_path: Path, good: Path, name: str, member: str, payload: bytes) -> None:
    bad = rezip(GOOD, tmp_path / name, {member: payload})
    assert_refused(bad, good, "DTD")


@pytest.mark.parametrize(("encoding", "payload"), [
    ("utf-7", XXE.replace(b'encoding="UTF-8"', b'encoding="UTF-7"').replace(b"<!DOCTYPE", b"+ADw-!DOCTYPE")),
    ("UTF-32", XXE.decode().encode("utf-32")),
    ("EBCDIC", XXE.decode().replace('encoding="UTF-8"', 'encoding="cp037"').encode("cp037")),
])
def test_xml_exotic_encodings_refused(tmp_path: Path, good: Path, encoding: str, payload: bytes) -> None:
    bad = rezip(GOOD, tmp_path / "sandi.xlsx", {SHEET: payload})
    assert_refused(bad, good, "penyandian", encoding)


def test_huge_merged_range(tmp_path: Path, good: Path) -> None:
    """One <mergeCell ref="A1:XFD1048576"/> would make openpyxl create 17 billion cells."""
    with zipfile.ZipFile(GOOD) as archive:
        xml = archive.read(SHEET)
    xml = xml.replace(b"<mergeCells", b'<mergeCells><mergeCell ref="A100:XFD1048576"/></mergeCells><x', 1) \
        if b"<mergeCells" in xml else xml.replace(
            b"</sheetData>", b'</sheetData><mergeCells count="1"><mergeCell ref="A100:XFD1048576"/></mergeCells>', 1)
    bad = rezip(GOOD, tmp_path / "gabung.xlsx", {SHEET: xml})
    assert_refused(bad, good, "1000000")


def test_huge_hyperlink_range(tmp_path: Path, good: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active["A1"] = "x"
    wb.save(tmp_path / "base.xlsx")
    with zipfile.ZipFile(tmp_path / "base.xlsx") as archive:
        xml = archive.read(SHEET)
    xml = xml.replace(b"</worksheet>", b'<hyperlinks><hyperlink ref="A:XFD" location="A1"/></hyperlinks></worksheet>')
    bad = rezip(tmp_path / "base.xlsx", tmp_path / "tautan.xlsx", {SHEET: xml})
    assert_refused(bad, good, "tautan")


def test_duplicate_part(tmp_path: Path, good: Path) -> None:
    """Two copies of the sheet: Excel and openpyxl could each show a different one."""
    with zipfile.ZipFile(GOOD) as archive:
        xml = archive.read(SHEET)
    bad = tmp_path / "ganda.xlsx"
    with pytest.warns(UserWarning, match="Duplicate"):
        rezip(GOOD, bad, extra=[(SHEET.replace("sheet1", "Sheet1"), xml), (SHEET, xml)])
    assert_refused(bad, good, "dua kali")


# 4. legacy .xls and .ods ----------------------------------------------------------


def test_legacy_xls_read_as_values(tmp_path: Path, good: Path) -> None:
    xls = tmp_path / "lama.xls"
    xls.write_bytes(zlib.decompress(base64.b64decode(XLS)))
    book = read(xls)
    assert book.notes == [("file-values-only", {"format": "XLS"})]
    first = book.sheets[0]
    assert first.name == "Tabel 2.1" and first.value(1, 1) == "Renja" and first.value(2, 1) == 1
    assert first.value(2, 2) == 2.5 and first.merged == [(3, 1, 3, 3)]
    code, files = check_cli(xls, good)
    assert code == 2 and files[xls.name]["status"] == "error"  # read, but it holds no known table
    assert files[good.name]["status"] == "ok"


def test_corrupt_xls(tmp_path: Path, good: Path) -> None:
    bad = tmp_path / "rusak.xls"
    raw = zlib.decompress(base64.b64decode(XLS))
    bad.write_bytes(raw[:1536] + b"\xff" * 512)
    assert_refused(bad, good)


MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest'
    ' xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
)


def make_ods(path: Path, rows_xml: str) -> Path:
    table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content'
        ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        f' xmlns:table="{table}" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
        ' office:version="1.2"><office:body><office:spreadsheet><table:table table:name="S1">'
        f"{rows_xml}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", MANIFEST)
    return path


CELL = '<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'


def test_ods_read_as_values(tmp_path: Path) -> None:
    ods = make_ods(tmp_path / "calc.ods", f"<table:table-row>{CELL.format(v=1)}{CELL.format(v=2.5)}</table:table-row>"
                   '<table:table-row table:number-rows-repeated="1048575">'
                   '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>')
    book = read(ods)
    assert book.sheets[0].as_dict().keys() == {(1, 1), (1, 2)} and book.sheets[0].value(1, 2) == 2.5


def test_ods_repeat_bomb(tmp_path: Path) -> None:
    bomb = make_ods(tmp_path / "bom.ods", '<table:table-row table:number-rows-repeated="1048576">'
                    '<table:table-cell table:number-columns-repeated="16384" office:value-type="float"'
                    ' office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>')
    with pytest.raises(ReadError) as refused:
        read(bomb)
    assert refused.value.key == "file-grid-too-large"


def test_ods_via_cli_is_not_a_crash(tmp_path: Path, good: Path) -> None:
    ods = make_ods(tmp_path / "calc.ods", f"<table:table-row>{CELL.format(v=1)}</table:table-row>")
    code, files = check_cli(ods, good)
    assert code == 2 and files[ods.name]["status"] == "error" and ods.name in files[ods.name]["error"]


# 5. odd but valid workbooks ----------------------------------------------------------


def test_empty_workbook(tmp_path: Path, good: Path) -> None:
    empty = tmp_path / "kosong.xlsx"
    openpyxl.Workbook().save(empty)
    code, files = check_cli(empty, good)
    assert code == 2
    assert files[empty.name]["status"] == "error" and files[empty.name]["notes"]
    assert files[good.name]["status"] == "ok"


def test_chart_hidden_protected_and_tableless_sheets(tmp_path: Path) -> None:
    """The good table in a protected sheet still checks clean; the odd sheets only get notes."""
    wb = openpyxl.load_workbook(GOOD)
    wb.active.protection.sheet = True
    wb.active.protection.password = "kunci"
    notes = wb.create_sheet("Catatan")
    notes["B3"] = "bukan tabel"
    hidden = wb.create_sheet("Tersembunyi")
    hidden["A1"] = 1
    hidden.sheet_state = "hidden"
    very = wb.create_sheet("SangatTersembunyi")
    very.sheet_state = "veryHidden"
    chart = openpyxl.chart.BarChart()
    chart.add_data(openpyxl.chart.Reference(wb.active, min_col=5, min_row=8, max_row=12))
    wb.create_chartsheet("Grafik").add_chart(chart)
    mixed = tmp_path / "campur.xlsx"
    wb.save(mixed)
    code, files = check_cli(mixed)
    assert code == 0
    entry = files[mixed.name]
    assert entry["status"] == "ok" and len(entry["tables"]) == 1
    assert sum("Catatan" in note or "Tersembunyi" in note for note in entry["notes"]) == 3
    book = read(mixed)
    assert [s.hidden for s in book.sheets] == [False, False, True, True]


def test_far_away_cell_is_read_sparsely(tmp_path: Path) -> None:
    """A1 and XFD1048576 only: the reader must not walk the 17 billion positions between."""
    far = tmp_path / "jauh.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = 1
    wb.active["XFD1048576"] = 2
    wb.save(far)
    sheet = read(far).sheets[0]
    assert len(sheet.as_dict()) == 2 and (sheet.max_row, sheet.max_col) == (1_048_576, 16_384)


def test_renamed_docx(tmp_path: Path, good: Path) -> None:
    """An OOXML package that is not a workbook (a Word file renamed)."""
    bad = tmp_path / "surat.xlsx"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/content-types"/>')
        archive.writestr("word/document.xml", "<w:document/>")
    assert_refused(bad, good)


def test_message_in_english(tmp_path: Path, good: Path) -> None:
    bad = encrypt(GOOD, tmp_path / "locked.xlsx", "secret")
    code, files = check_cli(bad, good, extra=("--lang", "en"))
    assert code == 2 and "password" in files[bad.name]["error"]


def test_never_written_even_when_read_in_memory(tmp_path: Path) -> None:
    copy = Path(shutil.copy(GOOD, tmp_path / "salinan.xlsx"))
    before, mtime = digest(copy), copy.stat().st_mtime_ns
    read(copy)
    assert digest(copy) == before and copy.stat().st_mtime_ns == mtime
