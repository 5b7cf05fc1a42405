"""Which clocks each case action closes, waives and opens (docs/legal/rules.md §3-5), per regime.

Each expectation restates what the service's case workflow does today (register, reject,
withdraw, extend, decide, forward, request and receive completion), with the citation.
Rule ids a ruleset lacks: pemilu has no tsm.decision, pemilihan no admin.decision.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bawaslu_rules import (
    DECISION_CLOCKS,
    REVIEW_CLOCKS,
    ClockPlan,
    Confidence,
    Ruleset,
    completion_clocks,
    completion_request_clocks,
    decision_clocks,
    decision_rule,
    extension_clocks,
    forwarding_clocks,
    get_ruleset,
    registration_clocks,
    rejection_clocks,
    withdrawal_clocks,
)

HIGH, MED, LOW = Confidence.HIGH, Confidence.MED, Confidence.LOW
PEMILU = [get_ruleset("pemilu", "2018.1"), get_ruleset("pemilu", "2022.1")]
PEMILIHAN = [get_ruleset("pemilihan", "2020.1"), get_ruleset("pemilihan", "2024.1")]
ALL = PEMILU + PEMILIHAN
IDS = [rs.id for rs in ALL]

REGISTERED = datetime.fromisoformat("2024-02-09T10:00:00+07:00")
NOW = datetime.fromisoformat("2024-02-12T09:30:00+07:00")
DECIDED = datetime.fromisoformat("2024-02-15T14:00:00+07:00")
SENT = datetime.fromisoformat("2024-02-16T08:00:00+07:00")
RECEIVED = datetime.fromisoformat("2024-02-16T11:00:00+07:00")


def opened(plan: ClockPlan) -> list[tuple[str, date | datetime, str, Confidence]]:
    return [(c.rule, c.trigger, c.basis, c.confidence) for c in plan.open]


# (ruleset version, tsm, violation type, decision clock, its basis)
DECISION_RULE = [
    # pemilu: no TSM decision clock; administrative -> UU 7/2017 Art. 461.
    ("pemilu:2022.1", True, "administrative", "admin.decision",
     "UU 7/2017 Art. 461; Perbawaslu 8/2022"),
    ("pemilu:2022.1", True, "criminal", "case.decision", "UU 7/2017 Art. 454(7)"),
    ("pemilu:2022.1", False, "administrative", "admin.decision",
     "UU 7/2017 Art. 461; Perbawaslu 8/2022"),
    ("pemilu:2022.1", False, "criminal", "case.decision", "UU 7/2017 Art. 454(7)"),
    ("pemilu:2022.1", False, None, "case.decision", "UU 7/2017 Art. 454(7)"),
    ("pemilu:2018.1", False, "administrative", "admin.decision",
     "UU 7/2017 Art. 461; Perbawaslu 8/2018"),
    ("pemilu:2018.1", True, None, "case.decision", "UU 7/2017 Art. 454(7)"),
    # pemilihan: TSM -> Perbawaslu 9/2020 Art. 45(1); no admin.decision clock.
    ("pemilihan:2024.1", True, "administrative", "tsm.decision",
     "Perbawaslu 9/2020 Art. 45(1)"),
    ("pemilihan:2024.1", True, None, "tsm.decision", "Perbawaslu 9/2020 Art. 45(1)"),
    ("pemilihan:2024.1", False, "administrative", "case.decision", "UU 1/2015 Art. 134(5)"),
    ("pemilihan:2024.1", False, "ethics", "case.decision", "UU 1/2015 Art. 134(5)"),
    ("pemilihan:2020.1", True, "administrative", "tsm.decision",
     "Perbawaslu 9/2020 Art. 45(1)"),
    ("pemilihan:2020.1", False, "administrative", "case.decision", "UU 1/2015 Art. 134(5)"),
]  # fmt: skip


def _rs(rid: str) -> Ruleset:
    regime, version = rid.split(":")
    return get_ruleset(regime, version)


@pytest.mark.parametrize(("rid", "tsm", "violation", "rule", "basis"), DECISION_RULE)
def test_decision_rule_and_registration(
    rid: str, tsm: bool, violation: str | None, rule: str, basis: str
) -> None:
    rs = _rs(rid)
    assert decision_rule(rs, tsm=tsm, violation_type=violation) == rule
    plan = registration_clocks(rs, at=REGISTERED, tsm=tsm, violation_type=violation)
    assert plan.action == "registration"
    assert plan.at == REGISTERED
    assert plan.close == ("report.initial_review",)
    assert plan.waive == ()
    assert opened(plan) == [(rule, REGISTERED, basis, HIGH)]
    assert "UU 7/2017 Art. 454(7)" in plan.basis
    assert "UU 1/2015 Art. 134(5)" in plan.basis
    assert plan.confidence is HIGH


@pytest.mark.parametrize("rs", ALL, ids=IDS)
def test_completion_request_opens_completion_from_the_notice(rs: Ruleset) -> None:
    notice = datetime.fromisoformat("2024-02-12T15:00:00+07:00")
    plan = completion_request_clocks(rs, at=NOW, notice_received_at=notice)
    completion = rs.rule("report.completion")
    assert plan.close == ("report.initial_review",)
    assert plan.at == NOW
    assert opened(plan) == [("report.completion", notice, completion.basis, completion.confidence)]
    assert "Perbawaslu 7/2022 Art. 15(1)" in plan.basis
    assert plan.confidence is MED
    # No receipt given: the request's moment stands in (LOW, with a note).
    fallback = completion_request_clocks(rs, at=NOW)
    assert opened(fallback) == [("report.completion", NOW, completion.basis, LOW)]
    assert "stands in" in fallback.open[0].note


@pytest.mark.parametrize("rs", ALL, ids=IDS)
def test_completion_rejection_withdrawal(rs: Ruleset) -> None:
    assert REVIEW_CLOCKS == ("report.initial_review", "report.completion")
    done = completion_clocks(rs, at=NOW)
    assert (done.close, done.waive, done.open, done.at) == (("report.completion",), (), (), NOW)
    rejected = rejection_clocks(rs, at=NOW)
    assert (rejected.close, rejected.waive, rejected.open) == (REVIEW_CLOCKS, (), ())
    assert "Perbawaslu 7/2022 Art. 15(3)-(4)" in rejected.basis
    withdrawn = withdrawal_clocks(rs, at=NOW)
    assert (withdrawn.close, withdrawn.waive, withdrawn.open) == ((), REVIEW_CLOCKS, ())
    assert "Perbawaslu 7/2022 Art. 14, 17(3)" in withdrawn.basis
    assert (done.confidence, rejected.confidence, withdrawn.confidence) == (MED, MED, MED)


@pytest.mark.parametrize(
    ("rs", "basis"),
    [(PEMILU[0], "UU 7/2017 Art. 454(8)"), (PEMILU[1], "UU 7/2017 Art. 454(8)"),
     (PEMILIHAN[0], "UU 1/2015 Art. 134(6)"), (PEMILIHAN[1], "UU 1/2015 Art. 134(6)")],
    ids=IDS,
)  # fmt: skip
def test_extension_counts_from_registration(rs: Ruleset, basis: str) -> None:
    plan = extension_clocks(rs, at=NOW, registered_at=REGISTERED)
    assert plan.close == ()
    assert plan.waive == ("case.decision",)
    assert opened(plan) == [("case.decision_extended", REGISTERED, basis, HIGH)]
    assert plan.at == NOW


@pytest.mark.parametrize(
    ("rs", "crime_basis"),
    [(PEMILU[0], "UU 7/2017 Art. 476"), (PEMILU[1], "UU 7/2017 Art. 476"),
     (PEMILIHAN[0], "UU 1/2015 Art. 135(2)"), (PEMILIHAN[1], "UU 1/2015 Art. 135(2)")],
    ids=IDS,
)  # fmt: skip
@pytest.mark.parametrize("category", ["crime", "administrative", "ethics", "other_law", None])
def test_decision(rs: Ruleset, crime_basis: str, category: str | None) -> None:
    assert DECISION_CLOCKS == (
        "case.decision", "case.decision_extended", "admin.decision", "tsm.decision",
    )  # fmt: skip
    plan = decision_clocks(rs, at=DECIDED, category=category)
    assert plan.close == DECISION_CLOCKS
    assert plan.at == DECIDED
    assert plan.waive == ()
    if category == "crime":  # to the police within 24 hours of the decision
        assert opened(plan) == [("crime.forward_to_police", DECIDED, crime_basis, HIGH)]
    else:
        assert plan.open == ()
    assert "UU 7/2017 Art. 476; UU 1/2015 Art. 135(2)" in plan.basis


# Police investigation clock basis per ruleset.
INVESTIGATION = {
    "pemilu:2018.1": "UU 7/2017 Art. 480(1) (article from secondary sources)",
    "pemilu:2022.1": "UU 7/2017 Art. 480(1) (article from secondary sources)",
    "pemilihan:2020.1": "Pilkada Gakkumdu joint regulation Art. 22(4)",
    "pemilihan:2024.1": "Pilkada Gakkumdu joint regulation Art. 22(4)",
}


@pytest.mark.parametrize("rs", ALL, ids=IDS)
@pytest.mark.parametrize("category", ["crime", "administrative", None])
def test_forwarding_to_police(rs: Ruleset, category: str | None) -> None:
    # Any category: sending to the police closes the 24-hour clock at the sending time.
    plan = forwarding_clocks(
        rs, to="police", category=category, sent_at=SENT, received_at=RECEIVED,
        decided_at=DECIDED,
    )  # fmt: skip
    assert plan.at == SENT
    assert plan.close == ("crime.forward_to_police",)
    assert plan.waive == ()
    assert opened(plan) == [("crime.investigation", RECEIVED, INVESTIGATION[rs.id], HIGH)]
    assert "UU 7/2017 Art. 476; UU 1/2015 Art. 135(2)" in plan.basis
    unknown_receipt = forwarding_clocks(rs, to="police", category=category, sent_at=SENT)
    assert unknown_receipt.close == ("crime.forward_to_police",)
    assert unknown_receipt.open == ()


@pytest.mark.parametrize("rs", PEMILU, ids=IDS[:2])
def test_forwarding_to_kpu_pemilu_from_the_decision(rs: Ruleset) -> None:
    for received in (RECEIVED, None):  # KPU's receipt does not matter under UU 7/2017
        plan = forwarding_clocks(
            rs, to="kpu", category="administrative", sent_at=SENT, received_at=received,
            decided_at=DECIDED,
        )  # fmt: skip
        assert (plan.close, plan.waive, plan.at) == ((), (), SENT)
        assert opened(plan) == [("admin.kpu_followup", DECIDED, "UU 7/2017 Art. 462", HIGH)]
        assert "UU 7/2017 Art. 462" in plan.basis
        assert plan.confidence is HIGH
    # No decision time recorded: the sending time stands in (LOW).
    plan = forwarding_clocks(rs, to="kpu", category="administrative", sent_at=SENT)
    assert opened(plan) == [("admin.kpu_followup", SENT, "UU 7/2017 Art. 462", LOW)]
    assert "stands in" in plan.open[0].note


@pytest.mark.parametrize("rs", PEMILIHAN, ids=IDS[2:])
def test_forwarding_to_kpu_pemilihan_from_receipt_by_kpu(rs: Ruleset) -> None:
    plan = forwarding_clocks(
        rs, to="kpu", category="administrative", sent_at=SENT, received_at=RECEIVED,
        decided_at=DECIDED,
    )  # fmt: skip
    assert opened(plan) == [("admin.kpu_followup", RECEIVED, "UU 10/2016 Art. 139–140", MED)]
    assert "UU 10/2016 Art. 139-140" in plan.basis
    assert plan.confidence is MED
    # KPU's receipt unknown: nothing is opened (the decision time does not stand in).
    plan = forwarding_clocks(
        rs, to="kpu", category="administrative", sent_at=SENT, decided_at=DECIDED
    )
    assert (plan.close, plan.waive, plan.open) == ((), (), ())


@pytest.mark.parametrize("rs", ALL, ids=IDS)
@pytest.mark.parametrize(
    ("to", "category"),
    [("kpu", "crime"), ("kpu", "ethics"), ("kpu", None), ("dkpp", "ethics"),
     ("agency", "other_law"), ("dkpp", "administrative"), ("agency", "administrative")],
)  # fmt: skip
def test_forwarding_elsewhere_opens_nothing(rs: Ruleset, to: str, category: str | None) -> None:
    plan = forwarding_clocks(
        rs, to=to, category=category, sent_at=SENT, received_at=RECEIVED, decided_at=DECIDED
    )
    assert (plan.close, plan.waive, plan.open, plan.at) == ((), (), (), SENT)
    assert plan.confidence is LOW
    assert "silent" in plan.basis
    assert f"forwarding to {to} (category {category})" in plan.basis


def test_plan_to_dict() -> None:
    plan = decision_clocks(PEMILU[1], at=DECIDED, category="crime")
    assert plan.to_dict() == {
        "action": "decision",
        "at": "2024-02-15T14:00:00+07:00",
        "close": list(DECISION_CLOCKS),
        "waive": [],
        "open": [
            {
                "rule": "crime.forward_to_police",
                "trigger": "2024-02-15T14:00:00+07:00",
                "basis": "UU 7/2017 Art. 476",
                "confidence": "HIGH",
                "note": "",
            }
        ],
        "basis": plan.basis,
        "confidence": "HIGH",
    }
