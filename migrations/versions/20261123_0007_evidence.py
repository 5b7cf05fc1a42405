"""evidence items, their chain of custody (append-only) and resumable upload sessions

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 02:07:33+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPEND_ONLY_FUNCTION = """
CREATE FUNCTION evidence_custody_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'evidence_custody is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$
"""


def upgrade() -> None:
    op.create_table(
        "evidence_item",
        sa.Column("report_id", sa.Uuid(), nullable=False),
        sa.Column(
            "form",
            sa.Enum(
                "digital",
                "physical",
                name="evidence_form",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column(
            "category",
            sa.Enum(
                "photo",
                "video",
                "audio",
                "document",
                "object",
                "storage_media",
                name="evidence_category",
                native_enum=False,
                create_constraint=True,
                length=21,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "active",
                "superseded",
                "withdrawn",
                name="evidence_status",
                native_enum=False,
                create_constraint=True,
                length=18,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "provided_by",
            sa.Enum(
                "reporter",
                "office",
                name="evidence_provided_by",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column(
            "channel",
            sa.Enum(
                "walk_in",
                "online",
                "mobile",
                "mail",
                "field",
                "import",
                name="evidence_channel",
                native_enum=False,
                create_constraint=True,
                length=15,
            ),
            nullable=False,
        ),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column(
            "recorded_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("filename", sa.String(length=255), nullable=True),
        sa.Column("declared_type", sa.String(length=127), nullable=True),
        sa.Column("content_type", sa.String(length=127), nullable=True),
        sa.Column("size", sa.BigInteger(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("storage_key", sa.String(length=300), nullable=True),
        sa.Column(
            "scan_status",
            sa.Enum(
                "not_scanned",
                "clean",
                "infected",
                "error",
                name="evidence_scan_status",
                native_enum=False,
                create_constraint=True,
                length=19,
            ),
            nullable=False,
        ),
        sa.Column("scan_detail", sa.String(length=200), nullable=True),
        sa.Column("corrupted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("receipt", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("digitises_id", sa.Uuid(), nullable=True),
        sa.Column("superseded_by_id", sa.Uuid(), nullable=True),
        sa.Column("status_reason", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["digitises_id"],
            ["evidence_item.id"],
            name=op.f("fk_evidence_item_digitises_id_evidence_item"),
        ),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["report.id"],
            name=op.f("fk_evidence_item_report_id_report"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["superseded_by_id"],
            ["evidence_item.id"],
            name=op.f("fk_evidence_item_superseded_by_id_evidence_item"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_item")),
    )
    op.create_index(
        op.f("ix_evidence_item_digitises_id"), "evidence_item", ["digitises_id"], unique=False
    )
    op.create_index(
        "ix_evidence_item_report_id_id", "evidence_item", ["report_id", "id"], unique=False
    )
    op.create_index(op.f("ix_evidence_item_sha256"), "evidence_item", ["sha256"], unique=False)
    op.create_index(
        op.f("ix_evidence_item_storage_key"), "evidence_item", ["storage_key"], unique=False
    )
    op.create_table(
        "evidence_custody",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("evidence_id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("client_address", sa.String(length=64), nullable=False),
        sa.Column("user_agent", sa.String(length=300), nullable=False),
        sa.Column("details", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("case_seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["evidence_id"],
            ["evidence_item.id"],
            name=op.f("fk_evidence_custody_evidence_id_evidence_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_custody")),
    )
    op.create_index(
        "ix_evidence_custody_evidence_id_id",
        "evidence_custody",
        ["evidence_id", "id"],
        unique=False,
    )
    # Custody is append-only: no UPDATE, and no DELETE except the cascade from a case that
    # is removed as a whole (pg_trigger_depth() > 1: fired by the foreign key's action).
    op.execute(APPEND_ONLY_FUNCTION)
    op.execute(
        "CREATE TRIGGER evidence_custody_append_only BEFORE UPDATE OR DELETE "
        "ON evidence_custody FOR EACH ROW EXECUTE FUNCTION evidence_custody_append_only()"
    )
    op.create_table(
        "evidence_upload",
        sa.Column("report_id", sa.Uuid(), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("received", sa.BigInteger(), nullable=False),
        sa.Column("parts", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "completed",
                "cancelled",
                "failed",
                "expired",
                name="evidence_upload_status",
                native_enum=False,
                create_constraint=True,
                length=17,
            ),
            nullable=False,
        ),
        sa.Column("meta", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("evidence_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["evidence_id"],
            ["evidence_item.id"],
            name=op.f("fk_evidence_upload_evidence_id_evidence_item"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["report.id"],
            name=op.f("fk_evidence_upload_report_id_report"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_upload")),
    )
    op.create_index(
        op.f("ix_evidence_upload_report_id"), "evidence_upload", ["report_id"], unique=False
    )
    op.create_index(
        "ix_evidence_upload_status_expires_at",
        "evidence_upload",
        ["status", "expires_at"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_evidence_upload_status_expires_at", table_name="evidence_upload")
    op.drop_index(op.f("ix_evidence_upload_report_id"), table_name="evidence_upload")
    op.drop_table("evidence_upload")
    op.execute("DROP TRIGGER evidence_custody_append_only ON evidence_custody")
    op.execute("DROP FUNCTION evidence_custody_append_only()")
    op.drop_index("ix_evidence_custody_evidence_id_id", table_name="evidence_custody")
    op.drop_table("evidence_custody")
    op.drop_index(op.f("ix_evidence_item_storage_key"), table_name="evidence_item")
    op.drop_index(op.f("ix_evidence_item_sha256"), table_name="evidence_item")
    op.drop_index("ix_evidence_item_report_id_id", table_name="evidence_item")
    op.drop_index(op.f("ix_evidence_item_digitises_id"), table_name="evidence_item")
    op.drop_table("evidence_item")
