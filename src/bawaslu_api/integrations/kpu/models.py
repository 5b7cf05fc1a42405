"""Forwardings to KPU with their acknowledgement and follow-up, and KPU reference data."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column

from bawaslu_api.db.base import Base, UUIDPrimaryKey, str_enum


class KpuForwardingStatus(enum.StrEnum):
    pending = "pending"  # sent, KPU has not acknowledged receipt
    acknowledged = "acknowledged"  # KPU confirmed receipt
    followed_up = "followed_up"  # KPU recorded its follow-up (tindak lanjut)


class KpuForwarding(UUIDPrimaryKey, Base):
    """A decision or recommendation forwarded to KPU (one row per forwarding to KPU; the
    report keeps its ``forwardings`` list as the record of every recipient)."""

    __tablename__ = "kpu_forwarding"
    __table_args__ = (
        Index(
            "ix_kpu_forwarding_office_path_prefix",
            "office_path",
            postgresql_ops={"office_path": "text_pattern_ops"},
        ),
    )

    report_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("report.id", ondelete="CASCADE"), index=True
    )
    office_path: Mapped[str] = mapped_column(String(512))
    regime: Mapped[str] = mapped_column(String(16))
    category: Mapped[str | None] = mapped_column(String(32))
    reference: Mapped[str] = mapped_column(String(200), default="")
    sent_at: Mapped[datetime]
    status: Mapped[KpuForwardingStatus] = mapped_column(
        str_enum(KpuForwardingStatus, "kpu_forwarding_status")
    )
    received_at: Mapped[datetime | None]
    acknowledged_by: Mapped[str | None] = mapped_column(String(200))
    followup_action: Mapped[str | None] = mapped_column(Text)
    followup_document: Mapped[str | None] = mapped_column(String(200))
    followed_up_at: Mapped[datetime | None]
    followed_up_by: Mapped[str | None] = mapped_column(String(200))
    deadline_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("deadline.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())


class KpuParty(Base):
    """A political party contesting an election, as listed by KPU (loaded from CSV)."""

    __tablename__ = "kpu_party"
    __table_args__ = (UniqueConstraint("election_slug", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    election_slug: Mapped[str] = mapped_column(String(64))
    number: Mapped[int] = mapped_column(Integer)
    abbreviation: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(300))
    loaded_at: Mapped[datetime] = mapped_column(server_default=func.now())


class KpuPollingStation(Base):
    """A polling station (TPS) as listed by KPU (loaded from CSV)."""

    __tablename__ = "kpu_polling_station"
    __table_args__ = (UniqueConstraint("election_slug", "village_code", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    election_slug: Mapped[str] = mapped_column(String(64))
    village_code: Mapped[str] = mapped_column(String(32))
    number: Mapped[int] = mapped_column(Integer)
    address: Mapped[str] = mapped_column(Text, default="")
    voters: Mapped[int | None] = mapped_column(Integer)
    loaded_at: Mapped[datetime] = mapped_column(server_default=func.now())


class KpuCandidate(Base):
    """A candidate on a ballot as listed by KPU (loaded from CSV). ``party_number`` is 0 for
    ballots without parties (DPD, presidential pairs); ``district`` is empty when the ballot
    is national."""

    __tablename__ = "kpu_candidate"
    __table_args__ = (UniqueConstraint("election_slug", "district", "party_number", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    election_slug: Mapped[str] = mapped_column(String(64))
    district: Mapped[str] = mapped_column(String(64), default="")
    party_number: Mapped[int] = mapped_column(Integer, default=0)
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(300))
    gender: Mapped[str | None] = mapped_column(String(1))
    loaded_at: Mapped[datetime] = mapped_column(server_default=func.now())
