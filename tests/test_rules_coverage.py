"""Issue #4: every rule of these packs has a violating and a consistent case in the per-rule tests,
so a rule added to a pack without one fails here."""

import pytest
import test_rules_lkjip
import test_rules_rencana
import test_rules_tc2913

from validator.rulepack import load_library

TESTED = {
    "renja-tc29-13-54-2010": test_rules_tc2913,
    "rencana-tc33-86-2017": test_rules_rencana,
    "rencana-tabel-4.1-86-2017": test_rules_rencana,
    "rencana-tc31-86-2017": test_rules_rencana,
    "lkjip-efisiensi-53-2014": test_rules_lkjip,
    "lkjip-realisasi-anggaran-53-2014": test_rules_lkjip,
    "lkjip-capaian-iku-53-2014": test_rules_lkjip,
}


@pytest.mark.parametrize("pack_id", sorted(TESTED))
def test_every_rule_has_a_case_and_its_pack_a_clean_table(pack_id: str) -> None:
    pack = load_library().packs[pack_id]
    rule_ids = {rule.id for rule in pack.rules} | {spec["id"] for spec in pack.data.get("cross_tables", [])}
    module = TESTED[pack_id]
    cased = {case.rule for family, case in module.CASES if pack_id in family.packs}
    assert rule_ids - cased == set(), f"rules of {pack_id} without a violating case in {module.__name__}"
    assert any(pack_id in family.packs for family in module.FAMILIES), f"no consistent table for {pack_id}"
