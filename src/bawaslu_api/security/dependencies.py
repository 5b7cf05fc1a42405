"""FastAPI dependencies that authenticate the caller and check their role.

Every route except health and public ones depends on one of these.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Coroutine
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from bawaslu_api.errors import DomainError
from bawaslu_api.i18n import Text
from bawaslu_api.security.principals import Principal, Role
from bawaslu_api.security.tokens import InvalidToken, KeyRing


class Unauthenticated(DomainError):
    status = 401
    code = "unauthenticated"
    title = Text("Autentikasi diperlukan", "Authentication required")
    headers = {"WWW-Authenticate": 'Bearer realm="bawaslu-api"'}


class Forbidden(DomainError):
    status = 403
    code = "forbidden"
    title = Text("Peran Anda tidak mengizinkan tindakan ini", "Your role does not allow this")


_bearer = HTTPBearer(auto_error=False, description="Access token (JWT, RS256).")


def key_ring(request: Request) -> KeyRing:
    ring: KeyRing = request.app.state.key_ring
    return ring


async def current_principal(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    """The caller named by a valid bearer token; 401 otherwise."""
    if credentials is None:
        raise Unauthenticated(Text("Sertakan token Bearer.", "Send a Bearer token."))
    settings = request.app.state.settings
    try:
        claims = key_ring(request).verify(
            credentials.credentials, issuer=settings.jwt_issuer, audience=settings.jwt_audience
        )
        return Principal(
            subject=str(claims["sub"]),
            role=Role(claims["role"]),
            office_id=uuid.UUID(str(claims["office_id"])),
            office_code=str(claims["office"]),
            office_path=str(claims["office_path"]),
        )
    except (InvalidToken, KeyError, ValueError) as exc:
        raise Unauthenticated(
            Text("Token tidak valid atau kedaluwarsa.", "Invalid or expired token.")
        ) from exc


CurrentPrincipal = Annotated[Principal, Depends(current_principal)]


def require_roles(*roles: Role) -> Callable[[Principal], Coroutine[Any, Any, Principal]]:
    """A dependency admitting only callers holding one of ``roles``."""

    async def _check(principal: CurrentPrincipal) -> Principal:
        if principal.role not in roles:
            raise Forbidden(
                Text("Diperlukan peran: {roles}.", "Required role: {roles}."),
                roles=", ".join(r.value for r in roles),
            )
        return principal

    return _check


# Readers: everyone with a staff role. Workers: those who handle cases.
Staff = Annotated[Principal, Depends(require_roles(*Role))]
Handler = Annotated[Principal, Depends(require_roles(Role.handler, Role.commissioner, Role.admin))]
Commissioner = Annotated[Principal, Depends(require_roles(Role.commissioner))]
Admin = Annotated[Principal, Depends(require_roles(Role.admin))]


async def _national_admin(principal: Admin) -> Principal:
    if principal.office_path != "/ID/":
        raise Forbidden(Text("Hanya admin Bawaslu RI.", "Only admins of Bawaslu RI."))
    return principal


NationalAdmin = Annotated[Principal, Depends(_national_admin)]
AUTH_ERRORS = (Unauthenticated, Forbidden)
