"""Start-up (#16): what ``periksa`` imports and reads before it checks anything.

The heavy libraries (openpyxl, numpy, formulas, jsonschema, lxml ...) are imported only by a
run that needs them; these tests run the command in a fresh interpreter and look at
``sys.modules``, a property of the code, not a timing. They also hold the pieces that make it
possible to their originals: ``validator.excel`` to openpyxl, the libyaml event path to
PyYAML's own parser, and the cache of validated shipped packs to what validation decides.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
import tc29
from openpyxl.styles import numbers as openpyxl_numbers
from openpyxl.utils import datetime as openpyxl_dates

from validator import excel
from validator.packs import inputs, packfile, validated
from validator.packs.rulepack import PackError, bundled_rules_dir, load_library

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("openpyxl", "numpy", "formulas", "schedula", "jsonschema", "referencing", "lxml", "tinycss2", "xlrd",
         "python_calamine", "msoffcrypto", "olefile", "starlette", "rich.progress", "concurrent.futures.process")

#: Run the command in this interpreter and print, as JSON, the exit code and the heavy modules it loaded.
PROBE = """
import json, sys
from validator.cli import main
try:
    main(sys.argv[1:], prog_name="periksa")
except SystemExit as exc:
    code = exc.code
heavy = sorted(name for name in json.loads(sys.stdin.read()) if name in sys.modules)
print(json.dumps({"code": code, "heavy": heavy}), file=sys.__stderr__)
"""


def _run(args: list[str], cache: Path) -> dict[str, object]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    done = subprocess.run([sys.executable, "-c", PROBE, *args], input=json.dumps(HEAVY), capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120, check=False)
    return json.loads(done.stderr.strip().splitlines()[-1])


def _one_row(path: Path, formulas: bool = False) -> Path:
    row = tc29.entity("2.08.02.2.01.0003", "Advokasi Kebijakan", "Jumlah dokumen", "Dokumen",
                      (10, 500_000_000), (2, 100_000_000), (2, 87_026_000),
                      [(0, 10_000_000), (1, 20_000_000), (0, 30_000_000), (1, 25_000_000)])
    tc29.write(path, [row], formulas=formulas)
    return path


def test_check_imports_no_heavy_library_a_file_does_not_need(tmp_path: Path) -> None:
    one_row = _one_row(tmp_path / "satu-baris.xlsx")
    first = _run(["check", str(one_row)], tmp_path)
    assert first["code"] == 0
    assert "jsonschema" in first["heavy"]  # no cache yet: the shipped packs are validated
    assert _run(["check", str(one_row)], tmp_path) == {"code": 0, "heavy": []}
    readme = _run(["check", "workbooks/renja-2023-tabel-2.1.xlsx"], tmp_path)
    assert readme == {"code": 1, "heavy": []}


def test_help_imports_no_heavy_library(tmp_path: Path) -> None:
    assert _run(["--help"], tmp_path) == {"code": 0, "heavy": []}
    assert _run(["check", "--help"], tmp_path) == {"code": 0, "heavy": []}


def test_a_file_that_needs_a_library_still_gets_it(tmp_path: Path) -> None:
    """Formulas saved without results are computed: the formulas package is imported for them."""
    _run(["--help"], tmp_path)
    uncached = _run(["check", str(_one_row(tmp_path / "rumus.xlsx", formulas=True))], tmp_path)
    assert uncached["code"] == 0
    assert {"formulas", "numpy"} <= set(uncached["heavy"])  # type: ignore[arg-type]
    annotated = _run(["check", str(_one_row(tmp_path / "satu.xlsx")), "--annotate", str(tmp_path / "out.xlsx")],
                     tmp_path)
    assert annotated["code"] == 0
    assert "openpyxl" in annotated["heavy"]  # type: ignore[operator]


# --- validator.excel answers as openpyxl does ---------------------------------------------------


def test_column_letters_match_openpyxl_for_every_column() -> None:
    for col in range(1, excel.LAST_LETTERED + 1):
        letters = openpyxl.utils.get_column_letter(col)
        assert excel.get_column_letter(col) == letters
        assert excel.column_index_from_string(letters) == col
        assert excel.column_index_from_string(letters.lower()) == col


@pytest.mark.parametrize("bad", [0, -1, excel.LAST_LETTERED + 1])
def test_column_letter_out_of_range_is_refused_like_openpyxl(bad: int) -> None:
    with pytest.raises(ValueError):
        openpyxl.utils.get_column_letter(bad)
    with pytest.raises(ValueError):
        excel.get_column_letter(bad)


@pytest.mark.parametrize("bad", ["", "AAAA", "A1", "1", "É", "A-"])
def test_column_name_that_is_not_one_is_refused_like_openpyxl(bad: str) -> None:
    with pytest.raises(ValueError):
        openpyxl.utils.column_index_from_string(bad)
    with pytest.raises(ValueError):
        excel.column_index_from_string(bad)


def test_builtin_formats_and_epochs_are_openpyxls() -> None:
    assert excel.BUILTIN_FORMATS == openpyxl_numbers.BUILTIN_FORMATS
    assert excel.CALENDAR_WINDOWS_1900 == openpyxl_dates.CALENDAR_WINDOWS_1900
    assert excel.CALENDAR_MAC_1904 == openpyxl_dates.CALENDAR_MAC_1904


FORMATS = [
    None, "General", "0", "#,##0", "0.00%", "dd/mm/yyyy", "d-mmm-yy", "[$-421]dd mmmm yyyy", "[h]:mm:ss", "[Red]0.00",
    '0.## "Dokumen"', '"Rp"#,##0', '"hari" 0', r"\d0", "_-* #,##0_-;-* #,##0_-", "[$Rp-421]#,##0.00", "yyyy",
    '#,##0;[Red]"-"#,##0', "0;mm/dd", "@", "0\\%", '0"%"', "[<=9999999]###-####", "mm:ss.0", "[Blue][>1]0;0",
    '_("Rp"* #,##0_)', "m", "s", "hh:mm AM/PM", '"jam" h',
]


@pytest.mark.parametrize("fmt", [*FORMATS, *openpyxl_numbers.BUILTIN_FORMATS.values()])
def test_date_formats_are_told_as_openpyxl_tells_them(fmt: str | None) -> None:
    assert excel.is_date_format(fmt) == openpyxl_numbers.is_date_format(fmt)


# --- YAML: libyaml's events, PyYAML's answers -------------------------------------------------------

needs_libyaml = pytest.mark.skipif(inputs._FastLoader is None, reason="PyYAML built without libyaml")


def _load(kind: type, path: Path) -> tuple[str, object, object]:
    try:
        loaded = inputs._load(kind, inputs.read_text(path, inputs.PACK), path, inputs.PACK)
    except inputs.InputError as exc:
        return "refused", str(exc), None
    marks: packfile.Marks = {}
    packfile._walk_marks(loaded.node, (), marks)
    return "read", loaded.data, marks


@needs_libyaml
def test_libyaml_reads_every_yaml_file_of_the_project_as_pyyaml_does() -> None:
    files = [p for folder in ("rules", "workbooks", "docs", "tests") for p in sorted((ROOT / folder).rglob("*.y*ml"))]
    assert len(files) > 30
    for path in files:
        fast = _load(inputs._FastLoader, path)
        assert fast == _load(inputs._BoundedLoader, path), path
        assert fast[0] == "read", path


SNIPPETS = [
    "a: 1\n\tb: 2\n", "a: b: c\n", "- a\n b\n", "a: \x07\n", "a: [1, 2\n", "a: 'open\n", 'a: "bad \\q"\n', "a: *nope\n",
    "a: !!int x\n", "a: 2001-02-30\n", "a: x\n  y: z\n", "%YAML 2.0\n---\na: 1\n", "a: 1\n---\nb: 2\n", "[a]: 1\n",
    "a: &x [*x]\n", "a: !!set {x, y}\n", "a: !!binary aGVsbG8=\n", "k: >-\n  folded\n  text\n", "a: 0o17\n", "a: ~\n",
    "a: &a [1, 2]\nb: [*a, *a, *a]\n", "a:\n  ? b\n  : c\n", "a: @x\n", "- - - - x\n", "a: 1 # c\n", "\ufeffa: 1\n",
]


@needs_libyaml
@pytest.mark.parametrize("text", SNIPPETS)
def test_libyaml_accepts_and_refuses_as_pyyaml_in_pyyamls_words(tmp_path: Path, text: str) -> None:
    path = tmp_path / "paket.yaml"
    path.write_text(text, encoding="utf-8")
    expected = _load(inputs._BoundedLoader, path)
    assert _load(inputs._FastLoader, path)[0] == expected[0]
    try:
        got = inputs.load_yaml(path, inputs.PACK)
    except inputs.InputError as exc:
        assert expected[:2] == ("refused", str(exc))
    else:
        assert expected[:2] == ("read", got.data)


@needs_libyaml
def test_bounds_hold_on_the_libyaml_path(tmp_path: Path) -> None:
    """The refusals are made while composing, whichever parser gives the events."""
    bomb = tmp_path / "bom.yaml"
    levels = [f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefg", "bcdefgh", strict=True)]
    bomb.write_text('a: &a ["x","x","x","x","x","x","x","x","x"]\n' + "".join(levels))
    deep = tmp_path / "dalam.yaml"
    deep.write_text("a: " + "[" * 40 + "]" * 40 + "\n")
    for path, key in ((bomb, "input-yaml-expanded"), (deep, "input-too-deep")):
        loader = inputs._FastLoader(inputs.read_text(path, inputs.PACK), path, inputs.PACK)
        with pytest.raises(inputs.InputError) as refused:
            loader.get_single_node()
        assert refused.value.key == key


# --- validated shipped packs ------------------------------------------------------------------------


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder for this test, and a process that has not read one yet."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    validated.shipped_cache.cache_clear()
    yield tmp_path / "cache" / "periksa" / validated.FILE_NAME
    validated.shipped_cache.cache_clear()


def test_a_run_records_every_shipped_file_and_the_next_one_trusts_only_those_bytes(
        fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    checked: list[str] = []
    real = packfile.validate

    def counting(path: Path, *args: object) -> None:
        checked.append(path.name)
        real(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(packfile, "validate", counting)
    shipped = sorted(bundled_rules_dir().rglob("*.yaml"))
    load_library()
    assert sorted(checked) == sorted(p.name for p in shipped)
    assert fresh_cache.read_text(encoding="ascii").splitlines()[0] == validated.HEADER
    validated.shipped_cache.cache_clear()  # the next run: a new process reads the file
    checked.clear()
    load_library()
    assert checked == []
    again = validated.Validated(fresh_cache)
    assert all(again.known(path.read_bytes()) for path in shipped)
    assert not again.known(shipped[0].read_bytes() + b"\n# edited\n")
    assert len(again.digests) == len(shipped)


def test_the_cache_cannot_excuse_a_project_pack(tmp_path: Path, fresh_cache: Path) -> None:
    """Even with the bad pack's own digest in the cache, a project pack is validated: file:line."""
    folder = tmp_path / "paket"
    folder.mkdir()
    bad = folder / "saya.yaml"
    bad.write_text("pack: saya\ncolumns: {}\nrules: []\nmatch_words: [x]\n", encoding="utf-8")
    cache = validated.shipped_cache()
    cache.add(bad.read_bytes())
    with pytest.raises(PackError, match=r"saya\.yaml:\d+:\d+: unknown key 'match_words'"):
        load_library([folder])


def test_an_unusable_cache_means_validating_again(tmp_path: Path) -> None:
    garbage = tmp_path / "sampah"
    garbage.write_bytes(b"\xff\xfe not a cache")
    assert validated.Validated(garbage).digests == set()
    wrong = tmp_path / "lain"
    wrong.write_text("another header\n" + "a" * 64 + "\n", encoding="ascii")
    assert validated.Validated(wrong).digests == set()
    blocked = tmp_path / "berkas"
    blocked.write_text("", encoding="ascii")
    cache = validated.Validated(blocked / "periksa" / validated.FILE_NAME)  # its folder cannot be made
    cache.add(b"pack: x\n")
    cache.save()
    assert cache.added and not (blocked / "periksa").exists()
    homeless = validated.Validated(None)  # no $HOME: nothing read, nothing written
    homeless.add(b"pack: x\n")
    homeless.save()
    assert homeless.known(b"pack: x\n") and not validated.Validated(None).known(b"pack: x\n")
