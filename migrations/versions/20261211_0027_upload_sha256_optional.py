"""tus uploads: the announced SHA-256 of an upload session is optional

A tus client announces only the length; the server computes the SHA-256 while it joins the
parts (docs/evidence.md). A session that was given one is still checked against it.

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-11 00:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0027"
down_revision: str | None = "0026"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.alter_column("evidence_upload", "sha256", existing_type=sa.String(length=64), nullable=True)


def downgrade() -> None:
    # Sessions without an announced SHA-256 cannot be kept open under the old rule.
    op.execute(
        "UPDATE evidence_upload SET status = 'failed' WHERE sha256 IS NULL AND status = 'open'"
    )
    op.execute("UPDATE evidence_upload SET sha256 = repeat('0', 64) WHERE sha256 IS NULL")
    op.alter_column("evidence_upload", "sha256", existing_type=sa.String(length=64), nullable=False)
