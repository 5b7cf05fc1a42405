"""Links between cases (docs/legal/procedure.md §5)."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column

from bawaslu_api.db.base import Base, UUIDPrimaryKey, str_enum


class LinkKind(enum.StrEnum):
    """How two cases relate."""

    duplicate = "duplicate"
    """The same report filed twice (e.g. at two offices)."""
    same_event = "same_event"
    """Different reports or findings about the same event."""
    joined = "joined"
    """Handled together (penggabungan: no rule found, practice)."""
    preliminary_information = "preliminary_information"
    """A report (e.g. one that failed the filing deadline) used as preliminary information
    (informasi awal) for a finding (docs/legal/procedure.md §5, MED)."""


class CaseLink(UUIDPrimaryKey, Base):
    """A link from one case to another; never edited (a wrong link is revoked)."""

    __tablename__ = "case_link"
    __table_args__ = (
        UniqueConstraint("from_report_id", "to_report_id", "kind"),
        Index("ix_case_link_to_report_id", "to_report_id"),
    )

    from_report_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("report.id", ondelete="CASCADE"), index=True
    )
    to_report_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"))
    kind: Mapped[LinkKind] = mapped_column(str_enum(LinkKind, "link_kind"))
    reason: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
