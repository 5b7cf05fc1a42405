"""The statistics' own copy of each case: one narrow row per report, kept by the database.

``report_stat`` holds only what the statistics read (docs/statistics.md), in small types, so
that a national count scans ~200 MB instead of the ~2.6 GB of ``report``. It is written by
no Python code: statement-level triggers on ``report`` (migration 0019,
``report_stat_sync()``) insert, update and delete its rows in the same statement as the
case's own write, whatever the path (intake, bulk ``COPY`` import, corrections, transfers,
decisions, forwardings). ``registered_on`` / ``decided_on`` are the local days of
registration and decision in the office's zone; ``forwarded_to`` the distinct addressees
of ``report.forwardings``.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Index, SmallInteger, String
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from bawaslu_api.db.base import Base


class ReportStat(Base):
    """One case as the statistics see it (a trigger-maintained projection of ``report``)."""

    __tablename__ = "report_stat"
    __table_args__ = (
        Index(
            "ix_report_stat_office_path_prefix",
            "office_path",
            postgresql_ops={"office_path": "text_pattern_ops"},
        ),
        Index("ix_report_stat_province_code", "province_code"),
        Index("ix_report_stat_received_on", "received_on"),
    )

    report_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    office_id: Mapped[uuid.UUID]
    office_path: Mapped[str] = mapped_column(String(512))
    province_code: Mapped[str | None] = mapped_column(String(2))
    election_id: Mapped[uuid.UUID]
    received_on: Mapped[date]
    kind: Mapped[str] = mapped_column(String(15))
    status: Mapped[str] = mapped_column(String(28))
    outcome: Mapped[str | None] = mapped_column(String(21))
    category: Mapped[str | None] = mapped_column(String(22))
    channel: Mapped[str] = mapped_column(String(15))
    stage: Mapped[str | None] = mapped_column(String(32))
    subjects: Mapped[list[str]] = mapped_column(ARRAY(String(40)))
    registration_days: Mapped[int | None] = mapped_column(SmallInteger)
    decision_days: Mapped[int | None] = mapped_column(SmallInteger)
    registered_on: Mapped[date | None]
    decided_on: Mapped[date | None]
    forwarded_to: Mapped[list[str]] = mapped_column(ARRAY(String(16)))
