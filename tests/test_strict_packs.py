"""Issue #13: every name in a pack is checked when it is loaded. Each typo an analyst made while
writing a pack for a new table (and that used to switch a rule off without a word) is refused
with the file, line and column where it was written, and the name that was perhaps meant."""

from pathlib import Path

import pytest

from validator.packs.expr import ExpressionError, compile_expression
from validator.packs.rulepack import PackError, load_library

PACK = """\
pack: rekap-fisik-keuangan-contoh
title: {id: Rekap realisasi fisik dan keuangan, en: Physical and financial realisation}
detect:
  title_keywords: [rekap, realisasi fisik]
  columns: 10
  column_labels: {"6": "5/4", "10": "4-5"}
columns:
  "1": {name: "No", role: "no"}
  "2": {name: Kode, role: kode}
  "3": {name: Program / Sub Kegiatan, role: name}
  "4": {name: Pagu, rupiah: true}
  "5": {name: Realisasi keuangan, rupiah: true}
  "6": {name: Realisasi keuangan (%)}
  "7": {name: Target fisik (%)}
  "8": {name: Realisasi fisik (%)}
  "9": {name: Capaian fisik (%)}
  "10": {name: Sisa anggaran, rupiah: true}
levels: {program: 3, sub_kegiatan: 6}
level_words: {Sub Kegiatan: sub_kegiatan, Program: program}
summary_rows:
  - {kind: jumlah, match: "^jumlah\\\\b", level: program, scope: table}
rules:
  - id: RFK-6
    rows: [entity, summary:jumlah]
    when: "[4] != 0"
    check: "[6] == [5] / [4] * 100"
  - id: RFK-10
    rows: entity
    check: "[10] == [4] - [5]"
    tolerance: rupiah
  - id: RFK-INDUK-{c}
    each: ["4", "5"]
    rows: program
    check: "[{c}] == sum(children([{c}]))"
    tolerance: rupiah
  - id: RFK-JUMLAH-{c}
    each: ["4", "5"]
    rows: summary:jumlah
    check: "[{c}] == sum(group([{c}]))"
    tolerance: rupiah
"""


def refused(tmp_path: Path, text: str) -> str:
    folder = tmp_path / "aturan"
    folder.mkdir(exist_ok=True)
    (folder / "rekap.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(PackError) as info:
        load_library([folder])
    return str(info.value).replace(str(folder) + "/", "")


def test_the_pack_itself_loads(tmp_path: Path) -> None:
    folder = tmp_path / "aturan"
    folder.mkdir()
    (folder / "rekap.yaml").write_text(PACK, encoding="utf-8")
    pack = load_library([folder]).packs["rekap-fisik-keuangan-contoh"]
    assert [r.id for r in pack.rules] == ["RFK-6", "RFK-10", "RFK-INDUK-4", "RFK-INDUK-5", "RFK-JUMLAH-4",
                                          "RFK-JUMLAH-5"]
    assert pack.project


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("    rows: program\n", "    rows: programs\n",
     "rekap.yaml:33:11: rule RFK-INDUK-{c}: rows: unknown selector 'programs' (did you mean 'program'?)"),
    ("rows: [entity, summary:jumlah]", "rows: [entitiy, summary:jumlah]",
     "rekap.yaml:24:12: rule RFK-6: rows: unknown selector 'entitiy' (did you mean 'entity'?)"),
    ("    rows: summary:jumlah\n", "    rows: summary:jumlh\n",
     "rekap.yaml:38:11: rule RFK-JUMLAH-{c}: rows: unknown selector 'summary:jumlh' (did you mean 'summary:jumlah'?)"),
    ("level: program, scope", "level: programm, scope",
     "rekap.yaml:21:48: summary_rows: unknown level 'programm' (did you mean 'program'?)"),
    ("levels: {program: 3, sub_kegiatan: 6}", "levels: {program: 3, subkegiatan: 6}",
     "rekap.yaml:19:29: level_words: unknown level 'sub_kegiatan' (did you mean 'subkegiatan'?) "
     "(levels, line 18: program, subkegiatan)"),
    ("  - id: RFK-10\n", "  - id: RFK-6\n",
     "rekap.yaml:27:9: rules: duplicate id 'RFK-6' (first at line 23)"),
    ("  columns: 10\n", "  columns: 11\n",
     "rekap.yaml:5:12: detect.columns: 11, but the pack declares 10 columns"),
    ('"10": "4-5"', '"10": "4+5"',
     "rekap.yaml:6:37: detect.column_labels: column 10 is printed as '4+5', but the pack computes it as "
     "[10] == [4] - [5]"),
    ('"10": "4-5"', '"11": "4-5"',
     "rekap.yaml:6:31: detect.column_labels: unknown column '11' (did you mean '1'?)"),
    ('match: "^jumlah\\\\b"', 'match: "^(jumlah"',
     "rekap.yaml:21:27: summary_rows.0.match: not a regular expression (missing ), unterminated subpattern"),
    ("check: \"[6] == [5] / [4] * 100\"", "check: \"[6] = [5] / [4] x 100\"",
     "rekap.yaml:26:17: rule RFK-6: check: syntax error: invalid syntax; write == to compare, not = (Excel's '='); "
     "write * to multiply, not x"),
    ("check: \"[10] == [4] - [5]\"", "check: \"[10] == sum(children([4])) - [5]\"", None),
    ('"10": "4-5"', '"10": "(4-5"', None),
    ("    rows: summary:jumlah\n", "    rows: summary:total\n",
     "rekap.yaml:38:11: rule RFK-JUMLAH-{c}: rows: unknown selector 'summary:total' (known: entity, indicator, "
     "continuation, program, sub_kegiatan, summary:jumlah)"),
    ("    rows: summary:jumlah\n", "    rows: summary:Jumlah\n",
     "rekap.yaml:38:11: rule RFK-JUMLAH-{c}: rows: unknown selector 'summary:Jumlah' (did you mean 'summary:jumlah'?)"),
    ('"3": {name: Program / Sub Kegiatan, role: name}', '"3": {name: Program / Sub Kegiatan, role: kode}',
     "rekap.yaml:10:45: columns: role 'kode' is given to column 2 already"),
], ids=["rows-programs", "rows-entitiy", "summary-jumlh", "summary-level-programm", "levels-subkegiatan",
        "duplicate-id", "detect-columns-11", "label-4+5", "label-unknown-column", "bad-regex", "excel-habits",
        "children-in-a-row-rule-is-fine", "label-cut-short-is-no-formula", "unknown-summary-kind",
        "summary-kind-case", "role-twice"])
def test_typos_are_refused_at_load_with_their_place_and_a_suggestion(tmp_path: Path, old: str, new: str,
                                                                     expected: str | None) -> None:
    assert old in PACK
    text = PACK.replace(old, new, 1)
    if expected is None:
        folder = tmp_path / "aturan"
        folder.mkdir()
        (folder / "rekap.yaml").write_text(text, encoding="utf-8")
        load_library([folder])
        return
    assert refused(tmp_path, text).startswith(expected)


def test_a_typo_in_a_derived_pack_points_at_the_derived_file(tmp_path: Path) -> None:
    """The derived pack's own rule is located in its own file, though merging renumbered the rules."""
    folder = tmp_path / "aturan"
    folder.mkdir()
    (folder / "kab.yaml").write_text(
        "pack: tc29-kab\nextends: renja-tc29-17-86-2017\nrules:\n  - id: TC29-17\n    rows: entitas\n",
        encoding="utf-8")
    with pytest.raises(PackError) as info:
        load_library([folder])
    assert str(info.value) .startswith(f"{folder / 'kab.yaml'}:5:11: rule TC29-17: rows: unknown selector 'entitas' "
                                       "(did you mean 'entity'?)")


def test_names_inside_expressions(tmp_path: Path) -> None:
    text = PACK.replace('"[{c}] == sum(group([{c}]))"', '"[{c}] == sum(summaries(\\"jumlh\\", [{c}]))"')
    message = refused(tmp_path, text)
    assert message.startswith("rekap.yaml:39:38: rule RFK-JUMLAH-4: check: unknown summary kind 'jumlh' "
                              "(did you mean 'jumlah'?)"), message
    text = PACK.replace('check: "[10] == [4] - [5]"', "check: 'matches([3], \"^(program\")'")
    message = refused(tmp_path, text)
    assert message.startswith("rekap.yaml:29:26: rule RFK-10: check: matches: not a regular expression "
                              "(missing ), unterminated subpattern"), message


@pytest.mark.parametrize(("source", "words"), [
    ("[10] <> [4] - [5]", "write != for 'not equal', not <>"),
    ("[6] == [5] / [4] * 100%", "leave out %"),
    ("[6] == SUM([4]; [5])", "separate a function's arguments with ',', not ';'"),
    ("[6] == SUM([4], [5])", "unknown function 'SUM' (did you mean 'sum'? functions are lower case)"),
    ("[6] == AVERAGE([4], [5])", "unknown function 'AVERAGE' (use mean(...))"),
    ("[6] == [5] % [4]", "'Mod' is not allowed in a rule; leave out %"),
    ("summabel", "unknown name 'summabel' (did you mean 'summable'?)"),
])
def test_excel_habits_get_a_hint(source: str, words: str) -> None:
    with pytest.raises(ExpressionError) as info:
        compile_expression(source, [str(n) for n in range(1, 11)])
    assert words in str(info.value)


def test_bundled_labels_agree_with_their_rules() -> None:
    """Every printed formula of the shipped packs' column_labels is one of their rules (the check
    would refuse them otherwise); 17 = K13/Rp13 prints no formula the check can read."""
    library = load_library()
    labels = {(pack.id, n) for pack in library.packs.values() for n in pack.data.get("detect", {}).get(
        "column_labels", {})}
    assert {("renja-tc29-17-86-2017", "14"), ("renja-tc29-13-54-2010", "8"), ("renja-e81-15-86-2017", "13")} <= labels
