"""FastAPI dependencies that authenticate the caller and check their roles or scopes.

Every route except health and public ones depends on one of these. Staff hold roles;
machine clients hold scopes, which map onto the same dependencies (docs/security.md):

| dependency     | staff roles                        | client scopes   |
|----------------|------------------------------------|-----------------|
| `Staff`        | any                                | `reports:read`  |
| `Handler`      | handler, commissioner, admin       | `reports:write` |
| `Commissioner` | commissioner                       | never           |
| `Admin`        | admin                              | never           |
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.openapi.models import OAuthFlowClientCredentials, OAuthFlowPassword, OAuthFlows
from fastapi.security import OAuth2
from fastapi.security.utils import get_authorization_scheme_param

from bawaslu_api.errors import DomainError, ServiceUnavailable
from bawaslu_api.i18n import Text
from bawaslu_api.ratelimit.service import limit
from bawaslu_api.security.principals import Principal, Role, Scope
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


class _BearerToken(OAuth2):
    """The bearer token of a request, described in OpenAPI as OAuth2 with the password and
    client credentials flows, so that the interactive docs can sign in (Authorize)."""

    async def __call__(self, request: Request) -> str | None:  # type: ignore[override]
        scheme, token = get_authorization_scheme_param(request.headers.get("Authorization"))
        return token if scheme.lower() == "bearer" and token else None


_TOKEN_URL = "/v1/auth/token"  # noqa: S105 (a path, not a secret)
_bearer = _BearerToken(
    flows=OAuthFlows(
        password=OAuthFlowPassword(
            tokenUrl=_TOKEN_URL,
            scopes={r.value: f"staff role {r.value}" for r in Role},
        ),
        clientCredentials=OAuthFlowClientCredentials(
            tokenUrl=_TOKEN_URL,
            scopes={s.value: f"client scope {s.value}" for s in Scope},
        ),
    ),
    scheme_name="OAuth2",
    description="Access token (JWT, RS256) from `POST /v1/auth/token`, sent as "
    "`Authorization: Bearer <token>`. Staff sign in with the password flow; machine clients "
    "use client credentials. Scopes are optional: they narrow a token.",
    auto_error=False,
)


def utc_now() -> datetime:
    """The current time. A dependency, so tests can move the clock (lockout expiry)."""
    return datetime.now(UTC)


Now = Annotated[datetime, Depends(utc_now)]


def key_ring(request: Request) -> KeyRing:
    """The active signing keys, as the database held them at the last reload
    (``security/signing_keys.py``); 503 while they could not be read yet."""
    ring: KeyRing | None = request.app.state.key_ring
    if ring is None:
        raise ServiceUnavailable(
            Text("Kunci penandatangan token belum terbaca.", "The signing keys are not loaded yet.")
        )
    return ring


Ring = Annotated[KeyRing, Depends(key_ring)]


def principal_from_claims(claims: dict[str, Any]) -> Principal:
    """The caller named by verified claims; ``KeyError``/``ValueError`` when malformed."""
    subject = str(claims["sub"])
    office_id = uuid.UUID(str(claims["office_id"]))
    office_code = str(claims["office"])
    office_path = str(claims["office_path"])
    kind = claims.get("kind", "staff")
    if kind == "staff":
        roles = frozenset(Role(r) for r in claims["roles"])
        if not roles:
            raise ValueError("a staff token without roles")
        return Principal.staff(
            subject, roles, office_id=office_id, office_code=office_code, office_path=office_path
        )
    if kind == "client":
        return Principal(
            subject=subject,
            scopes=frozenset(Scope(s).value for s in str(claims["scope"]).split()),
            kind="client",
            office_id=office_id,
            office_code=office_code,
            office_path=office_path,
        )
    raise ValueError(f"unknown principal kind {kind!r}")


def authenticate(request: Request, token: str | None) -> Principal:
    """The caller named by a valid bearer token; 401 otherwise."""
    if token is None:
        raise Unauthenticated(Text("Sertakan token Bearer.", "Send a Bearer token."))
    settings = request.app.state.settings
    try:
        claims = key_ring(request).verify(
            token, issuer=settings.jwt_issuer, audience=settings.jwt_audience
        )
        return principal_from_claims(claims)
    except (InvalidToken, KeyError, ValueError, TypeError) as exc:
        raise Unauthenticated(
            Text("Token tidak valid atau kedaluwarsa.", "Invalid or expired token.")
        ) from exc


async def limited(request: Request, principal: Principal) -> Principal:
    """Count the request against the caller's own quota: policy ``account`` for staff,
    ``client`` for machine clients, keyed by the account or client id, so that the limit
    follows the caller from address to address and colleagues behind one office NAT do
    not share it (docs/security.md)."""
    policy = "client" if principal.kind == "client" else "account"
    await limit(request, policy, principal.subject)
    return principal


async def current_principal(
    request: Request,
    token: Annotated[str | None, Depends(_bearer)],
) -> Principal:
    """The caller named by a valid bearer token; 401 otherwise."""
    return await limited(request, authenticate(request, token))


CurrentPrincipal = Annotated[Principal, Depends(current_principal)]


def require_roles(
    *roles: Role, scopes: tuple[Scope, ...] = ()
) -> Callable[..., Coroutine[Any, Any, Principal]]:
    """A dependency admitting staff holding any of ``roles`` and clients holding any of
    ``scopes`` (none by default: clients are refused unless a scope is named)."""

    # Authenticates itself rather than depending on current_principal: one dependency
    # fewer for FastAPI to solve on every request (the bearer scheme stays declared).
    async def _check(request: Request, token: Annotated[str | None, Depends(_bearer)]) -> Principal:
        principal = authenticate(request, token)
        if principal.has_role(*roles) or principal.has_scope(*scopes):
            return await limited(request, principal)
        if principal.kind == "client":
            raise Forbidden(
                Text("Diperlukan scope: {scopes}.", "Required scope: {scopes}."),
                scopes=", ".join(s.value for s in scopes) or "-",
            )
        raise Forbidden(
            Text("Diperlukan peran: {roles}.", "Required role: {roles}."),
            roles=", ".join(r.value for r in roles),
        )

    return _check


def require_scopes(*scopes: Scope) -> Callable[..., Coroutine[Any, Any, Principal]]:
    """A dependency admitting only machine clients holding any of ``scopes``."""
    return require_roles(scopes=scopes)


# Readers: everyone with a staff role, and clients that may read reports.
Staff = Annotated[Principal, Depends(require_roles(*Role, scopes=(Scope.reports_read,)))]
# Workers: those who handle cases, and clients that may write reports.
Handler = Annotated[
    Principal,
    Depends(
        require_roles(Role.handler, Role.commissioner, Role.admin, scopes=(Scope.reports_write,))
    ),
]
Commissioner = Annotated[Principal, Depends(require_roles(Role.commissioner))]
Admin = Annotated[Principal, Depends(require_roles(Role.admin))]


async def _national_admin(principal: Admin) -> Principal:
    if principal.office_path != "/ID/":
        raise Forbidden(Text("Hanya admin Bawaslu RI.", "Only admins of Bawaslu RI."))
    return principal


NationalAdmin = Annotated[Principal, Depends(_national_admin)]
AUTH_ERRORS = (Unauthenticated, Forbidden)
