"""Administrative hearing records of a case (Perbawaslu 8/2022; docs/legal/procedure.md
§1.4): the examining panel and the sessions, each with its minutes (ADM.BA-SP) and
transcript (ADM.RISALAH).

The panel are officials (names and positions). The minutes and the transcript may hold
what parties, witnesses and experts said: they are read by staff of the case's office tree
only, never public, and a session names no witness or expert (only how many were heard).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from bawaslu_api.db.base import Base, UUIDPrimaryKey


class HearingPanel(Base):
    """The examining panel (majelis pemeriksa) of a case, with its secretary and clerk."""

    __tablename__ = "hearing_panel"

    report_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("report.id", ondelete="CASCADE"), primary_key=True
    )
    chair: Mapped[dict[str, Any]] = mapped_column(JSONB)
    members: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, default=list)
    secretary: Mapped[dict[str, Any]] = mapped_column(JSONB)
    clerk: Mapped[dict[str, Any]] = mapped_column(JSONB)
    assistants: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, default=list)
    formed_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(String(200))
    recorded_at: Mapped[datetime] = mapped_column(server_default=func.now())


class HearingSession(UUIDPrimaryKey, Base):
    """One hearing session: its agenda, who attended, whether it was adjourned, its minutes
    and transcript, and the preliminary or final decision read in it."""

    __tablename__ = "hearing_session"
    __table_args__ = (UniqueConstraint("report_id", "number"),)

    report_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("report.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    agenda: Mapped[str] = mapped_column(String(40))
    held_at: Mapped[datetime]
    place: Mapped[str] = mapped_column(Text, default="")
    public: Mapped[bool] = mapped_column(default=True)
    reporter_present: Mapped[bool]
    reported_present: Mapped[bool]
    witnesses_heard: Mapped[int] = mapped_column(Integer, default=0)
    experts_heard: Mapped[int] = mapped_column(Integer, default=0)
    adjourned: Mapped[bool] = mapped_column(default=False)
    adjournment: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[str] = mapped_column(Text, default="")
    minutes_evidence_id: Mapped[uuid.UUID | None]
    transcript: Mapped[str] = mapped_column(Text, default="")
    transcript_evidence_id: Mapped[uuid.UUID | None]
    preliminary: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    final: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    late: Mapped[bool] = mapped_column(default=False)
    recorded_by: Mapped[str] = mapped_column(String(200))
    recorded_at: Mapped[datetime] = mapped_column(server_default=func.now())
