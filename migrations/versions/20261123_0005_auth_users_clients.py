"""auth: staff users, machine clients, refresh tokens and the auth event log

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 01:56:35.821264+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "auth_event",
        sa.Column(
            "at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=48), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("details", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_auth_event")),
    )
    op.create_index(op.f("ix_auth_event_at"), "auth_event", ["at"], unique=False)
    op.create_index("ix_auth_event_subject_at", "auth_event", ["subject", "at"], unique=False)
    op.create_table(
        "api_client",
        sa.Column("client_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("office_path", sa.String(length=512), nullable=False),
        sa.Column("scopes", postgresql.ARRAY(sa.String(length=32)), nullable=False),
        sa.Column("secret_hash", sa.String(length=64), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_by", sa.String(length=200), nullable=True),
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
        sa.CheckConstraint(
            "scopes <@ ARRAY['reports:read', 'reports:write', 'imports:write', 'kpu:followup',"
            " 'webhooks:manage']::varchar[] AND cardinality(scopes) > 0",
            name=op.f("ck_api_client_scopes"),
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_api_client_office_id_office")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_client")),
        sa.UniqueConstraint("client_id", name=op.f("uq_api_client_client_id")),
    )
    op.create_index(op.f("ix_api_client_office_id"), "api_client", ["office_id"], unique=False)
    op.create_index(
        "ix_api_client_office_path_prefix",
        "api_client",
        ["office_path"],
        unique=False,
        postgresql_ops={"office_path": "text_pattern_ops"},
    )
    op.create_table(
        "staff_user",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("office_path", sa.String(length=512), nullable=False),
        sa.Column("roles", postgresql.ARRAY(sa.String(length=16)), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("password_changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("disabled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("disabled_by", sa.String(length=200), nullable=True),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
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
        sa.CheckConstraint(
            "roles <@ ARRAY['admin', 'handler', 'commissioner', 'viewer']::varchar[]"
            " AND cardinality(roles) > 0",
            name=op.f("ck_staff_user_roles"),
        ),
        sa.CheckConstraint("username = lower(username)", name=op.f("ck_staff_user_username_lower")),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_staff_user_office_id_office")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_user")),
        sa.UniqueConstraint("username", name=op.f("uq_staff_user_username")),
    )
    op.create_index(op.f("ix_staff_user_office_id"), "staff_user", ["office_id"], unique=False)
    op.create_index(
        "ix_staff_user_office_path_prefix",
        "staff_user",
        ["office_path"],
        unique=False,
        postgresql_ops={"office_path": "text_pattern_ops"},
    )
    op.create_table(
        "refresh_token",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("family_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("scope", sa.String(length=200), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_reason", sa.String(length=32), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["staff_user.id"],
            name=op.f("fk_refresh_token_user_id_staff_user"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refresh_token")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_refresh_token_token_hash")),
    )
    op.create_index(
        op.f("ix_refresh_token_family_id"), "refresh_token", ["family_id"], unique=False
    )
    op.create_index(op.f("ix_refresh_token_user_id"), "refresh_token", ["user_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_refresh_token_user_id"), table_name="refresh_token")
    op.drop_index(op.f("ix_refresh_token_family_id"), table_name="refresh_token")
    op.drop_table("refresh_token")
    op.drop_index("ix_staff_user_office_path_prefix", table_name="staff_user")
    op.drop_index(op.f("ix_staff_user_office_id"), table_name="staff_user")
    op.drop_table("staff_user")
    op.drop_index("ix_api_client_office_path_prefix", table_name="api_client")
    op.drop_index(op.f("ix_api_client_office_id"), table_name="api_client")
    op.drop_table("api_client")
    op.drop_index("ix_auth_event_subject_at", table_name="auth_event")
    op.drop_index(op.f("ix_auth_event_at"), table_name="auth_event")
    op.drop_table("auth_event")
