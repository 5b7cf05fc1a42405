"""indexes for scoped, keyset-paginated lists

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-23 02:50:00+00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_report_province_received", "report", ["province_code", "received_at", "id"])
    op.create_index(
        "ix_report_province_status_received",
        "report",
        ["province_code", "status", "received_at", "id"],
    )
    op.create_index("ix_report_status_received", "report", ["status", "received_at", "id"])
    op.create_index(
        "ix_deadline_office_path_prefix",
        "deadline",
        ["office_path"],
        postgresql_ops={"office_path": "text_pattern_ops"},
    )


def downgrade() -> None:
    op.drop_index("ix_deadline_office_path_prefix", table_name="deadline")
    op.drop_index("ix_report_status_received", table_name="report")
    op.drop_index("ix_report_province_status_received", table_name="report")
    op.drop_index("ix_report_province_received", table_name="report")
