"""A deployment's settings of the rules engine's named policies (docs/legal/open-questions.md)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Index, String, Text, func, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from bawaslu_api.db.base import Base, UUIDPrimaryKey


class RulesPolicy(UUIDPrimaryKey, Base):
    """Append-only: a setting is never edited. A new value revokes the previous one and a
    reset revokes the last one; every row stays, with who did it, when and why."""

    __tablename__ = "rules_policy"
    __table_args__ = (
        # At most one setting in force per policy.
        Index(
            "uq_rules_policy_active_name",
            "name",
            unique=True,
            postgresql_where=text("revoked_at IS NULL"),
        ),
    )

    name: Mapped[str] = mapped_column(String(200), index=True)
    value: Mapped[Any] = mapped_column(JSONB)
    reason: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    revoked_by: Mapped[str | None] = mapped_column(String(200))
    revoked_at: Mapped[datetime | None]
    revoke_reason: Mapped[str | None] = mapped_column(Text)
