"""Token endpoint responses (RFC 6749 §5.1)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class TokenOut(BaseModel):
    """An access token, and for staff a refresh token."""

    access_token: str = Field(description="JWT (RS256) for the `Authorization: Bearer` header.")
    token_type: Literal["Bearer"] = "Bearer"  # noqa: S105 (the RFC 6750 type name)
    expires_in: int = Field(description="Seconds until the access token expires.")
    refresh_token: str | None = Field(
        None,
        description="Opaque; single use: each refresh returns a new one. Not issued to "
        "machine clients (they ask again with their credentials).",
    )
    scope: str = Field(
        description="Space-separated: the roles of a staff token, the scopes of a client token."
    )
