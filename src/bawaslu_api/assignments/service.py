"""Assigning officers to a case, releasing them, and the views of who works what.

Each change is an action on a case the router loaded and locked in the caller's
jurisdiction (``cases.repository.load(..., for_update=True)`` and ``check_version``):
bawaslu_rules' lifecycle says whether the case's status allows it (409 otherwise), its
``assignment`` module who may hold which role from which office (Perbawaslu 7/2022
Art. 28(4)); the change bumps the case's version (its ``ETag``), appends one event to the
case's hash-chained timeline with the assignments before and after, and queues a webhook
event, all in the request's transaction.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.assignments import repository
from bawaslu_api.assignments.errors import (
    AlreadyAssigned,
    AssignmentDate,
    AssignmentNotAllowed,
    IneligibleOfficer,
    NotAssigned,
)
from bawaslu_api.assignments.models import AssignmentRole, CaseAssignment
from bawaslu_api.assignments.repository import Assignee
from bawaslu_api.assignments.schemas import (
    AssigneeOut,
    AssignmentIn,
    AssignmentsOut,
    MyCase,
    MyCasesPage,
    NextDue,
    OfficerLoad,
    ReleaseIn,
    WorkloadOut,
)
from bawaslu_api.cases import repository as cases
from bawaslu_api.cases.models import Report
from bawaslu_api.cases.repository import Loaded
from bawaslu_api.clock import latest_allowed, utcnow
from bawaslu_api.errors import FieldError
from bawaslu_api.i18n import Text
from bawaslu_api.offices import scope
from bawaslu_api.offices.errors import OfficeNotFound
from bawaslu_api.pagination import decode_cursor, encode_cursor, invalid_cursor
from bawaslu_api.security.principals import Principal
from bawaslu_api.timeline.service import append_event, last_occurred, occurred_iso
from bawaslu_api.webhooks import outbox
from bawaslu_api.webhooks.outbox import office_code
from bawaslu_rules import assignment_rule, may_assign

EVENTS = ("assigned", "reassigned", "assignment_released")
"""The timeline events of this package."""


async def _occurred(session: AsyncSession, report: Report, given: datetime | None) -> datetime:
    """When the assignment happened: ``given`` (not in the future beyond the allowed skew,
    not before the case was received nor before its previous assignment event) or now."""
    if given is None:
        return utcnow()
    previous = await last_occurred(session, report.id, EVENTS)
    floor = max(report.received_at, previous[1]) if previous else report.received_at
    if given > latest_allowed() or given < floor:
        raise AssignmentDate(
            Text(
                "occurred_at {at} harus antara {floor} dan sekarang.",
                "occurred_at {at} must lie between {floor} and now.",
            ),
            fields=[
                FieldError(
                    ("occurred_at",),
                    "date_out_of_range",
                    Text("Di luar rentang yang mungkin.", "Outside the possible range."),
                )
            ],
            at=occurred_iso(given),
            floor=occurred_iso(floor),
        )
    return given.astimezone(UTC)


def _ineligible(officer: str, why: Text, **params: object) -> IneligibleOfficer:
    return IneligibleOfficer(
        why,
        fields=[FieldError(("officer",), "ineligible_officer", why, params)],
        officer=officer,
        **params,
    )


def _snapshot(assignees: list[Assignee]) -> dict[str, Any]:
    """Who works the case, as a timeline event records it (before and after)."""
    handler = next((a.row.officer for a in assignees if a.row.role is AssignmentRole.handler), None)
    return {
        "handler": handler,
        "team": sorted(a.row.officer for a in assignees if a.row.role is AssignmentRole.team),
        "clarifiers": sorted(
            a.row.officer for a in assignees if a.row.role is AssignmentRole.clarifier
        ),
    }


def _close(row: CaseAssignment, principal: Principal, at: datetime, reason: str) -> None:
    row.released_at, row.released_by, row.release_reason = at, principal.subject, reason


async def assign(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: AssignmentIn
) -> None:
    """Assign ``body.officer`` in ``body.role``. A new handler replaces the previous one
    (reassignment: the previous handler is released with the same reason); an officer who
    holds another role on the case moves to this one."""
    report, office = loaded.report, loaded.office
    cases.require(report, "assignment", AssignmentNotAllowed)
    at = await _occurred(session, report, body.occurred_at)
    found = await repository.officer(session, body.officer)
    if found is None:
        raise _ineligible(
            body.officer,
            Text("Tidak ada petugas aktif {officer}.", "No active staff user {officer}."),
        )
    user, user_office = found
    if not set(user.roles) & set(repository.WORKERS):
        raise _ineligible(
            body.officer,
            Text(
                "{officer} tidak memegang peran handler atau commissioner.",
                "{officer} holds neither the handler nor the commissioner role.",
            ),
        )
    role = body.role.value
    where = scope.relation(office.path, user.office_path)
    if not may_assign(role, relation=where, case_level=office.level.value):
        raise _ineligible(
            body.officer,
            Text(
                "Petugas kantor {office} tidak dapat ditugaskan sebagai {role} pada perkara "
                "kantor {case_office} ({basis}).",
                "An officer of office {office} cannot be assigned as {role} to a case of "
                "office {case_office} ({basis}).",
            ),
            office=user_office,
            role=role,
            case_office=office.code,
            basis=assignment_rule(role).basis,
        )
    before = await repository.active(session, report.id)
    mine = next((a.row for a in before if a.row.officer == user.username), None)
    if mine is not None and mine.role is body.role:
        raise AlreadyAssigned(
            Text(
                "{officer} sudah ditugaskan sebagai {role}.",
                "{officer} is already assigned as {role}.",
            ),
            officer=user.username,
            role=role,
        )
    released: list[dict[str, str]] = []
    if mine is not None:
        _close(mine, principal, at, body.reason)
        released.append({"officer": mine.officer, "role": mine.role.value})
    replaced = None
    if body.role is AssignmentRole.handler:
        previous = next(
            (a.row for a in before if a.row.role is AssignmentRole.handler and a.row is not mine),
            None,
        )
        if previous is not None:
            _close(previous, principal, at, body.reason)
            released.append({"officer": previous.officer, "role": previous.role.value})
            replaced = previous.officer
    await session.flush()  # the partial unique indexes see the released rows first
    session.add(
        CaseAssignment(
            report_id=report.id,
            officer=user.username,
            officer_office_path=user.office_path,
            role=body.role,
            reason=body.reason,
            assigned_by=principal.subject,
            assigned_at=at,
        )
    )
    cases.touch(report)
    await session.flush()
    after = await repository.active(session, report.id)
    changes: dict[str, Any] = {
        "officer": user.username,
        "office": user_office,
        "role": role,
        "reason": body.reason,
        "released": released,
        "before": _snapshot(before),
        "after": _snapshot(after),
    }
    if body.occurred_at is not None:
        changes["occurred_at"] = occurred_iso(body.occurred_at)
    action = "reassigned" if replaced is not None else "assigned"
    await append_event(session, report.id, principal.subject, action, changes)
    await outbox.emit(
        session,
        "report.assigned",
        report,
        {
            "assignment": {
                "officer": user.username,
                "office": user_office,
                "role": role,
                "reason": body.reason,
                "assigned_at": at,
                "by": principal.subject,
            },
            "released": released,
        },
    )


async def release(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: ReleaseIn
) -> None:
    """Release ``body.officer`` from the case (whatever their role); a clarifier from a
    lower office loses the read of the case with it."""
    report = loaded.report
    cases.require(report, "assignment_release", AssignmentNotAllowed)
    at = await _occurred(session, report, body.occurred_at)
    before = await repository.active(session, report.id)
    mine = next((a.row for a in before if a.row.officer == body.officer.lower()), None)
    if mine is None:
        raise NotAssigned(
            Text(
                "{officer} tidak sedang ditugaskan pada perkara ini.",
                "{officer} is not assigned to this case.",
            ),
            officer=body.officer,
        )
    _close(mine, principal, at, body.reason)
    cases.touch(report)
    await session.flush()
    after = await repository.active(session, report.id)
    changes: dict[str, Any] = {
        "officer": mine.officer,
        "role": mine.role.value,
        "reason": body.reason,
        "before": _snapshot(before),
        "after": _snapshot(after),
    }
    if body.occurred_at is not None:
        changes["occurred_at"] = occurred_iso(body.occurred_at)
    await append_event(session, report.id, principal.subject, "assignment_released", changes)
    await outbox.emit(
        session,
        "report.assignment_released",
        report,
        {
            "assignment": {
                "officer": mine.officer,
                "office": office_code(mine.officer_office_path),
                "role": mine.role.value,
                "reason": body.reason,
                "released_at": at,
                "by": principal.subject,
            }
        },
    )


# ---------------------------------------------------------------- views


def _assignee_out(a: Assignee) -> AssigneeOut:
    return AssigneeOut(
        officer=a.row.officer,
        display_name=a.display_name,
        office=a.office,
        role=a.row.role,
        reason=a.row.reason,
        assigned_by=a.row.assigned_by,
        assigned_at=a.row.assigned_at,
    )


async def assignments_out(session: AsyncSession, report: Report) -> AssignmentsOut:
    """Who works the case now."""
    rows = [_assignee_out(a) for a in await repository.active(session, report.id)]
    return AssignmentsOut(
        report_id=report.id,
        version=report.version,
        handler=next((a for a in rows if a.role is AssignmentRole.handler), None),
        team=[a for a in rows if a.role is AssignmentRole.team],
        clarifiers=[a for a in rows if a.role is AssignmentRole.clarifier],
    )


def _after(cursor: str | None) -> tuple[datetime, uuid.UUID] | None:
    if cursor is None:
        return None
    at_raw, id_raw = decode_cursor(cursor, size=2)
    try:
        return datetime.fromisoformat(at_raw), uuid.UUID(id_raw)
    except ValueError as exc:
        raise invalid_cursor() from exc


async def my_cases(
    session: AsyncSession, principal: Principal, *, cursor: str | None, limit: int
) -> MyCasesPage:
    """The caller's open cases, soonest pending clock first (cases without one last)."""
    rows = await repository.my_cases(session, principal, after=_after(cursor), limit=limit)
    now = utcnow()
    items = [
        MyCase(
            id=r.id,
            kind=r.kind,
            status=r.status,
            office=office_code(r.office_path),
            register_number=r.register_number,
            received_at=r.received_at,
            role=r.role,
            assigned_at=r.assigned_at,
            next_due=None
            if r.deadline_id is None
            else NextDue(
                deadline_id=r.deadline_id, rule=r.rule_id, due_at=r.due_at, overdue=r.due_at < now
            ),
        )
        for r in rows[:limit]
    ]
    next_cursor = None
    if len(rows) > limit:
        last = rows[limit - 1]
        next_cursor = encode_cursor([last.sort_at.isoformat(), str(last.id)])
    return MyCasesPage(items=items, next_cursor=next_cursor)


async def workload(session: AsyncSession, principal: Principal, code: str) -> WorkloadOut:
    """The workload of the office ``code``'s subtree; 404 for an office the caller does
    not see, exactly as for one that does not exist."""
    try:
        office = await scope.office_by_code(session, code, error=OfficeNotFound)
    except OfficeNotFound:
        office = None
    if office is None or not scope.sees(principal, office.path):
        raise scope.unknown_office(code, OfficeNotFound)
    loads, unassigned = await repository.workload(session, office.path, utcnow())
    return WorkloadOut(
        office=office.code,
        officers=[
            OfficerLoad(
                officer=x.officer,
                display_name=x.display_name,
                office=x.office,
                open_cases=x.open_cases,
                handling=x.handling,
                overdue_clocks=x.overdue_clocks,
                next_due_at=x.next_due_at,
            )
            for x in loads
        ],
        unassigned_open_cases=unassigned,
    )
