"""Forwardings to KPU: tracked when Bawaslu forwards, acknowledged and followed up by KPU.

The statutory clock is ``admin.kpu_followup`` (docs/legal/rules.md §3): for ``pemilu`` 3 working
days from the reading of the decision (UU 7/2017 Art. 462), opened when Bawaslu forwards;
for ``pemilihan`` 7 calendar days from receipt by KPU (UU 10/2016 Art. 139-140), opened at
the forwarding when its receipt is known, otherwise at KPU's acknowledgement.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases import repository as cases
from bawaslu_api.cases.models import Report, ViolationCategory
from bawaslu_api.db.base import uuid7
from bawaslu_api.deadlines import clocks
from bawaslu_api.deadlines.models import Deadline, DeadlineStatus
from bawaslu_api.i18n import Text
from bawaslu_api.integrations.kpu.errors import ForwardingNotFound, ForwardingState
from bawaslu_api.integrations.kpu.models import KpuForwarding, KpuForwardingStatus
from bawaslu_api.integrations.kpu.schemas import KpuAcknowledgementIn, KpuFollowUpIn
from bawaslu_api.offices import scope
from bawaslu_api.pagination import decode_id_cursor, encode_id_cursor
from bawaslu_api.security.principals import Principal
from bawaslu_api.timeline.service import append_event
from bawaslu_api.webhooks import outbox
from bawaslu_api.webhooks.models import EventType

RULE = "admin.kpu_followup"


async def track(
    session: AsyncSession, report: Report, entry: dict[str, Any], deadline: Deadline | None
) -> None:
    """Called by ``reports.service.forward``: a forwarding to KPU becomes a row KPU can see,
    linked to the follow-up clock that the forwarding opened (``deadline``, if any)."""
    if entry.get("to") != "kpu":
        return
    received = entry.get("received_at")
    session.add(
        KpuForwarding(
            id=uuid7(),
            report_id=report.id,
            office_path=report.office_path,
            regime=report.regime,
            category=report.outcome_category.value if report.outcome_category else None,
            reference=entry.get("reference") or "",
            sent_at=datetime.fromisoformat(entry["sent_at"]),
            status=KpuForwardingStatus.pending,
            received_at=datetime.fromisoformat(received) if received else None,
            deadline_id=deadline.id if deadline is not None else None,
        )
    )
    await session.flush()


Row = tuple[KpuForwarding, str | None, Deadline | None]


async def list_forwardings(
    session: AsyncSession,
    principal: Principal,
    *,
    status: KpuForwardingStatus | None,
    cursor: str | None,
    limit: int,
) -> tuple[list[Row], str | None]:
    """Forwardings of the caller's subtree, oldest first (keyset on the UUIDv7 id)."""
    stmt = (
        select(KpuForwarding, Report.register_number, Deadline)
        .join(Report, Report.id == KpuForwarding.report_id)
        .outerjoin(Deadline, Deadline.id == KpuForwarding.deadline_id)
        .where(scope.within(principal.office_path, KpuForwarding.office_path))
    )
    if status is not None:
        stmt = stmt.where(KpuForwarding.status == status)
    if cursor:
        stmt = stmt.where(KpuForwarding.id > decode_id_cursor(cursor))
    found = (await session.execute(stmt.order_by(KpuForwarding.id).limit(limit + 1))).all()
    rows: list[Row] = [(f, n, d) for f, n, d in found]
    next_cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        next_cursor = encode_id_cursor(rows[-1][0].id)
    return rows, next_cursor


async def _load(
    session: AsyncSession, principal: Principal, forwarding_id: uuid.UUID
) -> tuple[KpuForwarding, cases.Loaded]:
    row = await session.get(KpuForwarding, forwarding_id)
    if row is None or not scope.sees(principal, row.office_path):
        raise ForwardingNotFound(
            Text("Penerusan {id} tidak ada.", "No forwarding {id}."), id=forwarding_id
        )
    # Lock the case first (every case action does), then the forwarding.
    loaded = await cases.load(session, row.report_id, principal, for_update=True)
    await session.refresh(row, with_for_update=True)
    return row, loaded


def _wrong_state(row: KpuForwarding) -> ForwardingState:
    return ForwardingState(
        Text("Status penerusan: {status}.", "The forwarding is {status}."),
        status=row.status.value,
    )


async def _row(session: AsyncSession, row: KpuForwarding) -> Row:
    number = (
        await session.execute(select(Report.register_number).where(Report.id == row.report_id))
    ).scalar_one()
    deadline = await session.get(Deadline, row.deadline_id) if row.deadline_id else None
    return row, number, deadline


async def acknowledge(
    session: AsyncSession,
    principal: Principal,
    forwarding_id: uuid.UUID,
    body: KpuAcknowledgementIn,
) -> Row:
    """KPU confirms receipt. For ``pemilihan`` this starts the follow-up clock."""
    row, loaded = await _load(session, principal, forwarding_id)
    if row.status is not KpuForwardingStatus.pending:
        raise _wrong_state(row)
    row.status = KpuForwardingStatus.acknowledged
    row.received_at = body.received_at
    row.acknowledged_by = principal.subject
    opened = None
    if (
        row.deadline_id is None
        and row.regime == "pemilihan"
        and row.category == ViolationCategory.administrative.value
    ):
        deadline = await clocks.open_deadline(
            session, loaded.report, loaded.office.timezone, RULE, body.received_at
        )
        if deadline is not None:
            row.deadline_id = deadline.id
            opened = f"{deadline.rule_id}:{deadline.due_at.isoformat()}"
    await session.flush()
    await append_event(
        session,
        loaded.report.id,
        principal.subject,
        "kpu_acknowledged",
        {"forwarding": str(row.id), "received_at": body.received_at.isoformat(), "opened": opened},
    )
    return await _row(session, row)


async def follow_up(
    session: AsyncSession, principal: Principal, forwarding_id: uuid.UUID, body: KpuFollowUpIn
) -> Row:
    """KPU records its tindak lanjut; the clock closes, met if on time, missed if late."""
    row, loaded = await _load(session, principal, forwarding_id)
    if row.status is KpuForwardingStatus.followed_up:
        raise _wrong_state(row)
    row.status = KpuForwardingStatus.followed_up
    row.followup_action = body.action
    row.followup_document = body.document_reference
    row.followed_up_at = body.followed_up_at
    row.followed_up_by = principal.subject
    closed = None
    if row.deadline_id is not None:
        deadline = await session.get(Deadline, row.deadline_id, with_for_update=True)
        if deadline is not None and deadline.status is DeadlineStatus.pending:
            closed = clocks.settle(deadline, body.followed_up_at)
    await session.flush()
    changes = {
        "forwarding": str(row.id),
        "action": body.action,
        "document_reference": body.document_reference,
        "followed_up_at": body.followed_up_at.isoformat(),
        "closed": closed,
    }
    await append_event(session, loaded.report.id, principal.subject, "kpu_followed_up", changes)
    await outbox.emit(session, EventType.kpu_followup_recorded, loaded.report, changes)
    return await _row(session, row)
