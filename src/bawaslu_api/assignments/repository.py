"""Queries of assignments: who works a case now, an officer's open cases, an office's
workload, and the one widening of the jurisdiction rule they bring: the read grant of a
clarifier assigned from a lower office (Perbawaslu 7/2022 Art. 28(4)).

A case is *open* while bawaslu_rules' lifecycle allows an assignment in its status
(received, completion requested, registered, decided, forwarded); an assignment is
*active* while it is not released and its case is open. A closed case (withdrawn, not
registered) ends its assignments, and the grants they gave, by itself.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, func, literal, or_, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.assignments.models import AssignmentRole, CaseAssignment
from bawaslu_api.cases.models import Report, ReportStatus
from bawaslu_api.cases.repository import in_scope
from bawaslu_api.deadlines.models import Deadline, DeadlineStatus
from bawaslu_api.offices import scope
from bawaslu_api.offices.models import Office
from bawaslu_api.security.principals import Principal
from bawaslu_api.users.models import StaffUser
from bawaslu_api.webhooks.outbox import office_code
from bawaslu_rules import allowed_from

OPEN_STATUSES: tuple[ReportStatus, ...] = tuple(
    s for s in ReportStatus if s.value in allowed_from("assignment")
)
"""The statuses of an open case: those in which the lifecycle allows an assignment."""

WORKERS = ("handler", "commissioner")
"""Staff roles that may be assigned to a case (admins and viewers do not work cases)."""


def _active() -> ColumnElement[bool]:
    return and_(CaseAssignment.released_at.is_(None), Report.status.in_(OPEN_STATUSES))


# ---------------------------------------------------------------- the read grant


def read_grant(principal: Principal) -> ColumnElement[bool] | None:
    """The cases ``principal`` may read beyond their jurisdiction: those they are an active
    ``clarifier`` of (Perbawaslu 7/2022 Art. 28(4)); for ``cases.repository.load``'s
    ``grant``. None for machine clients (never assigned)."""
    if principal.kind != "staff":
        return None
    return Report.id.in_(
        select(CaseAssignment.report_id).where(
            CaseAssignment.officer == principal.subject,
            CaseAssignment.role == AssignmentRole.clarifier,
            CaseAssignment.released_at.is_(None),
        )
    ) & Report.status.in_(OPEN_STATUSES)


GRANT_SQL = (
    "SELECT EXISTS (SELECT 1 FROM case_assignment a JOIN report r ON r.id = a.report_id"
    " WHERE a.report_id = $1 AND a.officer = $2 AND a.role = 'clarifier'"
    " AND a.released_at IS NULL AND r.status = ANY($3::varchar[]))"
)
""":func:`read_grant` for one case on a raw asyncpg connection (the read path)."""


async def granted_on(conn: Any, report_id: uuid.UUID, principal: Principal) -> bool:
    """Whether ``principal`` is an active clarifier of the case (asyncpg connection)."""
    if principal.kind != "staff":
        return False
    return bool(
        await conn.fetchval(
            GRANT_SQL, report_id, principal.subject, [s.value for s in OPEN_STATUSES]
        )
    )


# ---------------------------------------------------------------- one case


@dataclass(frozen=True, slots=True)
class Assignee:
    row: CaseAssignment
    display_name: str | None
    office: str


async def active(session: AsyncSession, report_id: uuid.UUID) -> list[Assignee]:
    """The case's unreleased assignments, oldest first, with the officer's name and office."""
    rows = await session.execute(
        select(CaseAssignment, StaffUser.display_name, Office.code)
        .outerjoin(StaffUser, StaffUser.username == CaseAssignment.officer)
        .outerjoin(Office, Office.path == CaseAssignment.officer_office_path)
        .where(CaseAssignment.report_id == report_id, CaseAssignment.released_at.is_(None))
        .order_by(CaseAssignment.assigned_at, CaseAssignment.id)
    )
    return [
        Assignee(row, name, code or office_code(row.officer_office_path))
        for row, name, code in rows
    ]


async def officer(session: AsyncSession, username: str) -> tuple[StaffUser, str] | None:
    """An enabled staff user by username, with their office's code."""
    row = (
        await session.execute(
            select(StaffUser, Office.code)
            .join(Office, Office.id == StaffUser.office_id)
            .where(StaffUser.username == username.lower(), StaffUser.disabled_at.is_(None))
        )
    ).one_or_none()
    return None if row is None else (row[0], row[1])


# ---------------------------------------------------------------- my cases


def _next_due() -> Any:
    """The soonest pending clock of each case (a lateral subquery over ``Report``)."""
    return (
        select(Deadline.id, Deadline.rule_id, Deadline.due_at)
        .where(Deadline.report_id == Report.id, Deadline.status == DeadlineStatus.pending)
        .order_by(Deadline.due_at, Deadline.id)
        .limit(1)
        .lateral("next_due")
    )


FAR = datetime.fromisoformat("9999-12-31T00:00:00+00:00")
"""The sort key of a case without a pending clock: after every due date."""


async def my_cases(
    session: AsyncSession,
    principal: Principal,
    *,
    after: tuple[datetime, uuid.UUID] | None,
    limit: int,
) -> Sequence[Any]:
    """The caller's open cases (active assignments), soonest due first (keyset on the
    next due time, then the case's id), and one more row when there is a next page. A
    case that left the caller's jurisdiction (transferred) is listed only to a clarifier,
    whose grant does not depend on it."""
    nd = _next_due()
    sort = func.coalesce(nd.c.due_at, literal(FAR))
    stmt = (
        select(
            Report.id,
            Report.kind,
            Report.status,
            Report.office_path,
            Report.register_number,
            Report.received_at,
            CaseAssignment.role,
            CaseAssignment.assigned_at,
            nd.c.id.label("deadline_id"),
            nd.c.rule_id,
            nd.c.due_at,
            sort.label("sort_at"),
        )
        .select_from(CaseAssignment)
        .join(Report, Report.id == CaseAssignment.report_id)
        .outerjoin(nd, literal(True))
        .where(
            CaseAssignment.officer == principal.subject,
            _active(),
            or_(
                in_scope(principal.office_path),
                CaseAssignment.role == AssignmentRole.clarifier,
            ),
        )
        .order_by(sort, Report.id)
        .limit(limit + 1)
    )
    if after is not None:
        stmt = stmt.where(tuple_(sort, Report.id) > tuple_(literal(after[0]), literal(after[1])))
    return (await session.execute(stmt)).all()


# ---------------------------------------------------------------- workload


@dataclass(frozen=True, slots=True)
class Load:
    officer: str
    display_name: str | None
    office: str
    open_cases: int
    handling: int
    overdue_clocks: int
    next_due_at: datetime | None


async def workload(
    session: AsyncSession, office_path: str, now: datetime
) -> tuple[list[Load], int]:
    """Per officer of the subtree of the office at ``office_path`` (enabled staff who can
    work cases, and anyone holding an active assignment there): their open cases, how
    many they handle, overdue pending clocks on them and the next due time; and the
    number of the subtree's open cases without an active handler."""
    assigned_here = select(CaseAssignment.report_id).where(
        CaseAssignment.released_at.is_(None),
        scope.within(office_path, CaseAssignment.officer_office_path),
    )
    clocks = (
        select(
            Deadline.report_id,
            func.count().filter(Deadline.due_at < now).label("overdue"),
            func.min(Deadline.due_at).label("next_due"),
        )
        .where(Deadline.status == DeadlineStatus.pending, Deadline.report_id.in_(assigned_here))
        .group_by(Deadline.report_id)
        .subquery()
    )
    per_officer = await session.execute(
        select(
            CaseAssignment.officer,
            CaseAssignment.officer_office_path,
            func.count(),
            func.count().filter(CaseAssignment.role == AssignmentRole.handler),
            func.coalesce(func.sum(clocks.c.overdue), 0),
            func.min(clocks.c.next_due),
        )
        .join(Report, Report.id == CaseAssignment.report_id)
        .outerjoin(clocks, clocks.c.report_id == CaseAssignment.report_id)
        .where(_active(), scope.within(office_path, CaseAssignment.officer_office_path))
        .group_by(CaseAssignment.officer, CaseAssignment.officer_office_path)
    )
    loads: dict[str, Load] = {}
    for name, path, count, handling, overdue, next_due in per_officer:
        loads[name] = Load(name, None, office_code(path), count, handling, int(overdue), next_due)
    staff = await session.execute(
        select(StaffUser.username, StaffUser.display_name, Office.code)
        .join(Office, Office.id == StaffUser.office_id)
        .where(
            scope.within(office_path, StaffUser.office_path),
            StaffUser.disabled_at.is_(None),
            StaffUser.roles.overlap(list(WORKERS)),
        )
    )
    for username, display_name, code in staff:
        known = loads.get(username)
        loads[username] = (
            Load(username, display_name, code, 0, 0, 0, None)
            if known is None
            else Load(
                username, display_name, known.office, known.open_cases, known.handling,
                known.overdue_clocks, known.next_due_at,
            )
        )  # fmt: skip
    handled = select(CaseAssignment.report_id).where(
        CaseAssignment.role == AssignmentRole.handler, CaseAssignment.released_at.is_(None)
    )
    unassigned = (
        await session.execute(
            select(func.count())
            .select_from(Report)
            .where(
                in_scope(office_path),
                Report.status.in_(OPEN_STATUSES),
                Report.id.not_in(handled),
            )
        )
    ).scalar_one()
    ordered = sorted(loads.values(), key=lambda x: (-x.open_cases, x.officer))
    return ordered, int(unassigned)
