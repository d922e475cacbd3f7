"""docs/rules.md documents every key the loader accepts (its key reference is generated from the
shipped JSON Schemas and must be current) and explains in prose the parts authors had to learn
from the shipped packs (issue #13)."""

from pathlib import Path

from click.testing import CliRunner

from validator.cli import main
from validator.packs.packdocs import key_reference, with_key_reference

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_key_reference_is_current() -> None:
    text = (DOCS / "rules.md").read_text(encoding="utf-8")
    assert with_key_reference(text) == text, "regenerate: periksa rules keys (and --config) into docs/rules.md"
    assert CliRunner().invoke(main, ["rules", "keys"]).output == key_reference("pack")
    assert CliRunner().invoke(main, ["rules", "keys", "--config"]).output == key_reference("config")


def test_every_key_says_what_it_means_with_an_example() -> None:
    for name in ("pack", "config"):
        rows = key_reference(name).splitlines()[2:]
        assert len(rows) > (80 if name == "pack" else 10)
        for row in rows:
            _key, takes, meaning, example = (cell.strip() for cell in row.strip("|").split(" | "))
            assert takes and meaning and example.startswith("`"), row


def test_the_prose_explains_what_authors_had_to_guess() -> None:
    prose = (DOCS / "rules.md").read_text(encoding="utf-8").split("## Key reference")[0]
    for words in ("rupiah: true", "scope: section", "summaries(\"total\"", "hierarchy: kode", "infer_levels_by",
                  "levels_without_kode", "header_keywords", "unit_columns", "| entity |", "## Choosing a pack",
                  "program -> sub kegiatan without kegiatan", "--explain-rows", "rules_dirs"):
        assert words in prose, words


def test_sources_cite_the_regulation_and_the_shipped_domain_page() -> None:
    """No source cites a document users never receive (DOMAIN n.n, a seed); every
    docs/domain.md#anchor cited is a heading of that page."""
    import re

    from validator.packs.rulepack import load_library

    headings = {re.sub(r"[^a-z0-9 -]", "", line[3:].strip().lower()).replace(" ", "-")
                for line in (DOCS / "domain.md").read_text(encoding="utf-8").splitlines() if line.startswith("## ")}
    library = load_library()
    sources = [rule.source for pack in library.packs.values() for rule in pack.rules]
    sources += [spec.get("source", "") for pack in library.packs.values() for spec in pack.data.get("cross_tables", [])]
    assert not [s for s in sources if "DOMAIN" in s or "seed" in s]
    cited = {anchor for source in sources for anchor in re.findall(r"docs/domain\.md#([a-z0-9-]+)", source)}
    assert len(cited) >= 8 and cited <= headings, cited - headings
