"""Clarification (klarifikasi) of a registered case (Perbawaslu 7/2022 Art. 28-30): the
sessions, and per invited person the invitation (Form B.9) with its proof of receipt and
the outcome (attendance, oath on Form B.10/B.11, minutes on Form B.12)."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from bawaslu_api.db.base import Base, Timestamps, UUIDPrimaryKey, str_enum


class SessionMode(enum.StrEnum):
    in_person = "in_person"  # tatap muka
    online = "online"  # media daring (Art. 28(2)-(3))


class OnlineGround(enum.StrEnum):
    """The regulation's list (Perbawaslu 7/2022 Art. 28(3))."""

    geography = "geography"
    security = "security"
    facilities = "facilities"
    disaster = "disaster"


class SessionStatus(enum.StrEnum):
    scheduled = "scheduled"
    held = "held"
    cancelled = "cancelled"  # e.g. an invitation could not arrive in time: reschedule


class InviteeRole(enum.StrEnum):
    reporter = "reporter"  # pelapor
    reported_party = "reported_party"  # terlapor
    witness = "witness"  # saksi
    expert = "expert"  # ahli


class InvitationChannel(enum.StrEnum):
    """Perbawaslu 7/2022 Art. 29(2)."""

    in_person = "in_person"
    sigaplapor = "sigaplapor"
    telecommunication = "telecommunication"


class Attendance(enum.StrEnum):
    attended = "attended"
    absent = "absent"


class Oath(enum.StrEnum):
    """Art. 30: an oath or promise is offered; refusing it does not stop the session."""

    taken = "taken"
    refused = "refused"


class ClarificationSession(UUIDPrimaryKey, Timestamps, Base):
    """One clarification session of a case."""

    __tablename__ = "clarification_session"

    report_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("report.id", ondelete="CASCADE"), index=True
    )
    scheduled_at: Mapped[datetime]
    mode: Mapped[SessionMode] = mapped_column(str_enum(SessionMode, "clarification_mode"))
    place: Mapped[str] = mapped_column(Text, default="")
    online_ground: Mapped[OnlineGround | None] = mapped_column(
        str_enum(OnlineGround, "clarification_online_ground")
    )
    online_justification: Mapped[str] = mapped_column(Text, default="")
    recorded: Mapped[bool] = mapped_column(default=False)
    status: Mapped[SessionStatus] = mapped_column(str_enum(SessionStatus, "clarification_status"))
    held_at: Mapped[datetime | None]
    scheduled_by: Mapped[str] = mapped_column(String(200))
    cancelled_at: Mapped[datetime | None]
    cancel_reason: Mapped[str] = mapped_column(Text, default="")


class ClarificationInvitee(UUIDPrimaryKey, Timestamps, Base):
    """A person invited to a session: the invitation and the outcome for them.

    ``subject`` names who it is across sessions (``reporter``, ``reported_party:<n>``,
    ``person:<id>``): a second invitation after a no-show has ``attempt_no`` 2."""

    __tablename__ = "clarification_invitee"
    __table_args__ = (Index("ix_clarification_invitee_report_subject", "report_id", "subject"),)

    session_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("clarification_session.id", ondelete="CASCADE"), index=True
    )
    report_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"))
    role: Mapped[InviteeRole] = mapped_column(str_enum(InviteeRole, "clarification_invitee_role"))
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("case_person.id"))
    party_index: Mapped[int | None] = mapped_column(Integer)
    subject: Mapped[str] = mapped_column(String(80))
    attempt_no: Mapped[int] = mapped_column(Integer)
    channel: Mapped[InvitationChannel] = mapped_column(
        str_enum(InvitationChannel, "clarification_channel")
    )
    sent_at: Mapped[datetime]
    received_at: Mapped[datetime | None]
    received_by: Mapped[str | None] = mapped_column(String(200))
    receipt_evidence_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("evidence_item.id"))
    attendance: Mapped[Attendance | None] = mapped_column(
        str_enum(Attendance, "clarification_attendance")
    )
    oath: Mapped[Oath | None] = mapped_column(str_enum(Oath, "clarification_oath"))
    oath_form: Mapped[str | None] = mapped_column(String(16))
    minutes: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    minutes_evidence_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("evidence_item.id"))
