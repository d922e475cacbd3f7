"""Cross-table rules as data: ``with`` one pack or several, ``order_by`` a pack parameter, ``compare``
==, >= or <=; refused with file:line:col when wrong; listed and explained by ``periksa rules``."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from test_quarterly import TW_II, TW_III, book

from validator.check import Options, check
from validator.cli import main
from validator.packs.rulepack import PackError, load_library

BASE = "lkjip-keuangan-triwulan-53-2014"
HEAD = f"pack: contoh-silang\nextends: {BASE}\nversion: '1'\ncross_tables:\n"


def pack_error(tmp_path: Path, cross: str) -> str:
    (tmp_path / "contoh.yaml").write_text(HEAD + cross, encoding="utf-8")
    with pytest.raises(PackError) as caught:
        load_library([tmp_path])
    return str(caught.value)


@pytest.mark.parametrize("cross,words", [
    ("  - {id: CNTH-1, with: tidak-ada, columns: {'6': '6'}}\n",
     "contoh.yaml:5:24: CNTH-1: with: unknown pack 'tidak-ada'"),
    (f"  - id: CNTH-1\n    with: [{BASE}, tidak-ada]\n    columns: {{'6': '6'}}\n",
     "contoh.yaml:6:45: CNTH-1: with: unknown pack 'tidak-ada'"),
    (f"  - {{id: CNTH-1, with: {BASE}, order_by: kuartal, columns: {{'6': '6'}}}}\n",
     "contoh.yaml:5:67: CNTH-1: order_by: 'kuartal' is not a parameter of this pack (parameters: triwulan, "
     "porsi_target)"),
    (f"  - {{id: CNTH-1, with: {BASE}, compare: '>', columns: {{'6': '6'}}}}\n",
     "contoh.yaml:5:66: cross_tables.0.compare: '>' is not one of"),
    ("  - {id: CNTH-1, with: [], columns: {'6': '6'}}\n", "contoh.yaml:5:24: cross_tables.0.with:"),
    (f"  - {{id: CNTH-1, with: {BASE}, year_offset: -1, columns: {{'6': '6'}}}}\n",
     "contoh.yaml:5:70: CNTH-1: year_offset: needs year_from"),
    (f"  - {{id: CNTH-1, with: {BASE}, order_by: Triwulan, columns: {{'6': '6'}}}}\n",
     "contoh.yaml:5:67: cross_tables.0.order_by: 'Triwulan' does not match"),
])
def test_a_wrong_cross_table_entry_is_named_where_it_is(tmp_path: Path, cross: str, words: str) -> None:
    assert words in pack_error(tmp_path, cross)




def test_a_child_inherits_the_cross_table_rules(tmp_path: Path) -> None:
    """A project pack that extends a quarterly pack without cross_tables keeps its parent's."""
    (tmp_path / "turunan.yaml").write_text(f"pack: contoh-turunan\nextends: {BASE}\nversion: '1'\n", encoding="utf-8")
    library = load_library([tmp_path])
    [spec] = library.packs["contoh-turunan"].data["cross_tables"]
    assert (spec["id"], spec["with"]) == ("LKJ-TWK-KUMULATIF", [BASE])
    [spec] = library.packs["lkjip-kinerja-triwulan-53-2014"].data["cross_tables"]
    assert (spec["id"], spec["severity"]) == ("LKJ-TWI-KUMULATIF", "warning")


def test_less_or_equal_with_one_pack_named(tmp_path: Path) -> None:
    """A kabupaten pack: the anggaran may not rise from one quarter to the next (``<=``, ``with`` one id)."""
    rules = tmp_path / "aturan"
    rules.mkdir()
    (rules / "anggaran.yaml").write_text(
        "pack: contoh-anggaran-tetap\n"
        f"extends: {BASE}\n"
        "version: '1'\n"
        "cross_tables:\n"
        "  - {id: CNTH-ANGGARAN, with: contoh-anggaran-tetap, order_by: triwulan, compare: '<=', match: name,\n"
        "     columns: {'4': '4'}, tolerance: 0, severity: warning}\n", encoding="utf-8")
    tw3 = [list(r) for r in TW_III]
    tw3[0][3] = 500_000_000  # the anggaran grew after TW II's 480.000.000
    path = tmp_path / "anggaran.xlsx"
    cells = book(path, {"TW II": [("K", "II", TW_II, {})], "TW III": [("K", "III", tw3, {})]})  # one layout
    options = Options(pack="contoh-anggaran-tetap", rules_dirs=(rules,), discover_config=False)
    found = [f for f in check([path], options).files[0].findings if f.rule == "CNTH-ANGGARAN"]
    assert [(f.cell.sheet, f.cell.a1, f.severity.value, f.expected, f.actual) for f in found] == [
        ("TW III", cells[("TW III", 0, 0, "D")], "warning", 480_000_000, 500_000_000)]
    assert found[0].message.startswith(
        "tertulis 500.000.000, lebih besar dari triwulan sebelumnya (480.000.000 di TW II!")
    # the inherited LKJ-TWK-KUMULATIF was replaced, not added to
    assert not [f for f in check([path], options).files[0].findings if f.rule == "LKJ-TWK-KUMULATIF"]


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_rules_list_shows_cross_table_rules() -> None:
    code, out = run("rules", "list")
    assert code == 0
    lines = out.splitlines()
    start = lines.index(next(line for line in lines if line.startswith(f"{BASE}  (")))
    block = lines[start + 1:next(i for i in range(start + 1, len(lines)) if not lines[i].startswith("  "))]
    [kumulatif] = [line for line in block if "LKJ-TWK-KUMULATIF" in line]
    assert kumulatif.split()[:2] == ["LKJ-TWK-KUMULATIF", "error"]
    assert "[antar tabel, keluarga lkjip]" in kumulatif and "docs/domain.md#lkjip-tables" in kumulatif
    assert any(line.split()[:2] == ["LKJ-TWI-KUMULATIF", "warning"] for line in lines)
    assert any(line.split()[:2] == ["T41-SAMA-T31-6", "error"] for line in lines)
    code, out = run("rules", "list", "--lang", "en")
    assert "[cross-table, family rencana-tujuan-sasaran]" in out


def test_rules_explain_describes_a_cross_table_rule() -> None:
    code, out = run("rules", "explain", "lkj-twk-kumulatif", "--lang", "en")
    assert code == 0
    first, packs, *rest = out.splitlines()
    assert first == "LKJ-TWK-KUMULATIF [error] - cross-table, family lkjip"
    assert packs == "packs: lkjip-keuangan-triwulan-53-2014"
    text = "\n".join(rest)
    assert "not less than the same kegiatan's realisation" in text
    assert "column 6 >= column 6 in the previous table by triwulan" in text and "tolerance 0" in text
    assert "source: PermenPANRB 53/2014; Laporan triwulan 2024" in text
    code, out = run("rules", "explain", "TS32-TARGET-TAHUN")
    assert code == 0 and "kolom tahun Renja" in out and "year_from:" in out
    assert "the column headed by this table's year in rencana-tujuan-sasaran-3.1-86-2017" in out
    assert run("rules", "explain", "LKJ-TWK-TIDAK-ADA")[0] == 2
