"""report_stat: the narrow copy of each case the statistics read, kept by triggers on report

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-08 09:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The row of report_stat for each row of a relation ``r`` of reports (``report`` itself for
# the backfill, the statement's transition table in the trigger).
_PROJECTION = """
    SELECT r.id, r.office_id, r.office_path, r.province_code, r.election_id, r.received_on,
        r.kind, r.status, r.outcome, r.outcome_category, r.channel, r.stage, r.subjects,
        r.registration_days, r.decision_days,
        (r.registered_at AT TIME ZONE o.timezone)::date,
        ((r.decision ->> 'at')::timestamptz AT TIME ZONE o.timezone)::date,
        ARRAY(SELECT DISTINCT f ->> 'to' FROM jsonb_array_elements(r.forwardings) AS f
              WHERE f ->> 'to' IS NOT NULL ORDER BY 1)
    FROM {source} AS r JOIN office AS o ON o.id = r.office_id
"""
_COLUMNS = (
    "report_id, office_id, office_path, province_code, election_id, received_on, kind, "
    "status, outcome, category, channel, stage, subjects, registration_days, decision_days, "
    "registered_on, decided_on, forwarded_to"
)
_UPDATED = [c.strip() for c in _COLUMNS.split(",")][1:]

SYNC_FUNCTION = f"""
CREATE FUNCTION report_stat_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM report_stat AS s USING old_rows AS o WHERE s.report_id = o.id;
    ELSE
        INSERT INTO report_stat ({_COLUMNS})
        {_PROJECTION.format(source="new_rows")}
        ON CONFLICT (report_id) DO UPDATE SET
            {", ".join(f"{c} = EXCLUDED.{c}" for c in _UPDATED)}
        WHERE ({", ".join(f"report_stat.{c}" for c in _UPDATED)})
            IS DISTINCT FROM ({", ".join(f"EXCLUDED.{c}" for c in _UPDATED)});
    END IF;
    RETURN NULL;
END
$$
"""  # noqa: S608 - built from the constants above, no input

TRIGGERS = (
    "CREATE TRIGGER report_stat_insert AFTER INSERT ON report "
    "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_stat_sync()",
    "CREATE TRIGGER report_stat_update AFTER UPDATE ON report "
    "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_stat_sync()",
    "CREATE TRIGGER report_stat_delete AFTER DELETE ON report "
    "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_stat_sync()",
)


def upgrade() -> None:
    op.create_table(
        "report_stat",
        sa.Column("report_id", sa.Uuid(), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("office_path", sa.String(length=512), nullable=False),
        sa.Column("province_code", sa.String(length=2), nullable=True),
        sa.Column("election_id", sa.Uuid(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=15), nullable=False),
        sa.Column("status", sa.String(length=28), nullable=False),
        sa.Column("outcome", sa.String(length=21), nullable=True),
        sa.Column("category", sa.String(length=22), nullable=True),
        sa.Column("channel", sa.String(length=15), nullable=False),
        sa.Column("stage", sa.String(length=32), nullable=True),
        sa.Column("subjects", postgresql.ARRAY(sa.String(length=40)), nullable=False),
        sa.Column("registration_days", sa.SmallInteger(), nullable=True),
        sa.Column("decision_days", sa.SmallInteger(), nullable=True),
        sa.Column("registered_on", sa.Date(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("forwarded_to", postgresql.ARRAY(sa.String(length=16)), nullable=False),
        sa.PrimaryKeyConstraint("report_id", name=op.f("pk_report_stat")),
    )
    op.execute(f"INSERT INTO report_stat ({_COLUMNS}) {_PROJECTION.format(source='report')}")
    op.create_index(
        "ix_report_stat_office_path_prefix",
        "report_stat",
        ["office_path"],
        postgresql_ops={"office_path": "text_pattern_ops"},
    )
    op.create_index("ix_report_stat_province_code", "report_stat", ["province_code"])
    op.create_index("ix_report_stat_received_on", "report_stat", ["received_on"])
    op.execute(SYNC_FUNCTION)
    for trigger in TRIGGERS:
        op.execute(trigger)
    op.execute("ANALYZE report_stat")


def downgrade() -> None:
    for name in ("report_stat_delete", "report_stat_update", "report_stat_insert"):
        op.execute(f"DROP TRIGGER {name} ON report")
    op.execute("DROP FUNCTION report_stat_sync()")
    op.drop_table("report_stat")
