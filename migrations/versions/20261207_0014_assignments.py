"""Assignments: who works a case (handler, team, clarifier) from when until when

One row per officer and role on a case; releasing closes the row (``released_at``).
Partial unique indexes: one active assignment per officer and case, one active handler
per case.

Revision ID: 0014_assignments
Revises: 0013
Create Date: 2026-12-07 03:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_assignments"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "case_assignment",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("report_id", sa.Uuid(), nullable=False),
        sa.Column("officer", sa.String(length=64), nullable=False),
        sa.Column("officer_office_path", sa.String(length=512), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "handler",
                "team",
                "clarifier",
                name="assignment_role",
                native_enum=False,
                create_constraint=True,
                length=17,
            ),
            nullable=False,
        ),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("assigned_by", sa.String(length=200), nullable=False),
        sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("released_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("released_by", sa.String(length=200), nullable=True),
        sa.Column("release_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["report.id"],
            name=op.f("fk_case_assignment_report_id_report"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_assignment")),
    )
    op.create_index(
        op.f("ix_case_assignment_report_id"), "case_assignment", ["report_id"], unique=False
    )
    op.create_index(
        "uq_case_assignment_active_officer",
        "case_assignment",
        ["report_id", "officer"],
        unique=True,
        postgresql_where=sa.text("released_at IS NULL"),
    )
    op.create_index(
        "uq_case_assignment_active_handler",
        "case_assignment",
        ["report_id"],
        unique=True,
        postgresql_where=sa.text("released_at IS NULL AND role = 'handler'"),
    )
    op.create_index(
        "ix_case_assignment_officer_active",
        "case_assignment",
        ["officer", "report_id"],
        unique=False,
        postgresql_where=sa.text("released_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index(
        "ix_case_assignment_officer_active",
        table_name="case_assignment",
        postgresql_where=sa.text("released_at IS NULL"),
    )
    op.drop_index(
        "uq_case_assignment_active_handler",
        table_name="case_assignment",
        postgresql_where=sa.text("released_at IS NULL AND role = 'handler'"),
    )
    op.drop_index(
        "uq_case_assignment_active_officer",
        table_name="case_assignment",
        postgresql_where=sa.text("released_at IS NULL"),
    )
    op.drop_index(op.f("ix_case_assignment_report_id"), table_name="case_assignment")
    op.drop_table("case_assignment")
