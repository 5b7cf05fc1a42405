"""Machine clients (OAuth2 client credentials): an office subtree, scopes, a hashed secret."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from bawaslu_api.db.base import Base, Timestamps, UUIDPrimaryKey


class ApiClient(UUIDPrimaryKey, Timestamps, Base):
    """One client. ``secret_hash`` is SHA-256 of a 256-bit random secret (see
    docs/security.md for why not argon2)."""

    __tablename__ = "api_client"
    __table_args__ = (
        Index(
            "ix_api_client_office_path_prefix",
            "office_path",
            postgresql_ops={"office_path": "text_pattern_ops"},
        ),
        CheckConstraint(
            "scopes <@ ARRAY['reports:read', 'reports:write', 'imports:write', 'kpu:followup',"
            " 'webhooks:manage']::varchar[] AND cardinality(scopes) > 0",
            name="scopes",
        ),
    )

    client_id: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), index=True)
    office_path: Mapped[str] = mapped_column(String(512))
    scopes: Mapped[list[str]] = mapped_column(ARRAY(String(32)))
    secret_hash: Mapped[str] = mapped_column(String(64))
    created_by: Mapped[str] = mapped_column(String(200))
    last_used_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]
    revoked_by: Mapped[str | None] = mapped_column(String(200))
