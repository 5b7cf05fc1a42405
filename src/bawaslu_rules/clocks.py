"""Which clocks (deadline rules) a case action closes, waives and starts, with citations.

Pure choices: each function takes the case's :class:`Ruleset` and plain values (times,
category strings) and returns a :class:`ClockPlan`; the caller computes the deadlines
(:func:`compute_deadline`) and stores them. Nothing here reads the clock.

- ``close``: the pending clocks the action ends, judged at :attr:`ClockPlan.at` (met if
  on time, missed if late). Rule ids a ruleset does not have are listed all the same
  (closing finds nothing for them).
- ``waive``: the pending clocks the action ends without judging them (neither met nor
  missed).
- ``open``: the clocks the action starts, each with its trigger. Only rules the ruleset
  has are listed (no clock is started for a rule the ruleset lacks).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final

from bawaslu_rules.rulesets import Confidence, Ruleset

__all__ = [
    "DECISION_CLOCKS",
    "REVIEW_CLOCKS",
    "ClockPlan",
    "ClockStart",
    "completion_clocks",
    "completion_request_clocks",
    "decision_clocks",
    "decision_rule",
    "extension_clocks",
    "forwarding_clocks",
    "registration_clocks",
    "rejection_clocks",
    "withdrawal_clocks",
]

HIGH = Confidence.HIGH
MED = Confidence.MED
LOW = Confidence.LOW

REVIEW_CLOCKS: Final = ("report.initial_review", "report.completion")
"""The clocks of a report before registration (docs/legal/rules.md §3, §4)."""

DECISION_CLOCKS: Final = (
    "case.decision",
    "case.decision_extended",
    "admin.decision",
    "tsm.decision",
)
"""Every clock a decision can end: whichever of them runs (docs/legal/rules.md §3)."""


@dataclass(frozen=True, slots=True)
class ClockStart:
    """A clock to start: rule ``rule`` from ``trigger``, with the basis of the choice."""

    rule: str
    trigger: date | datetime
    basis: str
    """The rule's citation in the ruleset."""
    confidence: Confidence
    """The rule's confidence, or LOW when the trigger is a stand-in (see ``note``)."""
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready representation."""
        return {
            "rule": self.rule,
            "trigger": self.trigger.isoformat(),
            "basis": self.basis,
            "confidence": self.confidence.value,
            "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class ClockPlan:
    """What one case action does to the case's clocks, and why."""

    action: str
    """The lifecycle action (see :data:`bawaslu_rules.TRANSITIONS`)."""
    at: datetime
    """When the clocks in ``close`` are judged (met if at or before their ``due_at``)."""
    close: tuple[str, ...] = ()
    waive: tuple[str, ...] = ()
    open: tuple[ClockStart, ...] = ()
    basis: str = ""
    """Citation of the choice of clocks closed, waived and opened."""
    confidence: Confidence = MED

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready representation."""
        return {
            "action": self.action,
            "at": self.at.isoformat(),
            "close": list(self.close),
            "waive": list(self.waive),
            "open": [c.to_dict() for c in self.open],
            "basis": self.basis,
            "confidence": self.confidence.value,
        }


def _start(
    ruleset: Ruleset,
    rule_id: str,
    trigger: date | datetime | None,
    *,
    stand_in: str = "",
) -> tuple[ClockStart, ...]:
    """``rule_id`` from ``trigger`` if the ruleset has it and the trigger is known;
    ``stand_in`` explains a trigger that replaces the legal one (then LOW)."""
    rule = ruleset.rules.get(rule_id)
    if rule is None or trigger is None:
        return ()
    confidence = LOW if stand_in else rule.confidence
    return (ClockStart(rule_id, trigger, rule.basis, confidence, stand_in),)


def decision_rule(ruleset: Ruleset, *, tsm: bool, violation_type: str | None) -> str:
    """The decision clock of a case registered under ``ruleset``:

    - ``tsm.decision`` for a TSM case when the ruleset has it (pemilihan: Perbawaslu 9/2020
      Art. 45(1), 14 calendar days; pemilu rulesets have no TSM decision clock);
    - else ``admin.decision`` for an administrative violation when the ruleset has it
      (pemilu: UU 7/2017 Art. 461, 14 working days; pemilihan rulesets have none);
    - else ``case.decision`` (UU 7/2017 Art. 454(7); UU 1/2015 Art. 134(5)).
    """
    if tsm and "tsm.decision" in ruleset.rules:
        return "tsm.decision"
    if violation_type == "administrative" and "admin.decision" in ruleset.rules:
        return "admin.decision"
    return "case.decision"


def completion_request_clocks(
    ruleset: Ruleset, *, at: datetime, notice_received_at: datetime | None = None
) -> ClockPlan:
    """The initial review ends with a notice to complete (closes ``report.initial_review``
    at ``at``); ``report.completion`` runs from the reporter's receipt of the notice,
    taken as ``at`` when not given (a stand-in, LOW)."""
    stand_in = ""
    if notice_received_at is None:
        stand_in = "receipt of the notice not given: the moment of the request stands in"
    return ClockPlan(
        "completion_request",
        at,
        close=("report.initial_review",),
        open=_start(ruleset, "report.completion", notice_received_at or at, stand_in=stand_in),
        basis="docs/legal/rules.md §4: the initial review (Perbawaslu 7/2022 Art. 15(1)) ends "
        "with a notice "
        "to complete; report.completion runs from its receipt by the reporter (article "
        "unconfirmed; practice)",
        confidence=MED,
    )


def completion_clocks(ruleset: Ruleset, *, at: datetime) -> ClockPlan:
    """The reporter completes the report: ``report.completion`` is closed at ``at``."""
    del ruleset  # same in every ruleset; taken for a uniform signature
    return ClockPlan(
        "completion",
        at,
        close=("report.completion",),
        basis="docs/legal/rules.md §4: the report is completed within report.completion "
        "(Perbawaslu 7/2022, "
        "article unconfirmed; practice) and goes back to the initial review",
        confidence=MED,
    )


def registration_clocks(
    ruleset: Ruleset, *, at: datetime, tsm: bool, violation_type: str | None
) -> ClockPlan:
    """Registration at ``at`` closes ``report.initial_review`` and starts the decision
    clock (:func:`decision_rule`) from ``at``."""
    rule = decision_rule(ruleset, tsm=tsm, violation_type=violation_type)
    return ClockPlan(
        "registration",
        at,
        close=("report.initial_review",),
        open=_start(ruleset, rule, at),
        basis="docs/legal/rules.md §4-5: registration ends the initial review (Perbawaslu 7/2022 "
        "Art. 15(1)); "
        "the decision clock runs from registration (UU 7/2017 Art. 454(7), 461; "
        "UU 1/2015 Art. 134(5), the statute says received, practice counts from "
        "registration; Perbawaslu 9/2020 Art. 45(1))",
        confidence=HIGH,
    )


def rejection_clocks(ruleset: Ruleset, *, at: datetime) -> ClockPlan:
    """Not registering at ``at`` closes the review clocks (:data:`REVIEW_CLOCKS`)."""
    del ruleset
    return ClockPlan(
        "rejection",
        at,
        close=REVIEW_CLOCKS,
        basis="docs/legal/rules.md §4: not registering (incomplete, not completed in time, late) "
        "ends the "
        "initial review and the completion period (Perbawaslu 7/2022 Art. 15(3)-(4))",
        confidence=MED,
    )


def withdrawal_clocks(ruleset: Ruleset, *, at: datetime) -> ClockPlan:
    """A withdrawal before registration waives the review clocks (:data:`REVIEW_CLOCKS`)."""
    del ruleset
    return ClockPlan(
        "withdrawal",
        at,
        waive=REVIEW_CLOCKS,
        basis="Perbawaslu 7/2022 Art. 14, 17(3): a report withdrawn before registration is no "
        "longer handled; its clocks are neither met nor missed",
        confidence=MED,
    )


def extension_clocks(ruleset: Ruleset, *, at: datetime, registered_at: datetime) -> ClockPlan:
    """An extension waives ``case.decision`` and starts ``case.decision_extended`` from the
    registration (the extended period is in total, not added)."""
    return ClockPlan(
        "extension",
        at,
        waive=("case.decision",),
        open=_start(ruleset, "case.decision_extended", registered_at),
        basis="UU 7/2017 Art. 454(8); UU 1/2015 Art. 134(6): 14 working days / 5 calendar "
        "days in total from the same trigger as case.decision, which it replaces",
        confidence=HIGH,
    )


def decision_clocks(ruleset: Ruleset, *, at: datetime, category: str | None) -> ClockPlan:
    """A decision at ``at`` closes whichever decision clock runs (:data:`DECISION_CLOCKS`);
    an election crime (``category == "crime"``) starts ``crime.forward_to_police`` from
    ``at``. ``category`` is the violation category of the outcome (``None`` when the
    outcome is not a violation)."""
    return ClockPlan(
        "decision",
        at,
        close=DECISION_CLOCKS,
        open=_start(ruleset, "crime.forward_to_police", at) if category == "crime" else (),
        basis="UU 7/2017 Art. 454(7)-(8), 461; UU 1/2015 Art. 134(5)-(6); Perbawaslu 9/2020 "
        "Art. 45(1): the decision ends the decision clock; an alleged crime goes to the "
        "police within 24 hours of the decision (UU 7/2017 Art. 476; UU 1/2015 Art. 135(2))",
        confidence=HIGH,
    )


def forwarding_clocks(
    ruleset: Ruleset,
    *,
    to: str,
    category: str | None,
    sent_at: datetime,
    received_at: datetime | None = None,
    decided_at: datetime | None = None,
) -> ClockPlan:
    """A decided case is sent to ``to`` (``police``, ``kpu``, ``dkpp``, ``agency``) at
    ``sent_at``; the recipient got it at ``received_at`` if known.

    - police: closes ``crime.forward_to_police`` at ``sent_at``; starts
      ``crime.investigation`` from ``received_at`` (nothing while it is unknown);
    - kpu, administrative violation: starts ``admin.kpu_followup``: pemilu from the
      decision (``decided_at``; ``sent_at`` stands in when no decision time is recorded,
      LOW), pemilihan from receipt by KPU (``received_at``; nothing while unknown);
    - anything else: no clock.
    """
    if to == "police":
        return ClockPlan(
            "forwarding",
            sent_at,
            close=("crime.forward_to_police",),
            open=_start(ruleset, "crime.investigation", received_at),
            basis="UU 7/2017 Art. 476; UU 1/2015 Art. 135(2): sending to the police within 24 "
            "hours ends crime.forward_to_police; crime.investigation runs from the police's "
            "receipt (UU 7/2017 Art. 480(1); Pilkada Gakkumdu joint regulation Art. 22(4))",
            confidence=HIGH,
        )
    if to == "kpu" and category == "administrative":
        if ruleset.regime == "pemilihan":
            opened = _start(ruleset, "admin.kpu_followup", received_at)
            basis = (
                "UU 10/2016 Art. 139-140: KPU follows up a recommendation from its receipt "
                "by KPU (nothing starts while the receipt is unknown)"
            )
            confidence = MED
        else:
            trigger, stand_in = decided_at, ""
            if trigger is None:
                trigger, stand_in = sent_at, "no decision time recorded: the sending time stands in"
            opened = _start(ruleset, "admin.kpu_followup", trigger, stand_in=stand_in)
            basis = "UU 7/2017 Art. 462: KPU follows up a decision from its reading"
            confidence = HIGH
        return ClockPlan("forwarding", sent_at, open=opened, basis=basis, confidence=confidence)
    return ClockPlan(
        "forwarding",
        sent_at,
        basis=f"docs/legal/rules.md §3 has no clock for forwarding to {to} (category "
        f"{category}): the law as encoded is silent",
        confidence=LOW,
    )
