"""Clarification rules (docs/legal/procedure.md §1.1 rows 1-6, §1.2): the grounds for an
online session (Perbawaslu 7/2022 Art. 28(2)-(3)), the invitation's channels and its
"1 Hari" lead (Art. 29(1)-(4); calendar or working day: policy
`clarification.invitation_day`, LOW), the oath forms (Art. 30) and the missed invitations
before the analysis may proceed without the person (Art. 29(5)-(6); policy
`clarification.invitations_before_proceeding`, LOW)."""

from __future__ import annotations

from datetime import date

import pytest

from bawaslu_rules import (
    INVITATION_CHANNELS,
    INVITEE_ROLES,
    ONLINE_GROUNDS,
    POLICIES,
    Calendar,
    Confidence,
    PolicySet,
    RulesError,
    Unit,
    clarification_rules,
    get_ruleset,
    invitation_unit,
    latest_receipt_on,
    may_proceed_without,
)

CAL = Calendar.official()
PEMILU = get_ruleset("pemilu", "2022.1")
PILKADA = get_ruleset("pemilihan", "2024.1")


def test_the_regulations_lists() -> None:
    """Art. 28(1): who is heard; Art. 28(3): the only grounds for online; Art. 29(2): how
    the invitation is delivered."""
    assert INVITEE_ROLES == ("reporter", "reported_party", "witness", "expert")
    assert set(ONLINE_GROUNDS) == {"geography", "security", "facilities", "disaster"}
    assert set(INVITATION_CHANNELS) == {"in_person", "sigaplapor", "telecommunication"}


def test_forms_and_citations_per_regime() -> None:
    pemilu = clarification_rules("pemilu")
    assert pemilu.invitation_lead_days == 1
    assert "Art. 29(1)-(4)" in pemilu.invitation_basis
    assert pemilu.invitation_confidence is Confidence.HIGH
    assert (pemilu.invitation_form, pemilu.minutes_form) == ("B.9", "B.12")
    assert pemilu.oath_form_of("witness") == "B.10"
    assert pemilu.oath_form_of("expert") == "B.11"
    # Pilkada: the clarification articles and forms were not read.
    pilkada = clarification_rules("pemilihan")
    assert pilkada.invitation_confidence is Confidence.LOW
    assert pilkada.invitation_form is None
    with pytest.raises(ValueError, match="no clarification rules"):
        clarification_rules("dprd")


def test_one_hari_follows_the_decision_clock_by_default() -> None:
    """Pemilu counts working days: for a session on Mon 12 Feb 2024 the last day is Wed
    7 Feb (Thu 8 Feb Isra Mi'raj, Fri 9 Feb cuti bersama). Pilkada counts calendar days:
    Sun 11 Feb."""
    assert POLICIES["clarification.invitation_day"].confidence is Confidence.LOW
    assert invitation_unit(PEMILU) is Unit.WORKING_DAY
    assert latest_receipt_on(date(2024, 2, 12), ruleset=PEMILU, calendar=CAL) == date(2024, 2, 7)
    assert invitation_unit(PILKADA) is Unit.CALENDAR_DAY
    assert latest_receipt_on(date(2024, 2, 12), ruleset=PILKADA, calendar=CAL) == date(2024, 2, 11)


@pytest.mark.parametrize(
    ("choice", "expected"),
    [("calendar_day", date(2024, 2, 11)), ("working_day", date(2024, 2, 7))],
)
def test_the_policy_decides_what_a_hari_is(choice: str, expected: date) -> None:
    for regime, version in (("pemilu", "2022.1"), ("pemilihan", "2024.1")):
        rs = get_ruleset(
            regime, version, policies=PolicySet.from_dict({"clarification.invitation_day": choice})
        )
        assert latest_receipt_on(date(2024, 2, 12), ruleset=rs, calendar=CAL) == expected
        assert rs.policy_overrides == {"clarification.invitation_day": choice}


def test_missed_invitations_before_proceeding() -> None:
    """Art. 29(5): a second invitation after a no-show; what follows was not read
    (Art. 29(6)): by default two missed invitations let the analysis proceed."""
    assert not may_proceed_without(1, PEMILU)
    assert may_proceed_without(2, PEMILU)
    three = get_ruleset(
        "pemilu",
        "2022.1",
        policies=PolicySet.from_dict({"clarification.invitations_before_proceeding": 3}),
    )
    assert not may_proceed_without(2, three)
    assert may_proceed_without(3, three)
    with pytest.raises(RulesError):
        PolicySet.from_dict({"clarification.invitations_before_proceeding": 0})
