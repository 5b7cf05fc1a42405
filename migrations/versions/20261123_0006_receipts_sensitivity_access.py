"""receipts, sensitivity and the case access log

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 02:10:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("report", sa.Column("receipt_hash", sa.String(length=64), nullable=True))
    op.add_column(
        "report",
        sa.Column("sensitive", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    # The default only fills existing rows; the application always sets the value.
    op.alter_column("report", "sensitive", server_default=None)
    op.create_unique_constraint(op.f("uq_report_receipt_hash"), "report", ["receipt_hash"])
    op.create_table(
        "case_access",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("report_id", sa.Uuid(), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column(
            "at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["report.id"],
            name=op.f("fk_case_access_report_id_report"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_access")),
    )
    op.create_index("ix_case_access_report_id_at", "case_access", ["report_id", "at"])


def downgrade() -> None:
    op.drop_index("ix_case_access_report_id_at", table_name="case_access")
    op.drop_table("case_access")
    op.drop_constraint(op.f("uq_report_receipt_hash"), "report", type_="unique")
    op.drop_column("report", "sensitive")
    op.drop_column("report", "receipt_hash")
