"""A case's statutory clocks: open one as bawaslu_rules computes it, close, list, move.

The service never computes a deadline itself: :func:`deadline_row` stores what
``bawaslu_rules.compute_deadline`` returns (due date and time, rule, basis, confidence, the
ruleset version), and which clock an action opens or closes is the rules engine's choice
too (``bawaslu_rules.lifecycle``). Every domain that starts or stops a clock of a case
(intake, the case actions, the KPU follow-up, overrides) calls this module. A clock keeps
the due date it was given when it started: a calendar correction or a new setting of a
rules policy changes it only through the explicit recomputation (:func:`recomputed`,
``deadlines.service.recompute``). Every clock records the deployment's policy settings it
was computed with (``policy_overrides``, from ``policies.service``).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, date, datetime

from sqlalchemy import and_, delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases.models import Report
from bawaslu_api.db import bulk, snapshot
from bawaslu_api.db.base import uuid7
from bawaslu_api.deadlines.models import Deadline, DeadlineAlert, DeadlineStatus
from bawaslu_api.deadlines.schemas import DeadlineOut
from bawaslu_api.holidays import service as holidays
from bawaslu_api.holidays.service import current_calendar
from bawaslu_api.policies import service as policy_settings
from bawaslu_api.policies.service import current_policies
from bawaslu_rules import (
    Calendar,
    ClockPlan,
    PolicySet,
    Ruleset,
    compute_deadline,
    filing_rule_id,
    get_ruleset,
)
from bawaslu_rules import Deadline as Computed


def ruleset_of(report: Report, policies: PolicySet) -> Ruleset:
    """The ruleset the case is handled under (kept from the day it was received,
    docs/legal/rules.md §1), with the deployment's ``policies`` applied."""
    return get_ruleset(report.regime, report.ruleset_version, policies=policies)


async def rules_in_force(session: AsyncSession) -> tuple[Calendar, PolicySet]:
    """The calendar and the policy settings in force, looked up with one statement."""
    await snapshot.prefetch(session, holidays.CALENDAR, policy_settings.SETTINGS)
    return await current_calendar(session), await current_policies(session)


async def case_ruleset(session: AsyncSession, report: Report) -> Ruleset:
    """:func:`ruleset_of` with the policy settings in force."""
    _, policies = await rules_in_force(session)
    return ruleset_of(report, policies)


def row_of(report: Report, computed: Computed, trigger: date | datetime) -> Deadline:
    """A clock of ``report`` from what bawaslu_rules computed (not yet stored)."""
    return bulk.new(
        Deadline,
        id=uuid7(),
        report_id=report.id,
        office_path=report.office_path,
        rule_id=computed.rule,
        regime=report.regime,
        ruleset_version=computed.ruleset_version,
        trigger=trigger.isoformat(),
        due_on=computed.due,
        due_at=computed.due_at,
        amount=computed.amount,
        unit=str(computed.unit),
        basis=computed.basis,
        confidence=str(computed.confidence),
        provisional=computed.provisional,
        status=DeadlineStatus.pending,
        met_at=None,
        override_reason=None,
        policy_overrides=dict(computed.policy_overrides),
    )


def deadline_row(
    report: Report,
    zone: str,
    rule_id: str,
    trigger: date | datetime,
    calendar: Calendar,
    policies: PolicySet,
) -> Deadline | None:
    """The clock ``rule_id`` of ``report`` as bawaslu_rules computes it (not yet stored);
    None when the case's ruleset has no such rule."""
    rs = ruleset_of(report, policies)
    if rule_id not in rs.rules:
        return None
    computed = compute_deadline(rule_id, trigger, ruleset=rs, calendar=calendar, zone=zone)
    return row_of(report, computed, trigger)


def trigger_fields(row: Deadline) -> tuple[date, datetime | None]:
    """A stored trigger as the API shows it: the day (in the zone it was computed in) and,
    for a clock that starts at a time, the moment in UTC."""
    trigger = trigger_of(row)
    if isinstance(trigger, datetime):
        return trigger.date(), trigger.astimezone(UTC) if trigger.tzinfo else trigger
    return trigger, None


def trigger_of(row: Deadline) -> date | datetime:
    """The trigger a stored clock was computed from (a date, or a moment for clocks that
    start at a time)."""
    raw = row.trigger
    return datetime.fromisoformat(raw) if "T" in raw else date.fromisoformat(raw)


def recomputed(row: Deadline, zone: str, calendar: Calendar, policies: PolicySet) -> Computed:
    """The stored clock ``row`` as bawaslu_rules computes it with ``calendar`` and
    ``policies`` (those in force now): same rule, same trigger, the clock's own ruleset
    version (docs/legal/rules.md §1: a case keeps its ruleset; only the calendar or a
    policy setting may have changed). Nothing is changed."""
    rs = get_ruleset(row.regime, row.ruleset_version, policies=policies)
    return compute_deadline(row.rule_id, trigger_of(row), ruleset=rs, calendar=calendar, zone=zone)


async def move(row: Deadline, due_at: datetime, due_on: date, session: AsyncSession) -> None:
    """Give the clock a new due time; alerts already sent for the old one are forgotten,
    so the monitor warns again for the new one."""
    row.due_at, row.due_on = due_at, due_on
    await session.execute(delete(DeadlineAlert).where(DeadlineAlert.deadline_id == row.id))


async def open_deadline(
    session: AsyncSession, report: Report, zone: str, rule_id: str, trigger: date | datetime
) -> Deadline | None:
    """Start the clock ``rule_id`` (in the office's ``zone``) if the case's ruleset has it."""
    calendar, policies = await rules_in_force(session)
    row = deadline_row(report, zone, rule_id, trigger, calendar, policies)
    if row is None:
        return None
    session.add(row)
    await session.flush()
    return row


async def refile(session: AsyncSession, report: Report, zone: str) -> str | None:
    """The filing clock (``report.filing`` / ``finding.set``) computed again from the
    case's corrected ``known_on`` (a correction before registration): the same row gets
    the new trigger and due date, and is met or missed by the effective receipt date as
    at intake. Returns ``rule:status``; None when the case has no such rule or date."""
    if report.known_on is None:
        return None
    calendar, policies = await rules_in_force(session)
    rule_id = filing_rule_id(report.kind.value)
    new = deadline_row(report, zone, rule_id, report.known_on, calendar, policies)
    if new is None:
        return None
    row = (
        await session.execute(
            select(Deadline).where(Deadline.report_id == report.id, Deadline.rule_id == rule_id)
        )
    ).scalar_one_or_none()
    if row is None:
        row = new
        session.add(row)
    else:
        row.trigger, row.due_on, row.due_at = new.trigger, new.due_on, new.due_at
        row.provisional, row.policy_overrides = new.provisional, new.policy_overrides
    on_time = report.received_on <= row.due_on
    closed = settle(
        row, report.received_at, DeadlineStatus.met if on_time else DeadlineStatus.missed
    )
    await session.flush()
    return closed


def settle(row: Deadline, at: datetime, status: DeadlineStatus | None = None) -> str:
    """Close one clock at ``at``: met if on time, missed if late (or ``status``); returns
    ``rule:status`` as the timeline records it."""
    row.status = status or (DeadlineStatus.met if at <= row.due_at else DeadlineStatus.missed)
    row.met_at = at
    return f"{row.rule_id}:{row.status.value}"


async def close_deadlines(
    session: AsyncSession,
    report_id: uuid.UUID,
    rule_ids: Iterable[str],
    *,
    at: datetime,
    status: DeadlineStatus | None = None,
) -> list[str]:
    """Close the case's pending clocks ``rule_ids`` (see :func:`settle`)."""
    rows = (
        await session.execute(
            select(Deadline).where(
                Deadline.report_id == report_id,
                Deadline.rule_id.in_(tuple(rule_ids)),
                Deadline.status == DeadlineStatus.pending,
            )
        )
    ).scalars()
    closed = [settle(row, at, status) for row in rows]
    await session.flush()
    return closed


async def expired(
    session: AsyncSession, report_id: uuid.UUID, rule_id: str, *, at: datetime
) -> Deadline | None:
    """The case's clock ``rule_id`` that has expired at ``at``: closed as missed, or still
    pending with its ``due_at`` before ``at`` (the earliest such). A met or waived clock,
    and one an override moved past ``at``, has not."""
    return (
        await session.execute(
            select(Deadline)
            .where(
                Deadline.report_id == report_id,
                Deadline.rule_id == rule_id,
                or_(
                    Deadline.status == DeadlineStatus.missed,
                    and_(Deadline.status == DeadlineStatus.pending, Deadline.due_at < at),
                ),
            )
            .order_by(Deadline.due_at, Deadline.id)
            .limit(1)
        )
    ).scalar_one_or_none()


async def deadlines_of(session: AsyncSession, report_id: uuid.UUID) -> list[Deadline]:
    """Every clock of the case, soonest first."""
    return list(
        (
            await session.execute(
                select(Deadline).where(Deadline.report_id == report_id).order_by(Deadline.due_at)
            )
        ).scalars()
    )


async def follow_case(session: AsyncSession, report_id: uuid.UUID, office_path: str) -> None:
    """A transferred case's clocks keep running; they follow it into the new office's
    views."""
    await session.execute(
        update(Deadline)
        .where(Deadline.report_id == report_id)
        .values(office_path=office_path)
        .execution_options(synchronize_session="fetch")
    )


async def apply(
    session: AsyncSession, report: Report, zone: str, plan: ClockPlan
) -> tuple[list[str], list[Deadline]]:
    """Carry out a case action's :class:`bawaslu_rules.ClockPlan`: close its clocks at
    ``plan.at`` (met or missed), waive its waived ones, open its new ones. Returns the closed
    clocks as ``rule:status`` (what the timeline records) and the opened rows."""
    closed: list[str] = []
    if plan.close:
        closed += await close_deadlines(session, report.id, plan.close, at=plan.at)
    if plan.waive:
        closed += await close_deadlines(
            session, report.id, plan.waive, at=plan.at, status=DeadlineStatus.waived
        )
    opened = []
    for start in plan.open:
        row = await open_deadline(session, report, zone, start.rule, start.trigger)
        if row is not None:
            opened.append(row)
    return closed, opened


def deadline_out(row: Deadline, now: datetime | None = None) -> DeadlineOut:
    """Times in UTC, as the database gives them back, also for a clock opened in this very
    request (whose times are still in the office's zone, as the rules engine computed them)."""
    now = now or datetime.now(UTC)
    trigger_day, triggered_at = trigger_fields(row)
    return DeadlineOut(
        id=row.id,
        report_id=row.report_id,
        rule=row.rule_id,
        regime=row.regime,
        ruleset_version=row.ruleset_version,
        trigger=trigger_day,
        triggered_at=triggered_at,
        due=row.due_on,
        due_at=row.due_at.astimezone(UTC),
        amount=row.amount,
        unit=row.unit,
        basis=row.basis,
        confidence=row.confidence,
        provisional=row.provisional,
        status=row.status,
        met_at=None if row.met_at is None else row.met_at.astimezone(UTC),
        overdue=row.status is DeadlineStatus.pending and row.due_at < now,
        override_reason=row.override_reason,
        policy_overrides=row.policy_overrides or {},
    )
