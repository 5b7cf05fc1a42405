"""KPU candidates (reference data loaded from CSV)

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-23 02:45:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "kpu_candidate",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("election_slug", sa.String(length=64), nullable=False),
        sa.Column("district", sa.String(length=64), nullable=False),
        sa.Column("party_number", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("gender", sa.String(length=1), nullable=True),
        sa.Column(
            "loaded_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpu_candidate")),
        sa.UniqueConstraint(
            "election_slug",
            "district",
            "party_number",
            "number",
            name=op.f("uq_kpu_candidate_election_slug_district_party_number_number"),
        ),
    )


def downgrade() -> None:
    op.drop_table("kpu_candidate")
