"""Evidence items (files and physical objects), their custody events and resumable uploads."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from bawaslu_api.db.base import Base, UUIDPrimaryKey, str_enum


class EvidenceForm(enum.StrEnum):
    digital = "digital"  # a file held in the store
    physical = "physical"  # handed over in person; the office keeps it


class EvidenceCategory(enum.StrEnum):
    photo = "photo"
    video = "video"
    audio = "audio"
    document = "document"  # documents (docs/legal/rules.md §4: handed in 3 copies)
    object = "object"
    storage_media = "storage_media"  # electronic evidence on a medium (docs/legal/rules.md §4)


class EvidenceStatus(enum.StrEnum):
    active = "active"
    superseded = "superseded"  # replaced by a newer item, with a reason; still kept
    withdrawn = "withdrawn"  # withdrawn by the reporter before registration; still kept


class ScanStatus(enum.StrEnum):
    not_scanned = "not_scanned"
    clean = "clean"
    infected = "infected"  # quarantined: never served
    error = "error"  # the scanner failed; served, flagged


class ProvidedBy(enum.StrEnum):
    reporter = "reporter"  # the reporter (pelapor) handed it in
    office = "office"  # gathered by the office (supervision, clarification)


class EvidenceChannel(enum.StrEnum):
    walk_in = "walk_in"
    online = "online"
    mobile = "mobile"
    mail = "mail"
    field = "field"  # collected by a supervisor in the field
    import_ = "import"


class UploadStatus(enum.StrEnum):
    open = "open"
    completed = "completed"
    cancelled = "cancelled"
    failed = "failed"  # the joined bytes did not match the announced size or SHA-256
    expired = "expired"


class EvidenceItem(UUIDPrimaryKey, Base):
    """One piece of evidence of a case. Never updated in substance and never deleted: it is
    superseded or withdrawn, and the only columns that change are status, scan and
    integrity flags (each change is a custody event)."""

    __tablename__ = "evidence_item"
    __table_args__ = (Index("ix_evidence_item_report_id_id", "report_id", "id"),)

    report_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"))
    form: Mapped[EvidenceForm] = mapped_column(str_enum(EvidenceForm, "evidence_form"))
    category: Mapped[EvidenceCategory] = mapped_column(
        str_enum(EvidenceCategory, "evidence_category")
    )
    status: Mapped[EvidenceStatus] = mapped_column(str_enum(EvidenceStatus, "evidence_status"))
    description: Mapped[str] = mapped_column(Text)
    provided_by: Mapped[ProvidedBy] = mapped_column(str_enum(ProvidedBy, "evidence_provided_by"))
    channel: Mapped[EvidenceChannel] = mapped_column(str_enum(EvidenceChannel, "evidence_channel"))
    recorded_by: Mapped[str] = mapped_column(String(200))
    recorded_at: Mapped[datetime] = mapped_column(server_default=func.now())
    # Digital items
    filename: Mapped[str | None] = mapped_column(String(255))
    declared_type: Mapped[str | None] = mapped_column(String(127))
    content_type: Mapped[str | None] = mapped_column(String(127))
    size: Mapped[int | None] = mapped_column(BigInteger)
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    storage_key: Mapped[str | None] = mapped_column(String(300), index=True)
    scan_status: Mapped[ScanStatus] = mapped_column(str_enum(ScanStatus, "evidence_scan_status"))
    scan_detail: Mapped[str | None] = mapped_column(String(200))
    corrupted_at: Mapped[datetime | None]
    # Physical items: who received it, when, how many copies, where it is kept.
    receipt: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    digitises_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("evidence_item.id"), index=True
    )
    superseded_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("evidence_item.id"))
    status_reason: Mapped[str | None] = mapped_column(Text)


class CustodyEvent(Base):
    """One link of an item's chain of custody. Append-only; each is also an event of the
    case's hash-chained timeline (``case_seq``)."""

    __tablename__ = "evidence_custody"
    __table_args__ = (Index("ix_evidence_custody_evidence_id_id", "evidence_id", "id"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    evidence_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("evidence_item.id", ondelete="CASCADE")
    )
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(32))
    channel: Mapped[str] = mapped_column(String(32))
    client_address: Mapped[str] = mapped_column(String(64))
    user_agent: Mapped[str] = mapped_column(String(300))
    details: Mapped[dict[str, Any]] = mapped_column(JSONB)
    case_seq: Mapped[int] = mapped_column(Integer)


class EvidenceUpload(UUIDPrimaryKey, Base):
    """A resumable upload session: parts are stored as they come, the item is made when the
    last byte arrives and size and SHA-256 match what was announced."""

    __tablename__ = "evidence_upload"
    __table_args__ = (Index("ix_evidence_upload_status_expires_at", "status", "expires_at"),)

    report_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("report.id", ondelete="CASCADE"), index=True
    )
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str | None] = mapped_column(String(64))
    received: Mapped[int] = mapped_column(BigInteger, default=0)
    parts: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, default=list)
    status: Mapped[UploadStatus] = mapped_column(str_enum(UploadStatus, "evidence_upload_status"))
    meta: Mapped[dict[str, Any]] = mapped_column(JSONB)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    expires_at: Mapped[datetime]
    evidence_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("evidence_item.id", ondelete="SET NULL")
    )
