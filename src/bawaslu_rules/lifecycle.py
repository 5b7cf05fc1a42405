"""The life of a case (docs/legal/rules.md §5): which actions each case status allows,
with citations.

One table for both regimes. Where the two regimes' sources differ in strength, an entry
carries the lower confidence; where the law says nothing (which statuses allow a transfer
or an announcement), the entry says so and is LOW: it records the practice the service
follows, overridable like every LOW rule.

Statuses and actions are plain strings (the service's enum values are equal to them).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Final

from bawaslu_rules.errors import UnknownRuleError
from bawaslu_rules.rulesets import Confidence

__all__ = [
    "CASE_ACTIONS",
    "CASE_STATUSES",
    "TRANSITIONS",
    "Transition",
    "allowed_from",
    "can",
    "transition",
]

RECEIVED: Final = "received"
COMPLETION_REQUESTED: Final = "completion_requested"
REGISTERED: Final = "registered"
NOT_REGISTERED: Final = "not_registered"
WITHDRAWN: Final = "withdrawn"
DECIDED: Final = "decided"
FORWARDED: Final = "forwarded"

CASE_STATUSES: Final = (
    RECEIVED,  # diterima
    COMPLETION_REQUESTED,  # diminta melengkapi
    REGISTERED,  # diregistrasi
    NOT_REGISTERED,  # tidak diregistrasi
    WITHDRAWN,  # dicabut
    DECIDED,  # status ditetapkan
    FORWARDED,  # diteruskan
)
"""Every case status (docs/legal/rules.md §5), in the order of the spec's diagram."""


@dataclass(frozen=True, slots=True)
class Transition:
    """One action on a case: the statuses it is allowed from, what it leads to, and why."""

    action: str
    allowed_from: frozenset[str]
    leads_to: str | None
    """The status after the action; ``None`` when the status does not change."""
    basis: str
    confidence: Confidence
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready representation (``allowed_from`` in :data:`CASE_STATUSES` order)."""
        return {
            "action": self.action,
            "allowed_from": [s for s in CASE_STATUSES if s in self.allowed_from],
            "leads_to": self.leads_to,
            "basis": self.basis,
            "confidence": self.confidence.value,
            "note": self.note,
        }


HIGH = Confidence.HIGH
MED = Confidence.MED
LOW = Confidence.LOW


def _table(*entries: Transition) -> Mapping[str, Transition]:
    table = {t.action: t for t in entries}
    if len(table) != len(entries):
        raise AssertionError("duplicate action in the lifecycle table")
    for t in entries:
        targets = t.allowed_from | ({t.leads_to} if t.leads_to else set())
        if not targets <= set(CASE_STATUSES):
            raise AssertionError(f"unknown status in the lifecycle entry {t.action}")
    return MappingProxyType(table)


TRANSITIONS: Final[Mapping[str, Transition]] = _table(
    Transition(
        "completion_request", frozenset({RECEIVED}), COMPLETION_REQUESTED,
        "Perbawaslu 7/2022 Art. 15(1), (3)-(4) (kajian awal finds requirements missing; "
        "the notice's own article is unconfirmed); docs/legal/rules.md §4-5",
        MED,
        "reports only: a finding has no reporter to complete it (checked by the caller)"),
    Transition(
        "completion", frozenset({COMPLETION_REQUESTED}), RECEIVED,
        "Perbawaslu 7/2022 (article unconfirmed; practice), as report.completion; "
        "docs/legal/rules.md §4-5",
        MED, "a completed report goes back to the initial review"),
    Transition(
        "reclassification", frozenset({RECEIVED, COMPLETION_REQUESTED}), None,
        "Perbawaslu 7/2022 Art. 15 (the initial review, kajian awal, decides what the report "
        "is about); Perbawaslu 8/2022 Art. 8 (only the listed parties can commit an "
        "administrative violation: a report against anyone else is not an administrative "
        "case and may be handled as another kind); docs/legal/rules.md §4",
        MED, "the office changes the kind of violation (and TSM) with a reason; the initial "
             "review runs again; before registration only, because the decision clock "
             "depends on the kind"),
    Transition(
        "correction", frozenset({RECEIVED, COMPLETION_REQUESTED, REGISTERED}), None,
        "practice, the law is silent (an office corrects what it recorded wrongly); what a "
        "correction may no longer change after registration follows the clocks it drives: "
        "the date known starts report.filing (UU 7/2017 Art. 454(6); UU 1/2015 Art. "
        "134(4)) and the reported party is what was registered (Perbawaslu 7/2022 Art. "
        "15); docs/legal/rules.md §4-5",
        LOW, "staff corrections of the recorded facts, each on the timeline with before and "
             "after; before registration the initial review runs again; after the decision "
             "the facts it rests on are not corrected"),
    Transition(
        "preliminary_information",
        frozenset({RECEIVED, COMPLETION_REQUESTED, NOT_REGISTERED, WITHDRAWN}), None,
        "docs/legal/procedure.md §5: a report that fails the filing deadline (or news from "
        "the media) can be used as preliminary information (informasi awal), searched and "
        "set as a finding (Perbawaslu 7/2022 finding rules; practice, MED)",
        MED, "reports only; the finding is a new case, set when the supervisor discovered "
             "it (finding.set runs from that date), linked to the report"),
    Transition(
        "registration", frozenset({RECEIVED}), REGISTERED,
        "Perbawaslu 7/2022 Art. 15(1) (kajian awal: a complete report is registered); "
        "Pilkada: Perbawaslu 8/2020 jo. 9/2024 (practice); docs/legal/rules.md §4-5",
        MED),
    Transition(
        "rejection", frozenset({RECEIVED, COMPLETION_REQUESTED}), NOT_REGISTERED,
        "Perbawaslu 7/2022 Art. 15(3)-(4) (requirements not met, not completed within "
        "report.completion, or late: not registered); docs/legal/rules.md §4-5",
        MED),
    Transition(
        "withdrawal", frozenset({RECEIVED, COMPLETION_REQUESTED}), WITHDRAWN,
        "Perbawaslu 7/2022 Art. 14, 17(3) (withdrawal before registration only)",
        MED, "after registration a withdrawal does not stop the handling"),
    Transition(
        "extension", frozenset({REGISTERED}), None,
        "UU 7/2017 Art. 454(8); UU 1/2015 Art. 134(6) (more time when more information "
        "is needed, before the decision)",
        HIGH, "once per case; only where the ruleset has case.decision_extended"),
    Transition(
        "analysis", frozenset({REGISTERED}), None,
        "Perbawaslu 7/2022 Art. 36(1) as read second-hand (the analysis, kajian dugaan "
        "pelanggaran: case summary, parties, evidence, facts and analysis, conclusion, "
        "recommendation); docs/legal/procedure.md §1.1 row 7",
        MED, "one record per registered case: drafts, a final version, its approval by a "
             "commissioner; a final version is not edited"),
    Transition(
        "analysis_supersession", frozenset({REGISTERED}), None,
        "docs/legal/procedure.md §1.1 row 7 (the analysis is the basis of the decision); "
        "replacing a final analysis before the decision: practice, the law is silent",
        LOW, "a final analysis is superseded by a new draft with a reason, only while the "
             "case is not decided"),
    Transition(
        "plenary", frozenset({REGISTERED}), None,
        "docs/legal/procedure.md §1.1 row 8 (the status is decided in a plenary meeting, "
        "rapat pleno, of the office's members; quorum not found: policy plenary_quorum)",
        MED, "the plenary record (date, members present, chair, outcome) refers to the "
             "approved analysis; the decision must match it"),
    Transition(
        "decision", frozenset({REGISTERED}), DECIDED,
        "UU 7/2017 Art. 454(7); UU 1/2015 Art. 134(5) (the registered case is decided)",
        HIGH),
    Transition(
        "forwarding", frozenset({DECIDED, FORWARDED}), FORWARDED,
        "docs/legal/rules.md §5 (a violation goes to KPU, DKPP, the police via Sentra Gakkumdu, "
        "or the "
        "competent agency): UU 7/2017 Art. 462, 476; UU 1/2015 Art. 135(2); "
        "UU 10/2016 Art. 139-140; allowed again once forwarded: practice, the law is "
        "silent",
        MED, "violations only (checked by the caller); one case may go to several "
             "addressees"),
    Transition(
        "announcement",
        frozenset({NOT_REGISTERED, REGISTERED, DECIDED, FORWARDED}), None,
        "docs/legal/rules.md §5 (every outcome is announced on the notice board and by letter; no "
        "article in the spec); which statuses: practice, the law is silent",
        LOW, "a registration is announced too (public statuses of docs/legal/rules.md §5)"),
    Transition(
        "transfer",
        frozenset({RECEIVED, COMPLETION_REQUESTED, REGISTERED}), None,
        "docs/legal/rules.md §6 (delegation down, pelimpahan, or take-over by a higher level; no "
        "article in the spec); which statuses: practice, the law is silent",
        LOW, "clocks keep running and follow the case"),
    Transition(
        "assignment",
        frozenset({RECEIVED, COMPLETION_REQUESTED, REGISTERED, DECIDED, FORWARDED}), None,
        "Perbawaslu 7/2022 Art. 28(4) (an officer, or a lower-level supervisor, carries out "
        "the handling and the clarification); which statuses: practice, the law is silent "
        "(while work on the case remains); docs/legal/procedure.md §1.1 row 3",
        LOW, "not once the case is closed (withdrawn, not registered); roles and offices "
             "in bawaslu_rules.assignment"),
    Transition(
        "assignment_release",
        frozenset({RECEIVED, COMPLETION_REQUESTED, REGISTERED, DECIDED, FORWARDED}), None,
        "practice, the law is silent: as assignment",
        LOW, "a closed case (withdrawn, not registered) ends its assignments by itself: "
             "they no longer count as active"),
    Transition(
        "gakkumdu_discussion", frozenset({REGISTERED, FORWARDED}), None,
        "Perbawaslu 3/2023 Art. 1(2); docs/legal/procedure.md §1.3 (Sentra Gakkumdu "
        "discussions 1 and 2 after registration, before Bawaslu's declaration; a third, "
        "where used, after the forwarding to the police: practice)",
        MED, "which number in which status, and their order: bawaslu_rules.gakkumdu "
             "(discussion_refusal); criminal cases only (checked by the caller)"),
    Transition(
        "gakkumdu_dossier", frozenset({REGISTERED, DECIDED, FORWARDED}), None,
        "Perbawaslu 3/2023 Art. 27 (the file handed to the police); docs/legal/procedure.md "
        "§1.3",
        HIGH, "the checklist is prepared while the case is handled and may be completed "
              "after the handover"),
    Transition(
        "police_report", frozenset({FORWARDED}), None,
        "Perbawaslu 3/2023 Art. 27 (the SPKT issues a police report and a receipt); "
        "UU 7/2017 Art. 476; UU 1/2015 Art. 135(2); docs/legal/procedure.md §1.3",
        HIGH, "after a forwarding to the police (checked by the caller)"),
    Transition(
        "hearing_panel", frozenset({REGISTERED}), None,
        "Perbawaslu 8/2022 Art. 13-15 (the examining panel of a registered administrative "
        "report); docs/legal/procedure.md §1.4",
        HIGH, "administrative cases of a pemilu only (checked by the caller)"),
    Transition(
        "hearing_session", frozenset({REGISTERED}), None,
        "Perbawaslu 8/2022 Art. 14 (minutes of every session); UU 7/2017 Art. 461 (decided "
        "within 14 working days of registration); docs/legal/procedure.md §1.4 (the stages: "
        "Perbawaslu 8/2018 Art. 41(1), predecessor)",
        MED, "which agenda when: bawaslu_rules.hearings (agenda_refusal); the final decision "
             "is read before the case's decision"),
    Transition(
        "persons",
        frozenset({RECEIVED, COMPLETION_REQUESTED, REGISTERED}), None,
        "Perbawaslu 7/2022 Art. 28(1) (witnesses and experts are heard beside the reporter "
        "and the reported party); Form B.1 names witnesses at intake "
        "(docs/legal/procedure.md §1.1 row 1, §2.1); which statuses: practice, the law is "
        "silent",
        LOW, "witnesses and experts of the case are recorded and corrected until the "
             "decision; their contact data are personal data"),
    Transition(
        "clarification",
        frozenset({REGISTERED}), None,
        "Perbawaslu 7/2022 Art. 28-30 (the registered case is clarified: invitations, "
        "sessions, oath and minutes) inside the decision clock, UU 7/2017 Art. 454(7)-(8); "
        "Pilkada: Perbawaslu 8/2020 (articles not read; practice: clarification inside the "
        "3 + 2 days, UU 1/2015 Art. 134) (docs/legal/procedure.md §1.1 rows 1-6, §1.2)",
        MED, "scheduling, invitations' receipts and the outcome; the decision clock keeps "
             "running"),
)  # fmt: skip
"""Every action, by name: the statuses it is allowed from (docs/legal/rules.md §5)."""

CASE_ACTIONS: Final = tuple(TRANSITIONS)
"""Every action, in the order of :data:`TRANSITIONS`."""


def transition(action: str) -> Transition:
    """The lifecycle entry of ``action``; raises :class:`UnknownRuleError` for an unknown one."""
    try:
        return TRANSITIONS[action]
    except KeyError:
        raise UnknownRuleError(
            f"no case action {action!r}; known: {', '.join(CASE_ACTIONS)}"
        ) from None


def allowed_from(action: str) -> frozenset[str]:
    """The statuses in which ``action`` is allowed (raises for an unknown action)."""
    return transition(action).allowed_from


def can(action: str, status: str) -> bool:
    """Whether ``action`` is allowed in ``status`` (an unknown status allows nothing; an
    unknown action raises :class:`UnknownRuleError`)."""
    return status in transition(action).allowed_from
