"""The SQL of evidence: the queries and bulk statements the use cases run. Rows are added
and changed through the ORM in the use cases themselves; nothing here commits."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, union_all, update
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.clarifications.models import ClarificationInvitee
from bawaslu_api.evidence.models import CustodyEvent, EvidenceItem, EvidenceUpload, UploadStatus
from bawaslu_api.gakkumdu.models import GakkumduDiscussion
from bawaslu_api.hearings.models import HearingSession


async def items_of(session: AsyncSession, report_id: uuid.UUID) -> list[EvidenceItem]:
    """The case's items, oldest first."""
    stmt = select(EvidenceItem).where(EvidenceItem.report_id == report_id)
    return list(await session.scalars(stmt.order_by(EvidenceItem.id)))


async def custody_of(session: AsyncSession, evidence_id: uuid.UUID) -> list[CustodyEvent]:
    """The item's custody events, oldest first."""
    stmt = select(CustodyEvent).where(CustodyEvent.evidence_id == evidence_id)
    return list(await session.scalars(stmt.order_by(CustodyEvent.id)))


async def last_handover(session: AsyncSession, evidence_id: uuid.UUID) -> dict[str, Any] | None:
    """The details of the item's latest hand-over, if any."""
    details: dict[str, Any] | None = (
        await session.execute(
            select(CustodyEvent.details)
            .where(CustodyEvent.evidence_id == evidence_id, CustodyEvent.action == "handed_over")
            .order_by(CustodyEvent.id.desc())
            .limit(1)
        )
    ).scalar_one_or_none()
    return details


async def copies_of(session: AsyncSession, evidence_id: uuid.UUID) -> list[uuid.UUID]:
    """The files that digitise the item."""
    stmt = select(EvidenceItem.id).where(EvidenceItem.digitises_id == evidence_id)
    return list(await session.scalars(stmt))


async def stored_bytes(session: AsyncSession, report_id: uuid.UUID) -> int:
    """What the case's files hold plus what its open upload sessions reserve."""
    items = (
        await session.execute(
            select(func.coalesce(func.sum(EvidenceItem.size), 0)).where(
                EvidenceItem.report_id == report_id
            )
        )
    ).scalar_one()
    reserved = (
        await session.execute(
            select(func.coalesce(func.sum(EvidenceUpload.size), 0)).where(
                EvidenceUpload.report_id == report_id,
                EvidenceUpload.status == UploadStatus.open,
            )
        )
    ).scalar_one()
    return int(items or 0) + int(reserved or 0)


async def advance_offset(
    session: AsyncSession, upload_id: uuid.UUID, key: str, start: int, size: int
) -> int | None:
    """Append a stored part to an open session whose offset is still ``start``
    (compare-and-set); the new offset, or None when another part got there first or the
    session closed."""
    received: int | None = (
        await session.execute(
            update(EvidenceUpload)
            .where(
                EvidenceUpload.id == upload_id,
                EvidenceUpload.status == UploadStatus.open,
                EvidenceUpload.received == start,
            )
            .values(
                received=EvidenceUpload.received + size,
                parts=EvidenceUpload.parts.op("||")(
                    func.jsonb_build_array(
                        func.jsonb_build_object("key", key, "start", start, "size", size)
                    )
                ),
            )
            .returning(EvidenceUpload.received)
        )
    ).scalar_one_or_none()
    return received


async def expire_uploads(session: AsyncSession, now: datetime) -> int:
    """Mark the open sessions whose time is up expired; how many."""
    expired = await session.execute(
        update(EvidenceUpload)
        .where(EvidenceUpload.status == UploadStatus.open, EvidenceUpload.expires_at < now)
        .values(status=UploadStatus.expired)
        .returning(EvidenceUpload.id)
    )
    return len(expired.all())


async def referenced_keys(session: AsyncSession, keys: list[str]) -> set[str | None]:
    """Which of ``keys`` an evidence item stores its content under."""
    stmt = select(EvidenceItem.storage_key).where(EvidenceItem.storage_key.in_(keys))
    return set(await session.scalars(stmt))


async def open_parts(session: AsyncSession) -> dict[str, set[str]]:
    """The keys of the parts each open session recorded, by session id."""
    return {
        str(upload_id): {p["key"] for p in parts}
        for upload_id, parts in (
            await session.execute(
                select(EvidenceUpload.id, EvidenceUpload.parts).where(
                    EvidenceUpload.status == UploadStatus.open
                )
            )
        ).all()
    }


async def confidential_ids(session: AsyncSession, report_id: uuid.UUID) -> set[uuid.UUID]:
    """The case's evidence items that are minutes or transcripts of what people said
    (clarification minutes, Form B.12; Sentra Gakkumdu discussion minutes; hearing minutes
    ADM.BA-SP and transcripts ADM.RISALAH): personal and confidential
    (docs/legal/procedure.md §2)."""
    columns = (
        (ClarificationInvitee.minutes_evidence_id, ClarificationInvitee.report_id),
        (GakkumduDiscussion.minutes_evidence_id, GakkumduDiscussion.report_id),
        (HearingSession.minutes_evidence_id, HearingSession.report_id),
        (HearingSession.transcript_evidence_id, HearingSession.report_id),
    )
    stmt = union_all(
        *(select(ref).where(case == report_id, ref.is_not(None)) for ref, case in columns)
    )
    return {row[0] for row in (await session.execute(stmt)).all() if row[0] is not None}
