"""webhooks (subscriptions, outbox, deliveries, attempts), deadline alerts, KPU forwardings
and KPU reference data

Existing forwardings to KPU (in ``report.forwardings``, which stays the record of every
recipient) are copied into ``kpu_forwarding`` as pending, linked to the case's latest
``admin.kpu_followup`` clock.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 02:12:07+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "kpu_party",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("election_slug", sa.String(length=64), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("abbreviation", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column(
            "loaded_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpu_party")),
        sa.UniqueConstraint(
            "election_slug", "number", name=op.f("uq_kpu_party_election_slug_number")
        ),
    )
    op.create_table(
        "kpu_polling_station",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("election_slug", sa.String(length=64), nullable=False),
        sa.Column("village_code", sa.String(length=32), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("voters", sa.Integer(), nullable=True),
        sa.Column(
            "loaded_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpu_polling_station")),
        sa.UniqueConstraint(
            "election_slug",
            "village_code",
            "number",
            name=op.f("uq_kpu_polling_station_election_slug_village_code_number"),
        ),
    )
    op.create_table(
        "webhook_subscription",
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("events", postgresql.ARRAY(sa.String(length=40)), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("office_path", sa.String(length=512), nullable=False),
        sa.Column("secret", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_webhook_subscription_office_id_office")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_webhook_subscription")),
    )
    op.create_index(
        op.f("ix_webhook_subscription_office_path"),
        "webhook_subscription",
        ["office_path"],
        unique=False,
    )
    op.create_table(
        "webhook_event",
        sa.Column("seq", sa.BigInteger(), sa.Identity(always=True), nullable=False),
        sa.Column("type", sa.String(length=40), nullable=False),
        sa.Column("report_id", sa.Uuid(), nullable=False),
        sa.Column("office_path", sa.String(length=512), nullable=False),
        sa.Column("payload", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["report.id"],
            name=op.f("fk_webhook_event_report_id_report"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_webhook_event")),
        sa.UniqueConstraint("seq", name=op.f("uq_webhook_event_seq")),
    )
    op.create_index(
        op.f("ix_webhook_event_report_id"), "webhook_event", ["report_id"], unique=False
    )
    op.create_table(
        "deadline_alert",
        sa.Column("deadline_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "due_soon",
                "missed",
                name="alert_kind",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("emitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["deadline_id"],
            ["deadline.id"],
            name=op.f("fk_deadline_alert_deadline_id_deadline"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("deadline_id", "kind", name=op.f("pk_deadline_alert")),
    )
    op.create_table(
        "kpu_forwarding",
        sa.Column("report_id", sa.Uuid(), nullable=False),
        sa.Column("office_path", sa.String(length=512), nullable=False),
        sa.Column("regime", sa.String(length=16), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=True),
        sa.Column("reference", sa.String(length=200), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "pending",
                "acknowledged",
                "followed_up",
                name="kpu_forwarding_status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("acknowledged_by", sa.String(length=200), nullable=True),
        sa.Column("followup_action", sa.Text(), nullable=True),
        sa.Column("followup_document", sa.String(length=200), nullable=True),
        sa.Column("followed_up_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("followed_up_by", sa.String(length=200), nullable=True),
        sa.Column("deadline_id", sa.Uuid(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["deadline_id"],
            ["deadline.id"],
            name=op.f("fk_kpu_forwarding_deadline_id_deadline"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["report.id"],
            name=op.f("fk_kpu_forwarding_report_id_report"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpu_forwarding")),
    )
    op.create_index(
        "ix_kpu_forwarding_office_path_prefix",
        "kpu_forwarding",
        ["office_path"],
        unique=False,
        postgresql_ops={"office_path": "text_pattern_ops"},
    )
    op.create_index(
        op.f("ix_kpu_forwarding_report_id"), "kpu_forwarding", ["report_id"], unique=False
    )
    op.execute(
        """
        INSERT INTO kpu_forwarding (id, report_id, office_path, regime, category, reference,
                                    sent_at, status, received_at, deadline_id)
        SELECT gen_random_uuid(), r.id, r.office_path, r.regime, r.outcome_category,
               coalesce(f->>'reference', ''), (f->>'sent_at')::timestamptz, 'pending',
               (f->>'received_at')::timestamptz,
               (SELECT d.id FROM deadline d
                 WHERE d.report_id = r.id AND d.rule_id = 'admin.kpu_followup'
                 ORDER BY d.created_at DESC LIMIT 1)
          FROM report r CROSS JOIN LATERAL jsonb_array_elements(r.forwardings) AS f
         WHERE f->>'to' = 'kpu'
        """
    )
    op.create_table(
        "webhook_delivery",
        sa.Column("subscription_id", sa.Uuid(), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("report_id", sa.Uuid(), nullable=False),
        sa.Column("event_seq", sa.BigInteger(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "pending",
                "delivered",
                "failed",
                name="delivery_status",
                native_enum=False,
                create_constraint=True,
                length=17,
            ),
            nullable=False,
        ),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("give_up_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_status_code", sa.Integer(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["webhook_event.id"],
            name=op.f("fk_webhook_delivery_event_id_webhook_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["webhook_subscription.id"],
            name=op.f("fk_webhook_delivery_subscription_id_webhook_subscription"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_webhook_delivery")),
    )
    op.create_index(
        "ix_webhook_delivery_due", "webhook_delivery", ["status", "next_attempt_at"], unique=False
    )
    op.create_index(
        op.f("ix_webhook_delivery_event_id"), "webhook_delivery", ["event_id"], unique=False
    )
    op.create_index(
        "ix_webhook_delivery_order",
        "webhook_delivery",
        ["subscription_id", "report_id", "event_seq"],
        unique=False,
    )
    op.create_table(
        "webhook_attempt",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("delivery_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.Column("worker", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["webhook_delivery.id"],
            name=op.f("fk_webhook_attempt_delivery_id_webhook_delivery"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_webhook_attempt")),
    )
    op.create_index(
        op.f("ix_webhook_attempt_delivery_id"), "webhook_attempt", ["delivery_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_webhook_attempt_delivery_id"), table_name="webhook_attempt")
    op.drop_table("webhook_attempt")
    op.drop_index("ix_webhook_delivery_order", table_name="webhook_delivery")
    op.drop_index(op.f("ix_webhook_delivery_event_id"), table_name="webhook_delivery")
    op.drop_index("ix_webhook_delivery_due", table_name="webhook_delivery")
    op.drop_table("webhook_delivery")
    op.drop_index(op.f("ix_kpu_forwarding_report_id"), table_name="kpu_forwarding")
    op.drop_index(
        "ix_kpu_forwarding_office_path_prefix",
        table_name="kpu_forwarding",
        postgresql_ops={"office_path": "text_pattern_ops"},
    )
    op.drop_table("kpu_forwarding")
    op.drop_table("deadline_alert")
    op.drop_index(op.f("ix_webhook_event_report_id"), table_name="webhook_event")
    op.drop_table("webhook_event")
    op.drop_index(op.f("ix_webhook_subscription_office_path"), table_name="webhook_subscription")
    op.drop_table("webhook_subscription")
    op.drop_table("kpu_polling_station")
    op.drop_table("kpu_party")
