"""Request and response shapes of the users API."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from bawaslu_api.security.passwords import MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH
from bawaslu_api.security.principals import Role

Password = Field(
    min_length=MIN_PASSWORD_LENGTH,
    max_length=MAX_PASSWORD_LENGTH,
    description=f"At least {MIN_PASSWORD_LENGTH} characters; stored only as an argon2id hash.",
)


class UserCreate(BaseModel):
    """A new staff account in an office of the admin's subtree."""

    model_config = ConfigDict(extra="forbid")

    username: str = Field(
        pattern=r"^[a-z0-9][a-z0-9._-]{2,63}$",
        description="Lower-case login name, e.g. `handler.lotim`.",
    )
    display_name: str = Field(min_length=1, max_length=200)
    office: str = Field(max_length=32, description="Office code, e.g. `52.03`.")
    roles: list[Role] = Field(min_length=1, max_length=4)
    password: str = Password


class PasswordReset(BaseModel):
    """A new password set by an admin; the user's sessions (refresh tokens) end."""

    model_config = ConfigDict(extra="forbid")

    password: str = Password


class DisableIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str = Field(min_length=1, max_length=500)


class UserOut(BaseModel):
    """A staff account. Never carries the password hash."""

    id: uuid.UUID
    username: str
    display_name: str
    office: str = Field(description="Office code.")
    roles: list[Role]
    disabled: bool
    disabled_at: datetime | None
    locked_until: datetime | None = Field(description="Set while the account is locked out.")
    last_login_at: datetime | None
    created_at: datetime
    version: int


class UserPage(BaseModel):
    items: list[UserOut]
    next_cursor: str | None = Field(
        description="Pass as `cursor` to get the next page; null on the last page."
    )
