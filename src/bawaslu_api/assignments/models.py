"""Who works a case: its handling officer, its team and the clarifiers assigned to it.

One row per assignment of one officer in one role; releasing it (or reassigning the
handler) closes the row (``released_at``), never deletes it, so the history stays in the
table as well as on the case's timeline. An assignment is *active* while it is not
released and the case is open (:data:`bawaslu_api.assignments.repository.OPEN_STATUSES`).
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from bawaslu_api.db.base import Base, UUIDPrimaryKey, str_enum


class AssignmentRole(enum.StrEnum):
    """The roles of bawaslu_rules.assignment (Perbawaslu 7/2022 Art. 28(4))."""

    handler = "handler"  # the handling officer: one per case
    team = "team"  # officers helping the handler
    clarifier = "clarifier"  # carries out the clarification; may come from a lower office


class CaseAssignment(UUIDPrimaryKey, Base):
    """One officer in one role on one case, from ``assigned_at`` until ``released_at``."""

    __tablename__ = "case_assignment"
    __table_args__ = (
        # One active assignment per officer and case; one active handler per case.
        Index(
            "uq_case_assignment_active_officer",
            "report_id",
            "officer",
            unique=True,
            postgresql_where=text("released_at IS NULL"),
        ),
        Index(
            "uq_case_assignment_active_handler",
            "report_id",
            unique=True,
            postgresql_where=text("released_at IS NULL AND role = 'handler'"),
        ),
        # "My cases" and the grant of a clarifier's read: an officer's active assignments.
        Index(
            "ix_case_assignment_officer_active",
            "officer",
            "report_id",
            postgresql_where=text("released_at IS NULL"),
        ),
    )

    report_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("report.id", ondelete="CASCADE"), index=True
    )
    officer: Mapped[str] = mapped_column(String(64))
    """The staff user's username: the ``sub`` of the tokens they sign in with."""
    officer_office_path: Mapped[str] = mapped_column(String(512))
    """The officer's office when assigned (offices never move), for the workload view."""
    role: Mapped[AssignmentRole] = mapped_column(str_enum(AssignmentRole, "assignment_role"))
    reason: Mapped[str] = mapped_column(Text)
    assigned_by: Mapped[str] = mapped_column(String(200))
    assigned_at: Mapped[datetime]
    released_at: Mapped[datetime | None]
    released_by: Mapped[str | None] = mapped_column(String(200))
    release_reason: Mapped[str | None] = mapped_column(Text)
