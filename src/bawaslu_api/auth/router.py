"""The OAuth2 token and revocation endpoints, and public key discovery.

Token errors answer as problem+json that also carries the RFC 6749 ``error`` (and
``error_description``) members, so OAuth client libraries and our problem readers both
understand them.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import unquote_plus

from fastapi import APIRouter, Depends, Form, Request, Response
from fastapi.responses import JSONResponse
from fastapi.security import HTTPBasic, HTTPBasicCredentials

from bawaslu_api.auth import service
from bawaslu_api.db.uow import DbSession
from bawaslu_api.errors import PROBLEM_JSON, Problem, language, problem_responses, problem_type
from bawaslu_api.http.declare import PUBLIC, TOKEN_OPTIONAL
from bawaslu_api.i18n import Text
from bawaslu_api.logs import request_id_var
from bawaslu_api.ratelimit.errors import TooManyRequests
from bawaslu_api.ratelimit.service import client_address, limit, rate_limit
from bawaslu_api.security.dependencies import Now, Ring
from bawaslu_api.security.errors import (
    TOKEN_ERRORS,
    InvalidClient,
    InvalidRequest,
    OAuthError,
    UnsupportedGrantType,
)
from bawaslu_api.security.schemas import TokenOut

router = APIRouter(tags=["auth"])

_basic = HTTPBasic(
    auto_error=False,
    description="Machine clients: client_id and client_secret (RFC 6749 §2.3.1).",
)
# RFC 6749 §5.1: token responses must not be cached.
_NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}

FormField = Annotated[str | None, Form()]


def oauth_problem(request: Request, exc: OAuthError, *, basic: bool = False) -> JSONResponse:
    """The problem document of a token error, with the OAuth2 ``error`` members."""
    lang = language(request)
    detail = exc.detail.render(lang, **exc.params) if exc.detail else None
    body: dict[str, Any] = Problem(
        type=problem_type(exc.code),
        title=exc.title.render(lang),
        status=exc.status,
        detail=detail,
        instance=request.url.path,
        code=exc.code,
        request_id=request_id_var.get(),
    ).model_dump(mode="json", exclude_none=True)
    body["error"] = exc.code
    # error_description is limited to ASCII (RFC 6749 §5.2): the English text.
    body["error_description"] = exc.detail.en.format(**exc.params) if exc.detail else exc.code
    headers = dict(_NO_STORE)
    if isinstance(exc, InvalidClient):
        headers["WWW-Authenticate"] = 'Basic realm="bawaslu-api"' if basic else "Basic"
    return JSONResponse(body, status_code=exc.status, media_type=PROBLEM_JSON, headers=headers)


def _client_credentials(
    basic: HTTPBasicCredentials | None, client_id: str | None, client_secret: str | None
) -> tuple[str, str]:
    if basic is not None:
        if client_id is not None and client_id != unquote_plus(basic.username):
            raise InvalidRequest(
                Text(
                    "Gunakan satu cara autentikasi klien.", "Use one client authentication method."
                )
            )
        # RFC 6749 §2.3.1: both are form-urlencoded before Basic encoding.
        return unquote_plus(basic.username), unquote_plus(basic.password)
    if not client_id or not client_secret:
        raise InvalidClient(Text("Sertakan kredensial klien.", "Send client credentials."))
    return client_id, client_secret


def _required(value: str | None, name: str) -> str:
    if not value:
        raise InvalidRequest(Text("Isian {name} wajib.", "{name} is required."), name=name)
    return value


@router.post(
    "/v1/auth/token",
    openapi_extra=TOKEN_OPTIONAL,  # HTTP Basic for machine clients; the password grant needs none
    summary="Get an access token (OAuth2 password, refresh_token, client_credentials)",
    response_model=TokenOut,
    # Per caller address (bucket `auth`), on top of the per-account lockout: slows password
    # spraying across many accounts, which a per-account lock cannot see.
    dependencies=[Depends(rate_limit("auth"))],
    responses=problem_responses(*TOKEN_ERRORS, TooManyRequests),
)
async def auth_token(
    request: Request,
    session: DbSession,
    ring: Ring,
    now: Now,
    basic: Annotated[HTTPBasicCredentials | None, Depends(_basic)],
    grant_type: FormField = None,
    username: FormField = None,
    password: FormField = None,
    refresh_token: FormField = None,
    scope: FormField = None,
    client_id: FormField = None,
    client_secret: FormField = None,
) -> JSONResponse:
    """Form-encoded (`application/x-www-form-urlencoded`) token request, RFC 6749:

    - `grant_type=password&username=…&password=…` (staff, §4.3): an access token and a
      refresh token. After `BAWASLU_LOGIN_MAX_FAILURES` consecutive failures the account is
      locked for `BAWASLU_LOGIN_LOCKOUT_MINUTES`; the answer is the same `invalid_grant`
      for a wrong password, an unknown, disabled or locked account.
    - `grant_type=refresh_token&refresh_token=…` (§6): a new pair; the old refresh token
      stops working, and presenting it again revokes every token of that sign-in.
    - `grant_type=client_credentials` with `client_id`/`client_secret` in HTTP Basic or the
      form (§4.4): an access token carrying the client's scopes.

    `scope` (optional, space-separated) narrows the roles or scopes of the token. Errors
    are problem+json that also carry the OAuth2 `error` and `error_description` members.
    """
    settings = request.app.state.settings
    source = client_address(request, settings.trusted_proxies)
    # Per account too (user name or client id), whatever address the attempts come from.
    account = username or client_id or (basic.username if basic else None)
    if account:
        await limit(request, "auth_account", account.strip().lower()[:200])
    try:
        if grant_type == "password":
            issued = await service.password_grant(
                session,
                ring,
                settings,
                username=_required(username, "username"),
                password=_required(password, "password"),
                scope=scope,
                now=now,
                source=source,
            )
        elif grant_type == "refresh_token":
            issued = await service.refresh_grant(
                session,
                ring,
                settings,
                refresh_token=_required(refresh_token, "refresh_token"),
                scope=scope,
                now=now,
            )
        elif grant_type == "client_credentials":
            cid, secret = _client_credentials(basic, client_id, client_secret)
            issued = await service.client_credentials_grant(
                session, ring, settings, client_id=cid, client_secret=secret, scope=scope, now=now
            )
        elif not grant_type:
            raise InvalidRequest(Text("Isian grant_type wajib.", "grant_type is required."))
        else:
            raise UnsupportedGrantType(
                Text("grant_type {grant} tidak didukung.", "grant_type {grant} is not supported."),
                grant=grant_type[:40],
            )
    except OAuthError as exc:
        # Returned, not raised: the unit of work commits what the failure recorded
        # (failure count, lockout, a revoked token family).
        return oauth_problem(request, exc, basic=basic is not None)
    body = TokenOut(
        access_token=issued.access_token,
        expires_in=issued.expires_in,
        refresh_token=issued.refresh_token,
        scope=issued.scope,
    )
    return JSONResponse(body.model_dump(mode="json", exclude_none=True), headers=_NO_STORE)


@router.post(
    "/v1/auth/revoke",
    openapi_extra=PUBLIC,
    summary="Revoke a refresh token (sign out, RFC 7009)",
    status_code=200,
    response_class=Response,
    dependencies=[Depends(rate_limit("auth"))],
    responses={
        200: {"description": "Revoked, or nothing to revoke (RFC 7009 §2.2)."},
        **problem_responses(TooManyRequests),
    },
)
async def auth_revoke(
    session: DbSession,
    now: Now,
    token: Annotated[str, Form(max_length=512)],
    token_type_hint: FormField = None,
) -> Response:
    """Revokes the refresh token and every token rotated from it (the whole sign-in).
    Always answers 200, also for unknown tokens and for access tokens, which cannot be
    revoked and simply expire (`BAWASLU_JWT_ACCESS_TTL_S`)."""
    del token_type_hint  # only refresh tokens are revocable; the hint changes nothing
    await service.revoke_refresh_token(session, token, now=now)
    return Response(status_code=200, headers=_NO_STORE)


@router.get("/.well-known/jwks.json", openapi_extra=PUBLIC, summary="Public signing keys (JWKS)")
async def auth_jwks(ring: Ring) -> dict[str, Any]:
    """The JSON Web Key Set of every active signing key. Public."""
    return ring.jwks()
