"""Related cases: links between reports and findings

Revision ID: 0014_links
Revises: 0014_assignments
Create Date: 2026-12-07 02:50:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_links"
down_revision: str | None = "0014_assignments"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "case_link",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("from_report_id", sa.Uuid(), nullable=False),
        sa.Column("to_report_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "duplicate",
                "same_event",
                "joined",
                "preliminary_information",
                name="link_kind",
                native_enum=False,
                create_constraint=True,
                length=31,
            ),
            nullable=False,
        ),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["from_report_id"],
            ["report.id"],
            name=op.f("fk_case_link_from_report_id_report"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["to_report_id"],
            ["report.id"],
            name=op.f("fk_case_link_to_report_id_report"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_link")),
        sa.UniqueConstraint(
            "from_report_id",
            "to_report_id",
            "kind",
            name=op.f("uq_case_link_from_report_id_to_report_id_kind"),
        ),
    )
    op.create_index(
        op.f("ix_case_link_from_report_id"), "case_link", ["from_report_id"], unique=False
    )
    op.create_index("ix_case_link_to_report_id", "case_link", ["to_report_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_case_link_to_report_id", table_name="case_link")
    op.drop_index(op.f("ix_case_link_from_report_id"), table_name="case_link")
    op.drop_table("case_link")
