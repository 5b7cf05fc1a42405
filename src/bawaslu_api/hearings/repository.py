"""SQL of the administrative hearing records."""

from __future__ import annotations

import uuid

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.hearings.models import HearingPanel, HearingSession


async def panel(session: AsyncSession, report_id: uuid.UUID) -> HearingPanel | None:
    return await session.get(HearingPanel, report_id)


async def sessions(session: AsyncSession, report_id: uuid.UUID) -> list[HearingSession]:
    """The case's sessions in the order they were held."""
    stmt = (
        select(HearingSession)
        .where(HearingSession.report_id == report_id)
        .order_by(HearingSession.number)
    )
    return list((await session.execute(stmt)).scalars())


async def evidence_case(session: AsyncSession, evidence_id: uuid.UUID) -> uuid.UUID | None:
    """The case an evidence item belongs to, or None (read by table name: the evidence
    package sits in a layer above this one)."""
    row = await session.execute(
        text("SELECT report_id FROM evidence_item WHERE id = :id"), {"id": evidence_id}
    )
    found = row.scalar_one_or_none()
    return None if found is None else uuid.UUID(str(found))
