"""Operators' corrections to the rules engine's form registry (docs/legal/procedure.md §2)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Index, String, Text, func, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from bawaslu_api.db.base import Base, UUIDPrimaryKey


class FormCorrection(UUIDPrimaryKey, Base):
    """Append-only: a correction of one form (code, title, signers, fields, data class,
    verified) replaces the previous one, which is revoked, never edited."""

    __tablename__ = "form_correction"
    __table_args__ = (
        Index(
            "uq_form_correction_active",
            "regime",
            "kind",
            unique=True,
            postgresql_where=text("revoked_at IS NULL"),
        ),
    )

    regime: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(40))
    """The document (``bawaslu_rules.DOCUMENT_KINDS``); its code is one of the changes."""
    changes: Mapped[dict[str, Any]] = mapped_column(JSONB)
    reason: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    revoked_by: Mapped[str | None] = mapped_column(String(200))
    revoked_at: Mapped[datetime | None]
