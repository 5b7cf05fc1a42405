"""OAuth2 token endpoint errors (RFC 6749 §5.2), rendered as problem+json with the OAuth2
``error`` field kept beside ``code`` so that OAuth client libraries understand them."""

from __future__ import annotations

from bawaslu_api.errors import DomainError
from bawaslu_api.i18n import Text


class OAuthError(DomainError):
    """Base of token endpoint errors: ``code`` is also the RFC 6749 ``error`` value."""


class InvalidRequest(OAuthError):
    status = 400
    code = "invalid_request"
    title = Text("Permintaan token tidak lengkap", "Malformed token request")


class InvalidGrant(OAuthError):
    status = 400
    code = "invalid_grant"
    title = Text("Kredensial tidak valid", "Invalid grant")


class InvalidClient(OAuthError):
    status = 401
    code = "invalid_client"
    title = Text("Autentikasi klien gagal", "Client authentication failed")


class InvalidScope(OAuthError):
    status = 400
    code = "invalid_scope"
    title = Text("Scope tidak diizinkan", "Scope not allowed")


class UnsupportedGrantType(OAuthError):
    status = 400
    code = "unsupported_grant_type"
    title = Text("Jenis grant tidak didukung", "Unsupported grant type")


# One message for every failed password login: unknown user, wrong password, disabled or
# locked account alike, so the answer never tells whether an account exists.
LOGIN_FAILED = Text(
    "Nama pengguna atau kata sandi salah, atau akun sedang tidak dapat masuk.",
    "Wrong username or password, or the account cannot sign in right now.",
)
REFRESH_FAILED = Text(
    "Refresh token tidak valid, kedaluwarsa atau sudah dicabut.",
    "The refresh token is invalid, expired or revoked.",
)
CLIENT_FAILED = Text(
    "client_id atau client_secret salah, atau klien sudah dicabut.",
    "Wrong client_id or client_secret, or the client was revoked.",
)
TOKEN_ERRORS = (InvalidRequest, InvalidGrant, InvalidClient, InvalidScope, UnsupportedGrantType)
