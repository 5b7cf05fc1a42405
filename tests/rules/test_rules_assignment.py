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
)


@pytest.mark.parametrize("role", ["handler", "team"])
def test_handler_and_team_come_from_the_office_or_above(role: str) -> None:
    assert may_assign(role, relation="same", case_level="regency")
    assert may_assign(role, relation="above", case_level="regency")
    assert not may_assign(role, relation="below", case_level="regency")
    assert not may_assign(role, relation="beside", case_level="regency")


def test_art_28_4_a_lower_level_supervisor_may_clarify() -> None:
    """Perbawaslu 7/2022 Art. 28(4): RI, province and kabupaten/kota may assign a supervisor
    of a lower level to carry out the clarification; a kecamatan may not assign below."""
    for level in ("national", "province", "regency", "city"):
        assert may_assign("clarifier", relation="below", case_level=level)
    assert may_assign("clarifier", relation="same", case_level="regency")
    assert may_assign("clarifier", relation="above", case_level="regency")
    assert not may_assign("clarifier", relation="below", case_level="district")
    assert not may_assign("clarifier", relation="beside", case_level="regency")
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
