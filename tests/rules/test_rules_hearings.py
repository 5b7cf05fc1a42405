"""Administrative hearings as data (Perbawaslu 8/2022; docs/legal/procedure.md §1.4): the
order of the agendas, the grounds of the preliminary decision, which cases, the policy on
absent parties."""

from __future__ import annotations

from bawaslu_rules import POLICIES, Confidence, PolicySet, get_ruleset
from bawaslu_rules.hearings import (
    AGENDAS,
    PANEL_BASIS,
    PRELIMINARY_GROUNDS,
    agenda_refusal,
    is_hearing_case,
)


def test_the_examination_follows_an_admitting_preliminary_decision() -> None:
    assert agenda_refusal("preliminary_examination", held=[], admitted=None) is None
    assert "follows preliminary_examination" in (
        agenda_refusal("preliminary_decision", held=[], admitted=None) or ""
    )
    held = ["preliminary_examination", "preliminary_decision"]
    assert agenda_refusal("report_reading", held=held, admitted=True) is None
    assert "did not admit" in (agenda_refusal("report_reading", held=held, admitted=False) or "")


def test_evidence_may_take_several_sessions_and_nothing_follows_the_final_decision() -> None:
    held = ["preliminary_examination", "preliminary_decision", "report_reading", "answer"]
    assert agenda_refusal("evidence", held=[*held, "evidence"], admitted=True) is None
    assert agenda_refusal("answer", held=held, admitted=True) == (
        "a session on answer was already held"
    )
    assert agenda_refusal("final_decision", held=[*held, "evidence"], admitted=True) == (
        "final_decision follows conclusions, not yet held"
    )
    done = [*held, "evidence", "conclusions", "final_decision"]
    assert "hearing is over" in (agenda_refusal("evidence", held=done, admitted=True) or "")


def test_grounds_panel_and_cases() -> None:
    assert len(PRELIMINARY_GROUNDS) == 6
    assert "filing_deadline" in PRELIMINARY_GROUNDS
    assert PANEL_BASIS.startswith("Perbawaslu 8/2022 Art. 13-15")
    assert [a.code for a in AGENDAS][-1] == "final_decision"
    assert is_hearing_case("pemilu", "administrative")
    assert not is_hearing_case("pemilihan", "administrative")
    assert not is_hearing_case("pemilu", "criminal")


def test_the_absent_party_policy_is_named_med_and_pemilu_only() -> None:
    policy = POLICIES["hearings.adjourn_when_party_absent"]
    assert (policy.default, policy.confidence, policy.applies_to) == (
        True,
        Confidence.MED,
        "pemilu",
    )
    rs = get_ruleset(
        "pemilu", policies=PolicySet.from_dict({"hearings.adjourn_when_party_absent": False})
    )
    assert rs.policies.hearing_adjourn_when_party_absent is False
    assert get_ruleset("pemilu").policies.hearing_adjourn_when_party_absent is True
