"""recent writes per caller, for reads from the replica that must see them

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-10 00:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0026"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # UNLOGGED: read and written on the primary only (db/replica.py); losing it in a crash
    # only lets a caller's next reads go to the replica a moment early.
    op.create_table(
        "recent_write",
        sa.Column("principal", sa.String(length=300), nullable=False),
        sa.Column("lsn", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("principal", name=op.f("pk_recent_write")),
        prefixes=["UNLOGGED"],
    )


def downgrade() -> None:
    op.drop_table("recent_write")
