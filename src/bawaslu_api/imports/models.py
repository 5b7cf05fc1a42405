"""Import keys (a client's external id → the report it created) and import jobs."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Integer, String, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from bawaslu_api.db.base import Base, UUIDPrimaryKey, str_enum


class ImportKey(Base):
    """One imported item: written in the same transaction as its report, so a batch re-sent
    after a crash finds every report that was stored and none twice.

    External ids are unique per office (the importing caller's office, staff and clients
    alike): two officers of one office importing the office's spreadsheet create each case
    once. ``subject`` and ``created_at`` say who imported it and when."""

    __tablename__ = "import_key"

    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), primary_key=True)
    external_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    subject: Mapped[str] = mapped_column(String(200))
    # Checked at commit: bulk import claims the key before it writes the case.
    report_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("report.id", ondelete="CASCADE", deferrable=True, initially="DEFERRED"),
        index=True,
    )
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())


class JobStatus(enum.StrEnum):
    processing = "processing"
    completed = "completed"


class ImportJob(UUIDPrimaryKey, Base):
    """An uploaded CSV/XLSX file and what became of each of its rows."""

    __tablename__ = "import_job"

    subject: Mapped[str] = mapped_column(String(200), index=True)
    filename: Mapped[str] = mapped_column(String(300))
    format: Mapped[str] = mapped_column(String(8))
    dry_run: Mapped[bool]
    status: Mapped[JobStatus] = mapped_column(str_enum(JobStatus, "import_job_status"))
    total: Mapped[int] = mapped_column(Integer)
    processed: Mapped[int] = mapped_column(Integer)
    created: Mapped[int] = mapped_column(Integer)
    duplicates: Mapped[int] = mapped_column(Integer)
    invalid: Mapped[int] = mapped_column(Integer)
    results: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, default=list)
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    finished_at: Mapped[datetime | None]
