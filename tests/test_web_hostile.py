"""Hostile HTML and XML Spreadsheet 2003 files: one line, exit 2, bounded time and memory.

Each case goes through the CLI beside a good workbook (``test_hostile.assert_refused``): the bad
file gets one line naming it, the good one is still checked, the inputs are never written.
A small hypothesis run damages a real export of each kind and expects a result, never a crash.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from test_hostile import BILLION_LAUGHS, GOOD, assert_refused
from web_writers import to_html, to_spreadsheetml

from validator.check import Options, check_file
from validator.packs.rulepack import load_library
from validator.read.reader import ReadError, read

BOOK = load_workbook(GOOD)
HTML = to_html(BOOK)
XML = to_spreadsheetml(BOOK)
LIBRARY = load_library(())
XML_HEAD = XML[: XML.index(b"<Styles>")]


@pytest.fixture
def good(tmp_path: Path) -> Path:
    return Path(shutil.copy(GOOD, tmp_path / "baik.xlsx"))


def sparse(path: Path, head: bytes, size: int) -> Path:
    """A file of ``size`` bytes on disk's say-so: the reader must refuse it from its size alone."""
    with path.open("wb") as handle:
        handle.write(head)
        handle.seek(size - 1)
        handle.write(b">")
    return path


def test_huge_html_refused_by_size(tmp_path: Path, good: Path) -> None:
    bad = sparse(tmp_path / "besar.xls", b"<html><body><table><tr><td>", 150 * 1024 * 1024)
    assert_refused(bad, good, "terlalu besar", "batas 100 MB")


def test_huge_spreadsheetml_refused_by_size(tmp_path: Path) -> None:
    """Read directly: the CLI helper would hash the 600 MB to prove the input unchanged."""
    with pytest.raises(ReadError) as refused:
        read(sparse(tmp_path / "besar.xml", XML_HEAD, 600 * 1024 * 1024))
    assert refused.value.key == "file-too-large"


@pytest.mark.parametrize("nesting", [
    "<table><tr><td>" * 100_000,
    "<table><tr><td>" + "<div>" * 100_000,
    "<table><tr><td>" + "<b><i>" * 50_000,
])
def test_deep_nesting_refused(tmp_path: Path, good: Path, nesting: str) -> None:
    bad = tmp_path / "bersarang.xls"
    bad.write_text("<html><body>" + nesting + "x", encoding="utf-8")
    assert_refused(bad, good, "bersarang", "256")


def test_deep_nesting_in_spreadsheetml_is_only_counted(tmp_path: Path, good: Path) -> None:
    """expat streams: six million nested elements cost nothing there; the unclosed file is refused
    in one line (the element count, which now scales with --max-cells, no longer trips first)."""
    bad = tmp_path / "bersarang.xml"
    bad.write_bytes(XML_HEAD + b"<Worksheet ss:Name='a'><Table><Row><Cell><Data>" + b"<B>" * 6_000_000)
    assert_refused(bad, good, "rusak")


@pytest.mark.parametrize("attack", [
    BILLION_LAUGHS.replace(b"<sst", XML_HEAD[XML_HEAD.index(b"<Workbook"):] + b"<sst", 1) + b"</Workbook>",
    b'<?xml version="1.0"?>\n<!DOCTYPE Workbook [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n'
    + XML[XML.index(b"<Workbook"):].replace(b"<Data ss:Type=\"String\">", b"<Data ss:Type=\"String\">&xxe;", 1),
    XML.replace(b"<?xml version=\"1.0\"?>", b'<?xml version="1.0" encoding="UTF-16"?>', 1).decode()
    .replace("<Styles>", '<!DOCTYPE x [<!ENTITY a "b">]><Styles>', 1).encode("utf-16"),
])
def test_dtd_and_entity_bombs_in_spreadsheetml(tmp_path: Path, good: Path, attack: bytes) -> None:
    bad = tmp_path / "bom.xls"
    bad.write_bytes(attack)
    assert_refused(bad, good, "DTD")


def test_rowspan_of_a_million_is_clamped_to_the_table(tmp_path: Path) -> None:
    path = tmp_path / "rowspan.xls"
    path.write_text("<table><tr><td rowspan=1000000>a</td><td>b</td></tr><tr><td>c</td></tr></table>")
    sheet = read(path).sheets[0]
    assert sheet.merged == [(1, 1, 2, 1)] and (sheet.max_row, sheet.value(2, 2)) == (2, "c")


@pytest.mark.parametrize(("markup", "phrase"), [
    ("<table><tr><td colspan=1000000>a</td></tr></table>", "melampaui batas lembar Excel"),
    ("<table>" + "<tr><td rowspan=1000000 colspan=100>a</td></tr>" * 1000 + "</table>", "lebih dari 1000000 sel"),
])
def test_enormous_spans_refused(tmp_path: Path, good: Path, markup: str, phrase: str) -> None:
    bad = tmp_path / "rentang.xls"
    bad.write_text(markup, encoding="utf-8")
    assert_refused(bad, good, phrase)


@pytest.mark.parametrize("replacement", [
    (b"<Row>", b'<Row ss:Index="99999999">'),
    (b"<Cell ", b'<Cell ss:MergeDown="2000000" '),
    (b"<Cell ", b'<Cell ss:Index="-4" '),
])
def test_spreadsheetml_beyond_the_grid(tmp_path: Path, good: Path, replacement: tuple[bytes, bytes]) -> None:
    bad = tmp_path / "luar.xls"
    bad.write_bytes(XML.replace(*replacement, 1))
    assert_refused(bad, good, "melampaui batas lembar Excel")


def test_binary_junk_after_an_html_prefix(tmp_path: Path, good: Path) -> None:
    bad = tmp_path / "sampah.xls"
    bad.write_bytes(b"<html><body><table><tr><td>1</td></tr>" + bytes(range(256)) * 400)
    assert_refused(bad, good, "rusak", "binary data")


def test_scripts_and_external_resources_are_ignored(tmp_path: Path) -> None:
    page = tmp_path / "skrip.xls"
    page.write_text('<html><head><link rel="stylesheet" href="http://192.0.2.1/x.css">'
                    '<script>document.write("<table><tr><td>palsu</td></tr></table>")</script></head>'
                    '<body><img src="http://192.0.2.1/a.png"><table><tr><td>asli</td></tr></table></body></html>')
    sheets = read(page).sheets
    assert [s.as_dict()[(1, 1)].value for s in sheets] == ["asli"]


def _damage(data: bytes, draw: st.DrawFn) -> bytes:
    text = bytearray(data)
    for _ in range(draw(st.integers(1, 12))):
        at = draw(st.integers(0, len(text)))
        choice = draw(st.integers(0, 2))
        if choice == 0 and text:
            del text[at: at + draw(st.integers(1, 400))]
        elif choice == 1:
            text[at:at] = draw(st.sampled_from([b"<", b">", b"</td>", b"<tr>", b'rowspan="7"', b'colspan="0"',
                                                b'ss:Index="3"', b'ss:MergeAcross="5"', b"&amp", b"\x00", b"\xff",
                                                b"<table>", b"</Row>", b'ss:Type="Number"', b"<!--"]))
        elif text:
            text[min(at, len(text) - 1)] = draw(st.integers(0, 255))
    return bytes(text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data(), source=st.sampled_from([HTML, XML]))
def test_fuzz_both_readers(tmp_path_factory: pytest.TempPathFactory, data: st.DataObject, source: bytes) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "rusak.xls"
    path.write_bytes(_damage(source, data.draw))
    try:
        read(path)
    except ReadError as refused:
        assert refused.key
    result = check_file(path, LIBRARY, Options())
    assert result.status in ("ok", "error")
    assert result.status == "ok" or (result.error and "\n" not in result.error)
