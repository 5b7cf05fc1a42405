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

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Index,
    Integer,
    SmallInteger,
    String,
    Table,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from bawaslu_api.cases.models import Channel, Outcome, ReportKind, ReportStatus, ViolationCategory
from bawaslu_api.db.base import Base
from bawaslu_rules import STAGES, SUBJECTS


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


ROLLUP_DOMAINS: dict[str, tuple[str, ...]] = {
    "stage": (*(s.code for s in STAGES), "unclassified"),
    "status": tuple(v.value for v in ReportStatus),
    "outcome": tuple(v.value for v in Outcome),
    "category": tuple(v.value for v in ViolationCategory),
    "channel": tuple(v.value for v in Channel),
    "kind": tuple(v.value for v in ReportKind),
    "subject": (
        *dict.fromkeys(s.code for group in SUBJECTS.values() for s in group),
        "unclassified",
    ),
    "forwarded_to": ("kpu", "dkpp", "police", "agency"),
}
"""The values counted per dimension (closed domains): one count column of ``report_rollup``
each, named :func:`rollup_column`. A new value needs a migration (the models-and-migrations
test says so)."""

ROLLUP_KEY: tuple[str, ...] = (
    "office_id", "office_path", "province_code", "election_id", "month", "kind", "stage",
)  # fmt: skip


def rollup_column(dimension: str, value: str) -> str:
    """The column of ``report_rollup`` counting the cases with ``value`` in ``dimension``."""
    return f"{dimension}__{value}"


ROLLUP_COUNTS: tuple[str, ...] = (
    "n",
    "registered",
    *(rollup_column(d, v) for d, values in ROLLUP_DOMAINS.items() for v in values),
)

report_rollup = Table(
    "report_rollup",
    Base.metadata,
    Column("office_id", Uuid(), nullable=False),
    Column("office_path", String(512), nullable=False),
    Column("province_code", String(2), nullable=True),
    Column("election_id", Uuid(), nullable=False),
    Column("month", Date(), nullable=False),
    Column("kind", String(15), nullable=False),
    Column("stage", String(32), nullable=True),
    *(Column(name, Integer(), nullable=False) for name in ROLLUP_COUNTS),
    UniqueConstraint(*ROLLUP_KEY, name="uq_report_rollup_key", postgresql_nulls_not_distinct=True),
)
"""The cases of ``report_stat`` counted per office, election, month of ``received_on``
(its first day), kind and stage: ``n``, ``registered`` (a registration day) and one column
per value of :data:`ROLLUP_DOMAINS`. Kept by statement-level triggers on ``report_stat``
(migration 0020, ``report_rollup_sync()``): each statement adds its new rows' counts and
subtracts its old rows', and a key counting no case is deleted. The statistics read it for
whole months without a subject filter (stats/service.py)."""

report_rollup_days = Table(
    "report_rollup_days",
    Base.metadata,
    Column("office_id", Uuid(), nullable=False),
    Column("office_path", String(512), nullable=False),
    Column("province_code", String(2), nullable=True),
    Column("election_id", Uuid(), nullable=False),
    Column("month", Date(), nullable=False),
    Column("which", String(12), nullable=False),
    Column("days", SmallInteger(), nullable=False),
    Column("n", Integer(), nullable=False),
    UniqueConstraint(
        "office_id",
        "office_path",
        "province_code",
        "election_id",
        "month",
        "which",
        "days",
        name="uq_report_rollup_days_key",
        postgresql_nulls_not_distinct=True,
    ),
    Index("ix_report_rollup_days_empty", "n", postgresql_where=text("n = 0")),
)
"""The cases with ``registration_days`` / ``decision_days`` (``which``: registration |
decision) counted per office, election, month received and number of days: the duration
histograms (migration 0021, ``report_rollup_days_sync()`` on ``report_stat``). Read without
a stage, kind or subject filter, for whole months."""

report_rollup_events = Table(
    "report_rollup_events",
    Base.metadata,
    Column("province_code", String(2), nullable=True),
    Column("election_id", Uuid(), nullable=False),
    Column("month", Date(), nullable=False),
    Column("event", String(10), nullable=False),
    Column("day", Date(), nullable=False),
    Column("n", Integer(), nullable=False),
    UniqueConstraint(
        "province_code",
        "election_id",
        "month",
        "event",
        "day",
        name="uq_report_rollup_events_key",
        postgresql_nulls_not_distinct=True,
    ),
    Index("ix_report_rollup_events_empty", "n", postgresql_where=text("n = 0")),
)
"""The cases received / registered / decided (``event``) per local ``day``, counted per
province, election and month received: the weekly trend (migration 0021). Read for the
national and province scopes without a stage, kind or subject filter, for whole months."""

deadline_rollup = Table(
    "deadline_rollup",
    Base.metadata,
    Column("deadline_province", String(16), nullable=False),
    Column("province_code", String(2), nullable=True),
    Column("election_id", Uuid(), nullable=False),
    Column("month", Date(), nullable=False),
    Column("rule_id", String(64), nullable=False),
    Column("status", String(8), nullable=False),
    Column("overridden", Boolean(), nullable=False),
    Column("due_month", Date(), nullable=True),
    Column("n", Integer(), nullable=False),
    UniqueConstraint(
        "deadline_province",
        "province_code",
        "election_id",
        "month",
        "rule_id",
        "status",
        "overridden",
        "due_month",
        name="uq_deadline_rollup_key",
        postgresql_nulls_not_distinct=True,
    ),
    Index("ix_deadline_rollup_empty", "n", postgresql_where=text("n = 0")),
)
"""The clocks (``deadline``) counted per province of their own ``office_path``
(``deadline_province``, '' for Bawaslu RI's), their case's province, election and month
received (from ``report_stat``), rule, status, override and, for a pending clock, the month
(UTC) it is due. Kept by triggers on ``deadline`` and on ``report_stat`` (a case moved to
another province, election or month moves its clocks; migration 0022). Read for the
national and province scopes without a stage, kind or subject filter, for whole months; the
pending clocks due this month are checked against ``deadline`` itself for being overdue."""
