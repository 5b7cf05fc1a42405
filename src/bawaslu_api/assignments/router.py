"""HTTP surface of assignments: who works a case, "my cases", an office's workload."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response

from bawaslu_api.assignments import repository, service
from bawaslu_api.assignments.errors import (
    AlreadyAssigned,
    AssignmentDate,
    AssignmentNotAllowed,
    IneligibleOfficer,
    NotAssigned,
)
from bawaslu_api.assignments.schemas import (
    AssignmentIn,
    AssignmentsOut,
    MyCasesPage,
    ReleaseIn,
    WorkloadOut,
)
from bawaslu_api.cases import repository as cases
from bawaslu_api.cases.errors import ReportNotFound, StaleVersion
from bawaslu_api.db.uow import DbSession
from bawaslu_api.errors import problem_responses
from bawaslu_api.http.conditional import IfMatchOptional, etag
from bawaslu_api.http.declare import headers
from bawaslu_api.offices.errors import OfficeNotFound
from bawaslu_api.pagination import InvalidCursor
from bawaslu_api.security.dependencies import AUTH_ERRORS, Staff, require_roles
from bawaslu_api.security.principals import Principal, Role

router = APIRouter(prefix="/v1", tags=["assignments"])

Assigner = Annotated[Principal, Depends(require_roles(Role.commissioner, Role.admin))]
"""Who assigns: commissioners (the office's members, who lead its work) and admins (who
run its organisation) of the case's office or an office above it."""
StaffMember = Annotated[Principal, Depends(require_roles(*Role))]
"""Any signed-in staff member (machine clients have no "me" and no workload)."""

ACTION_ERRORS = (
    *AUTH_ERRORS,
    ReportNotFound,
    StaleVersion,
    AssignmentNotAllowed,
    AlreadyAssigned,
    NotAssigned,
    IneligibleOfficer,
    AssignmentDate,
)


@router.get(
    "/reports/{report_id}/assignment",
    summary="Who works a case",
    responses=problem_responses(*AUTH_ERRORS, ReportNotFound, validation=True),
)
async def assignment_get(
    report_id: uuid.UUID, session: DbSession, principal: Staff, response: Response
) -> AssignmentsOut:
    """The case's handling officer, team and clarifiers (active assignments; the history is
    on the timeline). Any staff role in whose jurisdiction the case lies, and a clarifier
    assigned to it from a lower office (Perbawaslu 7/2022 Art. 28(4))."""
    loaded = await cases.load(session, report_id, principal, grant=repository.read_grant(principal))
    response.headers["ETag"] = etag(loaded.report.version)
    return await service.assignments_out(session, loaded.report)


@router.post(
    "/reports/{report_id}/assignment",
    summary="Assign or reassign an officer",
    responses={**problem_responses(*ACTION_ERRORS, validation=True), 200: headers("ETag")},
)
async def assignment_assign(
    report_id: uuid.UUID,
    body: AssignmentIn,
    session: DbSession,
    principal: Assigner,
    response: Response,
    if_match: IfMatchOptional = None,
) -> AssignmentsOut:
    """Assigns `officer` (a staff user holding the handler or commissioner role) to the
    case as `handler` (one per case: assigning another reassigns, the previous handler is
    released with the same reason), `team` or `clarifier`. Handler and team come from the
    case's office or an office above it; a clarifier may also come from an office below it
    when the case's office is Bawaslu RI, a province or a kabupaten/kota (Perbawaslu 7/2022
    Art. 28(4); `bawaslu_rules.assignment`): anyone else is 422 `ineligible_officer`. 409
    `assignment_not_allowed` on a closed case (withdrawn, not registered), 409
    `already_assigned` when the officer already holds that role. The timeline event
    (`assigned`, or `reassigned` when a handler was replaced) records the assignments
    before and after; the webhook event is `report.assigned`.

    Commissioners and admins of the case's office or of an office above it (the case must
    lie in their jurisdiction: 404 otherwise, as for an id that does not exist); handlers
    and viewers get 403. Send `If-Match` with the case's ETag; the answer carries the new
    one (an assignment changes the case's version)."""
    loaded = await cases.load(session, report_id, principal, for_update=True)
    cases.check_version(loaded.report, if_match)
    await service.assign(session, principal, loaded, body)
    response.headers["ETag"] = etag(loaded.report.version)
    return await service.assignments_out(session, loaded.report)


@router.post(
    "/reports/{report_id}/assignment/release",
    summary="Release an officer from a case",
    responses={**problem_responses(*ACTION_ERRORS, validation=True), 200: headers("ETag")},
)
async def assignment_release(
    report_id: uuid.UUID,
    body: ReleaseIn,
    session: DbSession,
    principal: Assigner,
    response: Response,
    if_match: IfMatchOptional = None,
) -> AssignmentsOut:
    """Releases `officer` from the case, whatever their role, with a reason (timeline event
    `assignment_released`, webhook event `report.assignment_released`). A clarifier from a
    lower office no longer sees the case. 409 `not_assigned` when the officer holds no
    active assignment on it; 409 `assignment_not_allowed` on a closed case (its
    assignments ended with it).

    Commissioners and admins of the case's office or of an office above it (the case must
    lie in their jurisdiction: 404 otherwise, as for an id that does not exist); handlers
    and viewers get 403. Send `If-Match` with the case's ETag; the answer carries the new
    one (an assignment changes the case's version)."""
    loaded = await cases.load(session, report_id, principal, for_update=True)
    cases.check_version(loaded.report, if_match)
    await service.release(session, principal, loaded, body)
    response.headers["ETag"] = etag(loaded.report.version)
    return await service.assignments_out(session, loaded.report)


@router.get(
    "/me/cases",
    summary="My open cases and what is due next",
    responses=problem_responses(*AUTH_ERRORS, InvalidCursor, validation=True),
)
async def me_cases(
    session: DbSession,
    principal: StaffMember,
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> MyCasesPage:
    """The open cases the signed-in officer is assigned to (any role), each with its
    soonest pending clock (`next_due`: rule, due_at, overdue), soonest first, cases without
    a pending clock last. Keyset-paginated (`cursor` from `next_cursor`). A separate route
    rather than a filter of `GET /v1/reports`: the order (by what is due) and the fields
    (role, next due) differ from the list's, and it includes the cases a clarifier from a
    lower office was assigned to, which the list (the jurisdiction) does not. Any staff
    role; machine clients have no "me" (403)."""
    return await service.my_cases(session, principal, cursor=cursor, limit=limit)


@router.get(
    "/offices/{code}/workload",
    summary="Workload of an office's officers",
    responses=problem_responses(*AUTH_ERRORS, OfficeNotFound, validation=True),
)
async def offices_workload(code: str, session: DbSession, principal: StaffMember) -> WorkloadOut:
    """Per officer of the office's subtree (enabled staff holding the handler or
    commissioner role, and anyone assigned from there): open cases assigned, how many as
    handler, overdue pending clocks on them and the next due time; plus the subtree's open
    cases without a handler. Any staff role of the office or above; an office outside your
    jurisdiction is 404, exactly as one that does not exist."""
    return await service.workload(session, principal, code)
