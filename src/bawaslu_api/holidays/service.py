"""The calendar every deadline is computed with: the official one plus operators' overrides.

Each process keeps the calendar it built (``db.snapshot``), so a change made through any
API process is used by every process from its next request on, without a restart.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.db.snapshot import Snapshot
from bawaslu_api.holidays.errors import OverrideAlreadyRevoked, OverrideNotFound
from bawaslu_api.holidays.models import CalendarOverride, OverrideAction
from bawaslu_api.holidays.schemas import NonWorkingDay, OverrideIn, YearCalendar
from bawaslu_api.i18n import Text
from bawaslu_api.security.principals import Principal
from bawaslu_rules import Calendar, HolidayCategory, Override


def _to_rules(row: CalendarOverride) -> Override:
    if row.action is OverrideAction.add:
        assert row.category is not None
        return Override.add(
            row.day,
            category=HolidayCategory(row.category),
            name=row.name,
            decree=row.decree,
            reason=row.reason,
        )
    return Override.remove(row.day, decree=row.decree, reason=row.reason)


async def _build_calendar(session: AsyncSession) -> Calendar:
    rows = list(
        (
            await session.execute(
                select(CalendarOverride)
                .where(CalendarOverride.revoked_at.is_(None))
                .order_by(CalendarOverride.created_at, CalendarOverride.id)
            )
        ).scalars()
    )
    # Without overrides: the shared official calendar, whose working-day index is warm.
    if not rows:
        return Calendar.official()
    return Calendar.official().with_overrides([_to_rules(r) for r in rows])


CALENDAR = Snapshot("bawaslu.calendar", CalendarOverride, _build_calendar)
"""The calendar in force (``db.snapshot``): :func:`current_calendar`."""


async def current_calendar(session: AsyncSession) -> Calendar:
    """The official calendar with the active overrides applied, oldest first.

    Looked up once per request (unit of work): an intake computes several clocks and the
    admissibility check with the same calendar, and asks the database only once.
    """
    return await CALENDAR.get(session)


async def list_overrides(session: AsyncSession) -> list[CalendarOverride]:
    return list(
        (await session.execute(select(CalendarOverride).order_by(CalendarOverride.day))).scalars()
    )


async def add_override(
    session: AsyncSession, principal: Principal, body: OverrideIn
) -> CalendarOverride:
    row = CalendarOverride(
        day=body.day,
        action=body.action,
        category=body.category,
        name=body.name,
        decree=body.decree,
        reason=body.reason,
        created_by=principal.subject,
    )
    _to_rules(row)  # the rules engine's own validation, before anything is stored
    CALENDAR.forget(session)
    session.add(row)
    await session.flush()
    await session.refresh(row)
    return row


async def revoke_override(
    session: AsyncSession, principal: Principal, override_id: uuid.UUID
) -> CalendarOverride:
    row = await session.get(CalendarOverride, override_id, with_for_update=True)
    if row is None:
        raise OverrideNotFound(Text("Koreksi {id} tidak ada.", "No override {id}."), id=override_id)
    if row.revoked_at is not None:
        raise OverrideAlreadyRevoked()
    CALENDAR.forget(session)
    row.revoked_at = datetime.now(UTC)
    row.revoked_by = principal.subject
    await session.flush()
    return row


async def year(session: AsyncSession, year_number: int) -> YearCalendar:
    calendar = await current_calendar(session)
    days = [
        NonWorkingDay(
            day=h.date,
            category=h.category.value,
            name=h.name,
            decree=h.decree,
            source="provisional" if h.provisional else h.source.value,
        )
        for h in calendar.non_working_days(year_number)
    ]
    return YearCalendar(year=year_number, days=days)
