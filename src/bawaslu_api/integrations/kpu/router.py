"""``/v1/kpu``: what Bawaslu forwarded to KPU, for KPU's systems (scope `kpu:followup`)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from bawaslu_api.db.uow import DbSession
from bawaslu_api.deadlines.clocks import deadline_out
from bawaslu_api.errors import problem_responses
from bawaslu_api.integrations.kpu import service
from bawaslu_api.integrations.kpu.errors import ForwardingNotFound, ForwardingState
from bawaslu_api.integrations.kpu.models import KpuForwardingStatus
from bawaslu_api.integrations.kpu.schemas import (
    KpuAcknowledgementIn,
    KpuFollowUpIn,
    KpuForwardingOut,
    KpuForwardingPage,
)
from bawaslu_api.pagination import InvalidCursor
from bawaslu_api.security.dependencies import AUTH_ERRORS, require_scopes
from bawaslu_api.security.principals import Principal, Scope
from bawaslu_api.webhooks.outbox import office_code

router = APIRouter(prefix="/v1/kpu", tags=["kpu"])

# A KPU system: a machine client holding `kpu:followup`, bound to an office's subtree.
KpuClient = Annotated[Principal, Depends(require_scopes(Scope.kpu_followup))]


def _out(row: service.Row) -> KpuForwardingOut:
    forwarding, number, deadline = row
    return KpuForwardingOut(
        id=forwarding.id,
        report_id=forwarding.report_id,
        register_number=number,
        office=office_code(forwarding.office_path),
        regime=forwarding.regime,
        category=forwarding.category,
        reference=forwarding.reference,
        sent_at=forwarding.sent_at,
        status=forwarding.status,
        received_at=forwarding.received_at,
        followup_action=forwarding.followup_action,
        followup_document=forwarding.followup_document,
        followed_up_at=forwarding.followed_up_at,
        deadline=deadline_out(deadline) if deadline else None,
    )


@router.get(
    "/forwardings",
    summary="Decisions and recommendations forwarded to KPU",
    responses=problem_responses(*AUTH_ERRORS, InvalidCursor, validation=True),
)
async def kpu_forwardings_list(
    session: DbSession,
    principal: KpuClient,
    status: KpuForwardingStatus | None = None,
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> KpuForwardingPage:
    """Oldest first, in the client's office subtree, each with its follow-up clock."""
    rows, next_cursor = await service.list_forwardings(
        session, principal, status=status, cursor=cursor, limit=limit
    )
    return KpuForwardingPage(items=[_out(r) for r in rows], next_cursor=next_cursor)


@router.post(
    "/forwardings/{forwarding_id}/acknowledgement",
    summary="Acknowledge receipt",
    responses=problem_responses(*AUTH_ERRORS, ForwardingNotFound, ForwardingState, validation=True),
)
async def kpu_forwardings_acknowledge(
    forwarding_id: uuid.UUID, body: KpuAcknowledgementIn, session: DbSession, principal: KpuClient
) -> KpuForwardingOut:
    """Records when KPU received the forwarding (on the case's timeline). For `pemilihan`
    the 7-day follow-up clock starts at that moment."""
    return _out(await service.acknowledge(session, principal, forwarding_id, body))


@router.post(
    "/forwardings/{forwarding_id}/follow-up",
    summary="Record KPU's follow-up",
    responses=problem_responses(*AUTH_ERRORS, ForwardingNotFound, ForwardingState, validation=True),
)
async def kpu_forwardings_follow_up(
    forwarding_id: uuid.UUID, body: KpuFollowUpIn, session: DbSession, principal: KpuClient
) -> KpuForwardingOut:
    """Tindak lanjut: action, document reference and date. Closes the follow-up clock (met
    or missed), adds a timeline event and emits `kpu.followup_recorded`."""
    return _out(await service.follow_up(session, principal, forwarding_id, body))
