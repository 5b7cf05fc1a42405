"""Reading a case's clarification sessions and invitees (the case is loaded in the caller's
jurisdiction first: a session is found only through its case)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import column, func, select, table
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases.models import Report
from bawaslu_api.cases.repository import in_scope
from bawaslu_api.clarifications.errors import ClarificationNotFound
from bawaslu_api.clarifications.models import ClarificationInvitee, ClarificationSession
from bawaslu_api.i18n import Text
from bawaslu_api.offices.models import Office

# Evidence sits in a layer above the case steps; its table is read, not its package.
_evidence = table("evidence_item", column("id"), column("report_id"))


async def sessions_of(session: AsyncSession, report_id: uuid.UUID) -> list[ClarificationSession]:
    """The case's sessions, in the order they are scheduled."""
    return list(
        (
            await session.execute(
                select(ClarificationSession)
                .where(ClarificationSession.report_id == report_id)
                .order_by(ClarificationSession.scheduled_at, ClarificationSession.id)
            )
        ).scalars()
    )


async def get_session(
    session: AsyncSession, report_id: uuid.UUID, session_id: uuid.UUID
) -> ClarificationSession:
    """Session ``session_id`` of the case; 404 ``clarification_not_found`` otherwise."""
    found = (
        await session.execute(
            select(ClarificationSession).where(
                ClarificationSession.id == session_id,
                ClarificationSession.report_id == report_id,
            )
        )
    ).scalar_one_or_none()
    if found is None:
        raise ClarificationNotFound(
            Text(
                "Tidak ada sesi klarifikasi {id} pada laporan ini.",
                "No clarification session {id} in this case.",
            ),
            id=session_id,
        )
    return found


async def invitees_of_case(
    session: AsyncSession, report_id: uuid.UUID
) -> list[tuple[ClarificationInvitee, ClarificationSession]]:
    """Every invitation of the case with its session, oldest session first (the history
    the attempt numbers and missed invitations are counted on)."""
    rows = await session.execute(
        select(ClarificationInvitee, ClarificationSession)
        .join(ClarificationSession, ClarificationSession.id == ClarificationInvitee.session_id)
        .where(ClarificationInvitee.report_id == report_id)
        .order_by(
            ClarificationSession.scheduled_at,
            ClarificationSession.id,
            ClarificationInvitee.created_at,
            ClarificationInvitee.id,
        )
    )
    return [(invitee, sess) for invitee, sess in rows.all()]


async def missing_evidence(
    session: AsyncSession, report_id: uuid.UUID, ids: Sequence[uuid.UUID]
) -> set[uuid.UUID]:
    """Those of ``ids`` that are not evidence items of the case."""
    if not ids:
        return set()
    found = (
        await session.execute(
            select(_evidence.c.id).where(
                _evidence.c.report_id == report_id, _evidence.c.id.in_(list(ids))
            )
        )
    ).scalars()
    return set(ids) - set(found)


async def agenda(
    session: AsyncSession, path: str, start: datetime, end: datetime, limit: int
) -> list[Any]:
    """Sessions scheduled in ``[start, end)`` of the cases in the subtree at ``path``,
    soonest first, with their case's office and register number and how many invited."""
    invited = (
        select(func.count(ClarificationInvitee.id))
        .where(ClarificationInvitee.session_id == ClarificationSession.id)
        .scalar_subquery()
    )
    stmt = (
        select(ClarificationSession, Office.code, Report.register_number, invited)
        .join(Report, Report.id == ClarificationSession.report_id)
        .join(Office, Office.id == Report.office_id)
        .where(
            in_scope(path),
            ClarificationSession.scheduled_at >= start,
            ClarificationSession.scheduled_at < end,
        )
        .order_by(ClarificationSession.scheduled_at, ClarificationSession.id)
        .limit(limit)
    )
    return list((await session.execute(stmt)).all())
