"""Versioned, effective-dated rulesets: the deadlines of docs/legal/rules.md §3 as data.

A case is handled under the ruleset in force for its regime on the date it was received
(:func:`ruleset_for`); cases keep the version that computed their deadlines
(:func:`get_ruleset`). Every rule carries its citation (basis) and confidence exactly as in
the domain spec; qualifiers such as "HIGH (value)" are kept in ``confidence_note``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from functools import cached_property
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

from bawaslu_rules.errors import RulesetNotFoundError, UnknownRuleError

if TYPE_CHECKING:
    from bawaslu_rules.policies import PolicySet

__all__ = [
    "REGIMES",
    "RULESETS",
    "CompletionStart",
    "Confidence",
    "DayDeadlineEnds",
    "FirstCountedDay",
    "InvitationDay",
    "NikRegionMismatch",
    "Policies",
    "ReceptionDays",
    "Rule",
    "Ruleset",
    "Unit",
    "WindowRule",
    "get_ruleset",
    "list_rulesets",
    "ruleset_for",
]


class Unit(StrEnum):
    """How a deadline's amount is counted (docs/legal/rules.md §2)."""

    WORKING_DAY = "working_day"
    """Hari kerja: Monday-Friday that is not a holiday (cuti bersama by policy)."""
    CALENDAR_DAY = "calendar_day"
    """Hari / hari kalender: every day counts."""
    HOURS = "hours"
    """1x24 jam etc.: clock time from the triggering moment, nothing skipped."""


class Confidence(StrEnum):
    """How sure we are of a rule (spec, preamble)."""

    HIGH = "HIGH"
    MED = "MED"
    LOW = "LOW"


class FirstCountedDay(StrEnum):
    """Which day is day 1 of a day-based deadline."""

    DAY_AFTER_TRIGGER = "day_after_trigger"
    """Spec §2: day 1 is the first counting day after the trigger date (default)."""
    TRIGGER_DAY = "trigger_day"
    """The trigger date itself is day 1 when it is a counting day (not the law; for what-ifs)."""


class DayDeadlineEnds(StrEnum):
    """What ``due_at`` is for a day-based deadline (policy ``day_deadline_ends``)."""

    CLOSING_TIME = "closing_time"
    """Office closing time on the due date: 16:00, Friday 16:30 (Perbawaslu 7/2022 Art. 11,
    the hours for receiving reports, applied by analogy to every day-based deadline; LOW)."""
    END_OF_DAY = "end_of_day"
    """23:59:59 office local time on the due date."""


class CompletionStart(StrEnum):
    """When the completion clock starts if no notice date is known
    (policy ``completion_start_without_notice``)."""

    RECEIPT = "receipt"
    """At the effective receipt: the notice is assumed handed over on receipt (LOW)."""
    INITIAL_REVIEW_DUE = "initial_review_due"
    """At the end of ``report.initial_review`` (most favourable to the reporter)."""


class ReceptionDays(StrEnum):
    """On which days an office receives reports (policy ``pemilihan.reception_days``)."""

    WORKING_DAYS = "working_days"
    """Working days only (Perbawaslu 7/2022 Art. 11; pemilu, law)."""
    EVERY_DAY = "every_day"
    """Every calendar day, closing time still applies (Pilkada practice; MED practice, LOW
    law)."""


class InvitationDay(StrEnum):
    """How the "1 Hari" by which a clarification invitation must reach the person before
    the session is counted (Perbawaslu 7/2022 Art. 29; policy
    ``clarification.invitation_day``)."""

    AS_DECISION_CLOCK = "as_decision_clock"
    """As the case's decision clock counts its days: working days under Pemilu (UU 7/2017
    Art. 454), calendar days under Pilkada (UU 1/2015 Art. 134) (default)."""
    CALENDAR_DAY = "calendar_day"
    """The invitation arrives on an earlier calendar date than the session."""
    WORKING_DAY = "working_day"
    """The invitation arrives on or before the last working day before the session's date."""


class NikRegionMismatch(StrEnum):
    """What a Pilkada voter's NIK region outside the election's area means
    (policy ``nik_region_mismatch``)."""

    INCOMPLETE = "incomplete"
    """Voter status not yet shown: code ``reporter_nik_outside_election_area`` (the NIK
    region is where the NIK was first issued, not the domicile; LOW)."""
    NOT_ELIGIBLE = "not_eligible"
    """Code ``reporter_not_registered_voter``: not a voter in that regional election."""
    IGNORE = "ignore"
    """No check."""


@dataclass(frozen=True, slots=True)
class Policies:
    """Named policies of a ruleset (docs/legal/rules.md §2, §4); callers may override each
    one, deployments through :class:`bawaslu_rules.policies.PolicySet`."""

    cuti_bersama_is_working_day: bool = False
    """§2: cuti bersama counts as non-working by default (Bawaslu staff are ASN; MED)."""
    calendar_deadline_rolls_forward: bool = False
    """§2: no rule found; a calendar-day deadline ending on a non-working day stays put (LOW)."""
    first_counted_day: FirstCountedDay = FirstCountedDay.DAY_AFTER_TRIGGER
    """§2: the trigger day itself is never counted."""
    day_deadline_ends: DayDeadlineEnds = DayDeadlineEnds.CLOSING_TIME
    """What ``due_at`` is for day-based deadlines (LOW: Art. 11 applied by analogy)."""
    completion_start_without_notice: CompletionStart = CompletionStart.RECEIPT
    """Where ``report.completion`` starts when no notice date is known (LOW)."""
    reception_24h: bool = True
    """24-hour reception in the quiet period and on voting and counting days (pemilu:
    Perbawaslu 7/2022 Art. 11, law; pemilihan: policy ``pemilihan.reception_24h``, MED)."""
    reception_24h_days_after_voting: int = 0
    """Counting days after voting day that are also 24-hour reception days (LOW)."""
    reception_days: ReceptionDays = ReceptionDays.WORKING_DAYS
    """Days the office receives reports (pemilu: working days, Art. 11; pemilihan rulesets
    ship ``every_day``)."""
    nik_region_mismatch: NikRegionMismatch = NikRegionMismatch.INCOMPLETE
    """Pilkada voter whose NIK region is outside the election's area (LOW)."""
    gakkumdu_third_discussion: bool = False
    """Whether a third Sentra Gakkumdu discussion is expected (2019 practice, not used in
    2024; docs/legal/procedure.md §1.3, LOW)."""
    hearing_adjourn_when_party_absent: bool = True
    """Whether an administrative hearing session is adjourned when a party is absent
    (Perbawaslu 8/2022 practice: proceeded in 2019, adjourned in 2022;
    docs/legal/procedure.md §1.4, MED)."""
    clarification_invitation_day: InvitationDay = InvitationDay.AS_DECISION_CLOCK
    """How the "1 Hari" lead of a clarification invitation is counted (Perbawaslu 7/2022
    Art. 29(1)-(4); calendar or working day is not stated: LOW)."""
    clarification_invitations_before_proceeding: int = 2
    """Invitations a person may miss before the analysis proceeds without them
    (Perbawaslu 7/2022 Art. 29(5)-(6); what follows a second no-show was not read: LOW)."""

    def __post_init__(self) -> None:
        # Accept the plain string values too (JSON, CLI); store the enums.
        object.__setattr__(self, "first_counted_day", FirstCountedDay(self.first_counted_day))
        object.__setattr__(self, "day_deadline_ends", DayDeadlineEnds(self.day_deadline_ends))
        object.__setattr__(
            self,
            "completion_start_without_notice",
            CompletionStart(self.completion_start_without_notice),
        )
        object.__setattr__(self, "reception_days", ReceptionDays(self.reception_days))
        object.__setattr__(self, "nik_region_mismatch", NikRegionMismatch(self.nik_region_mismatch))
        object.__setattr__(
            self,
            "clarification_invitation_day",
            InvitationDay(self.clarification_invitation_day),
        )
        attempts = self.clarification_invitations_before_proceeding
        if isinstance(attempts, bool) or not isinstance(attempts, int) or not 1 <= attempts <= 5:
            raise ValueError(
                f"clarification_invitations_before_proceeding must be 1..5, not {attempts!r}"
            )
        days = self.reception_24h_days_after_voting
        if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 7:
            raise ValueError(f"reception_24h_days_after_voting must be 0..7, not {days!r}")

    def replace(self, **changes: Any) -> Policies:
        """A copy with ``changes`` applied."""
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready representation."""
        return {
            "cuti_bersama_is_working_day": self.cuti_bersama_is_working_day,
            "calendar_deadline_rolls_forward": self.calendar_deadline_rolls_forward,
            "first_counted_day": self.first_counted_day.value,
            "day_deadline_ends": self.day_deadline_ends.value,
            "completion_start_without_notice": self.completion_start_without_notice.value,
            "reception_24h": self.reception_24h,
            "reception_24h_days_after_voting": self.reception_24h_days_after_voting,
            "reception_days": self.reception_days.value,
            "nik_region_mismatch": self.nik_region_mismatch.value,
            "gakkumdu_third_discussion": self.gakkumdu_third_discussion,
            "hearing_adjourn_when_party_absent": self.hearing_adjourn_when_party_absent,
            "clarification_invitation_day": self.clarification_invitation_day.value,
            "clarification_invitations_before_proceeding": (
                self.clarification_invitations_before_proceeding
            ),
        }


DEFAULT_POLICIES: Final = Policies()
PEMILIHAN_POLICIES: Final = Policies(reception_days=ReceptionDays.EVERY_DAY)
"""Pilkada offices receive reports every calendar day (policy ``pemilihan.reception_days``)."""


class FrozenDict(dict[str, Any]):
    """A read-only, hashable dict (``policy_overrides``; values are JSON-ready scalars).

    A ``dict`` subclass rather than a mapping proxy so that ``dataclasses.asdict``,
    ``copy.deepcopy`` and ``json.dumps`` work on the results that carry it.
    """

    __slots__ = ()

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(tuple(sorted(self.items())))

    def _readonly(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError("policy_overrides is read-only")

    __setitem__ = _readonly
    __delitem__ = _readonly
    __ior__ = _readonly
    clear = _readonly
    pop = _readonly
    popitem = _readonly
    setdefault = _readonly
    update = _readonly

    def __deepcopy__(self, memo: dict[int, Any]) -> FrozenDict:
        return self

    def __copy__(self) -> FrozenDict:
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenDict, (dict(self),))


NO_OVERRIDES: Final = FrozenDict()


@dataclass(frozen=True, slots=True)
class Rule:
    """One deadline: ``amount`` ``unit`` from ``trigger``, with its legal basis."""

    id: str
    trigger: str
    amount: int
    unit: Unit
    basis: str
    confidence: Confidence
    confidence_note: str = ""
    note: str = ""
    policies: Policies | None = None
    """Rule-specific policies; ``None`` means the ruleset's."""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready representation."""
        return {
            "id": self.id,
            "trigger": self.trigger,
            "amount": self.amount,
            "unit": self.unit.value,
            "basis": self.basis,
            "confidence": self.confidence.value,
            "confidence_note": self.confidence_note,
            "note": self.note,
            "policies": self.policies.to_dict() if self.policies else None,
        }


@dataclass(frozen=True, slots=True)
class WindowRule:
    """A filing window (not a day count): open from one stage date to another, inclusive."""

    id: str
    opens: str
    closes: str
    basis: str
    confidence: Confidence
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready representation."""
        return {
            "id": self.id,
            "opens": self.opens,
            "closes": self.closes,
            "basis": self.basis,
            "confidence": self.confidence.value,
            "note": self.note,
        }


@dataclass(frozen=True)
class Ruleset:
    """All deadlines of one regime under one generation of regulations.

    Immutable; not slotted so that :attr:`rule_table` can be computed once and cached.
    """

    regime: str
    version: str
    title: str
    regulations: tuple[str, ...]
    effective_from: date
    effective_note: str
    rules: Mapping[str, Rule]
    policies: Policies = DEFAULT_POLICIES
    windows: Mapping[str, WindowRule] = field(default_factory=lambda: MappingProxyType({}))
    reception_24h_basis: str = ""
    notes: tuple[str, ...] = ()
    policy_overrides: Mapping[str, Any] = NO_OVERRIDES
    """Deployment policy overrides applied to this ruleset (``apply_policies``), by policy
    name; empty for the shipped rulesets. Shown in every result computed with it."""

    @property
    def id(self) -> str:
        """``regime:version``, the identifier stored with every computed deadline."""
        return f"{self.regime}:{self.version}"

    @cached_property
    def _rule_table(self) -> dict[str, tuple[Rule, dict[str, Any]]]:
        """Per rule id: the rule and the rule-level fields of its Deadline.

        Internal to compute_deadline (computed once per ruleset). Plain dicts on purpose:
        ``dict.update`` from a dict is twice as fast as from a mapping proxy.
        """
        rid = self.id
        return {
            r.id: (
                r,
                {
                    "rule": r.id,
                    "regime": self.regime,
                    "ruleset": rid,
                    "ruleset_version": self.version,
                    "amount": r.amount,
                    "unit": r.unit,
                    "basis": r.basis,
                    "confidence": r.confidence,
                    "confidence_note": r.confidence_note,
                    "policy_overrides": self.policy_overrides,
                },
            )
            for r in self.rules.values()
        }

    def rule(self, rule_id: str) -> Rule:
        """The rule with ``rule_id``; raises :class:`UnknownRuleError`."""
        try:
            return self.rules[rule_id]
        except KeyError:
            raise UnknownRuleError(
                f"no rule {rule_id!r} in ruleset {self.id}; known: {', '.join(self.rules)}"
            ) from None

    def window(self, window_id: str) -> WindowRule:
        """The window rule with ``window_id``; raises :class:`UnknownRuleError`."""
        try:
            return self.windows[window_id]
        except KeyError:
            raise UnknownRuleError(f"no window rule {window_id!r} in ruleset {self.id}") from None

    def with_policies(self, **changes: Any) -> Ruleset:
        """A copy whose ruleset-wide policies have ``changes`` applied (caller override)."""
        return dataclasses.replace(self, policies=self.policies.replace(**changes))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready representation."""
        return {
            "id": self.id,
            "regime": self.regime,
            "version": self.version,
            "title": self.title,
            "regulations": list(self.regulations),
            "effective_from": self.effective_from.isoformat(),
            "effective_note": self.effective_note,
            "policies": self.policies.to_dict(),
            "rules": [r.to_dict() for r in self.rules.values()],
            "windows": [w.to_dict() for w in self.windows.values()],
            "reception_24h_basis": self.reception_24h_basis,
            "notes": list(self.notes),
            "policy_overrides": dict(self.policy_overrides),
        }


WD = Unit.WORKING_DAY
CD = Unit.CALENDAR_DAY
HR = Unit.HOURS
HIGH = Confidence.HIGH
MED = Confidence.MED
LOW = Confidence.LOW
_VALUE = "HIGH (value)"

_NOT_VERIFIED_2018 = (
    "Perbawaslu 7/2018 text not verified; value carried over from Perbawaslu 7/2022"
)


def _rules(*rules: Rule) -> Mapping[str, Rule]:
    table = {r.id: r for r in rules}
    if len(table) != len(rules):
        raise AssertionError("duplicate rule id in a ruleset table")
    return MappingProxyType(table)


# ---------------------------------------------------------------------------------------
# pemilu: UU 7/2017 (as amended by Perppu 1/2022 = UU 7/2023)
# ---------------------------------------------------------------------------------------

# Statute-driven rules: identical in both Perbawaslu generations because UU 7/2017 sets
# them; only the Perbawaslu citations differ.
_PEMILU_STATUTE: Final = (
    Rule("case.decision", "report or finding registered", 7, WD,
         "UU 7/2017 Art. 454(7)", HIGH),
    Rule("case.decision_extended",
         "report or finding registered, when more information is needed "
         "(keterangan tambahan)", 14, WD, "UU 7/2017 Art. 454(8)", HIGH,
         note="14 working days in total from registration (same trigger as case.decision), "
              "not 14 more"),
    Rule("admin.kpu_followup", "Bawaslu's administrative decision read out", 3, WD,
         "UU 7/2017 Art. 462", HIGH, _VALUE),
    Rule("crime.forward_to_police",
         "Bawaslu declares an alleged election crime after Sentra Gakkumdu coordination",
         24, HR, "UU 7/2017 Art. 476", HIGH),
    Rule("crime.investigation", "report received by the police", 14, CD,
         "UU 7/2017 Art. 480(1) (article from secondary sources)", HIGH, _VALUE),
    Rule("crime.prosecutor_return", "case file received by the prosecutor, incomplete", 3,
         CD, "UU 7/2017 Art. 480(2)", HIGH, _VALUE),
    Rule("crime.investigator_resubmit", "file returned to the investigator", 3, CD,
         "UU 7/2017 Art. 480(3)", HIGH, _VALUE),
    Rule("crime.to_court", "prosecutor receives the complete file", 5, CD,
         "UU 7/2017 Art. 480(4)", HIGH, _VALUE),
    Rule("crime.district_court", "case received by the district court", 7, CD,
         "UU 7/2017 Art. 482(1)", HIGH),
    Rule("crime.appeal_filing", "district court decision read out", 3, CD,
         "UU 7/2017 Art. 482(2)", HIGH),
    Rule("crime.appeal_forward", "appeal received by the district court", 3, CD,
         "UU 7/2017 Art. 482(3)", HIGH),
    Rule("crime.high_court", "appeal file received by the high court", 7, CD,
         "UU 7/2017 Art. 482(4); final (482(5))", HIGH),
    Rule("crime.decision_to_prosecutor", "final decision read out", 3, CD,
         "UU 7/2017 Art. 483(1)", HIGH),
    Rule("crime.execution", "decision received by the prosecutor", 3, CD,
         "UU 7/2017 Art. 483(2)", HIGH),
)  # fmt: skip

PEMILU_2022: Final = Ruleset(
    regime="pemilu",
    version="2022.1",
    title="Pemilu under UU 7/2017 with Perbawaslu 7/2022 and 8/2022",
    regulations=("UU 7/2017 (as amended by Perppu 1/2022 = UU 7/2023)",
                 "Perbawaslu 7/2022", "Perbawaslu 8/2022"),
    effective_from=date(2022, 11, 1),
    effective_note="ASSUMPTION: effective date of Perbawaslu 7/2022 and 8/2022 not verified; "
                   "1 Nov 2022 chosen (after promulgation in 2022, before any Pemilu 2024 "
                   "report stage). Verify against the Berita Negara before relying on it. "
                   "A deployment may set it: policy effective_from.pemilu:2022.1 "
                   "(docs/legal/rules.md §1).",
    rules=_rules(
        Rule("report.filing",
             "date the reporter came to know of the violation (tanggal diketahui)", 7, WD,
             "UU 7/2017 Art. 454(6); Perbawaslu 7/2022 Art. 8(3)", HIGH),
        Rule("finding.set", "date a supervisor discovered it (tanggal ditemukan)", 7, WD,
             'UU 7/2017 Art. 454(5) ("hari"; practice counts working days)', MED),
        Rule("report.initial_review", "report received", 2, WD,
             "Perbawaslu 7/2022 Art. 15(1) (kajian awal)", HIGH),
        Rule("report.completion_notice",
             "initial review finished with requirements missing", 1, WD,
             "Perbawaslu 7/2022 (article unconfirmed)", LOW),
        Rule("report.completion", "notice to complete received by the reporter", 2, WD,
             "Perbawaslu 7/2022 (article unconfirmed; practice)", MED),
        _PEMILU_STATUTE[0],
        _PEMILU_STATUTE[1],
        Rule("admin.decision", "administrative-violation report registered", 14, WD,
             "UU 7/2017 Art. 461; Perbawaslu 8/2022", HIGH),
        *_PEMILU_STATUTE[2:],
    ),
    windows=MappingProxyType({
        "tsm.filing_window": WindowRule(
            "tsm.filing_window",
            "setting of the final candidate list or of the candidate pairs",
            "voting day", "Perbawaslu 7/2022 Art. 8(4)", MED,
            "TSM administrative-violation reports: a window check, not a day count"),
    }),
    reception_24h_basis="Perbawaslu 7/2022 Art. 11 (quiet period, voting and counting "
                        "days: 24-hour reception; HIGH-MED)",
    notes=("Criminal cases that can affect the vote count must finish at least 5 days "
           "before KPU sets the national result (UU 7/2017 Art. 484(1), HIGH); not "
           "encoded as a day count.",),
)  # fmt: skip

PEMILU_2018: Final = Ruleset(
    regime="pemilu",
    version="2018.1",
    title="Pemilu under UU 7/2017 with Perbawaslu 7/2018 and 8/2018",
    regulations=("UU 7/2017", "Perbawaslu 7/2018", "Perbawaslu 8/2018"),
    effective_from=date(2018, 1, 1),
    effective_note="ASSUMPTION: Perbawaslu 7/2018 and 8/2018 taken as in force from "
                   "1 Jan 2018 (before the Pemilu 2019 stages); not verified. A deployment "
                   "may set it: policy effective_from.pemilu:2018.1 (docs/legal/rules.md §1).",
    rules=_rules(
        Rule("report.filing",
             "date the reporter came to know of the violation (tanggal diketahui)", 7, WD,
             "UU 7/2017 Art. 454(6); Perbawaslu 7/2018 (article not verified)", HIGH),
        Rule("finding.set", "date a supervisor discovered it (tanggal ditemukan)", 7, WD,
             'UU 7/2017 Art. 454(5) ("hari"; practice counts working days)', MED),
        Rule("report.initial_review", "report received", 2, WD,
             "Perbawaslu 7/2018 (article not verified)", LOW, note=_NOT_VERIFIED_2018),
        Rule("report.completion_notice",
             "initial review finished with requirements missing", 1, WD,
             "Perbawaslu 7/2018 (article not verified)", LOW, note=_NOT_VERIFIED_2018),
        Rule("report.completion", "notice to complete received by the reporter", 2, WD,
             "Perbawaslu 7/2018 (article not verified; practice)", LOW,
             note=_NOT_VERIFIED_2018),
        _PEMILU_STATUTE[0],
        _PEMILU_STATUTE[1],
        Rule("admin.decision", "administrative-violation report registered", 14, WD,
             "UU 7/2017 Art. 461; Perbawaslu 8/2018", HIGH),
        *_PEMILU_STATUTE[2:],
    ),
    windows=MappingProxyType({
        "tsm.filing_window": WindowRule(
            "tsm.filing_window",
            "setting of the final candidate list or of the candidate pairs",
            "voting day", "Perbawaslu 8/2018 (article not verified)", LOW,
            "carried over from Perbawaslu 7/2022 Art. 8(4); 2018 text not verified"),
    }),
    reception_24h_basis="Perbawaslu 7/2018 (not verified; carried over from 7/2022 Art. 11)",
)  # fmt: skip

# ---------------------------------------------------------------------------------------
# pemilihan (Pilkada): UU 1/2015 as amended (UU 8/2015, UU 10/2016, UU 6/2020)
# ---------------------------------------------------------------------------------------

_PEMILIHAN_COMMON_TAIL: Final = (
    Rule("case.decision", 'report registered (practice; the statute says "received")', 3,
         CD, "UU 1/2015 Art. 134(5)", HIGH, _VALUE),
    Rule("case.decision_extended", "same, when more information is needed", 5, CD,
         "UU 1/2015 Art. 134(6)", HIGH,
         note="5 calendar days in total from the same trigger as case.decision, not 5 more"),
    Rule("admin.kpu_followup", "Bawaslu's administrative recommendation received by KPU", 7,
         CD, "UU 10/2016 Art. 139–140", MED),
    Rule("tsm.decision", "TSM report registered", 14, CD, "Perbawaslu 9/2020 Art. 45(1)",
         HIGH),
    Rule("tsm.counter_memo", "notice of an objection to Bawaslu RI", 3, CD,
         "Perbawaslu 9/2020 Art. 57", HIGH),
    Rule("crime.forward_to_police", "Bawaslu decides it is an alleged crime", 24, HR,
         "UU 1/2015 Art. 135(2)", HIGH),
    Rule("crime.investigation", "report received by the police", 14, WD,
         "Pilkada Gakkumdu joint regulation Art. 22(4)", HIGH, _VALUE),
    Rule("crime.prosecutor_return", "file received, incomplete", 3, WD,
         "Pilkada Gakkumdu joint regulation Art. 22(4) (same)", HIGH, _VALUE),
    Rule("crime.investigator_resubmit", "file returned", 3, WD,
         "Pilkada Gakkumdu joint regulation Art. 22(4) (same)", HIGH, _VALUE),
    Rule("crime.to_court", "complete file received", 5, WD,
         "Pilkada Gakkumdu joint regulation Art. 22(4) (same)", HIGH, _VALUE),
    Rule("crime.district_court", "case received by the court", 7, CD,
         "UU 1/2015 Art. 148 (article unverified)", HIGH, _VALUE),
    Rule("crime.appeal_filing", "decision read out", 3, CD,
         "UU 1/2015 Art. 148 (article unverified; same)", HIGH, _VALUE),
    Rule("crime.high_court", "appeal received", 7, CD,
         "UU 1/2015 Art. 148 (article unverified; same)", HIGH, _VALUE),
)  # fmt: skip

PEMILIHAN_2024: Final = Ruleset(
    regime="pemilihan",
    version="2024.1",
    title="Pilkada under UU 1/2015 as amended, Perbawaslu 8/2020 jo. 9/2024",
    regulations=("UU 1/2015 (as amended by UU 8/2015, UU 10/2016, UU 6/2020)",
                 "Perbawaslu 8/2020 as amended by Perbawaslu 9/2024",
                 "Perbawaslu 9/2020 (TSM)"),
    effective_from=date(2024, 9, 30),
    effective_note="Perbawaslu 9/2024 was set on 30 Sep 2024 (docs/legal/rules.md §1); "
                   "ASSUMPTION: in force from that day. A deployment may set it: policy "
                   "effective_from.pemilihan:2024.1.",
    rules=_rules(
        Rule("report.filing", "date known or discovered", 7, CD,
             "UU 1/2015 Art. 134(4); Perbawaslu 8/2020 jo. 9/2024 Art. 9(4)", HIGH),
        Rule("finding.set", "date discovered", 7, CD, "UU 1/2015 Art. 134(4)", MED),
        Rule("report.initial_review", "report received", 2, CD,
             "Perbawaslu 8/2020 jo. 9/2024 (practice)", MED),
        Rule("report.completion", "notice to complete received", 48, HR,
             'Perbawaslu 9/2024 (practice "2x24 jam"; a 2020 source says 3 days)', MED),
        *_PEMILIHAN_COMMON_TAIL,
    ),
    policies=PEMILIHAN_POLICIES,
    reception_24h_basis="Perbawaslu 8/2020 jo. 9/2024 (24-hour reception in the quiet "
                        "period and on voting and counting days; MED, sources conflict)",
)  # fmt: skip

PEMILIHAN_2020: Final = Ruleset(
    regime="pemilihan",
    version="2020.1",
    title="Pilkada under UU 1/2015 as amended, Perbawaslu 8/2020",
    regulations=("UU 1/2015 (as amended by UU 8/2015, UU 10/2016, UU 6/2020)",
                 "Perbawaslu 8/2020", "Perbawaslu 9/2020 (TSM)"),
    effective_from=date(2020, 1, 1),
    effective_note="ASSUMPTION: Perbawaslu 8/2020 taken as in force from 1 Jan 2020 "
                   "(before the Pilkada 2020 stages); not verified. A deployment may set "
                   "it: policy effective_from.pemilihan:2020.1 (docs/legal/rules.md §1).",
    rules=_rules(
        Rule("report.filing", "date known or discovered", 7, CD,
             "UU 1/2015 Art. 134(4); Perbawaslu 8/2020 (article not verified)", HIGH),
        Rule("finding.set", "date discovered", 7, CD, "UU 1/2015 Art. 134(4)", MED),
        Rule("report.initial_review", "report received", 2, CD,
             "Perbawaslu 8/2020 (practice)", MED),
        Rule("report.completion", "notice to complete received", 3, CD,
             "Perbawaslu 8/2020 (a 2020 source says 3 days; text not verified)", LOW,
             note="Perbawaslu 9/2024 practice is 2x24 hours; this 2020 value is from a "
                  "single secondary source"),
        *_PEMILIHAN_COMMON_TAIL,
    ),
    policies=PEMILIHAN_POLICIES,
    reception_24h_basis="Perbawaslu 8/2020 (24-hour reception; not verified)",
)  # fmt: skip

RULESETS: Final[Mapping[str, tuple[Ruleset, ...]]] = MappingProxyType(
    {
        # Oldest first; ruleset_for() picks the last one in force.
        "pemilu": (PEMILU_2018, PEMILU_2022),
        "pemilihan": (PEMILIHAN_2020, PEMILIHAN_2024),
    }
)
"""Every shipped ruleset, per regime, by effective date."""

REGIMES: Final = tuple(RULESETS)


def _regime(regime: str) -> tuple[Ruleset, ...]:
    try:
        return RULESETS[regime]
    except KeyError:
        raise RulesetNotFoundError(
            f"unknown regime {regime!r}: use {' or '.join(REGIMES)}"
        ) from None


def list_rulesets(regime: str | None = None) -> list[Ruleset]:
    """All shipped rulesets (of ``regime``, when given), oldest first."""
    if regime is None:
        return [rs for group in RULESETS.values() for rs in group]
    return list(_regime(regime))


def get_ruleset(
    regime: str, version: str | None = None, policies: PolicySet | None = None
) -> Ruleset:
    """The ruleset ``version`` of ``regime`` (latest shipped when ``version`` is None).

    ``version`` may also be a full id such as ``"pemilu:2022.1"``. With ``policies`` (a
    :class:`~bawaslu_rules.policies.PolicySet`) the deployment overrides are applied
    (:func:`~bawaslu_rules.policies.apply_policies`; cached, same input -> same object).
    """
    group = _regime(regime)
    found: Ruleset | None = None
    if version is None:
        found = group[-1]
    else:
        for rs in group:
            if version in (rs.version, rs.id):
                found = rs
                break
    if found is None:
        known = ", ".join(rs.version for rs in group)
        raise RulesetNotFoundError(f"no ruleset {version!r} for {regime}; known: {known}")
    if policies is None:
        return found
    from bawaslu_rules.policies import apply_policies

    return apply_policies(found, policies)


_APPLIED_GROUPS: dict[tuple[str, PolicySet], tuple[Ruleset, ...]] = {}


def _applied_group(regime: str, policies: PolicySet) -> tuple[Ruleset, ...]:
    """The regime's rulesets with ``policies`` applied, by (possibly overridden) effective
    date; computed once per policy set (bulk intake asks for every item)."""
    key = (regime, policies)
    group = _APPLIED_GROUPS.get(key)
    if group is None:
        from bawaslu_rules.policies import apply_policies

        if len(_APPLIED_GROUPS) >= 256:
            _APPLIED_GROUPS.clear()
        group = _APPLIED_GROUPS[key] = tuple(
            sorted(
                (apply_policies(rs, policies) for rs in _regime(regime)),
                key=lambda r: r.effective_from,
            )
        )
    return group


def ruleset_for(regime: str, *, on: date, policies: PolicySet | None = None) -> Ruleset:
    """The ruleset in force for ``regime`` on ``on`` (the date a case was received;
    docs/legal/rules.md §1).

    A datetime is reduced to its date as given (convert it to office local time first).
    With ``policies``, the deployment's overrides are applied first, so an
    ``effective_from.<ruleset id>`` override changes which ruleset is in force; the
    ruleset returned carries the overrides.
    """
    if isinstance(on, datetime):
        on = on.date()
    group = _regime(regime) if policies is None else _applied_group(regime, policies)
    found: Ruleset | None = None
    for rs in group:
        if rs.effective_from <= on:
            found = rs
    if found is None:
        raise RulesetNotFoundError(f"no {regime} ruleset in force on {on.isoformat()}")
    return found
