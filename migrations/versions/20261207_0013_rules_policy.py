"""A deployment's settings of the rules engine's named policies

Append-only rows: a new value or a reset revokes the previous setting (who, when, why);
the clocks record the policy settings they were computed with.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 02:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "rules_policy",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("value", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("revoked_by", sa.String(length=200), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoke_reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rules_policy")),
    )
    op.create_index(op.f("ix_rules_policy_name"), "rules_policy", ["name"], unique=False)
    # At most one setting in force per policy.
    op.create_index(
        "uq_rules_policy_active_name",
        "rules_policy",
        ["name"],
        unique=True,
        postgresql_where=sa.text("revoked_at IS NULL"),
    )
    op.add_column(
        "deadline",
        sa.Column(
            "policy_overrides",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
    )
    # Existing clocks got {} (every default applied); new ones are always written with a
    # value by the service (bulk intake's COPY skips columns with a server default).
    op.alter_column("deadline", "policy_overrides", server_default=None)


def downgrade() -> None:
    op.drop_column("deadline", "policy_overrides")
    op.drop_index("uq_rules_policy_active_name", table_name="rules_policy")
    op.drop_index(op.f("ix_rules_policy_name"), table_name="rules_policy")
    op.drop_table("rules_policy")
