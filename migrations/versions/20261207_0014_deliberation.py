"""The analysis of a case (kajian dugaan pelanggaran) and its plenary meetings (rapat pleno)

case_analysis: one row per version (draft, final, approved, superseded), at most one
version per case not superseded. case_plenary: the minutes of a plenary meeting, on an
analysis version; never edited.

Revision ID: 0014_deliberation
Revises: 0014_links
Create Date: 2026-12-07 03:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0014_deliberation"
down_revision: str | None = "0014_links"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _enum(name: str, length: int, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=length)


def upgrade() -> None:
    op.create_table(
        "case_analysis",
        sa.Column("report_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            _enum("analysis_status", 18, "draft", "final", "approved", "superseded"),
            nullable=False,
        ),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("parties", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("evidence", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("facts_and_analysis", sa.Text(), nullable=False),
        sa.Column("conclusion", sa.Text(), nullable=False),
        sa.Column("recommendation", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("written_by", sa.String(length=200), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("finalized_by", sa.String(length=200), nullable=True),
        sa.Column("finalized_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("approved_by", sa.String(length=200), nullable=True),
        sa.Column("approved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("supersedes_id", sa.Uuid(), nullable=True),
        sa.Column("superseded_by", sa.String(length=200), nullable=True),
        sa.Column("superseded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("supersede_reason", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["report.id"],
            name=op.f("fk_case_analysis_report_id_report"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["supersedes_id"],
            ["case_analysis.id"],
            name=op.f("fk_case_analysis_supersedes_id_case_analysis"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_analysis")),
    )
    op.create_index(
        "uq_case_analysis_report_id_number", "case_analysis", ["report_id", "number"], unique=True
    )
    # One current (not superseded) analysis per case.
    op.create_index(
        "uq_case_analysis_current",
        "case_analysis",
        ["report_id"],
        unique=True,
        postgresql_where=sa.text("status <> 'superseded'"),
    )
    op.create_table(
        "case_plenary",
        sa.Column("report_id", sa.Uuid(), nullable=False),
        sa.Column("analysis_id", sa.Uuid(), nullable=False),
        sa.Column("held_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("minutes_reference", sa.String(length=200), nullable=False),
        sa.Column("members_in_office", sa.Integer(), nullable=False),
        sa.Column("members", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("quorum_rule", sa.String(length=32), nullable=False),
        sa.Column("quorum_needed", sa.Integer(), nullable=False),
        sa.Column(
            "outcome", _enum("plenary_outcome", 21, "violation", "not_violation"), nullable=False
        ),
        sa.Column(
            "category",
            _enum("plenary_category", 22, "administrative", "ethics", "crime", "other_law"),
            nullable=True,
        ),
        sa.Column("legal_basis", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["analysis_id"],
            ["case_analysis.id"],
            name=op.f("fk_case_plenary_analysis_id_case_analysis"),
        ),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["report.id"],
            name=op.f("fk_case_plenary_report_id_report"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_plenary")),
    )
    op.create_index(
        "ix_case_plenary_report_id_held_at", "case_plenary", ["report_id", "held_at"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_case_plenary_report_id_held_at", table_name="case_plenary")
    op.drop_table("case_plenary")
    op.drop_index("uq_case_analysis_current", table_name="case_analysis")
    op.drop_index("uq_case_analysis_report_id_number", table_name="case_analysis")
    op.drop_table("case_analysis")
