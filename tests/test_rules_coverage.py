"""Issues #4 and #13: every rule of every pack has a violating case that pins its exact findings
(tests/shaped.py), and every pack a consistent table that gives none; a rule added to a pack
without one fails here. A rule a derived pack inherits unchanged (same rows, when, require,
check, tolerance, severity) is pinned by its ancestor's case; what a derived pack changes or
adds needs its own."""

from types import ModuleType
from typing import Any

import pytest
import test_column14
import test_e81
import test_goal_tables
import test_inyear
import test_inyear_last_year
import test_rules_lkjip
import test_rules_rencana
import test_rules_tc29
import test_rules_tc2913
import test_rules_triwulan

from validator.packs.rulepack import Pack, Rule, load_library

MODULES: list[ModuleType] = [test_rules_tc29, test_rules_tc2913, test_rules_rencana, test_rules_lkjip, test_e81,
                             test_inyear, test_inyear_last_year, test_rules_triwulan, test_goal_tables]
LIBRARY = load_library()


def cased(pack_id: str) -> set[str]:
    """Rule ids with a violating case on a workbook this pack checks (column 14's readings are
    pinned in test_column14)."""
    return {case.rule for module in MODULES for family, case in module.CASES if pack_id in family.packs} \
        | test_column14.PINNED.get(pack_id, set())


def _meaning(rule: Rule) -> tuple[Any, ...]:
    return (rule.rows, rule.check.source, rule.when and rule.when.source, rule.require and rule.require.source,
            rule.tolerance, rule.severity, rule.max_decimals, rule.truncation)


def inherited(pack: Pack) -> set[str]:
    """Ids of rules and cross-table rules an ancestor pack defines the same way and pins with a case."""
    out: set[str] = set()
    ancestor_id = pack.extends
    mine = {rule.id: rule for rule in pack.rules}
    crossing = {spec["id"]: spec for spec in pack.data.get("cross_tables", [])}
    while ancestor_id:
        ancestor = LIBRARY.packs[ancestor_id]
        pinned = cased(ancestor_id)
        out |= {rule.id for rule in ancestor.rules
                if rule.id in mine and rule.id in pinned and _meaning(rule) == _meaning(mine[rule.id])}
        out |= {spec["id"] for spec in ancestor.data.get("cross_tables", [])
                if spec["id"] in pinned and crossing.get(spec["id"]) == spec}
        ancestor_id = ancestor.extends
    return out


@pytest.mark.parametrize("pack_id", sorted(p.id for p in LIBRARY.packs.values() if not p.generic))
def test_every_rule_has_a_case_and_its_pack_a_clean_table(pack_id: str) -> None:
    """(The generic pack has rules only per table: tests/test_column_maps.py pins them.)"""
    pack = LIBRARY.packs[pack_id]
    rule_ids = {rule.id for rule in pack.rules} | {spec["id"] for spec in pack.data.get("cross_tables", [])}
    missing = rule_ids - cased(pack_id) - inherited(pack)
    assert missing == set(), f"rules of {pack_id} without a violating case"
    assert any(pack_id in family.packs for module in MODULES for family in module.FAMILIES), \
        f"no consistent table for {pack_id}"


def test_inheritance_is_not_a_loophole() -> None:
    """The in-year pack changes 12 (the last quarter, not the sum): its own cases pin that."""
    inyear = LIBRARY.packs["renja-tc29-inyear-86-2017"]
    assert {"TC29-12RP", "TC29-12K"} <= rule_ids(inyear) - inherited(inyear)
    assert {"TC29-13K", "TC29-INDUK-7RP"} <= inherited(inyear)


def rule_ids(pack: Pack) -> set[str]:
    return {rule.id for rule in pack.rules}
