"""Files Periksa reads besides workbooks (periksa.yaml, rule packs and scales, baselines) as
untrusted input: an alias bomb, deep nesting or an oversized file is one line naming the file
(and line), exit 2, within bounded memory; fuzzed YAML never gives a traceback."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest
import yaml
from clirun import periksa as cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from validator.baseline import BaselineError
from validator.baseline import load as load_baseline
from validator.packs import config, inputs, rulepack
from validator.packs.rulepack import PackError, load_library

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "workbooks" / "renja-2023-tabel-2.1-perbaikan.xlsx"
EXAMPLES = int(os.environ.get("PERIKSA_FUZZ_EXAMPLES", "100"))

#: Nine lines, 9^9 "lol"s once expanded (the issue's periksa.yaml).
ALIAS_BOMB = "\n".join(
    ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [f"{name}: &{name} [{','.join(['*' + previous] * 9)}]"
       for previous, name in zip("abcdefgh", "bcdefghi", strict=True)]
) + "\n"



@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copy(SAMPLE, tmp_path / SAMPLE.name)
    return tmp_path


#: ``python -m validator`` that writes its own peak RSS (VmHWM, KiB) to argv[1] on the way out. The
#: child's ru_maxrss is no measure: Linux carries the parent's high-water mark across fork and exec,
#: so a big test process would make every child look big.
MEASURED_CHILD = """
import atexit, runpy, sys
out = sys.argv.pop(1)
def peak():
    with open("/proc/self/status") as status, open(out, "w") as f:
        f.write(next(line.split()[1] for line in status if line.startswith("VmHWM")))
atexit.register(peak)
sys.argv[0] = "validator"
runpy.run_module("validator", run_name="__main__", alter_sys=True)
"""


def run_measured(*args: str, cwd: Path) -> tuple[int, str, str, int]:
    """Run ``python -m validator ARGS``; exit code, stdout, stderr and the child's own peak RSS (KiB)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r", suffix=".peak") as peak:
        child = subprocess.Popen([sys.executable, "-c", MEASURED_CHILD, peak.name, *args], stdout=out, stderr=err,
                                 cwd=cwd)
        guard = threading.Timer(120, child.kill)  # a hang fails the test instead of stalling CI
        guard.start()
        try:
            _, status, _usage = os.wait4(child.pid, 0)
        finally:
            guard.cancel()
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return child.returncode, out.read().decode(), err.read().decode(), int(Path(peak.name).read_text())


def test_alias_bomb_config_beside_a_workbook(folder: Path) -> None:
    """The issue's run, as a user runs it: one line naming file and line, exit 2, and the process
    stays far below 300 MB (it grew past 7 GB before)."""
    (folder / "periksa.yaml").write_text(ALIAS_BOMB, encoding="utf-8")
    code, out, err, peak_kib = run_measured("check", str(folder / SAMPLE.name), cwd=ROOT)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert f"{folder / 'periksa.yaml'}:6:4: alias YAML mengembang menjadi lebih dari 200000 nilai" in err
    assert peak_kib < 300 * 1024


def test_no_config_ignores_a_hostile_periksa_yaml(folder: Path) -> None:
    (folder / "periksa.yaml").write_text(ALIAS_BOMB, encoding="utf-8")
    assert cli("check", str(folder / SAMPLE.name), "--no-config")[0] == 0


def pack_folder(tmp_path: Path, text: str) -> Path:
    rules = tmp_path / "aturan"
    rules.mkdir(exist_ok=True)
    (rules / "paket.yaml").write_text(text, encoding="utf-8")
    return rules


HOSTILE_YAML = {
    "alias-bomb": (ALIAS_BOMB, ":6:4: ", "YAML aliases expand to more than 200000 values"),
    "recursive-alias": ("a: &a [1, *a]\n", ":1:11: ", "a YAML alias refers to itself"),
    "too-many-aliases": ("a: &a 1\nb: [" + ", ".join(["*a"] * 101) + "]\n", ":2:", "too many YAML aliases"),
    "deep-flow": ("a: " + "[" * 200 + "]" * 200 + "\n", ":1:", "nested too deeply (more than 32 levels)"),
    "deep-block": ("".join(f"{'  ' * i}k{i}:\n" for i in range(40)) + "  " * 40 + "x: 1\n", ":", "nested too deeply"),
    "deep-through-aliases": ("a: &a [[[[[[[[[[1]]]]]]]]]]\nb: &b [[[[[[[[[[*a]]]]]]]]]]\nc: &c [[[[[[[[[[*b]]]]]]]]]]\n"
                             "d: [[[[*c]]]]\n", ":4:", "nested too deeply"),
    "control-character": ("pack: a\x07b\n", ":1:8: ", "YAML error: unacceptable character #x0007"),
    "not-utf8": (None, ":2: ", "not UTF-8 text"),
    "invalid-date": ("year: 2023-02-30\n", ":1:7: ", "YAML error: ValueError"),
    "huge-integer": ("year: " + "9" * 5000 + "\n", ":1:7: ", "YAML error: ValueError"),
    "not-a-mapping": ("- a\n- b\n", ":1:1: ", "expected a mapping"),
}


def _write(path: Path, text: str | None) -> None:
    if text is None:
        path.write_bytes(b"pack: contoh\ntitle: {id: \xff}\n")
    else:
        path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("kind", ["config", "pack"])
@pytest.mark.parametrize("name", sorted(HOSTILE_YAML))
def test_hostile_yaml_is_one_line_naming_file_and_line(folder: Path, kind: str, name: str) -> None:
    text, where, words = HOSTILE_YAML[name]
    if kind == "config":
        target = folder / "periksa.yaml"
        extra: tuple[str, ...] = ()
    else:
        target = folder / "aturan" / "paket.yaml"
        target.parent.mkdir()
        extra = ("--rules-dir", str(target.parent), "--no-config")
    _write(target, text)
    code, out = cli("check", str(folder / SAMPLE.name), "--lang", "en", *extra)
    assert code == 2 and out.count("\n") == 1, out
    assert out.startswith(f"periksa: {target}{where}") and words in out, out


def test_loader_messages_follow_the_language(folder: Path) -> None:
    (folder / "periksa.yaml").write_text("a: &a [1, *a]\n", encoding="utf-8")
    assert "alias YAML merujuk ke dirinya sendiri" in cli("check", str(folder / SAMPLE.name))[1]
    assert "a YAML alias refers to itself" in cli("check", str(folder / SAMPLE.name), "--lang", "en")[1]


def test_oversized_config_and_pack_refused_before_parsing(folder: Path) -> None:
    padding = "# " + "x" * 1000 + "\n"
    (folder / "periksa.yaml").write_text(padding * 1100, encoding="utf-8")  # 1.1 MB of comments
    code, out = cli("check", str(folder / SAMPLE.name), "--lang", "en")
    assert code == 2 and f"{folder / 'periksa.yaml'}: file too large for a periksa.yaml configuration" in out
    assert "(limit 1 MiB)" in out
    rules = pack_folder(folder, padding * 4300)  # 4.3 MB
    code, out = cli("check", str(folder / SAMPLE.name), "--no-config", "--rules-dir", str(rules))
    assert code == 2 and "paket.yaml: berkas terlalu besar untuk paket aturan (batas 4 MiB)" in out


def test_a_config_that_never_ends_is_read_only_up_to_its_limit() -> None:
    """``--config /dev/zero``: a file that is not a regular one is read up to the cap, not forever."""
    with pytest.raises(inputs.InputError) as refused:
        inputs.read_bytes(Path("/dev/zero"), inputs.CONFIG)
    assert refused.value.key == "input-too-large"


def test_shipped_anchors_still_load() -> None:
    """The bundled packs share a pattern with an anchor (year_from: &year ...): aliases within the
    bounds stay allowed."""
    inyear = load_library().packs["renja-tc29-inyear-86-2017"]
    first, second = inyear.data["cross_tables"]
    assert first["year_from"] == second["year_from"]


def test_unquoted_keys_are_text() -> None:
    path = Path(tempfile.mkdtemp()) / "x.yaml"
    path.write_text("13: a\nyes: b\n0x10: c\n", encoding="utf-8")
    assert inputs.load_yaml(path, inputs.CONFIG).data == {"13": "a", "yes": "b", "0x10": "c"}


# baselines (JSON) ---------------------------------------------------------------------------


@pytest.mark.parametrize(("content", "key"), [
    ("[" * 100_000 + "]" * 100_000, "input-too-deep"),
    ('{"schema": "periksa-baseline", "version": 1, "findings": [[[[[[[[[[]]]]]]]]]]}', "input-too-deep"),
    ('{"schema": "periksa-baseline", "version": 1, "findings": [', "input-json-error"),
    ("9" * 5000, "input-json-error"),
])
def test_hostile_baseline(tmp_path: Path, content: str, key: str) -> None:
    path = tmp_path / "baseline.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BaselineError, match=r"baseline\.json"):
        load_baseline(path)
    with pytest.raises(inputs.InputError) as direct:
        inputs.load_json(path, inputs.BASELINE)
    assert direct.value.key == key and str(path) in str(direct.value)


def test_oversized_and_malformed_baselines_through_the_cli(folder: Path) -> None:
    big = folder / "besar.json"
    with big.open("w", encoding="utf-8") as handle:
        handle.write('{"schema": "periksa-baseline", "version": 1, "findings": [')
        handle.write(",".join(f'{{"fingerprint": "{i:032d}"}}' for i in range(400_000)))
        handle.write("]}")
    code, out = cli("check", str(folder / SAMPLE.name), "--baseline", str(big), "--lang", "en")
    assert code == 2 and out.count("\n") == 1
    assert f"baseline cannot be used: {big}: file too large for a baseline (limit 16 MiB)" in out
    odd = folder / "aneh.json"
    odd.write_text('{"schema": "periksa-baseline", "version": 1, "findings": [1, 2]}', encoding="utf-8")
    code, out = cli("check", str(folder / SAMPLE.name), "--baseline", str(odd))
    assert code == 2 and "bukan berkas periksa-baseline versi 1" in out


# fuzz ---------------------------------------------------------------------------------------

KEYS = ["packs", "rules_dirs", "scale", "severity", "disable", "negative_indicators", "non_summable_units",
        "indicators", "parameters", "max_cells", "match", "kode", "aggregation", "polarity", "porsi_target",
        "pack", "extends", "rules", "id", "check", "columns", "detect", "cross_tables", "with", "scales", "bands"]
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(), st.text(max_size=12),
                    st.sampled_from(["sum", "last", "average", "error", "(", "renja-tc29-17-86-2017", "TC29-13K",
                                     "13.K == 12.K", "[4]", "1.K"]))
DATA = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4),
    st.dictionaries(st.one_of(st.sampled_from(KEYS), st.text(max_size=6)), inner, max_size=4)), max_leaves=24)
FRAGMENTS = ["&a ", "*a", "<<: *a\n", "!!binary ", "!!set ", "!!timestamp ", "!!python/object ", "? ", ": ",
             "- ", "{", "}", "[", "]", "\n", "  ", "'", '"', "|\n", "---\n", "13:", "0x1F", "1e999", "2023-02-30",
             "~", "yes", "%YAML 1.1\n", "\t", "\x07"]
GOOD_PACK = (ROOT / "rules" / "renja" / "tc29-inyear-permendagri-86-2017.yaml").read_text(encoding="utf-8")
SOUP = st.lists(st.sampled_from(FRAGMENTS), max_size=30).map("".join)
MUTATED = st.tuples(st.integers(0, len(GOOD_PACK)), st.integers(0, 40), SOUP).map(
    lambda t: GOOD_PACK[: t[0]] + t[2] + GOOD_PACK[t[0] + t[1]:])
TEXTS = st.one_of(DATA.map(lambda d: yaml.safe_dump(d, allow_unicode=True)), SOUP, MUTATED, st.text(max_size=200))


@pytest.fixture(scope="module")
def small_bundle() -> Iterator[Path]:
    """A bundled rules folder of one pack and the scales: the packs under test can extend it, and
    loading it takes milliseconds, so the fuzz spends its time on the fuzzed file."""
    folder = Path(tempfile.mkdtemp())
    shutil.copy(ROOT / "rules" / "scales.yaml", folder)
    shutil.copy(ROOT / "rules" / "renja" / "tc29-17-permendagri-86-2017.yaml", folder)
    with mock.patch.object(rulepack, "bundled_rules_dir", lambda: folder):
        yield folder
    shutil.rmtree(folder)


LOADERS = {
    "periksa.yaml": lambda folder, path: config.build_library([folder], (), path),
    "paket.yaml": lambda folder, path: load_library([folder]),
}


@pytest.mark.parametrize("name", sorted(LOADERS))
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS)
def test_fuzzed_yaml_gives_a_library_or_one_pack_error(small_bundle: Path, name: str, text: str) -> None:
    """A configuration or a pack: whatever the text, a library or one PackError naming the file."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            LOADERS[name](Path(tmp), path)
        except PackError as exc:
            assert str(exc).startswith(str(path))


def test_a_key_with_a_line_break_is_still_one_line(folder: Path) -> None:
    (folder / "periksa.yaml").write_text("? '\n\n  '\n: null\n", encoding="utf-8")
    code, out = cli("check", str(folder / SAMPLE.name), "--lang", "en")
    assert code == 2 and out == f"periksa: {folder / 'periksa.yaml'}:1:3: unknown key '\\n' (expected one of: " \
                                "column_map, disable, indicators, max_cells, negative_indicators, " \
                                "non_summable_units, packs, parameters, rules_dirs, scale, severity)\n"


@settings(max_examples=EXAMPLES, deadline=None)
@given(data=st.recursive(st.one_of(st.none(), st.integers(), st.text(max_size=8)),
                         lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                 st.dictionaries(st.text(max_size=8), inner, max_size=3))))
def test_fuzzed_baseline_gives_fingerprints_or_one_error(data: object) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "baseline.json"
        payload = {"schema": "periksa-baseline", "version": 1, "findings": data}
        path.write_text(json.dumps(payload), encoding="utf-8")
        try:
            assert all(isinstance(fp, str) for fp in load_baseline(path))
        except BaselineError as exc:
            assert str(path) in str(exc)
