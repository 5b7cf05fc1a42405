"""Issued documents and the offices' letterheads (docs/documents.md)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text, func, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from bawaslu_api.db.base import Base, UUIDPrimaryKey


class IssuedDocument(UUIDPrimaryKey, Base):
    """One issued document: immutable once written (its bytes are stored under their
    SHA-256). A correction issues a new document that ``supersedes`` this one, which keeps
    its number and bytes and is marked ``superseded_at``."""

    __tablename__ = "issued_document"
    __table_args__ = (
        Index("ix_issued_document_report", "report_id", "issued_at"),
        Index("ix_issued_document_office_kind", "office_id", "kind", "issued_at"),
        Index("uq_issued_document_number", "office_id", "number", unique=True),
        # A document is superseded at most once (a chain, never a fork).
        Index(
            "uq_issued_document_supersedes",
            "supersedes_id",
            unique=True,
            postgresql_where=text("supersedes_id IS NOT NULL"),
        ),
    )

    report_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("report.id", ondelete="RESTRICT")
    )
    """The case (null for an office's documents: the register book)."""
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"))
    office_path: Mapped[str] = mapped_column(String(512))
    kind: Mapped[str] = mapped_column(String(40))
    regime: Mapped[str] = mapped_column(String(16))
    form_code: Mapped[str] = mapped_column(String(32))
    form_verified: Mapped[bool]
    subject_id: Mapped[uuid.UUID | None]
    """What the document is about within the case (the invitee, the analysis...)."""
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(120))
    title: Mapped[str] = mapped_column(String(300))
    data_class: Mapped[list[str]] = mapped_column(JSONB)
    template: Mapped[str] = mapped_column(String(80))
    template_sha256: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int]
    storage_key: Mapped[str] = mapped_column(String(200))
    renditions: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    """Other formats of the same content: ``{"xlsx": {"sha256", "size", "storage_key"}}``."""
    facts: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    """What the document states that the case may later contradict (the deadline in a
    notice, the addressee), for the listing."""
    issued_by: Mapped[str] = mapped_column(String(200))
    issued_at: Mapped[datetime]
    supersedes_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("issued_document.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
    superseded_at: Mapped[datetime | None]
    signed_scan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("evidence_item.id"))
    signed_scan_by: Mapped[str | None] = mapped_column(String(200))
    signed_scan_at: Mapped[datetime | None]


class OfficeLetterhead(Base):
    """What an office prints at the top of its letters (kop surat) and where it signs."""

    __tablename__ = "office_letterhead"

    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), primary_key=True)
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    """Where letters are signed (``Gerung, 7 Desember 2026``)."""
    chair_name: Mapped[str] = mapped_column(String(200), default="")
    chair_title: Mapped[str] = mapped_column(String(200), default="")
    logo_sha256: Mapped[str | None] = mapped_column(String(64))
    logo_type: Mapped[str | None] = mapped_column(String(40))
    updated_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class DocumentRequest(UUIDPrimaryKey, Base):
    """An office's document asked for off the request (``documents/requests.py``): the
    worker issues it (job ``documents.issue``) as the requester would have. ``status``:
    ``queued``, then ``done`` (``document_id``) or ``failed`` (``error``, a problem)."""

    __tablename__ = "document_request"
    __table_args__ = (Index("ix_document_request_office", "office_id", "created_at"),)

    kind: Mapped[str] = mapped_column(String(40))
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"))
    office_path: Mapped[str] = mapped_column(String(512))
    options: Mapped[dict[str, Any]] = mapped_column(JSONB)
    supersedes_id: Mapped[uuid.UUID | None]
    reason: Mapped[str | None] = mapped_column(Text)
    requested_by: Mapped[str] = mapped_column(String(200))
    # Who asked, as the token said (subject, office, roles): the worker issues as them.
    principal: Mapped[dict[str, Any]] = mapped_column(JSONB)
    status: Mapped[str] = mapped_column(String(16))
    document_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("issued_document.id"))
    error: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    finished_at: Mapped[datetime | None]
