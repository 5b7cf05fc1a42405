"""Statutory clocks of cases, as bawaslu_rules computes them, and the alerts emitted for them."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from bawaslu_api.db.base import Base, UUIDPrimaryKey, str_enum


class DeadlineStatus(enum.StrEnum):
    pending = "pending"
    met = "met"
    missed = "missed"
    waived = "waived"


class Deadline(UUIDPrimaryKey, Base):
    """A statutory clock of a case, as computed by bawaslu_rules (with its ruleset version)."""

    __tablename__ = "deadline"
    __table_args__ = (
        Index("ix_deadline_status_due_at", "status", "due_at"),
        Index(
            "ix_deadline_office_path_prefix",
            "office_path",
            postgresql_ops={"office_path": "text_pattern_ops"},
        ),
    )

    report_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("report.id", ondelete="CASCADE"), index=True
    )
    office_path: Mapped[str] = mapped_column(String(512))
    rule_id: Mapped[str] = mapped_column(String(64))
    regime: Mapped[str] = mapped_column(String(16))
    ruleset_version: Mapped[str] = mapped_column(String(64))
    trigger: Mapped[str] = mapped_column(String(40))
    due_on: Mapped[date]
    due_at: Mapped[datetime]
    amount: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(16))
    basis: Mapped[str] = mapped_column(Text)
    confidence: Mapped[str] = mapped_column(String(16))
    provisional: Mapped[bool] = mapped_column(default=False)
    status: Mapped[DeadlineStatus] = mapped_column(str_enum(DeadlineStatus, "deadline_status"))
    met_at: Mapped[datetime | None]
    override_reason: Mapped[str | None] = mapped_column(Text)
    policy_overrides: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    """The deployment's policy settings the due date was computed with (the rules engine's
    ``policy_overrides``; empty when every default applied). No server default in the
    model, so that bulk intake's ``COPY`` writes it (rows from before migration 0013 got
    ``{}`` from the migration)."""
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())


class AlertKind(enum.StrEnum):
    due_soon = "due_soon"
    missed = "missed"


class DeadlineAlert(Base):
    """A due-soon or missed alert already emitted for a deadline: the primary key makes
    each one happen once, whatever the number of workers."""

    __tablename__ = "deadline_alert"

    deadline_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("deadline.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[AlertKind] = mapped_column(str_enum(AlertKind, "alert_kind"), primary_key=True)
    emitted_at: Mapped[datetime]
