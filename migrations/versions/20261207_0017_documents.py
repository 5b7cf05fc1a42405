"""Issued documents, offices' letterheads; form corrections keyed by document kind

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 04:30:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The forms' codes as 0016 keyed them -> the document kinds that key them now.
_KIND_OF_CODE = {
    ("pemilu", "B.1"): "report_form",
    ("pemilu", "B.9"): "invitation",
    ("pemilu", "B.10"): "oath_minutes",
    ("pemilu", "B.11"): "expert_oath_minutes",
    ("pemilu", "B.12"): "clarification_minutes",
    ("pemilihan", "A.1"): "report_form",
    ("pemilihan", "A.2"): "finding_form",
    ("pemilihan", "A.13"): "forward_dkpp",
    ("pemilu", "ADM.BA-SP"): "hearing_minutes",
    ("pemilu", "ADM.RISALAH"): "hearing_transcript",
}


def upgrade() -> None:
    op.alter_column("form_correction", "code", new_column_name="kind", type_=sa.String(length=40))
    for (regime, code), kind in _KIND_OF_CODE.items():
        op.execute(
            sa.text(
                "UPDATE form_correction SET kind = :kind WHERE regime = :regime AND kind = :code"
            ).bindparams(kind=kind, regime=regime, code=code)
        )
    op.alter_column("register_counter", "kind", type_=sa.String(length=40))
    op.create_table(
        "office_letterhead",
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("phone", sa.String(length=64), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("website", sa.String(length=200), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("chair_name", sa.String(length=200), nullable=False),
        sa.Column("chair_title", sa.String(length=200), nullable=False),
        sa.Column("logo_sha256", sa.String(length=64), nullable=True),
        sa.Column("logo_type", sa.String(length=40), nullable=True),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_office_letterhead_office_id_office")
        ),
        sa.PrimaryKeyConstraint("office_id", name=op.f("pk_office_letterhead")),
    )
    op.create_table(
        "issued_document",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("report_id", sa.Uuid(), nullable=True),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("office_path", sa.String(length=512), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("regime", sa.String(length=16), nullable=False),
        sa.Column("form_code", sa.String(length=32), nullable=False),
        sa.Column("form_verified", sa.Boolean(), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=120), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("data_class", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("template", sa.String(length=80), nullable=False),
        sa.Column("template_sha256", sa.String(length=64), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("storage_key", sa.String(length=200), nullable=False),
        sa.Column("renditions", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("facts", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("issued_by", sa.String(length=200), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("supersedes_id", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("superseded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("signed_scan_id", sa.Uuid(), nullable=True),
        sa.Column("signed_scan_by", sa.String(length=200), nullable=True),
        sa.Column("signed_scan_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["report_id"], ["report.id"], name=op.f("fk_issued_document_report_id_report"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_issued_document_office_id_office")
        ),
        sa.ForeignKeyConstraint(
            ["supersedes_id"], ["issued_document.id"],
            name=op.f("fk_issued_document_supersedes_id_issued_document"),
        ),
        sa.ForeignKeyConstraint(
            ["signed_scan_id"], ["evidence_item.id"],
            name=op.f("fk_issued_document_signed_scan_id_evidence_item"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_document")),
    )  # fmt: skip
    op.create_index("ix_issued_document_report", "issued_document", ["report_id", "issued_at"])
    op.create_index(
        "ix_issued_document_office_kind", "issued_document", ["office_id", "kind", "issued_at"]
    )
    op.create_index(
        "uq_issued_document_number", "issued_document", ["office_id", "number"], unique=True
    )
    op.create_index(
        "uq_issued_document_supersedes",
        "issued_document",
        ["supersedes_id"],
        unique=True,
        postgresql_where=sa.text("supersedes_id IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_table("issued_document")
    op.drop_table("office_letterhead")
    op.alter_column("register_counter", "kind", type_=sa.String(length=16))
    for (regime, code), kind in _KIND_OF_CODE.items():
        op.execute(
            sa.text(
                "UPDATE form_correction SET kind = :code WHERE regime = :regime AND kind = :kind"
            ).bindparams(kind=kind, regime=regime, code=code)
        )
    op.alter_column("form_correction", "kind", new_column_name="code", type_=sa.String(length=32))
