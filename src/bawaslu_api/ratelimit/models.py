"""Request counters for rate limits, shared by every API process through PostgreSQL."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from bawaslu_api.db.base import Base


class RateLimitBucket(Base):
    """Requests counted per key (bucket + caller) in a fixed window.

    UNLOGGED: counters need no crash safety, and skipping the WAL keeps them cheap.
    """

    __tablename__ = "rate_limit_bucket"
    __table_args__ = {"prefixes": ["UNLOGGED"]}

    key: Mapped[str] = mapped_column(String(300), primary_key=True)
    window_start: Mapped[datetime] = mapped_column(primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
