"""Deadlines across cases: the view that tells an office what is due, and overrides."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import and_, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases import repository as cases
from bawaslu_api.cases.errors import UnknownReference
from bawaslu_api.deadlines.errors import DeadlineNotFound
from bawaslu_api.deadlines.models import Deadline, DeadlineStatus
from bawaslu_api.deadlines.schemas import DeadlineOverrideIn
from bawaslu_api.i18n import Text
from bawaslu_api.offices import scope
from bawaslu_api.pagination import encode_cursor, keyset_after
from bawaslu_api.security.principals import Principal
from bawaslu_api.timeline.service import append_event


@dataclass(frozen=True, slots=True)
class DeadlineFilter:
    office: str | None = None
    status: DeadlineStatus | None = None
    rule: str | None = None
    due_before: datetime | None = None
    due_after: datetime | None = None
    overdue: bool | None = None


async def list_deadlines(
    session: AsyncSession,
    principal: Principal,
    filters: DeadlineFilter,
    *,
    cursor: str | None,
    limit: int,
) -> tuple[list[Deadline], str | None]:
    """Deadlines in the caller's subtree, soonest first (keyset on due time and id)."""
    path = principal.office_path
    if filters.office is not None:
        path = await scope.office_path_by_code(session, filters.office, error=UnknownReference)
        if not scope.sees(principal, path):
            return [], None
    stmt = select(Deadline).where(scope.within(path, Deadline.office_path))
    if filters.status is not None:
        stmt = stmt.where(Deadline.status == filters.status)
    if filters.rule is not None:
        stmt = stmt.where(Deadline.rule_id == filters.rule)
    if filters.due_before is not None:
        stmt = stmt.where(Deadline.due_at < filters.due_before)
    if filters.due_after is not None:
        stmt = stmt.where(Deadline.due_at >= filters.due_after)
    if filters.overdue is not None:
        late = and_(Deadline.status == DeadlineStatus.pending, Deadline.due_at < func.now())
        stmt = stmt.where(late if filters.overdue else ~late)
    after = keyset_after((Deadline.due_at, Deadline.id), cursor, descending=False)
    if after is not None:
        stmt = stmt.where(after)
    rows = list(
        (await session.execute(stmt.order_by(Deadline.due_at, Deadline.id).limit(limit + 1)))
        .scalars()
        .all()
    )
    next_cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        next_cursor = encode_cursor([rows[-1].due_at.isoformat(), str(rows[-1].id)])
    return rows, next_cursor


async def override(
    session: AsyncSession, principal: Principal, deadline_id: uuid.UUID, body: DeadlineOverrideIn
) -> Deadline:
    """Set a clock's status by hand, with a reason, as an event on the case's timeline."""
    row = await session.get(Deadline, deadline_id, with_for_update=True)
    if row is None or not scope.sees(principal, row.office_path):
        raise DeadlineNotFound(Text("Tenggat {id} tidak ada.", "No deadline {id}."), id=deadline_id)
    await cases.load(session, row.report_id, principal, for_update=True)
    before = row.status
    row.status = DeadlineStatus(body.status)
    row.met_at = None if row.status is DeadlineStatus.pending else datetime.now(UTC)
    row.override_reason = body.reason
    await session.flush()
    await append_event(
        session, row.report_id, principal.subject, "deadline_overridden",
        {"deadline": str(row.id), "rule": row.rule_id, "from": before.value,
         "to": row.status.value, "reason": body.reason},
    )  # fmt: skip
    return row
