"""The case lifecycle (docs/legal/rules.md §5): every status x action pair, with each
entry's citation.

TODAY is the service's table (bawaslu_api.reports.service.TRANSITIONS at the time the table
moved here), restated so this test does not import the service: the move must not change
one pair.
"""

from __future__ import annotations

import pytest

from bawaslu_rules import (
    CASE_ACTIONS,
    CASE_STATUSES,
    TRANSITIONS,
    Confidence,
    UnknownRuleError,
    allowed_from,
    can,
    transition,
)

HIGH, MED, LOW = Confidence.HIGH, Confidence.MED, Confidence.LOW

TODAY: dict[str, frozenset[str]] = {
    "completion_request": frozenset({"received"}),
    "completion": frozenset({"completion_requested"}),
    # 1.2.0: a report against a party outside Perbawaslu 8/2022 Art. 8 is not an
    # administrative case; the office reclassifies it before registration.
    "reclassification": frozenset({"received", "completion_requested"}),
    # 1.2.0: staff corrections of the recorded facts (issue 13).
    "correction": frozenset({"received", "completion_requested", "registered"}),
    "preliminary_information": frozenset(
        {"received", "completion_requested", "not_registered", "withdrawn"}
    ),
    "registration": frozenset({"received"}),
    "rejection": frozenset({"received", "completion_requested"}),
    "withdrawal": frozenset({"received", "completion_requested"}),
    "extension": frozenset({"registered"}),
    # Issue 13: the analysis and the plenary meeting, between registration and decision.
    "analysis": frozenset({"registered"}),
    "analysis_supersession": frozenset({"registered"}),
    "plenary": frozenset({"registered"}),
    "decision": frozenset({"registered"}),
    "forwarding": frozenset({"decided", "forwarded"}),
    "announcement": frozenset({"not_registered", "decided", "forwarded", "registered"}),
    "transfer": frozenset({"received", "completion_requested", "registered"}),
    # Issue 13: assignment while work on the case remains; release always.
    "assignment": frozenset(
        {"received", "completion_requested", "registered", "decided", "forwarded"}
    ),
    "assignment_release": frozenset(
        {"received", "completion_requested", "registered", "decided", "forwarded"}
    ),
    # Issue 13: Sentra Gakkumdu (docs/legal/procedure.md §1.3).
    "gakkumdu_discussion": frozenset({"registered", "forwarded"}),
    "gakkumdu_dossier": frozenset({"registered", "decided", "forwarded"}),
    "police_report": frozenset({"forwarded"}),
    # Issue 13: administrative hearings (docs/legal/procedure.md §1.4).
    "hearing_panel": frozenset({"registered"}),
    "hearing_session": frozenset({"registered"}),
    # Issue 13: witnesses and experts until the decision (practice, LOW); clarification of
    # a registered case (Perbawaslu 7/2022 Art. 28-30).
    "persons": frozenset({"received", "completion_requested", "registered"}),
    "clarification": frozenset({"registered"}),
}

# (action, status after it (None: unchanged), citation it must carry, confidence)
CITED: list[tuple[str, str | None, str, Confidence]] = [
    ("completion_request", "completion_requested", "Perbawaslu 7/2022 Art. 15(1)", MED),
    ("completion", "received", "Perbawaslu 7/2022 (article unconfirmed; practice)", MED),
    ("reclassification", None, "Perbawaslu 8/2022 Art. 8", MED),
    ("correction", None, "the law is silent", LOW),
    ("preliminary_information", None, "informasi awal", MED),
    ("registration", "registered", "Perbawaslu 7/2022 Art. 15(1)", MED),
    ("rejection", "not_registered", "Perbawaslu 7/2022 Art. 15(3)-(4)", MED),
    # Withdrawal before registration only (docs/legal/rules.md §4).
    ("withdrawal", "withdrawn", "Perbawaslu 7/2022 Art. 14, 17(3)", MED),
    ("extension", None, "UU 7/2017 Art. 454(8); UU 1/2015 Art. 134(6)", HIGH),
    ("analysis", None, "Perbawaslu 7/2022 Art. 36(1)", MED),
    ("analysis_supersession", None, "the law is silent", LOW),
    ("plenary", None, "docs/legal/procedure.md §1.1 row 8", MED),
    ("decision", "decided", "UU 7/2017 Art. 454(7); UU 1/2015 Art. 134(5)", HIGH),
    ("forwarding", "forwarded", "UU 7/2017 Art. 462, 476; UU 1/2015 Art. 135(2)", MED),
    # The law is silent on which statuses: practice, LOW.
    ("announcement", None, "the law is silent", LOW),
    ("transfer", None, "the law is silent", LOW),
    ("assignment", None, "Perbawaslu 7/2022 Art. 28(4)", LOW),
    ("assignment_release", None, "the law is silent", LOW),
    ("gakkumdu_discussion", None, "Perbawaslu 3/2023 Art. 1(2)", MED),
    ("gakkumdu_dossier", None, "Perbawaslu 3/2023 Art. 27", HIGH),
    ("police_report", None, "UU 7/2017 Art. 476; UU 1/2015 Art. 135(2)", HIGH),
    ("hearing_panel", None, "Perbawaslu 8/2022 Art. 13-15", HIGH),
    ("hearing_session", None, "UU 7/2017 Art. 461", MED),
    ("persons", None, "Perbawaslu 7/2022 Art. 28(1)", LOW),
    ("clarification", None, "Perbawaslu 7/2022 Art. 28-30", MED),
]

STATUSES = (
    "received",
    "completion_requested",
    "registered",
    "not_registered",
    "withdrawn",
    "decided",
    "forwarded",
)


def test_statuses_and_actions() -> None:
    assert CASE_STATUSES == STATUSES
    assert tuple(TODAY) == CASE_ACTIONS
    assert set(TRANSITIONS) == set(TODAY)


@pytest.mark.parametrize("action", list(TODAY))
@pytest.mark.parametrize("status", STATUSES)
def test_every_status_action_pair_as_today(action: str, status: str) -> None:
    assert can(action, status) is (status in TODAY[action])


@pytest.mark.parametrize("action", list(TODAY))
def test_allowed_from_is_todays_set(action: str) -> None:
    assert allowed_from(action) == TODAY[action]
    assert transition(action).allowed_from == TODAY[action]


@pytest.mark.parametrize(("action", "leads_to", "cites", "confidence"), CITED)
def test_each_entry_is_cited(
    action: str, leads_to: str | None, cites: str, confidence: Confidence
) -> None:
    t = transition(action)
    assert t.action == action
    assert t.leads_to == leads_to
    assert cites in t.basis
    assert t.confidence is confidence
    assert t.to_dict()["allowed_from"] == [s for s in STATUSES if s in TODAY[action]]


def test_withdrawn_is_final_and_no_action_after_registration_withdraws() -> None:
    # A withdrawn report may still be a supervisor's preliminary information for a finding
    # of its own (a new case); nothing else happens to it.
    assert [a for a in CASE_ACTIONS if can(a, "withdrawn")] == ["preliminary_information"]
    assert not can("withdrawal", "registered")


def test_unknown_action_raises_unknown_status_allows_nothing() -> None:
    with pytest.raises(UnknownRuleError, match="no case action 'appeal'"):
        can("appeal", "received")
    with pytest.raises(LookupError):
        allowed_from("appeal")
    assert not any(can(a, "stopped") for a in CASE_ACTIONS)
