"""queue: procrastinate's schema (the job queue of the worker); webhook deliveries become
its jobs (the lease column goes: procrastinate owns who runs what); document_request (an
office's document issued off the request by the worker); export_record's queued exports

Pending deliveries at upgrade time are queued as jobs, in order per case.

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-10 07:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql
from sqlalchemy.util import await_only

from bawaslu_api.db import queue

revision: str = "0025"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The deliveries' jobs (webhooks/delivery.py, enqueue): one per pending delivery, locked
# per subscription and case, due at its next attempt.
_QUEUE_PENDING = """
    SELECT procrastinate_defer_jobs_v1(ARRAY(
        SELECT ROW('webhooks', 'webhooks.deliver', 0,
                   'webhook:' || subscription_id || ':' || report_id, NULL,
                   jsonb_build_object('delivery_id', id::text),
                   next_attempt_at)::procrastinate_job_to_defer_v1
          FROM webhook_delivery WHERE status = 'pending'
         ORDER BY event_seq, id))
     WHERE EXISTS (SELECT 1 FROM webhook_delivery WHERE status = 'pending')
"""

_DROP_QUEUE = f"""
    DO $$
    DECLARE r record;
    BEGIN
        FOR r IN SELECT tablename FROM pg_tables
                  WHERE schemaname = current_schema() AND tablename LIKE '{queue.PREFIX}%'
        LOOP EXECUTE format('DROP TABLE %I CASCADE', r.tablename); END LOOP;
        FOR r IN SELECT p.oid::regprocedure AS f FROM pg_proc p
                  JOIN pg_namespace n ON n.oid = p.pronamespace
                  WHERE n.nspname = current_schema() AND p.proname LIKE '{queue.PREFIX}%'
        LOOP EXECUTE format('DROP ROUTINE %s CASCADE', r.f); END LOOP;
        FOR r IN SELECT t.typname FROM pg_type t
                  JOIN pg_namespace n ON n.oid = t.typnamespace
                  WHERE n.nspname = current_schema() AND t.typname LIKE '{queue.PREFIX}%'
                    AND t.typtype IN ('e', 'c')
        LOOP EXECUTE format('DROP TYPE %I CASCADE', r.typname); END LOOP;
    END $$;
"""  # noqa: S608 - a constant prefix, no input


def upgrade() -> None:
    # A script of many statements: asyncpg runs it unprepared, in this transaction.
    driver = op.get_bind().connection.driver_connection
    await_only(driver.execute(queue.schema_sql()))  # type: ignore[union-attr]
    op.execute(_QUEUE_PENDING)
    op.drop_column("webhook_delivery", "lease_until")
    op.create_table(
        "document_request",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("office_path", sa.String(length=512), nullable=False),
        sa.Column("options", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("supersedes_id", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("requested_by", sa.String(length=200), nullable=False),
        sa.Column("principal", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("document_id", sa.Uuid(), nullable=True),
        sa.Column("error", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"], ["issued_document.id"],
            name="fk_document_request_document_id_issued_document",
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name="fk_document_request_office_id_office"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_document_request"),
    )  # fmt: skip
    op.create_index("ix_document_request_office", "document_request", ["office_id", "created_at"])
    for column in (
        sa.Column("status", sa.String(length=16), nullable=True),
        sa.Column("principal", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("storage_key", sa.String(length=200), nullable=True),
        sa.Column("size", sa.BigInteger(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
    ):
        op.add_column("export_record", column)


def downgrade() -> None:
    for name in ("status", "principal", "storage_key", "size", "error"):
        op.drop_column("export_record", name)
    op.drop_table("document_request")
    op.add_column(
        "webhook_delivery",
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
    )
    op.execute(_DROP_QUEUE)
