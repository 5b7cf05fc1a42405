"""The deadline monitor: ``deadline.due_soon`` and ``deadline.missed``, each exactly once.

Several workers may run it at the same moment. Each alert is a row in ``deadline_alert``
whose primary key is (deadline, kind); it is inserted in the same transaction as the
outbox event, after locking the case row, so only one worker's insert succeeds and only
that one emits. "Due soon" means: from the working day that lies
``deadline_due_soon_working_days`` working days before the due date (bawaslu_rules'
calendar, with the operators' overrides), in the office's local time zone.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import and_, exists, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bawaslu_api.cases.models import Report
from bawaslu_api.deadlines.models import AlertKind, Deadline, DeadlineAlert, DeadlineStatus
from bawaslu_api.holidays.service import current_calendar
from bawaslu_api.offices.models import Office
from bawaslu_api.webhooks import outbox
from bawaslu_api.webhooks.models import EventType
from bawaslu_rules import Calendar

# Look this far ahead for "due soon" candidates: the lead in working days can span
# weekends and long holiday runs (Lebaran).
_HORIZON_EXTRA = timedelta(days=21)

BATCH = 500
"""Alerts of each kind one pass emits at most, earliest due first; the next pass (a minute
later) takes the rest. A pass after the worker was down for days, or after a bulk import of
old cases whose clocks are long overdue, is then a series of short runs rather than one
that holds its list of ids for hours while the cases move on."""


@dataclass(frozen=True, slots=True)
class MonitorResult:
    due_soon: int = 0
    missed: int = 0


def due_soon_from(due_on: date, lead_working_days: int, calendar: Calendar) -> date:
    """The first local day on which a deadline due on ``due_on`` counts as due soon."""
    if lead_working_days <= 0:
        return due_on
    return calendar.add_working_days(due_on, -lead_working_days)


def _not_alerted(kind: AlertKind):  # type: ignore[no-untyped-def]
    return ~exists().where(
        and_(DeadlineAlert.deadline_id == Deadline.id, DeadlineAlert.kind == kind)
    )


async def run_once(
    sessionmaker: async_sessionmaker[AsyncSession],
    *,
    now: datetime,
    lead_working_days: int,
    batch: int = BATCH,
) -> MonitorResult:
    """One pass over pending deadlines (at most ``batch`` of each kind, earliest due first);
    returns how many alerts this worker emitted."""
    async with sessionmaker() as session:
        calendar = await current_calendar(session)
        missed = list(
            (
                await session.execute(
                    select(Deadline.id)
                    .where(
                        Deadline.status == DeadlineStatus.pending,
                        Deadline.due_at <= now,
                        _not_alerted(AlertKind.missed),
                    )
                    .order_by(Deadline.due_at)
                    .limit(batch)
                )
            ).scalars()
        )
        upcoming = (
            await session.execute(
                select(Deadline.id, Deadline.due_on, Office.timezone)
                .join(Report, Report.id == Deadline.report_id)
                .join(Office, Office.id == Report.office_id)
                .where(
                    Deadline.status == DeadlineStatus.pending,
                    Deadline.due_at > now,
                    Deadline.due_at <= now + timedelta(days=lead_working_days) + _HORIZON_EXTRA,
                    _not_alerted(AlertKind.due_soon),
                )
                .order_by(Deadline.due_at)
                .limit(batch)
            )
        ).all()
    soon = [
        deadline_id
        for deadline_id, due_on, zone in upcoming
        if now.astimezone(ZoneInfo(zone)).date()
        >= due_soon_from(due_on, lead_working_days, calendar)
    ]
    result = MonitorResult()
    for deadline_id in missed:
        if await _alert(sessionmaker, deadline_id, AlertKind.missed, now=now):
            result = MonitorResult(result.due_soon, result.missed + 1)
    for deadline_id in soon:
        if await _alert(sessionmaker, deadline_id, AlertKind.due_soon, now=now):
            result = MonitorResult(result.due_soon + 1, result.missed)
    return result


async def _alert(
    sessionmaker: async_sessionmaker[AsyncSession],
    deadline_id: uuid.UUID,
    kind: AlertKind,
    *,
    now: datetime,
) -> bool:
    """Emit one alert unless another worker already did; True when this one emitted."""
    async with sessionmaker() as session, session.begin():
        deadline = await session.get(Deadline, deadline_id)
        if deadline is None:
            return False
        # The case lock orders this event among the case's own events (outbox.emit).
        report = (
            await session.execute(
                select(Report).where(Report.id == deadline.report_id).with_for_update()
            )
        ).scalar_one()
        await session.refresh(deadline)
        if deadline.status is not DeadlineStatus.pending:
            return False
        inserted = (
            await session.execute(
                insert(DeadlineAlert)
                .values(deadline_id=deadline_id, kind=kind, emitted_at=now)
                .on_conflict_do_nothing()
                .returning(DeadlineAlert.deadline_id)
            )
        ).first()
        if inserted is None:
            return False
        event = (
            EventType.deadline_missed if kind is AlertKind.missed else EventType.deadline_due_soon
        )
        await outbox.emit(
            session,
            event,
            report,
            {
                "deadline": {
                    "id": str(deadline.id),
                    "rule": deadline.rule_id,
                    "due": deadline.due_on.isoformat(),
                    "due_at": deadline.due_at.isoformat(),
                    "basis": deadline.basis,
                    "status": deadline.status.value,
                }
            },
            now=now,
        )
    return True
