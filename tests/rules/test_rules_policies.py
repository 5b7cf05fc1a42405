"""Named policies (docs/legal/rules.md §1, §2, §4): the catalogue, validation, overrides
applied and visible in every result that used them."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from bawaslu_rules import (
    POLICIES,
    RULESETS,
    Calendar,
    Confidence,
    PolicySet,
    RulesError,
    Submission,
    Verdict,
    apply_policies,
    check_admissibility,
    check_timeliness,
    compute_deadline,
    get_ruleset,
    policy_catalog,
    ruleset_for,
)

DATA = Path(__file__).parent / "data"
CAL = Calendar.official()

FIXED = {
    # name: (kind, default)
    "cuti_bersama_is_working_day": ("bool", False),
    "calendar_deadline_rolls_forward": ("bool", False),
    "first_counted_day": ("choice", "day_after_trigger"),
    "day_deadline_ends": ("choice", "closing_time"),
    "completion_start_without_notice": ("choice", "receipt"),
    "reception_24h_days_after_voting": ("int", 0),
    "pemilihan.reception_24h": ("bool", True),
    "pemilihan.reception_days": ("choice", "every_day"),
    "nik_region_mismatch": ("choice", "incomplete"),
    "plenary_quorum": ("choice", "majority"),
    "clarification.invitation_day": ("choice", "as_decision_clock"),
    "clarification.invitations_before_proceeding": ("int", 2),
}


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / name).read_text(encoding="utf-8"))
    return data


def test_catalogue_names_kinds_defaults_and_citations() -> None:
    """Every policy names its open question, its basis and confidence (the issue's
    "policies, not constants")."""
    for name, (kind, default) in FIXED.items():
        d = POLICIES[name]
        assert (d.kind, d.default) == (kind, default), name
    # One effective_from.* per shipped ruleset (ASSUMPTION effective dates).
    ids = [rs.id for group in RULESETS.values() for rs in group]
    for rid in ids:
        d = POLICIES[f"effective_from.{rid}"]
        assert d.kind == "date"
        assert d.default == get_ruleset(rid.split(":")[0], rid).effective_from.isoformat()
        assert d.confidence is Confidence.LOW
    # One amount.* per LOW rule, incl. the 2020 Pilkada completion window.
    low = {f"amount.{rs.id}.{r.id}" for g in RULESETS.values() for rs in g
           for r in rs.rules.values() if r.confidence is Confidence.LOW}  # fmt: skip
    assert low == {n for n in POLICIES if n.startswith("amount.")}
    assert POLICIES["amount.pemilihan:2020.1.report.completion"].default == "3 calendar_day"
    assert "2x24" in POLICIES["amount.pemilihan:2020.1.report.completion"].note
    assert POLICIES["pemilihan.reception_days"].applies_to == "pemilihan"
    assert POLICIES["day_deadline_ends"].confidence is Confidence.LOW
    for d in POLICIES.values():
        assert d.basis.strip(), d.name
        assert d.question.strip(), d.name
        assert d.question.endswith("?"), d.name
        entry = d.to_dict()
        assert entry["name"] == d.name
        assert entry["confidence"] in ("HIGH", "MED", "LOW")
    catalog = policy_catalog()
    assert [c["name"] for c in catalog] == list(POLICIES)
    assert all(c["source"] == "default" for c in catalog)
    assert all(c["value"] == c["default"] for c in catalog)
    json.dumps(catalog)  # JSON-ready


def test_catalogue_with_overrides() -> None:
    ps = PolicySet.from_dict({"day_deadline_ends": "end_of_day"})
    entry = next(c for c in policy_catalog(ps) if c["name"] == "day_deadline_ends")
    assert (entry["value"], entry["source"], entry["default"]) == (
        "end_of_day", "override", "closing_time",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"no_such_policy": True}, "unknown policy 'no_such_policy'"),
        ({"cuti_bersama_is_working_day": "maybe"}, "true or false"),
        ({"first_counted_day": "tomorrow"}, "day_after_trigger, trigger_day"),
        ({"reception_24h_days_after_voting": 8}, "from 0 to 7"),
        ({"reception_24h_days_after_voting": True}, "from 0 to 7"),
        ({"effective_from.pemilu:2022.1": "2022-13-01"}, "YYYY-MM-DD"),
        ({"effective_from.pemilu:2099.1": "2022-01-01"}, "unknown policy"),
        ({"amount.pemilihan:2020.1.report.completion": "2x24 jam"}, "'<n> <unit>'"),
        ({"amount.pemilihan:2020.1.report.completion": "0 hours"}, "'<n> <unit>'"),
        ({"amount.pemilihan:2024.1.report.completion": "48 hours"}, "unknown policy"),
    ],
)
def test_validation_names_the_policy_and_what_it_allows(
    overrides: dict[str, Any], message: str
) -> None:
    with pytest.raises(RulesError, match=message.replace("(", r"\(").replace(")", r"\)")):
        PolicySet.from_dict(overrides)


def test_policy_set_normalises_and_is_hashable() -> None:
    a = PolicySet.from_dict({"cuti_bersama_is_working_day": "true",
                             "reception_24h_days_after_voting": "2",
                             "effective_from.pemilu:2022.1": date(2022, 12, 1),
                             "amount.pemilihan:2020.1.report.completion": "48 hour"})  # fmt: skip
    assert a.to_dict() == {
        "amount.pemilihan:2020.1.report.completion": "48 hours",
        "cuti_bersama_is_working_day": True,
        "effective_from.pemilu:2022.1": "2022-12-01",
        "reception_24h_days_after_voting": 2,
    }
    b = PolicySet.from_dict(dict(reversed(list(a.to_dict().items()))))
    assert a == b
    assert hash(a) == hash(b)
    assert len(PolicySet()) == 0
    assert PolicySet().to_dict() == {}


def test_apply_policies_is_cached_and_leaves_the_shipped_ruleset_alone() -> None:
    rs = get_ruleset("pemilu", "2022.1")
    ps = PolicySet.from_dict({"cuti_bersama_is_working_day": True})
    applied = apply_policies(rs, ps)
    assert applied is apply_policies(rs, PolicySet.from_dict({"cuti_bersama_is_working_day": 1}))
    assert applied is get_ruleset("pemilu", "2022.1", policies=ps)
    assert applied.policies.cuti_bersama_is_working_day is True
    assert rs.policies.cuti_bersama_is_working_day is False
    assert dict(applied.policy_overrides) == {"cuti_bersama_is_working_day": True}
    assert dict(rs.policy_overrides) == {}
    # Nothing that concerns this ruleset: the ruleset itself.
    assert apply_policies(rs, PolicySet()) is rs
    assert apply_policies(rs, PolicySet.from_dict({"pemilihan.reception_24h": False})) is rs
    with pytest.raises(TypeError):
        applied.policy_overrides["x"] = 1  # type: ignore[index]


def test_overrides_are_visible_in_every_trace() -> None:
    """An override is shown next to "policies" in Deadline, Timeliness and Admissibility
    to_dict(): the change is visible in every result that used it."""
    ps = PolicySet.from_dict({"cuti_bersama_is_working_day": True})
    rs = get_ruleset("pemilu", "2022.1", policies=ps)
    # Known Fri 2024-02-09 (itself the cuti bersama, never counted): Mon 12 (1), 13 (2),
    # [14 voting day], 15 (3) ... 21 (7): the due date is unchanged here, but shown.
    dl = compute_deadline("report.filing", date(2024, 2, 9), ruleset=rs, calendar=CAL)
    out = dl.to_dict()
    assert out["policy_overrides"] == {"cuti_bersama_is_working_day": True}
    assert out["policies"]["cuti_bersama_is_working_day"] is True
    timely = check_timeliness("report", date(2024, 2, 9), date(2024, 2, 20), ruleset=rs,
                              calendar=CAL)  # fmt: skip
    assert timely.to_dict()["policy_overrides"] == {"cuti_bersama_is_working_day": True}
    sub = Submission.from_dict(load("incomplete_pemilu.json"))
    result = check_admissibility(sub, ruleset=rs, calendar=CAL)
    assert result.to_dict()["policy_overrides"] == {"cuti_bersama_is_working_day": True}
    assert result.to_dict()["completion"]["policy_overrides"] == {
        "cuti_bersama_is_working_day": True
    }
    # Without overrides the key is there, empty.
    plain = compute_deadline("report.filing", date(2024, 2, 9), ruleset=get_ruleset("pemilu"),
                             calendar=CAL)  # fmt: skip
    assert plain.to_dict()["policy_overrides"] == {}
    assert dataclasses.asdict(dl)["policy_overrides"] == {"cuti_bersama_is_working_day": True}


def test_cuti_bersama_policy_moves_a_deadline() -> None:
    """docs/legal/rules.md §2 (MED): Thu 2024-04-04 + 7 working days. Default (cuti bersama
    non-working): 5 (1), [8-9 CB, 10-11 Idul Fitri, 12 CB, 15 CB], 16 (2) ... 22 (6),
    23 (7). Counted as working: 5, 8, 9, 12, 15, 16, 17 -> Wed 17."""
    on = date(2024, 4, 4)
    default = compute_deadline("report.filing", on, ruleset=get_ruleset("pemilu"), calendar=CAL)
    ps = PolicySet.from_dict({"cuti_bersama_is_working_day": True})
    rs = get_ruleset("pemilu", policies=ps)
    assert default.due == date(2024, 4, 23)
    assert compute_deadline("report.filing", on, ruleset=rs, calendar=CAL).due == date(2024, 4, 17)


def test_effective_from_override_changes_ruleset_for() -> None:
    """docs/legal/rules.md §1: the case is handled under the ruleset in force on the
    received date; pemilu:2022.1's effective date is an ASSUMPTION (1 Nov 2022), a
    deployment may set it."""
    assert ruleset_for("pemilu", on=date(2022, 11, 15)).id == "pemilu:2022.1"
    ps = PolicySet.from_dict({"effective_from.pemilu:2022.1": "2022-12-01"})
    rs = ruleset_for("pemilu", on=date(2022, 11, 15), policies=ps)
    assert rs.id == "pemilu:2018.1"
    assert dict(rs.policy_overrides) == {}  # the override concerns the other ruleset
    later = ruleset_for("pemilu", on=date(2022, 12, 1), policies=ps)
    assert later.id == "pemilu:2022.1"
    assert later.effective_from == date(2022, 12, 1)
    assert dict(later.policy_overrides) == {"effective_from.pemilu:2022.1": "2022-12-01"}
    assert "effective_from.pemilu:2022.1 = 2022-12-01" in later.effective_note
    assert "2022-12-01" in later.to_dict()["effective_from"]


def test_amount_override_changes_the_2020_pilkada_completion_deadline() -> None:
    """pemilihan:2020.1 report.completion is 3 calendar days from a single 2020 source
    (LOW); practice and a real 2020 case say 2x24 hours. A deployment sets it."""
    notice = datetime.fromisoformat("2020-11-02T10:00:00+07:00")
    shipped = get_ruleset("pemilihan", "2020.1")
    dl = compute_deadline("report.completion", notice, ruleset=shipped, calendar=CAL)
    assert dl.due == date(2020, 11, 5)  # Mon 2 Nov + 3 calendar days
    ps = PolicySet.from_dict({"amount.pemilihan:2020.1.report.completion": "48 hours"})
    rs = get_ruleset("pemilihan", "2020.1", policies=ps)
    dl = compute_deadline("report.completion", notice, ruleset=rs, calendar=CAL)
    assert dl.due_at.isoformat() == "2020-11-04T10:00:00+07:00"
    out = dl.to_dict()
    assert (out["amount"], out["unit"]) == (48, "hours")
    assert out["policy_overrides"] == {"amount.pemilihan:2020.1.report.completion": "48 hours"}
    assert "shipped: 3 calendar_day" in out["confidence_note"]
    # The 2024 ruleset is not touched by it.
    assert get_ruleset("pemilihan", "2024.1", policies=ps) is get_ruleset("pemilihan", "2024.1")


def test_day_deadline_ends_policy() -> None:
    """Perbawaslu 7/2022 Art. 11 by analogy (LOW): due_at is closing time by default;
    end_of_day makes it 23:59:59 local; the basis says which."""
    on = date(2024, 2, 9)
    d = compute_deadline("report.filing", on, ruleset=get_ruleset("pemilu"), calendar=CAL)
    assert d.due_at.isoformat() == "2024-02-21T16:00:00+07:00"
    assert "Art. 11" in d.to_dict()["due_at_basis"]
    ps = PolicySet.from_dict({"day_deadline_ends": "end_of_day"})
    rs = get_ruleset("pemilu", policies=ps)
    d = compute_deadline("report.filing", on, ruleset=rs, calendar=CAL)
    assert d.due_at.isoformat() == "2024-02-21T23:59:59+07:00"
    assert "23:59:59" in d.to_dict()["due_at_basis"]
    # Calendar days too (a police deadline ending on a Sunday).
    d = compute_deadline("crime.investigation", date(2024, 3, 3), ruleset=rs, calendar=CAL,
                         zone="WIT")  # fmt: skip
    assert d.due_at.isoformat() == "2024-03-17T23:59:59+09:00"


def test_completion_start_without_notice_policy() -> None:
    """docs/legal/rules.md §4: report.completion runs from the notice; without a notice
    date the start is a policy (LOW). Received Mon 2024-03-04: receipt -> 2 wd -> Wed 6;
    initial_review_due -> initial review due Wed 6, + 2 wd: 7 (1), 8 (2) -> Fri 8."""
    sub = Submission.from_dict(load("incomplete_pemilu.json"))
    result = check_admissibility(sub, ruleset=get_ruleset("pemilu"), calendar=CAL)
    assert result.completion_deadline is not None
    assert result.completion_deadline.due == date(2024, 3, 6)
    assert result.to_dict()["completion_start"]["source"] == "receipt"
    assert "policy completion_start_without_notice" in result.completion_basis
    ps = PolicySet.from_dict({"completion_start_without_notice": "initial_review_due"})
    result = check_admissibility(sub, ruleset=get_ruleset("pemilu", policies=ps), calendar=CAL)
    assert result.completion_deadline is not None
    assert result.completion_deadline.due == date(2024, 3, 8)
    assert result.completion_start == "initial_review_due"
    # A notice date always wins.
    result = check_admissibility(sub, ruleset=get_ruleset("pemilu", policies=ps), calendar=CAL,
                                 notice_at=date(2024, 3, 4))  # fmt: skip
    assert result.completion_start == "notice"
    assert result.completion_deadline is not None
    assert result.completion_deadline.due == date(2024, 3, 6)


def test_reception_days_after_voting_policy() -> None:
    """docs/legal/rules.md §2: 24-hour reception on counting days (LOW: which days). Thu
    15 Feb 2024 at 20:00: by default the office closed at 16:00 (next: Fri 16); with one
    counting day after voting day it is received that day."""
    data = load("registrable_pemilu.json")
    del data["stages"]
    data.update(received_at="2024-02-15T20:00:00+07:00")
    sub = Submission.from_dict(data)
    assert check_admissibility(sub, ruleset=get_ruleset("pemilu"), calendar=CAL).received_on == (
        date(2024, 2, 16)
    )
    ps = PolicySet.from_dict({"reception_24h_days_after_voting": 1})
    result = check_admissibility(sub, ruleset=get_ruleset("pemilu", policies=ps), calendar=CAL)
    assert result.received_on == date(2024, 2, 15)
    assert result.verdict is Verdict.REGISTRABLE


def test_a_rule_triggered_by_a_date_cannot_be_counted_in_hours() -> None:
    """An amount policy keeps the rule computable: report.initial_review runs from the
    receipt *date*, which has no hour, so '48 hours' is refused (it would fail every
    intake under that ruleset); report.completion runs from the notice's receipt, a
    moment, and may be '48 hours' (Perbawaslu 9/2024 practice, '2x24 jam')."""
    with pytest.raises(RulesError, match="counted in working_day or calendar_day, not hours"):
        PolicySet.from_dict({"amount.pemilu:2018.1.report.initial_review": "48 hours"})
    assert PolicySet.from_dict(
        {"amount.pemilu:2018.1.report.initial_review": "3 calendar_day"}
    ).to_dict() == {"amount.pemilu:2018.1.report.initial_review": "3 calendar_day"}
    completion = "amount.pemilihan:2020.1.report.completion"
    assert PolicySet.from_dict({completion: "48 hours"}).to_dict() == {completion: "48 hours"}
    assert POLICIES[completion].to_dict()["units"] == ["working_day", "calendar_day", "hours"]
    assert POLICIES["amount.pemilu:2018.1.report.initial_review"].to_dict()["units"] == [
        "working_day",
        "calendar_day",
    ]


@pytest.mark.parametrize(
    ("members", "rule", "needed"),
    [(3, "majority", 2), (5, "majority", 3), (7, "majority", 4), (4, "majority", 3),
     (3, "two_thirds", 2), (5, "two_thirds", 4), (5, "all", 5)],
)  # fmt: skip
def test_plenary_quorum_counts(members: int, rule: str, needed: int) -> None:
    """The quorum rule was not found (docs/legal/procedure.md §1.1 row 8): each choice of the
    LOW policy plenary_quorum, counted from the office's members."""
    from bawaslu_rules import quorum_needed

    assert quorum_needed(members, rule) == needed
    assert POLICIES["plenary_quorum"].confidence is Confidence.LOW


def test_plenary_quorum_is_not_applied_to_rulesets() -> None:
    """A service policy: setting it changes no ruleset and no clock's policy_overrides."""
    rs = RULESETS["pemilu"][0]
    assert apply_policies(rs, PolicySet.from_dict({"plenary_quorum": "all"})) is rs
    with pytest.raises(RulesError, match="majority, two_thirds, all"):
        PolicySet.from_dict({"plenary_quorum": "half"})
