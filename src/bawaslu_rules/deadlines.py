"""Deadline computation: the main entry point :func:`compute_deadline`.

Day-based deadlines are O(1) lookups in the calendar's working-day index (see
:mod:`bawaslu_rules.calendar`); only ``explain=True`` walks the span to build a trace.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Final
from zoneinfo import ZoneInfo

from bawaslu_rules.calendar import Calendar, HolidayCategory
from bawaslu_rules.elections import ElectionCalendar, election, election_covering
from bawaslu_rules.errors import RulesError, UnknownRuleError
from bawaslu_rules.office import (
    _ZONE_CACHE,
    DateWindow,
    effective_receipt,
    end_of_office_day,
    get_zone,
    to_local,
)
from bawaslu_rules.rulesets import (
    NO_OVERRIDES,
    Confidence,
    DayDeadlineEnds,
    FirstCountedDay,
    Policies,
    ReceptionDays,
    Rule,
    Ruleset,
    Unit,
)
from bawaslu_rules.stages import ElectionStages, reception_windows

__all__ = [
    "Deadline",
    "Timeliness",
    "TraceEntry",
    "WindowCheck",
    "check_timeliness",
    "check_window",
    "compute_deadline",
    "due_at_basis",
    "due_date",
    "filing_rule_id",
    "resolve_stages",
]

_ONE_DAY: Final = timedelta(days=1)
_WEEKEND: Final = ("Saturday", "Sunday")


@dataclass(frozen=True, slots=True)
class TraceEntry:
    """One step in how a due date was reached.

    ``event`` is ``skipped`` (a day not counted), ``counted`` (a day counted although it is
    a holiday or weekend, by unit or policy), ``rolled_forward`` (a day passed over after a
    calendar-day deadline fell on a non-working day) or ``note``.
    """

    date: date
    event: str
    reason: str
    name: str = ""
    decree: str = ""
    policy: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready representation."""
        return {
            "date": self.date.isoformat(),
            "event": self.event,
            "reason": self.reason,
            "name": self.name,
            "decree": self.decree,
            "policy": self.policy,
        }


@dataclass(frozen=True)
class Deadline:
    """A computed deadline with its legal basis and, on request, a trace.

    Immutable. (Not ``slots=True``: :func:`compute_deadline` fills the instance dict in
    one step, which is faster than slotted frozen initialisation.)
    """

    rule: str
    regime: str
    ruleset: str
    ruleset_version: str
    start: date | datetime
    due: date
    due_at: datetime
    amount: int
    unit: Unit
    basis: str
    confidence: Confidence
    confidence_note: str
    provisional: bool
    policies: Policies
    zone: str
    trace: tuple[TraceEntry, ...] | None = None
    policy_overrides: Mapping[str, Any] = NO_OVERRIDES
    """The deployment policy overrides of the ruleset used (empty: none)."""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready representation (the CLI's ``deadline --json`` output)."""
        return {
            "rule": self.rule,
            "regime": self.regime,
            "ruleset": self.ruleset,
            "ruleset_version": self.ruleset_version,
            "start": self.start.isoformat(),
            "due": self.due.isoformat(),
            "due_at": self.due_at.isoformat(),
            "amount": self.amount,
            "unit": self.unit.value,
            "basis": self.basis,
            "confidence": self.confidence.value,
            "confidence_note": self.confidence_note,
            "provisional": self.provisional,
            "due_at_basis": due_at_basis(self.unit, self.policies),
            "policies": self.policies.to_dict(),
            "policy_overrides": dict(self.policy_overrides),
            "zone": self.zone,
            "trace": None if self.trace is None else [t.to_dict() for t in self.trace],
        }


_CLOSING_BASIS: Final = (
    "office closing time on the due date, 16:00 (Friday 16:30) office local time: "
    "Perbawaslu 7/2022 Art. 11 (hours for receiving reports) applied by analogy to every "
    "day-based deadline, also on weekends and for police and court deadlines (LOW; policy "
    "day_deadline_ends=closing_time; docs/legal/rules.md §2)"
)
_END_OF_DAY_BASIS: Final = (
    "end of the due date, 23:59:59 office local time (policy day_deadline_ends=end_of_day; "
    "docs/legal/rules.md §2)"
)
_HOURS_BASIS: Final = (
    "the exact moment: trigger + the hours, nothing skipped (docs/legal/rules.md §2)"
)


def due_at_basis(unit: Unit, policies: Policies) -> str:
    """Why ``due_at`` is the time it is, for a deadline of ``unit`` under ``policies``."""
    if unit is Unit.HOURS:
        return _HOURS_BASIS
    if policies.day_deadline_ends is DayDeadlineEnds.END_OF_DAY:
        return _END_OF_DAY_BASIS
    return _CLOSING_BASIS


def due_date(
    start: date,
    amount: int,
    unit: Unit,
    *,
    calendar: Calendar,
    policies: Policies,
) -> date:
    """The due date of a day-based deadline of ``amount`` ``unit`` triggered on ``start``.

    This is the core, span-independent computation (no trace, no result object).
    """
    cuti = policies.cuti_bersama_is_working_day
    base = start
    if policies.first_counted_day is FirstCountedDay.TRIGGER_DAY:
        base = start - _ONE_DAY
    if unit is Unit.WORKING_DAY:
        return calendar.add_working_days(base, amount, cuti_bersama_is_working_day=cuti)
    if unit is Unit.CALENDAR_DAY:
        due = base + timedelta(days=amount)
        if policies.calendar_deadline_rolls_forward and not calendar.is_working_day(
            due, cuti_bersama_is_working_day=cuti
        ):
            due = calendar.add_working_days(due, 1, cuti_bersama_is_working_day=cuti)
        return due
    raise RulesError(f"unit {unit.value!r} is not day-based")


def _skip_reason(calendar: Calendar, day: date) -> TraceEntry | None:
    holiday = calendar.holiday(day)
    if holiday is not None:
        return TraceEntry(day, "skipped", holiday.category.value, holiday.name, holiday.decree)
    if day.weekday() >= 5:
        return TraceEntry(day, "skipped", "weekend", _WEEKEND[day.weekday() - 5])
    return None


def _trace(
    rule: Rule, start: date, due: date, calendar: Calendar, policies: Policies
) -> tuple[TraceEntry, ...]:
    """Walk the span (only when explaining) and say why each day was or was not counted."""
    cuti = policies.cuti_bersama_is_working_day
    entries: list[TraceEntry] = []
    day = start
    if policies.first_counted_day is FirstCountedDay.TRIGGER_DAY:
        entries.append(
            TraceEntry(start, "note", "trigger day counted", policy="first_counted_day=trigger_day")
        )
        day = start - _ONE_DAY
    if rule.unit is Unit.WORKING_DAY:
        while day < due:
            day += _ONE_DAY
            entry = _skip_reason(calendar, day)
            if entry is None:
                continue
            if cuti and entry.reason == HolidayCategory.CUTI_BERSAMA.value:
                entries.append(
                    TraceEntry(
                        day,
                        "counted",
                        entry.reason,
                        entry.name,
                        entry.decree,
                        "cuti_bersama_is_working_day=True",
                    )
                )
            else:
                entries.append(entry)
        return tuple(entries)
    # Calendar days: every day counts; holidays inside the span are listed as counted.
    nominal = day + timedelta(days=rule.amount)
    while day < min(nominal, due):
        day += _ONE_DAY
        entry = _skip_reason(calendar, day)
        if entry is not None:
            entries.append(
                TraceEntry(day, "counted", entry.reason, entry.name, entry.decree, "calendar_day")
            )
    if due > nominal:
        day = nominal
        while day < due:
            entry = _skip_reason(calendar, day)
            if entry is not None:
                entries.append(
                    TraceEntry(
                        day,
                        "rolled_forward",
                        entry.reason,
                        entry.name,
                        entry.decree,
                        "calendar_deadline_rolls_forward=True",
                    )
                )
            day += _ONE_DAY
    elif not calendar.is_working_day(due, cuti_bersama_is_working_day=cuti):
        entries.append(
            TraceEntry(
                due,
                "note",
                "due on a non-working day, not rolled forward",
                policy="calendar_deadline_rolls_forward=False",
            )
        )
    return tuple(entries)


def compute_deadline(
    rule_id: str,
    trigger: date | datetime,
    *,
    ruleset: Ruleset,
    calendar: Calendar,
    zone: str = "Asia/Jakarta",
    explain: bool = False,
    policies: Policies | None = None,
) -> Deadline:
    """Compute deadline ``rule_id`` of ``ruleset`` from ``trigger``.

    Day-based rules count from the trigger's local date in ``zone`` (a naive datetime is
    local time) and expire at closing time (16:00, Friday 16:30) on the due date, or at
    23:59:59 under policy ``day_deadline_ends=end_of_day``. Hours rules need a datetime
    and run from that exact moment. ``policies`` replaces the rule's and the ruleset's
    policies as a whole: to change one, pass ``ruleset.policies.replace(name=value)`` (a
    bare ``Policies(...)`` resets the others too, e.g. a Pilkada ruleset's
    ``reception_days``), or apply a ``PolicySet`` to the ruleset (``apply_policies``), which
    also records the change in ``policy_overrides``. ``explain=True`` adds a trace.
    """
    entry = ruleset._rule_table.get(rule_id)  # precomputed per ruleset
    if entry is None:
        raise UnknownRuleError(f"no rule {rule_id!r} in ruleset {ruleset.id}")
    rule, static = entry
    pol = policies or rule.policies or ruleset.policies
    tz = _ZONE_CACHE.get(zone) or get_zone(zone)
    trace: tuple[TraceEntry, ...] | None = None
    if rule.unit is _WORKING_DAY and pol.first_counted_day is _DAY_AFTER:
        # Hot path: the commonest case, an O(1) index lookup with nothing else around it.
        if isinstance(trigger, datetime):
            trigger = to_local(trigger, tz)  # reported as start, with the office offset
            day = trigger.date()
        else:
            day = trigger
        cuti = pol.cuti_bersama_is_working_day
        # Calendar.add_working_days and is_provisional, inlined for the common case (the
        # index covers the span, confirmed years are contiguous); anything else takes the
        # regular methods.
        idx = calendar._indexes.get(cuti)
        due = None
        if idx is not None:
            i = day.toordinal() - idx.lo
            if 0 <= i < idx.span:
                j = idx.prefix[i + 1] + rule.amount - 1
                if rule.amount > 0 and j < idx.nwd:
                    due = _fromordinal(idx.wd[j])
        if due is None:
            due = calendar.add_working_days(day, rule.amount, cuti_bersama_is_working_day=cuti)
        if pol.day_deadline_ends is _CLOSING:
            due_at = _EOD_CACHE.get((due, tz)) or _end_of_day(due, tz)
        else:
            due_at = datetime.combine(due, _LAST_SECOND, tzinfo=tz)
        provisional = not (calendar._conf_lo <= day.year and due.year <= calendar._conf_hi)
        if provisional:
            provisional = calendar.is_provisional(day, due)
        if explain:
            trace = _trace(rule, day, due, calendar, pol)
    elif rule.unit is _HOURS:
        if not isinstance(trigger, datetime):
            raise RulesError(f"{rule_id} counts hours: the trigger must be a timestamp")
        start_local = to_local(trigger, tz)
        trigger = start_local
        due_at = start_local + timedelta(hours=rule.amount)
        due = due_at.date()
        provisional = False
        if explain:
            trace = (
                TraceEntry(
                    start_local.date(),
                    "note",
                    f"{rule.amount} hours from {start_local.isoformat()}; "
                    "no weekend or holiday skipping",
                    policy="hours",
                ),
            )
    else:
        if isinstance(trigger, datetime):
            trigger = to_local(trigger, tz)  # reported as start, with the office offset
            day = trigger.date()
        else:
            day = trigger
        due = due_date(day, rule.amount, rule.unit, calendar=calendar, policies=pol)
        if pol.day_deadline_ends is _CLOSING:
            due_at = _end_of_day(due, tz)
        else:
            due_at = datetime.combine(due, _LAST_SECOND, tzinfo=tz)
        provisional = calendar.is_provisional(day, due)
        if explain:
            trace = _trace(rule, day, due, calendar, pol)
    # Build the frozen result without the generated __init__ (one C-level dict update
    # instead of 16 object.__setattr__ calls); the rule-level fields come precomputed
    # from the ruleset. Deadline(...) with all fields gives an equal object.
    result = _new(Deadline)
    result.__dict__.update(
        static,
        start=trigger,
        due=due,
        due_at=due_at,
        provisional=provisional,
        policies=pol,
        zone=zone,
        trace=trace,
    )
    return result


_new = object.__new__
_fromordinal = date.fromordinal
_DAY_AFTER: Final = FirstCountedDay.DAY_AFTER_TRIGGER
_CLOSING: Final = DayDeadlineEnds.CLOSING_TIME
_LAST_SECOND: Final = time(23, 59, 59)
_WORKING_DAY: Final = Unit.WORKING_DAY
_HOURS: Final = Unit.HOURS
_EOD_CACHE: dict[tuple[date, ZoneInfo], datetime] = {}
_EOD_CACHE_MAX: Final = 200_000


def _end_of_day(due: date, tz: ZoneInfo) -> datetime:
    """``end_of_office_day`` memoised: the same few thousand dates recur constantly."""
    key = (due, tz)
    hit = _EOD_CACHE.get(key)
    if hit is None:
        if len(_EOD_CACHE) >= _EOD_CACHE_MAX:
            _EOD_CACHE.clear()
        hit = _EOD_CACHE[key] = end_of_office_day(due, tz)
    return hit


def filing_rule_id(kind: str) -> str:
    """``report.filing`` for a report, ``finding.set`` for a finding."""
    if kind == "report":
        return "report.filing"
    if kind == "finding":
        return "finding.set"
    raise RulesError(f"unknown kind {kind!r}: use report or finding")


_FINDING_RECEIPT_BASIS: Final = (
    "a finding is set by a supervisor, not handed in: office hours for receiving reports do "
    "not apply; the local date of its timestamp counts (docs/legal/rules.md §2, §5)"
)
_REPORT_RECEIPT_BASIS: Final = (
    "received until 16:00 (Friday 16:30) office local time, 24 hours a day in the quiet "
    "period and on voting and counting days; later: the next day the office is open "
    "(Perbawaslu 7/2022 Art. 11; docs/legal/rules.md §2)"
)
_EVERY_DAY_NOTE: Final = "; the office receives every calendar day (policy reception_days)"


def receipt_basis(kind: str, policies: Policies) -> str:
    """Why the filed date is the date it is, for ``kind`` under ``policies``."""
    if kind == "finding":
        return _FINDING_RECEIPT_BASIS
    if policies.reception_days is ReceptionDays.EVERY_DAY:
        return _REPORT_RECEIPT_BASIS + _EVERY_DAY_NOTE
    return _REPORT_RECEIPT_BASIS


@dataclass(frozen=True, slots=True)
class Timeliness:
    """Whether a report or finding was filed within its filing deadline."""

    on_time: bool
    filed_on: date
    deadline: Deadline
    election: str | None = None
    """Slug of the election whose stages gave the 24-hour reception days, if any."""
    open_windows: tuple[DateWindow, ...] = ()
    """The 24-hour reception days that applied."""
    kind: str = "report"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready representation (the CLI's ``timeliness --json`` output)."""
        return {
            "on_time": self.on_time,
            "deadline": self.deadline.due.isoformat(),
            "due_at": self.deadline.due_at.isoformat(),
            "filed_on": self.filed_on.isoformat(),
            "filed_on_basis": receipt_basis(self.kind, self.deadline.policies),
            "rule": self.deadline.rule,
            "basis": self.deadline.basis,
            "ruleset": self.deadline.ruleset,
            "provisional": self.deadline.provisional,
            "election": self.election,
            "open_windows": [w.to_dict() for w in self.open_windows],
            "policies": self.deadline.policies.to_dict(),
            "policy_overrides": dict(self.deadline.policy_overrides),
        }


def resolve_stages(
    regime: str,
    on: date,
    *,
    stages: ElectionStages | None = None,
    election_ref: str | ElectionCalendar | None = None,
) -> tuple[ElectionStages, str | None]:
    """The stages to use and the slug of their election: ``stages`` when given, else
    ``election_ref`` (a slug or an :class:`ElectionCalendar`), else the election of
    ``regime`` whose calendar covers ``on`` (none: empty stages)."""
    if stages is not None:
        return stages, None
    cal: ElectionCalendar | None
    if election_ref is None:
        cal = election_covering(regime, on)
    elif isinstance(election_ref, ElectionCalendar):
        cal = election_ref
    else:
        cal = election(election_ref)
    if cal is None:
        return ElectionStages(), None
    if cal.regime != regime:
        raise RulesError(f"election {cal.slug} is a {cal.regime} election, not {regime}")
    return cal.stages(), cal.slug


def filed_date(
    kind: str,
    filed: date | datetime,
    *,
    calendar: Calendar,
    zone: str,
    windows: tuple[DateWindow, ...],
    policies: Policies,
) -> date:
    """The date a report or finding counts as filed (docs/legal/rules.md §2, §5).

    A finding is not handed in: the local date of its timestamp (office hours do not
    apply). A report goes through :func:`effective_receipt`, a plain date as 00:00 local.
    """
    if kind == "finding":
        if isinstance(filed, datetime):
            return to_local(filed, get_zone(zone)).date()
        return filed
    return effective_receipt(
        filed,
        calendar=calendar,
        zone=zone,
        open_windows=windows,
        cuti_bersama_is_working_day=policies.cuti_bersama_is_working_day,
        every_day=policies.reception_days is ReceptionDays.EVERY_DAY,
    )


def check_timeliness(
    kind: str,
    known: date,
    filed: date | datetime,
    *,
    ruleset: Ruleset,
    calendar: Calendar,
    zone: str = "Asia/Jakarta",
    open_windows: Iterable[DateWindow] | None = None,
    policies: Policies | None = None,
    stages: ElectionStages | None = None,
    election: str | ElectionCalendar | None = None,
) -> Timeliness:
    """Check ``report.filing`` / ``finding.set`` from ``known`` against ``filed``.

    The 24-hour reception days (:func:`reception_windows`) come from ``stages`` when
    given, else from ``election`` (a slug or an :class:`ElectionCalendar`), else from
    ``open_windows`` when given (the 1.x API), else from the election of
    ``ruleset.regime`` whose calendar covers the filed date (automatic; pass
    ``stages=ElectionStages()`` for none).

    A report's ``filed`` goes through :func:`effective_receipt` (after closing time or on
    a closed day: the next day the office is open); a plain date is 00:00 local, so date
    and timestamp inputs agree. A finding's is the local date itself (a supervisor sets
    it; office hours do not apply).
    """
    filing_rule = filing_rule_id(kind)
    deadline = compute_deadline(
        filing_rule, known, ruleset=ruleset, calendar=calendar, zone=zone, policies=policies,
    )  # fmt: skip
    pol = deadline.policies
    local_day = to_local(filed, get_zone(zone)).date() if isinstance(filed, datetime) else filed
    slug: str | None = None
    if stages is None and election is None and open_windows is not None:
        chosen = ElectionStages(open_windows=tuple(open_windows))
    else:
        chosen, slug = resolve_stages(
            ruleset.regime, local_day, stages=stages, election_ref=election
        )
    windows = reception_windows(chosen, pol)
    filed_on = filed_date(kind, filed, calendar=calendar, zone=zone, windows=windows, policies=pol)
    return Timeliness(filed_on <= deadline.due, filed_on, deadline, slug, windows, kind)


@dataclass(frozen=True, slots=True)
class WindowCheck:
    """Whether a date falls inside a filing window (e.g. the TSM window)."""

    rule: str
    on: date
    opens: date
    closes: date
    inside: bool
    basis: str
    confidence: Confidence

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready representation."""
        return {
            "rule": self.rule,
            "on": self.on.isoformat(),
            "opens": self.opens.isoformat(),
            "closes": self.closes.isoformat(),
            "inside": self.inside,
            "basis": self.basis,
            "confidence": self.confidence.value,
        }


def check_window(
    window_id: str, on: date, *, ruleset: Ruleset, opens: date, closes: date
) -> WindowCheck:
    """Check ``on`` against window ``window_id`` running from ``opens`` to ``closes`` inclusive.

    For ``tsm.filing_window``: ``opens`` is the date the final candidate list or the
    candidate pairs were set, ``closes`` is voting day (Perbawaslu 7/2022 Art. 8(4)).
    """
    rule = ruleset.window(window_id)
    if closes < opens:
        raise RulesError(f"window closes {closes} before it opens {opens}")
    return WindowCheck(
        rule.id, on, opens, closes, opens <= on <= closes, rule.basis, rule.confidence
    )
