"""The calendar every deadline is computed with: the official one plus operators' overrides.

Each process keeps the calendar it built, keyed by a fingerprint of the active overrides
(their count and the latest change), so a change made through any API process is used by
every process from its next request on, without a restart.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.holidays.errors import OverrideAlreadyRevoked, OverrideNotFound
from bawaslu_api.holidays.models import CalendarOverride, OverrideAction
from bawaslu_api.holidays.schemas import NonWorkingDay, OverrideIn, YearCalendar
from bawaslu_api.i18n import Text
from bawaslu_api.security.principals import Principal
from bawaslu_rules import Calendar, HolidayCategory, Override

_cache: tuple[tuple[int, datetime | None, datetime | None], Calendar] | None = None


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


_SESSION_KEY = "bawaslu.calendar"


async def current_calendar(session: AsyncSession) -> Calendar:
    """The official calendar with the active overrides applied, oldest first.

    Looked up once per request (unit of work): an intake computes several clocks and the
    admissibility check with the same calendar, and asks the database only once.
    """
    in_session: Calendar | None = session.info.get(_SESSION_KEY)
    if in_session is not None:
        return in_session
    calendar = await _current_calendar(session)
    session.info[_SESSION_KEY] = calendar
    return calendar


async def _current_calendar(session: AsyncSession) -> Calendar:
    global _cache
    fingerprint_row = (
        await session.execute(
            select(
                func.count(CalendarOverride.id),
                func.max(CalendarOverride.created_at),
                func.max(CalendarOverride.revoked_at),
            )
        )
    ).one()
    fingerprint = (int(fingerprint_row[0]), fingerprint_row[1], fingerprint_row[2])
    if _cache is not None and _cache[0] == fingerprint:
        return _cache[1]
    calendar = Calendar.official()
    if fingerprint[0]:
        rows = (
            await session.execute(
                select(CalendarOverride)
                .where(CalendarOverride.revoked_at.is_(None))
                .order_by(CalendarOverride.created_at, CalendarOverride.id)
            )
        ).scalars()
        calendar = calendar.with_overrides([_to_rules(r) for r in rows])
    _cache = (fingerprint, calendar)
    return calendar


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
    session.info.pop(_SESSION_KEY, None)
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
    session.info.pop(_SESSION_KEY, None)
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
