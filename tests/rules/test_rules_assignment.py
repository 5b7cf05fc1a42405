"""Who may be assigned which role from which office (bawaslu_rules.assignment;
Perbawaslu 7/2022 Art. 28(4), docs/legal/procedure.md §1.1 row 3)."""

from __future__ import annotations

import pytest

from bawaslu_rules import (
    ASSIGNMENT_ROLES,
    ASSIGNMENT_RULES,
    Confidence,
    UnknownRuleError,
    assignment_rule,
    may_assign,
    office_relation,
)

KAB = "/ID/52/52.03/"


def test_relations() -> None:
    assert office_relation(KAB, KAB) == "same"
    assert office_relation(KAB, "/ID/52/") == "above"
    assert office_relation(KAB, "/ID/") == "above"
    assert office_relation(KAB, "/ID/52/52.03/52.03.01/") == "below"
    assert office_relation(KAB, "/ID/52/52.04/") == "beside"


@pytest.mark.parametrize("role", ["handler", "team"])
def test_handler_and_team_come_from_the_office_or_above(role: str) -> None:
    assert may_assign(role, case_path=KAB, case_level="regency", officer_path=KAB)
    assert may_assign(role, case_path=KAB, case_level="regency", officer_path="/ID/52/")
    assert not may_assign(
        role, case_path=KAB, case_level="regency", officer_path="/ID/52/52.03/52.03.01/"
    )
    assert not may_assign(role, case_path=KAB, case_level="regency", officer_path="/ID/52/52.04/")


def test_art_28_4_a_lower_level_supervisor_may_clarify() -> None:
    """Perbawaslu 7/2022 Art. 28(4): RI, province and kabupaten/kota may assign a supervisor
    of a lower level to carry out the clarification; a kecamatan may not assign below."""
    lower = "/ID/52/52.03/52.03.01/"
    assert may_assign("clarifier", case_path=KAB, case_level="regency", officer_path=lower)
    assert may_assign("clarifier", case_path=KAB, case_level="regency", officer_path=KAB)
    assert not may_assign(
        "clarifier", case_path=lower, case_level="district", officer_path=lower + "x/"
    )
    assert not may_assign(
        "clarifier", case_path=KAB, case_level="regency", officer_path="/ID/52/52.04/"
    )
    rule = assignment_rule("clarifier")
    assert "Art. 28(4)" in rule.basis
    assert rule.confidence is Confidence.HIGH


def test_every_role_is_cited() -> None:
    assert tuple(ASSIGNMENT_RULES) == ASSIGNMENT_ROLES
    for rule in ASSIGNMENT_RULES.values():
        assert rule.basis
        assert rule.to_dict()["role"] == rule.role
    with pytest.raises(UnknownRuleError):
        assignment_rule("judge")
