"""Offices: the supervisory hierarchy (reference data).

Reading is open to every staff member, whatever their office: the hierarchy, codes and
time zones are public reference data (every report form names an office), and case
routing needs offices outside one's own subtree (delegation up or down). Writing is for
admins, inside their own subtree; outside it an office is reported as not existing.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from bawaslu_api import idempotency
from bawaslu_api.db.uow import DbSession
from bawaslu_api.errors import problem_responses
from bawaslu_api.http.conditional import PRECONDITION_ERRORS, IfMatchRequired, etag
from bawaslu_api.http.declare import headers
from bawaslu_api.idempotency import IdempotencyKey, IdempotencyKeyReused
from bawaslu_api.offices import service
from bawaslu_api.offices.errors import (
    OfficeCodeInvalid,
    OfficeCodeTaken,
    OfficeNotFound,
    ParentLevelNotAllowed,
)
from bawaslu_api.offices.models import OfficeLevel
from bawaslu_api.offices.schemas import OfficeCreate, OfficeOut, OfficePage, OfficeUpdate
from bawaslu_api.pagination import InvalidCursor
from bawaslu_api.security.dependencies import AUTH_ERRORS, Admin, Staff

router = APIRouter(prefix="/v1/offices", tags=["offices"])


IfMatch = IfMatchRequired


@router.get(
    "",
    summary="List offices",
    responses=problem_responses(InvalidCursor, *AUTH_ERRORS, validation=True),
)
async def offices_list(
    session: DbSession,
    principal: Staff,
    level: Annotated[OfficeLevel | None, Query(description="Only offices of this level.")] = None,
    parent: Annotated[
        str | None, Query(description="Only the direct children of this office code.")
    ] = None,
    q: Annotated[
        str | None,
        Query(min_length=2, max_length=100, description="Case-insensitive part of the name."),
    ] = None,
    cursor: Annotated[
        str | None, Query(max_length=64, description="`next_cursor` of the previous page.")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=500, description="Page size.")] = 50,
) -> OfficePage:
    """Offices ordered by code, in pages (keyset pagination: follow `next_cursor` until it is
    null). Any staff member may read every office."""
    del principal
    return await service.list_offices(
        session, level=level, parent=parent, q=q, cursor=cursor, limit=limit
    )


@router.get(
    "/{code}",
    summary="Get one office",
    responses=problem_responses(OfficeNotFound, *AUTH_ERRORS),
)
async def offices_get(
    code: str, session: DbSession, principal: Staff, response: Response
) -> OfficeOut:
    """One office by its code, with `ETag: "<version>"` (send it as `If-None-Match` to get
    304 when unchanged, or as `If-Match` when editing). Any staff member may read it."""
    del principal
    office = await service.get_office(session, code)
    response.headers["ETag"] = etag(office.version)
    return office


@router.patch(
    "/{code}",
    summary="Edit an office (admin, own subtree)",
    responses={
        **problem_responses(OfficeNotFound, *PRECONDITION_ERRORS, *AUTH_ERRORS, validation=True),
        200: headers("ETag"),
    },
)
async def offices_update(
    code: str,
    changes: OfficeUpdate,
    session: DbSession,
    principal: Admin,
    expected: IfMatch,
    response: Response,
) -> OfficeOut:
    """Change the name and/or register code of an office in the admin's subtree.

    Requires `If-Match` with the current ETag: 428 without it, 412 when someone changed the
    office since you read it. Outside your subtree the office is reported as not found
    (404). The version is bumped and returned in the new `ETag`.
    """
    office = await service.update_office(
        session, principal, code, changes, expected_versions=expected
    )
    response.headers["ETag"] = etag(office.version)
    return office


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Create a kecamatan or kelurahan/desa office (admin, own subtree)",
    responses={
        **problem_responses(
            OfficeNotFound,
            OfficeCodeTaken,
            OfficeCodeInvalid,
            ParentLevelNotAllowed,
            IdempotencyKeyReused,
            *AUTH_ERRORS,
            validation=True,
        ),
        201: headers("Location", "ETag"),
    },
)
async def offices_create(
    data: OfficeCreate,
    session: DbSession,
    principal: Admin,
    request: Request,
    response: Response,
    idempotency_key: IdempotencyKey = None,
) -> OfficeOut:
    """Create a Panwaslu Kecamatan under a kabupaten/kota, or a Panwaslu Kelurahan/Desa
    under a kecamatan, inside the admin's subtree. The code extends the parent's code
    (`52.03.01` under `52.03`); the level and time zone follow from the parent. With an
    `Idempotency-Key`, a retry gets the first response (`Idempotent-Replayed: true`)."""
    office = await idempotency.once(
        session, principal.subject, idempotency_key, request, response, data, OfficeOut,
        lambda: service.create_office(session, principal, data),
        status_code=status.HTTP_201_CREATED,
        location=lambda created: f"{router.prefix}/{created.code}",
    )  # fmt: skip
    response.headers["ETag"] = etag(office.version)
    return office
