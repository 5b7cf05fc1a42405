"""The analysis of a registered case (kajian dugaan pelanggaran) and the plenary meetings
(rapat pleno) that decide its status (docs/legal/procedure.md §1.1 rows 7-9)."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text, func, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from bawaslu_api.cases.models import Outcome, ViolationCategory
from bawaslu_api.db.base import Base, UUIDPrimaryKey, str_enum


class AnalysisStatus(enum.StrEnum):
    draft = "draft"  # being written; edited with If-Match
    final = "final"  # written out; never edited again
    approved = "approved"  # a final version a commissioner approved: the plenary's basis
    superseded = "superseded"  # replaced by a newer draft, with a reason; still kept


class CaseAnalysis(UUIDPrimaryKey, Base):
    """One version of a case's analysis. A case has at most one version that is not
    superseded (its current analysis); earlier versions are kept as they were."""

    __tablename__ = "case_analysis"
    __table_args__ = (
        Index("uq_case_analysis_report_id_number", "report_id", "number", unique=True),
        # One current analysis per case.
        Index(
            "uq_case_analysis_current",
            "report_id",
            unique=True,
            postgresql_where=text("status <> 'superseded'"),
        ),
    )

    report_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    """1 for the first version; each supersession adds one."""
    revision: Mapped[int] = mapped_column(Integer)
    """The ETag: raised by every change, and continued by the next version (so an ETag
    never names two states of one case's analysis)."""
    status: Mapped[AnalysisStatus] = mapped_column(str_enum(AnalysisStatus, "analysis_status"))
    summary: Mapped[str] = mapped_column(Text, default="")  # kasus posisi
    parties: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, default=list)
    evidence: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, default=list)
    facts_and_analysis: Mapped[str] = mapped_column(Text, default="")
    conclusion: Mapped[str] = mapped_column(Text, default="")
    recommendation: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    written_by: Mapped[str] = mapped_column(String(200))
    updated_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now())
    finalized_by: Mapped[str | None] = mapped_column(String(200))
    finalized_at: Mapped[datetime | None]
    approved_by: Mapped[str | None] = mapped_column(String(200))
    approved_at: Mapped[datetime | None]
    supersedes_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("case_analysis.id"))
    superseded_by: Mapped[str | None] = mapped_column(String(200))
    superseded_at: Mapped[datetime | None]
    supersede_reason: Mapped[str | None] = mapped_column(Text)


class CasePlenary(UUIDPrimaryKey, Base):
    """The record of a plenary meeting that decided a case's status. Never edited: a new
    meeting is a new record; the decision follows the latest one."""

    __tablename__ = "case_plenary"
    __table_args__ = (Index("ix_case_plenary_report_id_held_at", "report_id", "held_at"),)

    report_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"))
    analysis_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_analysis.id"))
    held_at: Mapped[datetime]
    place: Mapped[str] = mapped_column(Text, default="")
    minutes_reference: Mapped[str] = mapped_column(String(200), default="")
    members_in_office: Mapped[int] = mapped_column(Integer)
    members: Mapped[list[dict[str, Any]]] = mapped_column(JSONB)
    quorum_rule: Mapped[str] = mapped_column(String(32))
    quorum_needed: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[Outcome] = mapped_column(str_enum(Outcome, "plenary_outcome"))
    category: Mapped[ViolationCategory | None] = mapped_column(
        str_enum(ViolationCategory, "plenary_category")
    )
    legal_basis: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
