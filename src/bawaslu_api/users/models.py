"""Staff user accounts: an office, a set of roles, an argon2id password and lockout state."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from bawaslu_api.db.base import Base, Timestamps, UUIDPrimaryKey


class StaffUser(UUIDPrimaryKey, Timestamps, Base):
    """One staff member. Lockout state lives here, not in process memory, so that every API
    process counts the same failures."""

    __tablename__ = "staff_user"
    __table_args__ = (
        Index(
            "ix_staff_user_office_path_prefix",
            "office_path",
            postgresql_ops={"office_path": "text_pattern_ops"},
        ),
        CheckConstraint(
            "roles <@ ARRAY['admin', 'handler', 'commissioner', 'viewer']::varchar[]"
            " AND cardinality(roles) > 0",
            name="roles",
        ),
        CheckConstraint("username = lower(username)", name="username_lower"),
    )

    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), index=True)
    # Copied from the office (offices never move), so subtree queries need no join.
    office_path: Mapped[str] = mapped_column(String(512))
    roles: Mapped[list[str]] = mapped_column(ARRAY(String(16)))
    password_hash: Mapped[str] = mapped_column(String(255))
    password_changed_at: Mapped[datetime]
    failed_logins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]
    last_login_at: Mapped[datetime | None]
    disabled_at: Mapped[datetime | None]
    disabled_by: Mapped[str | None] = mapped_column(String(200))
    created_by: Mapped[str] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}
