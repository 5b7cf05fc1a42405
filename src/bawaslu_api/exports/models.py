"""The record of every export: who, with which filters, how many rows."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Integer, String, Text, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from bawaslu_api.db.base import Base, UUIDPrimaryKey


class ExportRecord(UUIDPrimaryKey, Base):
    """Written when the export starts (committed before the first byte); ``row_count`` and
    ``finished_at`` are filled when the last row has been sent. A record without
    ``finished_at`` is an export the client abandoned or that failed."""

    __tablename__ = "export_record"

    subject: Mapped[str] = mapped_column(String(200), index=True)
    format: Mapped[str] = mapped_column(String(8))
    filters: Mapped[dict[str, Any]] = mapped_column(JSONB)
    row_count: Mapped[int | None] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(server_default=func.now())
    finished_at: Mapped[datetime | None]
    # A queued export (``POST /v1/reports/exports``, written by the worker): ``queued``,
    # ``done`` (the file at ``storage_key``) or ``failed``; none for a streamed one.
    status: Mapped[str | None] = mapped_column(String(16))
    principal: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    storage_key: Mapped[str | None] = mapped_column(String(200))
    size: Mapped[int | None] = mapped_column(BigInteger)
    error: Mapped[str | None] = mapped_column(Text)
