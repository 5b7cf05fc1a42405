"""Sentra Gakkumdu records of a case (docs/legal/procedure.md §1.3): the discussions, the
dossier checklist handed to the police and the police report's number and receipt.

Each change is also an event on the case's hash-chained timeline. The participants are
the officials of Bawaslu, the police and the prosecutors (name, institution, position):
no witness's or reporter's personal data is stored here.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from bawaslu_api.db.base import Base, UUIDPrimaryKey


class GakkumduDiscussion(UUIDPrimaryKey, Base):
    """One Gakkumdu discussion (pembahasan 1, 2 or 3) of a case: once per number."""

    __tablename__ = "gakkumdu_discussion"
    __table_args__ = (UniqueConstraint("report_id", "number"),)

    report_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("report.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    held_at: Mapped[datetime]
    place: Mapped[str] = mapped_column(Text, default="")
    participants: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, default=list)
    conclusion: Mapped[str] = mapped_column(String(40))
    articles: Mapped[list[str]] = mapped_column(JSONB, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    minutes_evidence_id: Mapped[uuid.UUID | None]
    recorded_by: Mapped[str] = mapped_column(String(200))
    recorded_at: Mapped[datetime] = mapped_column(server_default=func.now())


class GakkumduDossierItem(Base):
    """One ticked document of the dossier handed to the police (Perbawaslu 3/2023 Art. 27);
    an unticked document has no row."""

    __tablename__ = "gakkumdu_dossier_item"

    report_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("report.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    evidence_id: Mapped[uuid.UUID | None]
    note: Mapped[str] = mapped_column(Text, default="")
    ticked_by: Mapped[str] = mapped_column(String(200))
    ticked_at: Mapped[datetime]


class GakkumduPoliceReport(Base):
    """The police report (laporan polisi) the SPKT issued for the case, and its receipt."""

    __tablename__ = "gakkumdu_police_report"

    report_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("report.id", ondelete="CASCADE"), primary_key=True
    )
    number: Mapped[str] = mapped_column(String(120))
    received_by: Mapped[str] = mapped_column(String(200))
    received_at: Mapped[datetime]
    complainant: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(200))
    recorded_at: Mapped[datetime] = mapped_column(server_default=func.now())
