"""Fuzz the whole pipeline with damaged copies of the sample workbook.

Whatever the bytes, check_file must return a FileResult (status "ok" or
"error" with a message), never raise. 150 cases run in the normal suite;
set PERIKSA_FUZZ_EXAMPLES=2000 for a longer hunt.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from validator.check import Options, check_file
from validator.model import FileResult
from validator.packs.rulepack import load_library

SAMPLE = Path(__file__).resolve().parent.parent / "workbooks" / "renja-2023-tabel-2.1-perbaikan.xlsx"
RAW = SAMPLE.read_bytes()
with zipfile.ZipFile(SAMPLE) as _archive:
    MEMBERS = {info.filename: _archive.read(info) for info in _archive.infolist()}
NAMES = sorted(MEMBERS)
EXAMPLES = int(os.environ.get("PERIKSA_FUZZ_EXAMPLES", "150"))
LIBRARY = load_library(())
XML_CHARS = st.sampled_from([*"<>/=\"'&;:!?# \n\x00", "<!DOCTYPE", "&amp;", 'r="ZZ9"', "<c>", "</", "]]>"])


def rezip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@st.composite
def truncated(draw: st.DrawFn) -> bytes:
    return RAW[: draw(st.integers(0, len(RAW) - 1))]


@st.composite
def flipped(draw: st.DrawFn) -> bytes:
    data = bytearray(RAW)
    for _ in range(draw(st.integers(1, 16))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


@st.composite
def without_members(draw: st.DrawFn) -> bytes:
    dropped = draw(st.sets(st.sampled_from(NAMES), min_size=1, max_size=3))
    return rezip({name: data for name, data in MEMBERS.items() if name not in dropped})


@st.composite
def mangled_xml(draw: st.DrawFn) -> bytes:
    members = dict(MEMBERS)
    for name in draw(st.sets(st.sampled_from(NAMES), min_size=1, max_size=2)):
        text = bytearray(members[name])
        for _ in range(draw(st.integers(1, 8))):
            at = draw(st.integers(0, len(text)))
            if draw(st.booleans()) and text:
                del text[at: at + draw(st.integers(1, 40))]
            else:
                text[at:at] = draw(XML_CHARS).encode()
        members[name] = bytes(text)
    return rezip(members)


@st.composite
def flipped_member(draw: st.DrawFn) -> bytes:
    """Byte flips inside one decompressed part: reaches the XML parsers and the pipeline more often."""
    members = dict(MEMBERS)
    name = draw(st.sampled_from(NAMES))
    data = bytearray(members[name])
    for _ in range(draw(st.integers(1, 8))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    members[name] = bytes(data)
    return rezip(members)


MUTANTS = st.one_of(truncated(), flipped(), without_members(), mangled_xml(), flipped_member())


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                        HealthCheck.too_slow])
@given(data=MUTANTS)
def test_damaged_workbooks_never_crash(workdir: Path, data: bytes) -> None:
    path = workdir / "mutant.xlsx"
    path.write_bytes(data)
    result = check_file(path, LIBRARY, Options())
    assert isinstance(result, FileResult)
    assert result.status in ("ok", "error")
    if result.status == "error":
        assert result.error and "\n" not in result.error
    assert path.read_bytes() == data
