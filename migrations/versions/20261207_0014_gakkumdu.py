"""Sentra Gakkumdu: the discussions of an alleged election crime, the dossier checklist
handed to the police (Perbawaslu 3/2023 Art. 27) and the police report and its receipt;
administrative hearings: the examining panel and the sessions with their minutes and
transcript (Perbawaslu 8/2022)

Revision ID: 0014_gakkumdu
Revises: 0014_deliberation
Create Date: 2026-12-07 03:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0014_gakkumdu"
down_revision: str | None = "0014_deliberation"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "gakkumdu_discussion",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("report_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("held_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("participants", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("conclusion", sa.String(length=40), nullable=False),
        sa.Column("articles", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("minutes_evidence_id", sa.Uuid(), nullable=True),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column(
            "recorded_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["report.id"],
            name=op.f("fk_gakkumdu_discussion_report_id_report"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gakkumdu_discussion")),
        sa.UniqueConstraint(
            "report_id", "number", name=op.f("uq_gakkumdu_discussion_report_id_number")
        ),
    )
    op.create_index(
        op.f("ix_gakkumdu_discussion_report_id"),
        "gakkumdu_discussion",
        ["report_id"],
        unique=False,
    )
    op.create_table(
        "gakkumdu_dossier_item",
        sa.Column("report_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("evidence_id", sa.Uuid(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("ticked_by", sa.String(length=200), nullable=False),
        sa.Column("ticked_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["report.id"],
            name=op.f("fk_gakkumdu_dossier_item_report_id_report"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("report_id", "code", name=op.f("pk_gakkumdu_dossier_item")),
    )
    op.create_table(
        "gakkumdu_police_report",
        sa.Column("report_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.String(length=120), nullable=False),
        sa.Column("received_by", sa.String(length=200), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("complainant", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column(
            "recorded_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["report.id"],
            name=op.f("fk_gakkumdu_police_report_report_id_report"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("report_id", name=op.f("pk_gakkumdu_police_report")),
    )

    op.create_table(
        "hearing_panel",
        sa.Column("report_id", sa.Uuid(), nullable=False),
        sa.Column("chair", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("members", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("secretary", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("clerk", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("assistants", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("formed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column(
            "recorded_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["report.id"],
            name=op.f("fk_hearing_panel_report_id_report"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("report_id", name=op.f("pk_hearing_panel")),
    )
    op.create_table(
        "hearing_session",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("report_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("agenda", sa.String(length=40), nullable=False),
        sa.Column("held_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("public", sa.Boolean(), nullable=False),
        sa.Column("reporter_present", sa.Boolean(), nullable=False),
        sa.Column("reported_present", sa.Boolean(), nullable=False),
        sa.Column("witnesses_heard", sa.Integer(), nullable=False),
        sa.Column("experts_heard", sa.Integer(), nullable=False),
        sa.Column("adjourned", sa.Boolean(), nullable=False),
        sa.Column("adjournment", sa.Text(), nullable=False),
        sa.Column("minutes", sa.Text(), nullable=False),
        sa.Column("minutes_evidence_id", sa.Uuid(), nullable=True),
        sa.Column("transcript", sa.Text(), nullable=False),
        sa.Column("transcript_evidence_id", sa.Uuid(), nullable=True),
        sa.Column("preliminary", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("final", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("late", sa.Boolean(), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column(
            "recorded_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["report.id"],
            name=op.f("fk_hearing_session_report_id_report"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hearing_session")),
        sa.UniqueConstraint(
            "report_id", "number", name=op.f("uq_hearing_session_report_id_number")
        ),
    )
    op.create_index(
        op.f("ix_hearing_session_report_id"), "hearing_session", ["report_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_hearing_session_report_id"), table_name="hearing_session")
    op.drop_table("hearing_session")
    op.drop_table("hearing_panel")
    op.drop_table("gakkumdu_police_report")
    op.drop_table("gakkumdu_dossier_item")
    op.drop_index(op.f("ix_gakkumdu_discussion_report_id"), table_name="gakkumdu_discussion")
    op.drop_table("gakkumdu_discussion")
