"""Issue #13: units, currency and nil forms, negative wordings, tolerances and the ratio band are
data (rules/vocabulary.yaml) that packs and projects extend; Python keeps the mechanisms."""

import ast
from pathlib import Path

import pytest

from validator.packs.rulepack import PackError, load_library
from validator.packs.vocabulary import shipped
from validator.tables import numbers

VALIDATOR = Path(__file__).resolve().parent.parent / "validator"


def test_the_shared_vocabulary() -> None:
    words = shipped()
    assert {"%", "persen", "indeks", "predikat", "opini"} <= set(words.non_summable_units)
    assert {"ton", "kg", "persen"} <= words.fractional_units and "orang" not in words.fractional_units
    assert (words.tolerance("rupiah"), words.tolerance("cross_table"), words.ratio_band) == (1, 1, 0.02)
    assert numbers.parse("Rp. 7.537.949.495,-").number == 7_537_949_495
    assert numbers.parse("IDR -").number == 0 and numbers.parse("-,-").number == 0
    assert numbers.parse("1.000 ton").problem == numbers.AMBIGUOUS and numbers.parse("1.000 orang").number == 1000


def test_every_pack_shares_it_and_a_pack_or_a_project_extends_it(tmp_path: Path) -> None:
    folder = tmp_path / "aturan"
    folder.mkdir()
    (folder / "vocabulary.yaml").write_text(
        "vocabulary:\n  units: {kk: {summable: false}}\n  negative_indicators: [angka kemiskinan]\n", encoding="utf-8")
    (folder / "kab.yaml").write_text("pack: tc29-kab\nextends: renja-tc29-17-86-2017\n"
                                     "vocabulary:\n  units: {persen: {summable: true}}\n  tolerances: {rupiah: 1000}\n",
                                     encoding="utf-8")
    library = load_library([folder])
    bundled, own = library.packs["renja-tc29-17-86-2017"], library.packs["tc29-kab"]
    assert "kk" in bundled.non_summable_units and "persen" in bundled.non_summable_units
    assert "persen" not in own.non_summable_units and own.vocabulary.tolerance("rupiah") == 1000
    assert bundled.vocabulary.tolerance("rupiah") == 1
    assert library.packs["renja-tc29-13-54-2010"].negative_indicators == ("perkawinan (usia )?anak",
                                                                         "angka kemiskinan")
    assert library.packs["lkjip-capaian-iku-53-2014"].negative_indicators[-1] == "kekerasan"


def test_how_cells_are_read_is_not_a_packs_to_change(tmp_path: Path) -> None:
    folder = tmp_path / "aturan"
    folder.mkdir()
    (folder / "kab.yaml").write_text("pack: kab\nvocabulary:\n  currency: '^rupiah'\n", encoding="utf-8")
    with pytest.raises(PackError) as info:
        load_library([folder])
    assert str(info.value).startswith(f"{folder / 'kab.yaml'}:3:3: vocabulary.currency: only Periksa's")


def test_no_unit_or_currency_word_list_in_python() -> None:
    """The words live in rules/vocabulary.yaml: no string in validator/ is one of its unit words, and
    none spells a currency pattern ("Rp" elsewhere is the K / Rp sub-column, "%" a number format)."""
    words = {unit.casefold() for unit in shipped().units if unit.isalpha()} | {"idr"}
    found = []
    for path in VALIDATOR.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and (
                    node.value.casefold() in words or "rp\\." in node.value.casefold()):
                found.append((path.name, node.lineno, node.value))
    assert found == []
