"""Staff accounts, managed by admins within their own subtree."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from bawaslu_api.db.uow import DbSession
from bawaslu_api.errors import PreconditionFailed, problem_responses
from bawaslu_api.http.conditional import IfMatchOptional, etag, parse_if_match
from bawaslu_api.http.declare import headers
from bawaslu_api.i18n import Text
from bawaslu_api.offices.errors import OfficeOutsideJurisdiction, UnknownOffice
from bawaslu_api.pagination import InvalidCursor
from bawaslu_api.security.dependencies import AUTH_ERRORS, Admin, Now
from bawaslu_api.security.principals import Role
from bawaslu_api.users import service
from bawaslu_api.users.errors import (
    CannotDisableSelf,
    UsernameTaken,
    UserNotFound,
)
from bawaslu_api.users.schemas import DisableIn, PasswordReset, UserCreate, UserOut, UserPage

router = APIRouter(prefix="/v1/users", tags=["users"])


def _etag(user: UserOut) -> str:
    return etag(user.version)


async def _check_version(
    session: DbSession, principal: Admin, now: Now, user_id: uuid.UUID, if_match: str | None
) -> None:
    """412 when ``If-Match`` (optional on these explicit actions) names another version."""
    if if_match is None:
        return
    accepted = parse_if_match(if_match)
    current = await service.get_user(session, principal, user_id, now=now)
    if accepted is not None and current.version not in accepted:
        raise PreconditionFailed(
            Text(
                "Akun sudah berubah (versi {current}); muat ulang lalu ulangi.",
                "The account has changed (version {current}); reload and retry.",
            ),
            current=current.version,
        )


@router.get(
    "",
    summary="List staff accounts",
    responses=problem_responses(
        *AUTH_ERRORS, UnknownOffice, OfficeOutsideJurisdiction, InvalidCursor, validation=True
    ),
)
async def users_list(
    session: DbSession,
    principal: Admin,
    now: Now,
    office: Annotated[
        str | None, Query(max_length=32, description="Only this office and below.")
    ] = None,
    role: Annotated[Role | None, Query(description="Only users holding this role.")] = None,
    include_disabled: Annotated[bool, Query(description="Also disabled accounts.")] = False,
    cursor: Annotated[
        str | None, Query(max_length=64, description="`next_cursor` of the previous page.")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> UserPage:
    """Accounts of the admin's office and every office below it, oldest first. Admins only."""
    return await service.list_users(
        session,
        principal,
        office=office,
        role=role,
        include_disabled=include_disabled,
        cursor=cursor,
        limit=limit,
        now=now,
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Create a staff account",
    responses={
        **problem_responses(
            *AUTH_ERRORS, UnknownOffice, OfficeOutsideJurisdiction, UsernameTaken, validation=True
        ),
        201: headers("Location", "ETag"),
    },
)
async def users_create(
    body: UserCreate, session: DbSession, principal: Admin, now: Now, response: Response
) -> UserOut:
    """A new account in the admin's office or an office below it, with any roles: an admin
    is trusted with every role inside their subtree, never above or beside it. The username
    is unique, so a retried request answers 409 `username_taken` instead of creating a
    second account."""
    user = await service.create_user(session, principal, body, now=now)
    response.headers["Location"] = f"/v1/users/{user.id}"
    response.headers["ETag"] = _etag(user)
    return user


@router.get(
    "/{user_id}",
    summary="Get a staff account",
    responses=problem_responses(*AUTH_ERRORS, UserNotFound, validation=True),
)
async def users_get(
    user_id: uuid.UUID, session: DbSession, principal: Admin, now: Now, response: Response
) -> UserOut:
    """One account of the admin's subtree (404 outside it)."""
    user = await service.get_user(session, principal, user_id, now=now)
    response.headers["ETag"] = _etag(user)
    return user


@router.post(
    "/{user_id}/disable",
    summary="Disable a staff account",
    responses={
        **problem_responses(
            *AUTH_ERRORS, UserNotFound, CannotDisableSelf, PreconditionFailed, validation=True
        ),
        200: headers("ETag"),
    },
)
async def users_disable(
    user_id: uuid.UUID,
    body: DisableIn,
    session: DbSession,
    principal: Admin,
    now: Now,
    response: Response,
    if_match: IfMatchOptional = None,
) -> UserOut:
    """The account can no longer sign in and its refresh tokens stop working at once;
    access tokens already issued expire within `BAWASLU_JWT_ACCESS_TTL_S`. Disabling a
    disabled account changes nothing. `If-Match` is optional (412 if stale)."""
    await _check_version(session, principal, now, user_id, if_match)
    user = await service.disable_user(session, principal, user_id, reason=body.reason, now=now)
    response.headers["ETag"] = _etag(user)
    return user


@router.post(
    "/{user_id}/password",
    summary="Reset a staff member's password",
    responses={
        **problem_responses(*AUTH_ERRORS, UserNotFound, PreconditionFailed, validation=True),
        200: headers("ETag"),
    },
)
async def users_reset_password(
    user_id: uuid.UUID,
    body: PasswordReset,
    session: DbSession,
    principal: Admin,
    now: Now,
    response: Response,
    if_match: IfMatchOptional = None,
) -> UserOut:
    """Sets a new password, lifts a lockout and ends every session (refresh token) of the
    user. `If-Match` is optional (412 if stale)."""
    await _check_version(session, principal, now, user_id, if_match)
    user = await service.reset_password(
        session, principal, user_id, password=body.password, now=now
    )
    response.headers["ETag"] = _etag(user)
    return user
