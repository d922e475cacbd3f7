"""Rule packs: bundled packs load; bad packs are refused with file, line and column."""

from pathlib import Path

import pytest

from validator.packs.rulepack import PackError, load_library

GOOD = """\
pack: contoh-{name}
title: {{id: Contoh, en: Example}}
columns:
  "1": {{name: "No", role: "no"}}
  "2": {{name: Nama, role: name}}
  "3": {{name: Target}}
  "4": {{name: Realisasi}}
  "5": {{name: Capaian}}
detect: {{columns: 5, column_labels: {{"5": "4/3"}}}}
rules:
  - id: CNTH-5
    check: "[5] == [4] / [3] * 100"
"""


def write(folder: Path, text: str, name: str = "pack.yaml") -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_packs_load() -> None:
    library = load_library()
    pack = library.packs["renja-tc29-17-86-2017"]
    ids = {rule.id for rule in pack.rules}
    assert {"TC29-13K", "TC29-17", "TC29-INDUK-7RP", "TC29-PREDIKAT-15RP"} <= ids
    assert library.scales["permendagri-86-2017"].label(100.5) == "Sangat Tinggi"
    assert library.scales["permendagri-86-2017"].label(90.99) == "Tinggi"
    assert library.scales["permendagri-86-2017"].label(51) == "Rendah"
    assert library.scales["permendagri-86-2017"].label(50.99) == "Sangat Rendah"
    assert library.scales["idm-permendesa-2-2016"].label(0.4907) == "Sangat Tertinggal"


def test_user_pack_from_another_folder(tmp_path: Path) -> None:
    write(tmp_path / "p", GOOD.format(name="a"))
    library = load_library([tmp_path / "p"])
    assert [r.id for r in library.packs["contoh-a"].rules] == ["CNTH-5"]


@pytest.mark.parametrize(
    "text,where,words",
    [
        (GOOD.format(name="a").replace('[4] / [3]', '[4] / [9]'), ":12:26", "unknown column '9'"),
        (GOOD.format(name="a").replace('[4] / [3]', '[4] / / [3]'), ":12:26", "syntax error"),
        (GOOD.format(name="a").replace("  - id: CNTH-5", "  - id: CNTH-5\n    sevrity: error"), ":12:5",
         "unknown key 'sevrity'"),
        (GOOD.format(name="a").replace("columns: 5", "columns: lima"), ":9:19", "not of type 'integer'"),
        (GOOD.format(name="a").replace("title: {id", "title: {id: [}"), ":2:", "galat YAML"),
        (GOOD.format(name="a") + "extends: tidak-ada\n", ":13:10", "extends unknown pack"),
    ],
    ids=["unknown-column", "syntax", "unknown-key", "wrong-type", "malformed-yaml", "bad-extends"],
)
def test_bad_pack_names_file_line_and_column(tmp_path: Path, text: str, where: str, words: str) -> None:
    path = write(tmp_path / "p", text)
    with pytest.raises(PackError) as info:
        load_library([tmp_path / "p"])
    message = str(info.value)
    assert message.startswith(f"{path}{where}"), message
    assert words in message


def test_extends_overrides_only_what_differs(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    write(folder, GOOD.format(name="base"), "base.yaml")
    write(folder, "pack: contoh-kab\nextends: contoh-base\nrules:\n  - id: CNTH-5\n    severity: warning\n",
          "kab.yaml")
    library = load_library([folder])
    rule = library.packs["contoh-kab"].rules[0]
    assert rule.severity.value == "warning"
    assert rule.check.source == "[5] == [4] / [3] * 100"


def test_disable_removes_a_rule(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    write(folder, "pack: tc29-kab\nextends: renja-tc29-17-86-2017\nrules:\n  - id: TC29-17\n    disable: true\n")
    library = load_library([folder])
    assert "TC29-17" not in {r.id for r in library.packs["tc29-kab"].rules}
    assert "TC29-17" in {r.id for r in library.packs["renja-tc29-17-86-2017"].rules}


def test_extends_keeps_templates_that_share_an_id(tmp_path: Path) -> None:
    """TC29-RATA-{c} exists twice (K columns with extra indicators, Rp columns without)."""
    folder = tmp_path / "p"
    write(folder, "pack: tc29-kab\nextends: renja-tc29-17-86-2017\nscale: baik-kurang\n")
    derived = {r.id for r in load_library([folder]).packs["tc29-kab"].rules}
    assert {"TC29-RATA-13K", "TC29-RATA-15K", "TC29-RATA-13RP", "TC29-RATA-15RP"} <= derived
