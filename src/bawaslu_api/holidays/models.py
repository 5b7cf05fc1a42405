"""Operators' additions and corrections to the official calendar (docs/legal/rules.md §2)."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import String, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from bawaslu_api.db.base import Base, UUIDPrimaryKey, str_enum


class OverrideAction(enum.StrEnum):
    add = "add"  # the date becomes a non-working day
    remove = "remove"  # the date becomes an ordinary day


class CalendarOverride(UUIDPrimaryKey, Base):
    """Append-only: an override is never edited; it is revoked, and both are recorded."""

    __tablename__ = "calendar_override"

    day: Mapped[date] = mapped_column(index=True)
    action: Mapped[OverrideAction] = mapped_column(str_enum(OverrideAction, "override_action"))
    category: Mapped[str | None] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(300), default="")
    decree: Mapped[str] = mapped_column(String(300))
    reason: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    revoked_by: Mapped[str | None] = mapped_column(String(200))
    revoked_at: Mapped[datetime | None]
