"""Request and response shapes of the machine clients API."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from bawaslu_api.pagination import WHOLE_LIST
from bawaslu_api.security.principals import Scope


class ClientCreate(BaseModel):
    """A new machine client bound to an office of the admin's subtree."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200, description="Who runs it and what for.")
    office: str = Field(max_length=32, description="Office code: the client's jurisdiction.")
    scopes: list[Scope] = Field(min_length=1, max_length=5)


class ClientOut(BaseModel):
    """A machine client. The secret is never shown again after creation."""

    id: uuid.UUID
    client_id: str
    name: str
    office: str
    scopes: list[Scope]
    created_at: datetime
    created_by: str
    last_used_at: datetime | None = Field(description="When it last got an access token.")
    revoked_at: datetime | None


class ClientCreated(ClientOut):
    client_secret: str = Field(
        description="Shown once: store it now. Only its SHA-256 is kept by the service."
    )


class ClientList(BaseModel):
    items: list[ClientOut]
    next_cursor: str | None = Field(None, description=WHOLE_LIST)
