"""What is due, across the cases of an office's subtree."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query

from bawaslu_api.cases.errors import OutsideJurisdiction, ReportNotFound, UnknownReference
from bawaslu_api.db.uow import DbSession
from bawaslu_api.deadlines import service
from bawaslu_api.deadlines.clocks import deadline_out
from bawaslu_api.deadlines.errors import DeadlineNotFound, InvalidOverride
from bawaslu_api.deadlines.models import DeadlineStatus
from bawaslu_api.deadlines.schemas import (
    DeadlineOut,
    DeadlineOverrideIn,
    DeadlinePage,
    RecomputeIn,
    RecomputeOut,
)
from bawaslu_api.errors import problem_responses
from bawaslu_api.pagination import InvalidCursor
from bawaslu_api.security.dependencies import AUTH_ERRORS, Admin, Commissioner, Staff

router = APIRouter(prefix="/v1/deadlines", tags=["deadlines"])


@router.get(
    "",
    summary="Deadlines in your jurisdiction",
    responses=problem_responses(*AUTH_ERRORS, UnknownReference, InvalidCursor, validation=True),
)
async def deadlines_list(
    session: DbSession,
    principal: Staff,
    office: Annotated[str | None, Query(description="Office code: that office's subtree.")] = None,
    status: DeadlineStatus | None = None,
    rule: str | None = None,
    due_before: datetime | None = None,
    due_after: datetime | None = None,
    overdue: bool | None = None,
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> DeadlinePage:
    """Soonest first, keyset-paginated. `overdue=true`: pending clocks already past due.
    Any staff role; only your office's subtree."""
    filters = service.DeadlineFilter(
        office=office, status=status, rule=rule, due_before=due_before,
        due_after=due_after, overdue=overdue,
    )  # fmt: skip
    rows, next_cursor = await service.list_deadlines(
        session, principal, filters, cursor=cursor, limit=limit
    )
    return DeadlinePage(items=[deadline_out(r) for r in rows], next_cursor=next_cursor)


@router.post(
    "/recompute",
    summary="Recompute open deadlines with the calendar in force (dry run by default)",
    responses=problem_responses(
        *AUTH_ERRORS, ReportNotFound, UnknownReference, OutsideJurisdiction, validation=True
    ),
)
async def deadlines_recompute(
    body: RecomputeIn, session: DbSession, principal: Admin
) -> RecomputeOut:
    """A holiday added or revoked in the calendar, or a new setting of a rules policy
    (`/v1/rules/policies`), never changes a running clock by itself: cases keep their
    clocks (docs/legal/rules.md §1). This is the explicit recomputation. Every pending
    clock in scope (`report_id`: one case; `office`: that office's subtree; neither: your
    whole jurisdiction) is computed again by bawaslu_rules, under the clock's own rule,
    trigger and ruleset version, with the calendar and the policy settings in force now
    (a changed clock records them in its `policy_overrides`). `apply: false` (default)
    lists the clocks whose due date or time would change; `apply: true` (with a `reason`)
    stores the new due dates, appends one `deadlines_recomputed` event per affected case
    (each change and the reason) and writes an audit entry. Met, missed and waived clocks
    are never touched. Admins, within their office's subtree."""
    return await service.recompute(session, principal, body)


@router.post(
    "/{deadline_id}/override",
    summary="Override a deadline's status or extend its due time (with a reason)",
    responses=problem_responses(*AUTH_ERRORS, DeadlineNotFound, InvalidOverride, validation=True),
)
async def deadlines_override(
    deadline_id: uuid.UUID, body: DeadlineOverrideIn, session: DbSession, principal: Commissioner
) -> DeadlineOut:
    """Sets pending / met / missed / waived by hand, and/or moves a pending clock's
    `due_at` later (an extension; `status: pending` reopens a closed clock first). An
    extended or waived `report.completion` clock does not expire (Perbawaslu 7/2022 Art.
    15(3)-(4)). The reason and the change (old and new status and due time) are recorded on
    the case's timeline. Commissioners of an office whose subtree holds the case."""
    return deadline_out(await service.override(session, principal, deadline_id, body))
