"""Persons in a case (witnesses and experts) and clarification (klarifikasi)

Witnesses and experts of a case with their contact data (personal data, masked in every
response); clarification sessions with, per invited person, the invitation (Form B.9) and
its receipt, attendance, oath (B.10/B.11) and minutes (B.12). Intake's witnesses
(report_identity.witnesses) stay where they are: a person added from one records its
position (intake_witness).

Revision ID: 0014_clarify
Revises: 0014_gakkumdu
Create Date: 2026-12-07 03:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0014_clarify"
down_revision: str | None = "0014_gakkumdu"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "case_person",
        sa.Column("report_id", sa.Uuid(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "witness",
                "expert",
                name="case_person_role",
                native_enum=False,
                create_constraint=True,
                length=15,
            ),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("expertise", sa.Text(), nullable=False),
        sa.Column("intake_witness", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["report.id"],
            name=op.f("fk_case_person_report_id_report"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_person")),
        sa.UniqueConstraint(
            "report_id", "intake_witness", name=op.f("uq_case_person_report_id_intake_witness")
        ),
    )
    op.create_index(op.f("ix_case_person_report_id"), "case_person", ["report_id"], unique=False)
    op.create_table(
        "clarification_session",
        sa.Column("report_id", sa.Uuid(), nullable=False),
        sa.Column("scheduled_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "mode",
            sa.Enum(
                "in_person",
                "online",
                name="clarification_mode",
                native_enum=False,
                create_constraint=True,
                length=17,
            ),
            nullable=False,
        ),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column(
            "online_ground",
            sa.Enum(
                "geography",
                "security",
                "facilities",
                "disaster",
                name="clarification_online_ground",
                native_enum=False,
                create_constraint=True,
                length=18,
            ),
            nullable=True,
        ),
        sa.Column("online_justification", sa.Text(), nullable=False),
        sa.Column("recorded", sa.Boolean(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "scheduled",
                "held",
                "cancelled",
                name="clarification_status",
                native_enum=False,
                create_constraint=True,
                length=17,
            ),
            nullable=False,
        ),
        sa.Column("held_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("scheduled_by", sa.String(length=200), nullable=False),
        sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cancel_reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["report.id"],
            name=op.f("fk_clarification_session_report_id_report"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clarification_session")),
    )
    op.create_index(
        op.f("ix_clarification_session_report_id"),
        "clarification_session",
        ["report_id"],
        unique=False,
    )
    op.create_table(
        "clarification_invitee",
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("report_id", sa.Uuid(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "reporter",
                "reported_party",
                "witness",
                "expert",
                name="clarification_invitee_role",
                native_enum=False,
                create_constraint=True,
                length=22,
            ),
            nullable=False,
        ),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("party_index", sa.Integer(), nullable=True),
        sa.Column("subject", sa.String(length=80), nullable=False),
        sa.Column("attempt_no", sa.Integer(), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "in_person",
                "sigaplapor",
                "telecommunication",
                name="clarification_channel",
                native_enum=False,
                create_constraint=True,
                length=25,
            ),
            nullable=False,
        ),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("received_by", sa.String(length=200), nullable=True),
        sa.Column("receipt_evidence_id", sa.Uuid(), nullable=True),
        sa.Column(
            "attendance",
            sa.Enum(
                "attended",
                "absent",
                name="clarification_attendance",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=True,
        ),
        sa.Column(
            "oath",
            sa.Enum(
                "taken",
                "refused",
                name="clarification_oath",
                native_enum=False,
                create_constraint=True,
                length=15,
            ),
            nullable=True,
        ),
        sa.Column("oath_form", sa.String(length=16), nullable=True),
        sa.Column("minutes", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("minutes_evidence_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["minutes_evidence_id"],
            ["evidence_item.id"],
            name=op.f("fk_clarification_invitee_minutes_evidence_id_evidence_item"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["case_person.id"],
            name=op.f("fk_clarification_invitee_person_id_case_person"),
        ),
        sa.ForeignKeyConstraint(
            ["receipt_evidence_id"],
            ["evidence_item.id"],
            name=op.f("fk_clarification_invitee_receipt_evidence_id_evidence_item"),
        ),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["report.id"],
            name=op.f("fk_clarification_invitee_report_id_report"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["clarification_session.id"],
            name=op.f("fk_clarification_invitee_session_id_clarification_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clarification_invitee")),
    )
    op.create_index(
        "ix_clarification_invitee_report_subject",
        "clarification_invitee",
        ["report_id", "subject"],
        unique=False,
    )
    op.create_index(
        op.f("ix_clarification_invitee_session_id"),
        "clarification_invitee",
        ["session_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_clarification_invitee_session_id"), table_name="clarification_invitee")
    op.drop_index("ix_clarification_invitee_report_subject", table_name="clarification_invitee")
    op.drop_table("clarification_invitee")
    op.drop_index(op.f("ix_clarification_session_report_id"), table_name="clarification_session")
    op.drop_table("clarification_session")
    op.drop_index(op.f("ix_case_person_report_id"), table_name="case_person")
    op.drop_table("case_person")
