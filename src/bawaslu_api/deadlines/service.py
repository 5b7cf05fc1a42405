"""Deadlines across cases: the view that tells an office what is due, and overrides."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import and_, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.deadlines.errors import DeadlineNotFound
from bawaslu_api.deadlines.schemas import DeadlineOverrideIn
from bawaslu_api.i18n import Text
from bawaslu_api.pagination import encode_cursor
from bawaslu_api.reports import service as reports
from bawaslu_api.reports.models import Deadline, DeadlineStatus
from bawaslu_api.security.principals import Principal


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
    scope = principal.office_path
    if filters.office is not None:
        scope = await reports.office_path_by_code(session, filters.office)
        if not principal.sees(scope):
            return [], None
    stmt = select(Deadline).where(Deadline.office_path.startswith(scope))
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
    after = reports.keyset_after((Deadline.due_at, Deadline.id), cursor, descending=False)
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
    if row is None or not principal.sees(row.office_path):
        raise DeadlineNotFound(Text("Tenggat {id} tidak ada.", "No deadline {id}."), id=deadline_id)
    loaded = await reports.load(session, row.report_id, principal, for_update=True)
    before = row.status
    row.status = DeadlineStatus(body.status)
    row.met_at = None if row.status is DeadlineStatus.pending else datetime.now(UTC)
    row.override_reason = body.reason
    await session.flush()
    await reports.append_event(
        session, loaded.report, principal.subject, "deadline_overridden",
        {"deadline": str(row.id), "rule": row.rule_id, "from": before.value,
         "to": row.status.value, "reason": body.reason},
    )  # fmt: skip
    return row
