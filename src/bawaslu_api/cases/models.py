"""The case record: reports and findings, their reporters' personal data (stored apart)
and the register counters."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    Computed,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, TSVECTOR
from sqlalchemy.orm import Mapped, mapped_column

from bawaslu_api.db.base import Base, Timestamps, UUIDPrimaryKey, str_enum
from bawaslu_api.security import sealing
from bawaslu_api.security.sealing import SealedJson, SealedText


class ReportKind(enum.StrEnum):
    report = "report"  # laporan
    finding = "finding"  # temuan


class ReportStatus(enum.StrEnum):
    """Case states (docs/legal/rules.md §5)."""

    received = "received"  # diterima
    completion_requested = "completion_requested"  # diminta melengkapi
    registered = "registered"  # diregistrasi
    not_registered = "not_registered"  # tidak diregistrasi
    withdrawn = "withdrawn"  # dicabut
    decided = "decided"  # status ditetapkan
    forwarded = "forwarded"  # diteruskan


class Outcome(enum.StrEnum):
    violation = "violation"
    not_violation = "not_violation"


class ViolationCategory(enum.StrEnum):
    administrative = "administrative"
    ethics = "ethics"
    crime = "crime"
    other_law = "other_law"


class Channel(enum.StrEnum):
    walk_in = "walk_in"
    online = "online"
    mobile = "mobile"
    import_ = "import"


class Report(UUIDPrimaryKey, Timestamps, Base):
    """A report (laporan) or finding (temuan). Personal data lives in ``ReportIdentity``."""

    __tablename__ = "report"
    __table_args__ = (
        Index(
            "ix_report_office_path_prefix",
            "office_path",
            postgresql_ops={"office_path": "text_pattern_ops"},
        ),
        Index("ix_report_received_at_id", "received_at", "id"),
        # Lists scoped to a province (in_scope), newest first, with or without a status.
        Index("ix_report_province_received", "province_code", "received_at", "id"),
        Index("ix_report_province_status_received", "province_code", "status", "received_at", "id"),
        Index("ix_report_status_received", "status", "received_at", "id"),
        Index("ix_report_search", "search", postgresql_using="gin"),
        Index("ix_report_subjects", "subjects", postgresql_using="gin"),
        Index("ix_report_stage_received", "stage", "received_at"),
    )

    kind: Mapped[ReportKind] = mapped_column(str_enum(ReportKind, "report_kind"))
    election_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("election.id"), index=True)
    regime: Mapped[str] = mapped_column(String(16))
    ruleset_version: Mapped[str] = mapped_column(String(64))
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), index=True)
    office_path: Mapped[str] = mapped_column(String(512))
    province_code: Mapped[str | None] = mapped_column(String(2))
    status: Mapped[ReportStatus] = mapped_column(
        str_enum(ReportStatus, "report_status"), index=True
    )
    channel: Mapped[Channel] = mapped_column(str_enum(Channel, "report_channel"))
    received_at: Mapped[datetime]
    received_on: Mapped[date]
    known_on: Mapped[date | None]
    incident_date: Mapped[date | None]
    incident_time: Mapped[time | None]
    incident_office_code: Mapped[str | None] = mapped_column(String(32))
    incident_address: Mapped[str] = mapped_column(Text, default="")
    incident_lat: Mapped[float | None]
    incident_lng: Mapped[float | None]
    description: Mapped[str] = mapped_column(Text)
    violation_type: Mapped[str | None] = mapped_column(String(32))
    stage: Mapped[str | None] = mapped_column(String(32))
    """The election stage of the incident (``bawaslu_rules.STAGES``): derived from the
    election's stage calendar and the incident date, or set by an officer."""
    stage_set_by: Mapped[str] = mapped_column(String(16), default="derived")
    """``derived`` (from the calendar; re-derived when the incident date changes) or
    ``officer`` (set or corrected by staff, kept)."""
    subjects: Mapped[list[str]] = mapped_column(ARRAY(String(40)), default=list)
    """What the violation is about (``bawaslu_rules.SUBJECTS`` of the regime)."""
    registration_days: Mapped[int | None]
    """Working days from receipt to registration (the case's calendar), for statistics."""
    decision_days: Mapped[int | None]
    """Working days from receipt to decision, for statistics."""
    tsm: Mapped[bool] = mapped_column(default=False)
    reported_parties: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, default=list)
    evidence_items: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, default=list)
    signature_present: Mapped[bool] = mapped_column(default=False)
    admissibility: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    register_number: Mapped[str | None] = mapped_column(String(80), unique=True)
    registered_at: Mapped[datetime | None]
    decision_extended: Mapped[bool] = mapped_column(default=False)
    outcome: Mapped[Outcome | None] = mapped_column(str_enum(Outcome, "report_outcome"))
    outcome_category: Mapped[ViolationCategory | None] = mapped_column(
        str_enum(ViolationCategory, "violation_category")
    )
    decision: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    forwardings: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, default=list)
    rejection: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    announcement: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    announced_at: Mapped[datetime | None] = mapped_column(index=True)
    receipt_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    sensitive: Mapped[bool] = mapped_column(default=False)
    search: Mapped[str] = mapped_column(
        TSVECTOR, Computed("to_tsvector('simple', coalesce(description, ''))", persisted=True)
    )
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class ReportIdentity(Base):
    """Reporter's and witnesses' personal data, apart from the case (masked by default).

    NIK, address, phone, e-mail and the witnesses are stored sealed (``*_sealed``: AES-GCM
    bound to this row, docs/security.md); ``nik``, ``address``, ``phone``, ``email`` and
    ``witnesses`` read and write them in clear. ``nik_index`` finds a NIK exactly (a keyed
    hash). The name stays in clear: the register book, lists and search show it."""

    __tablename__ = "report_identity"

    report_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("report.id", ondelete="CASCADE"), primary_key=True
    )
    reporter_category: Mapped[str | None] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200), default="")
    nik_sealed: Mapped[str] = mapped_column(Text, default="")
    nik_index: Mapped[str | None] = mapped_column(String(64), index=True)
    address_sealed: Mapped[str] = mapped_column(Text, default="")
    phone_sealed: Mapped[str] = mapped_column(Text, default="")
    email_sealed: Mapped[str] = mapped_column(Text, default="")
    witnesses_sealed: Mapped[str] = mapped_column(Text, default="")

    address = SealedText("address_sealed", "report_identity", "address", "report_id")
    phone = SealedText("phone_sealed", "report_identity", "phone", "report_id")
    email = SealedText("email_sealed", "report_identity", "email", "report_id")
    witnesses = SealedJson("witnesses_sealed", "report_identity", "witnesses", "report_id")
    _nik = SealedText("nik_sealed", "report_identity", "nik", "report_id")

    def __init__(self, **values: Any) -> None:
        # The row key first: the sealed values are bound to it.
        super().__init__(**{"report_id": values.pop("report_id", None), **values})

    @property
    def nik(self) -> str:
        return self._nik

    @nik.setter
    def nik(self, value: str | None) -> None:
        self._nik = value or ""
        self.nik_index = nik_index(value or "")


def nik_index(nik: str) -> str | None:
    """The keyed hash a NIK is found by (None when there is none)."""
    nik = nik.strip()
    return sealing.ring().index(nik) if nik else None


def nik_indexes(nik: str) -> list[str]:
    """The keyed hashes a NIK may be stored under (one per data key: during a rotation,
    rows not yet re-indexed hold the old key's)."""
    return sealing.ring().indexes(nik.strip())


class RegisterCounter(Base):
    """The last register number given per office, kind and year (gap-free, never reused)."""

    __tablename__ = "register_counter"

    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer)
