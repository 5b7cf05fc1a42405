"""SQL of the Sentra Gakkumdu records."""

from __future__ import annotations

import uuid

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.gakkumdu.models import (
    GakkumduDiscussion,
    GakkumduDossierItem,
    GakkumduPoliceReport,
)


async def discussions(session: AsyncSession, report_id: uuid.UUID) -> list[GakkumduDiscussion]:
    """The case's discussions by number."""
    stmt = (
        select(GakkumduDiscussion)
        .where(GakkumduDiscussion.report_id == report_id)
        .order_by(GakkumduDiscussion.number)
    )
    return list((await session.execute(stmt)).scalars())


async def dossier(session: AsyncSession, report_id: uuid.UUID) -> dict[str, GakkumduDossierItem]:
    """The case's ticked dossier documents by code."""
    stmt = select(GakkumduDossierItem).where(GakkumduDossierItem.report_id == report_id)
    return {row.code: row for row in (await session.execute(stmt)).scalars()}


async def police_report(session: AsyncSession, report_id: uuid.UUID) -> GakkumduPoliceReport | None:
    return await session.get(GakkumduPoliceReport, report_id)


async def evidence_case(session: AsyncSession, evidence_id: uuid.UUID) -> uuid.UUID | None:
    """The case an evidence item belongs to, or None when there is no such item.

    Read by table name: the evidence package sits in a layer above this one (its model
    may not be imported here); the column is its stable ``report_id``.
    """
    row = await session.execute(
        text("SELECT report_id FROM evidence_item WHERE id = :id"), {"id": evidence_id}
    )
    found = row.scalar_one_or_none()
    return None if found is None else uuid.UUID(str(found))
