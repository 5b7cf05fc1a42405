"""Named policies: every open legal question the engine answers, and the deployment
overrides that answer it differently (docs/legal/rules.md §1, §2, §4).

Each policy in :data:`POLICIES` has a default (the engine's answer), the citation and
confidence of that answer, and the one-sentence question it answers. A deployment sets
its own answers as a :class:`PolicySet`; :func:`apply_policies` returns the ruleset with
them applied and records them in :attr:`Ruleset.policy_overrides`, so that every deadline,
timeliness check and admissibility result computed with it shows the overrides it used.

Besides the fixed policies there is one ``effective_from.<ruleset id>`` policy per shipped
ruleset (its effective date is an ASSUMPTION, see ``effective_note``) and one
``amount.<ruleset id>.<rule id>`` policy per LOW-confidence rule.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Any, Final

from bawaslu_rules.errors import RulesError
from bawaslu_rules.plenary import PLENARY_QUORUM_BASIS, PlenaryQuorum
from bawaslu_rules.rulesets import (
    RULESETS,
    CompletionStart,
    Confidence,
    DayDeadlineEnds,
    FirstCountedDay,
    FrozenDict,
    InvitationDay,
    NikRegionMismatch,
    ReceptionDays,
    Rule,
    Ruleset,
    Unit,
)

__all__ = [
    "POLICIES",
    "POLICY_KINDS",
    "PolicyDef",
    "PolicySet",
    "apply_policies",
    "policy_catalog",
]

POLICY_KINDS: Final = ("bool", "choice", "int", "date", "duration")
"""The value kinds of a policy."""

HIGH = Confidence.HIGH
MED = Confidence.MED
LOW = Confidence.LOW


@dataclass(frozen=True, slots=True)
class PolicyDef:
    """One named policy: its value kind, default, citation, confidence and question."""

    name: str
    kind: str
    """``bool``, ``choice``, ``int``, ``date`` or ``duration`` (``"<n> <unit>"``)."""
    default: Any
    """JSON-ready default value (the engine's answer)."""
    basis: str
    confidence: Confidence
    question: str
    """The open legal question this policy answers, in one sentence."""
    note: str = ""
    choices: tuple[str, ...] = ()
    """Allowed values of a ``choice`` policy."""
    applies_to: str | None = None
    """``pemilu``, ``pemilihan`` or None (both regimes)."""
    minimum: int | None = None
    maximum: int | None = None
    """Bounds of an ``int`` policy."""
    units: tuple[str, ...] = ()
    """Units a ``duration`` policy may use (empty: any). A rule whose trigger may be a
    plain date cannot be counted in hours (1.2.0)."""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready representation."""
        out: dict[str, Any] = {
            "name": self.name,
            "kind": self.kind,
            "choices": list(self.choices),
            "default": self.default,
            "basis": self.basis,
            "confidence": self.confidence.value,
            "question": self.question,
            "note": self.note,
            "applies_to": self.applies_to,
        }
        if self.kind == "int":
            out["minimum"] = self.minimum
            out["maximum"] = self.maximum
        if self.kind == "duration":
            out["units"] = list(self.units or _UNIT_NAMES)
        return out

    def normalise(self, value: Any) -> Any:
        """``value`` as this policy's JSON-ready value; :class:`RulesError` if not allowed.

        Strings are accepted for every kind (CLI, environment): ``true``/``false`` for
        bool, digits for int, ``YYYY-MM-DD`` for date, ``"<n> <unit>"`` for duration.
        """
        if self.kind == "bool":
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in ("true", "1", "yes", "on"):
                return True
            if text in ("false", "0", "no", "off"):
                return False
            raise RulesError(f"policy {self.name} is true or false, not {value!r}")
        if self.kind == "choice":
            text = str(getattr(value, "value", value)).strip()
            if text not in self.choices:
                raise RulesError(
                    f"policy {self.name} is one of {', '.join(self.choices)}, not {value!r}"
                )
            return text
        if self.kind == "int":
            number: int | None = None
            if isinstance(value, int) and not isinstance(value, bool):
                number = value
            elif isinstance(value, str) and value.strip().isdigit():
                number = int(value.strip())
            if number is None or not (
                (self.minimum is None or number >= self.minimum)
                and (self.maximum is None or number <= self.maximum)
            ):
                raise RulesError(
                    f"policy {self.name} is a whole number from {self.minimum} to "
                    f"{self.maximum}, not {value!r}"
                )
            return number
        if self.kind == "date":
            if isinstance(value, date):
                return value.isoformat()
            try:
                return date.fromisoformat(str(value).strip()).isoformat()
            except ValueError:
                raise RulesError(
                    f"policy {self.name} is a date YYYY-MM-DD, not {value!r}"
                ) from None
        # duration
        amount, unit = parse_duration(value, name=self.name)
        if self.units and unit.value not in self.units:
            raise RulesError(
                f"policy {self.name} is counted in {' or '.join(self.units)}, not "
                f"{unit.value}: its trigger can be a plain date, which has no hour"
            )
        return f"{amount} {unit.value}"


_UNIT_ALIASES: Final = {
    "working_day": Unit.WORKING_DAY,
    "working_days": Unit.WORKING_DAY,
    "calendar_day": Unit.CALENDAR_DAY,
    "calendar_days": Unit.CALENDAR_DAY,
    "hours": Unit.HOURS,
    "hour": Unit.HOURS,
}


_UNIT_NAMES: Final = tuple(u.value for u in Unit)


def parse_duration(value: Any, *, name: str = "duration") -> tuple[int, Unit]:
    """``"<n> <unit>"`` (unit ``working_day``, ``calendar_day`` or ``hours``) as
    ``(n, Unit)``; :class:`RulesError` otherwise."""
    parts = str(value).split()
    if len(parts) == 2 and parts[0].isdigit() and parts[1] in _UNIT_ALIASES:
        amount = int(parts[0])
        if 1 <= amount <= 1000:
            return amount, _UNIT_ALIASES[parts[1]]
    raise RulesError(
        f"policy {name} is '<n> <unit>' with n from 1 to 1000 and unit working_day, "
        f"calendar_day or hours (e.g. '48 hours'), not {value!r}"
    )


# -- the registry ----------------------------------------------------------------------

_FIELD: Final = {
    # policy name -> Policies field
    "cuti_bersama_is_working_day": "cuti_bersama_is_working_day",
    "calendar_deadline_rolls_forward": "calendar_deadline_rolls_forward",
    "first_counted_day": "first_counted_day",
    "day_deadline_ends": "day_deadline_ends",
    "completion_start_without_notice": "completion_start_without_notice",
    "reception_24h_days_after_voting": "reception_24h_days_after_voting",
    "pemilihan.reception_24h": "reception_24h",
    "pemilihan.reception_days": "reception_days",
    "nik_region_mismatch": "nik_region_mismatch",
    "gakkumdu.third_discussion": "gakkumdu_third_discussion",
    "hearings.adjourn_when_party_absent": "hearing_adjourn_when_party_absent",
    "clarification.invitation_day": "clarification_invitation_day",
    "clarification.invitations_before_proceeding": "clarification_invitations_before_proceeding",
}

_FIXED: Final = (
    PolicyDef(
        "cuti_bersama_is_working_day",
        "bool",
        False,
        "docs/legal/rules.md §2: Bawaslu staff are civil servants (ASN), for whom the "
        "Keppres on cuti bersama applies; default: cuti bersama is non-working",
        MED,
        "Does a collective-leave day (cuti bersama) count as a working day for Bawaslu deadlines?",
        "one real case fits either reading",
    ),
    PolicyDef(
        "calendar_deadline_rolls_forward",
        "bool",
        False,
        "docs/legal/rules.md §2: no rule found; practice shows Pilkada offices deciding on "
        "Saturdays and Sundays",
        LOW,
        "Does a calendar-day deadline that ends on a weekend or holiday move to the next "
        "working day?",
    ),
    PolicyDef(
        "first_counted_day",
        "choice",
        FirstCountedDay.DAY_AFTER_TRIGGER.value,
        "docs/legal/rules.md §2: day 1 is the first counting day after the trigger date; "
        "the trigger day itself is never counted",
        MED,
        "Is the trigger day itself day 1 of a day-based deadline?",
        "trigger_day is not the law as read; it is there for what-if analysis",
        choices=tuple(c.value for c in FirstCountedDay),
    ),
    PolicyDef(
        "day_deadline_ends",
        "choice",
        DayDeadlineEnds.CLOSING_TIME.value,
        "Perbawaslu 7/2022 Art. 11 (closing time for receiving reports: 16:00, Friday "
        "16:30), applied by analogy to every day-based deadline (docs/legal/rules.md §2)",
        LOW,
        "At what time of its due date does a day-based deadline expire, including due dates "
        "on weekends and the police and court deadlines?",
        "closing_time: 16:00 (Friday 16:30) office local time; end_of_day: 23:59:59 "
        "office local time. Art. 11 sets the hours for receiving reports only",
        choices=tuple(c.value for c in DayDeadlineEnds),
    ),
    PolicyDef(
        "completion_start_without_notice",
        "choice",
        CompletionStart.RECEIPT.value,
        "docs/legal/rules.md §4: report.completion runs from the reporter's receipt of the "
        "notice to complete; when that date is not known the start is assumed",
        LOW,
        "When no notice date is given, does the completion clock start at the receipt of "
        "the report or at the end of the initial review?",
        "receipt: the notice is assumed handed over on receipt; initial_review_due: at the "
        "end of report.initial_review, the reading most favourable to the reporter",
        choices=tuple(c.value for c in CompletionStart),
    ),
    PolicyDef(
        "reception_24h_days_after_voting",
        "int",
        0,
        "docs/legal/rules.md §2: 24-hour reception on voting and counting days (Perbawaslu "
        "7/2022 Art. 11); which days after voting day are counting days is not stated",
        LOW,
        "How many days after voting day are counting days with 24-hour reception?",
        "0: counting is taken as the voting day's night, covered by voting day",
        minimum=0,
        maximum=7,
    ),
    PolicyDef(
        "pemilihan.reception_24h",
        "bool",
        True,
        "Perbawaslu 8/2020 jo. 9/2024 (24-hour reception in the quiet period and on voting "
        "and counting days; docs/legal/rules.md §2)",
        MED,
        "Does a Pilkada office receive reports 24 hours a day in the quiet period and on "
        "voting and counting days?",
        "sources conflict; for pemilu this is law (Perbawaslu 7/2022 Art. 11), not a policy",
        applies_to="pemilihan",
    ),
    PolicyDef(
        "pemilihan.reception_days",
        "choice",
        ReceptionDays.EVERY_DAY.value,
        "UU 1/2015 Art. 134(4) counts the Pilkada filing window in calendar days; practice "
        "shows Pilkada offices receiving and deciding on weekends (docs/legal/rules.md §2)",
        MED,
        "On which days does a Pilkada office receive reports?",
        "MED practice, LOW law. every_day: every calendar day until closing time; "
        "working_days: as pemilu (Perbawaslu 7/2022 Art. 11), so a 7-calendar-day window "
        "ending in a closure (e.g. Idul Fitri cuti bersama) cannot be met on its last days",
        choices=tuple(c.value for c in ReceptionDays),
        applies_to="pemilihan",
    ),
    PolicyDef(
        "nik_region_mismatch",
        "choice",
        NikRegionMismatch.INCOMPLETE.value,
        "UU 1/2015 Art. 134(2) (a voter in that regional election); the NIK's region is "
        "where the NIK was first issued, not the domicile (docs/legal/rules.md §4)",
        LOW,
        "What does a Pilkada voter whose NIK region lies outside the election's area mean "
        "for their standing?",
        "incomplete: reporter_nik_outside_election_area (voter status not yet shown); "
        "not_eligible: reporter_not_registered_voter; ignore: no check",
        choices=tuple(c.value for c in NikRegionMismatch),
        applies_to="pemilihan",
    ),
    PolicyDef(
        "plenary_quorum",
        "choice",
        PlenaryQuorum.MAJORITY.value,
        PLENARY_QUORUM_BASIS,
        LOW,
        "How many of the office's members must be present for a plenary meeting (rapat "
        "pleno) to decide a case's status?",
        "majority: more than half of the office's members (the usual rule of a collegial "
        "body); two_thirds: at least two thirds; all: every member. Counted from the number "
        "of members the office has, given with the plenary record; applied by the service "
        "when a plenary is recorded, not to any ruleset",
        choices=tuple(c.value for c in PlenaryQuorum),
    ),
    PolicyDef(
        "gakkumdu.third_discussion",
        "bool",
        False,
        "docs/legal/procedure.md §1.3: a third Sentra Gakkumdu discussion (after the police "
        "investigation, before the file goes to the prosecutor) is reported in 2019 practice "
        "(Tanah Datar, Ambon); in 2024 practice the second is the last",
        LOW,
        "Is a third Sentra Gakkumdu discussion (pembahasan ketiga) expected after the police "
        "investigation?",
        "false: discussion 3 is refused (409) naming this policy; true: it may be recorded "
        "once the case is forwarded to the police and discussion 2 concluded "
        "forward_to_investigation",
    ),
    PolicyDef(
        "hearings.adjourn_when_party_absent",
        "bool",
        True,
        "docs/legal/procedure.md §1.4: a hearing session proceeded and read the preliminary "
        "decision without the parties (Grobogan 2019) or was adjourned (West Sumatra 2022) "
        "under Perbawaslu 8/2022; the regulation's own rule was not read",
        MED,
        "Is an administrative hearing session adjourned when the reporter or the reported "
        "party is absent?",
        "true: the session is recorded as adjourned and its agenda is held again; false: it "
        "proceeds without the absent party",
        applies_to="pemilu",
    ),
    PolicyDef(
        "clarification.invitation_day",
        "choice",
        InvitationDay.AS_DECISION_CLOCK.value,
        "Perbawaslu 7/2022 Art. 29(1)-(4) (the clarification invitation, Form B.9, reaches "
        "the person at least 1 Hari before the session; the text read does not say whether "
        "Hari is a calendar or a working day); Pilkada: Perbawaslu 8/2020 clarification "
        "articles not read (docs/legal/procedure.md §1.1 row 4, §1.2)",
        LOW,
        "Is the '1 Hari' by which a clarification invitation must reach the person before "
        "the session a calendar day or a working day?",
        "as_decision_clock: as the case's decision clock counts (working days under Pemilu, "
        "calendar days under Pilkada); calendar_day: received on an earlier date than the "
        "session's; working_day: received on or before the last working day before it",
        choices=tuple(c.value for c in InvitationDay),
    ),
    PolicyDef(
        "clarification.invitations_before_proceeding",
        "int",
        2,
        "Perbawaslu 7/2022 Art. 29(5) (after a no-show the office may invite a second time, "
        "HIGH); Art. 29(6), on what follows, was not read; Perbawaslu 7/2018 Art. 24 and "
        "Pilkada practice (Pesawaran 2020): two invitations, then the analysis proceeds on "
        "the evidence at hand; some offices summon a witness up to three times "
        "(docs/legal/procedure.md §1.1 row 5, §1.2)",
        LOW,
        "How many clarification invitations must a person have missed before the analysis "
        "may proceed without them?",
        "counted per person and case: consecutive no-shows since they last attended",
        minimum=1,
        maximum=5,
    ),
)

_SERVICE_POLICIES: Final = frozenset({"plenary_quorum"})
"""Fixed policies the service applies itself (not fields of a ruleset's ``Policies``):
:func:`apply_policies` leaves them out of every ruleset and its ``policy_overrides``."""

_AMOUNT_NOTES: Final = {
    "pemilihan:2020.1.report.completion": (
        "Perbawaslu 9/2024 practice is 2x24 hours ('48 hours'); a real 2020 case contradicts 3 days"
    ),
}


_DAY_UNITS: Final = (Unit.WORKING_DAY.value, Unit.CALENDAR_DAY.value)


def _generated() -> tuple[PolicyDef, ...]:
    defs: list[PolicyDef] = []
    # A rule may be counted in hours only where some ruleset already counts it in hours
    # (its trigger is then always a moment: the notice's receipt, Bawaslu's declaration).
    hours_capable = {
        rule.id
        for group in RULESETS.values()
        for rs in group
        for rule in rs.rules.values()
        if rule.unit is Unit.HOURS
    }
    for group in RULESETS.values():
        for rs in group:
            defs.append(
                PolicyDef(
                    f"effective_from.{rs.id}",
                    "date",
                    rs.effective_from.isoformat(),
                    rs.effective_note,
                    LOW if "ASSUMPTION" in rs.effective_note else MED,
                    f"From which date is ruleset {rs.id} in force (docs/legal/rules.md §1)?",
                    "changes which ruleset ruleset_for() picks for a received date",
                    applies_to=rs.regime,
                )
            )
    for group in RULESETS.values():
        for rs in group:
            for rule in rs.rules.values():
                if rule.confidence is not LOW:
                    continue
                key = f"{rs.id}.{rule.id}"
                note = _AMOUNT_NOTES.get(key, rule.note)
                defs.append(
                    PolicyDef(
                        f"amount.{key}",
                        "duration",
                        f"{rule.amount} {rule.unit.value}",
                        rule.basis,
                        LOW,
                        f"How long is {rule.id} ({rule.trigger}) under {rs.id}?",
                        note,
                        applies_to=rs.regime,
                        units=() if rule.id in hours_capable else _DAY_UNITS,
                    )
                )
    return tuple(defs)


POLICIES: Final[Mapping[str, PolicyDef]] = MappingProxyType(
    {d.name: d for d in (*_FIXED, *_generated())}
)
"""Every named policy, by name: the fixed ones, then ``effective_from.*`` and ``amount.*``."""


def _definition(name: str) -> PolicyDef:
    try:
        return POLICIES[name]
    except KeyError:
        raise RulesError(f"unknown policy {name!r}; known: {', '.join(POLICIES)}") from None


@dataclass(frozen=True, slots=True)
class PolicySet:
    """A deployment's policy overrides ``{name: value}``: immutable, hashable, validated.

    ``PolicySet()`` has no overrides. Values are normalised to their JSON-ready form
    (see :meth:`PolicyDef.normalise`) and kept sorted by name.
    """

    overrides: tuple[tuple[str, Any], ...] = ()

    def __post_init__(self) -> None:
        seen: dict[str, Any] = {}
        for name, value in self.overrides:
            seen[str(name)] = _definition(str(name)).normalise(value)
        object.__setattr__(self, "overrides", tuple(sorted(seen.items())))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PolicySet:
        """Validate ``{name: value}``; :class:`RulesError` names the policy and what it allows."""
        if not isinstance(data, Mapping):
            raise RulesError("policies must be an object {name: value}")
        return cls(tuple(data.items()))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready ``{name: value}``."""
        return dict(self.overrides)

    def get(self, name: str, default: Any = None) -> Any:
        """The override of ``name``, or ``default``."""
        for key, value in self.overrides:
            if key == name:
                return value
        return default

    def __contains__(self, name: object) -> bool:
        return any(key == name for key, _ in self.overrides)

    def __len__(self) -> int:
        return len(self.overrides)


_APPLIED: dict[tuple[int, PolicySet], tuple[Ruleset, Ruleset]] = {}
_APPLIED_MAX: Final = 4096


def apply_policies(ruleset: Ruleset, policy_set: PolicySet) -> Ruleset:
    """``ruleset`` with the overrides of ``policy_set`` that concern it applied.

    Applied: the :class:`Policies` fields (``pemilihan.*`` and other pemilihan-only
    policies to pemilihan rulesets only), ``effective_from.<this ruleset's id>`` and
    ``amount.<this ruleset's id>.<rule>``. The overrides applied are recorded in
    :attr:`Ruleset.policy_overrides` (added to any it already has). Without any, the
    ruleset itself is returned. Cached: the same ruleset and policy set give the same
    object, so that its precomputed deadline table stays warm.
    """
    key = (id(ruleset), policy_set)
    hit = _APPLIED.get(key)
    if hit is not None and hit[0] is ruleset:
        return hit[1]
    result = _apply(ruleset, policy_set)
    if len(_APPLIED) >= _APPLIED_MAX:
        _APPLIED.clear()
    _APPLIED[key] = (ruleset, result)
    return result


def _apply(ruleset: Ruleset, policy_set: PolicySet) -> Ruleset:
    changes: dict[str, Any] = {}
    applied: dict[str, Any] = {}
    effective_from: tuple[str, date] | None = None
    rules = dict(ruleset.rules)
    amount_prefix = f"amount.{ruleset.id}."
    for name, value in policy_set.overrides:
        definition = POLICIES[name]
        if definition.applies_to not in (None, ruleset.regime) or name in _SERVICE_POLICIES:
            continue
        if name.startswith("effective_from."):
            if name != f"effective_from.{ruleset.id}":
                continue
            effective_from = (name, date.fromisoformat(value))
        elif name.startswith("amount."):
            if not name.startswith(amount_prefix):
                continue
            rule_id = name[len(amount_prefix) :]
            rule = rules.get(rule_id)
            if rule is None:
                continue
            amount, unit = parse_duration(value, name=name)
            rules[rule_id] = _with_amount(rule, amount, unit, name, value)
        else:
            changes[_FIELD[name]] = value
        applied[name] = value
    if not applied:
        return ruleset
    replace: dict[str, Any] = {
        "policies": ruleset.policies.replace(**changes),
        "rules": MappingProxyType(rules),
        "policy_overrides": FrozenDict({**ruleset.policy_overrides, **applied}),
    }
    if effective_from is not None:
        name, on = effective_from
        replace["effective_from"] = on
        replace["effective_note"] = (
            f"{ruleset.effective_note} Set by deployment policy {name} = {on.isoformat()} "
            f"(shipped: {ruleset.effective_from.isoformat()})."
        )
    return dataclasses.replace(ruleset, **replace)


def _with_amount(rule: Rule, amount: int, unit: Unit, name: str, value: str) -> Rule:
    shipped = f"{rule.amount} {rule.unit.value}"
    said = f"amount set by deployment policy {name} = {value} (shipped: {shipped})"
    return dataclasses.replace(
        rule,
        amount=amount,
        unit=unit,
        confidence_note=f"{rule.confidence_note}; {said}" if rule.confidence_note else said,
    )


def policy_catalog(policy_set: PolicySet | None = None) -> list[dict[str, Any]]:
    """Every policy with its default, current value and ``source`` (``default`` or
    ``override``), basis, confidence and question (the CLI's ``policies --json``)."""
    overrides = {} if policy_set is None else policy_set.to_dict()
    out: list[dict[str, Any]] = []
    for definition in POLICIES.values():
        entry = definition.to_dict()
        overridden = definition.name in overrides
        entry["value"] = overrides[definition.name] if overridden else definition.default
        entry["source"] = "override" if overridden else "default"
        out.append(entry)
    return out
