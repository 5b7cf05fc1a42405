"""report_rollup_days and report_rollup_events: the durations and the days of the weekly trend
counted per office / province, election and month, kept by triggers on report_stat

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-09 10:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_MONTH = "date_trunc('month', r.received_on)::date"
# table -> (key columns, the rows of the key per row ``r`` of report_stat with its sign)
_DAYS = (
    "SELECT r.office_id, r.office_path, r.province_code, r.election_id, MONTH, 'WHICH', "
    "r.WHICH_days, r.sign FROM {rows} AS r WHERE r.WHICH_days IS NOT NULL"
)
_EVENTS = (
    "SELECT r.province_code, r.election_id, MONTH, 'EVENT', r.EVENT_on, r.sign "
    "FROM {rows} AS r WHERE r.EVENT_on IS NOT NULL"
)
_ROLLUPS = {
    "report_rollup_days": (
        ("office_id", "office_path", "province_code", "election_id", "month", "which", "days"),
        " UNION ALL ".join(
            _DAYS.replace("MONTH", _MONTH).replace("WHICH", which)
            for which in ("registration", "decision")
        ),
    ),
    "report_rollup_events": (
        ("province_code", "election_id", "month", "event", "day"),
        " UNION ALL ".join(
            _EVENTS.replace("MONTH", _MONTH).replace("EVENT", event)
            for event in ("received", "registered", "decided")
        ),
    ),
}


def _apply(table: str, rows: str) -> str:
    """Add the counts of ``rows`` (report_stat rows with a ``sign``) to ``table``; delete
    the keys that count nothing."""
    key, projection = _ROLLUPS[table]
    keys = ", ".join(key)
    return f"""
        INSERT INTO {table} AS t ({keys}, n)
        SELECT {keys}, sum(sign) FROM ({projection.format(rows=rows)}) AS d ({keys}, sign)
        GROUP BY {keys} HAVING sum(sign) <> 0 ORDER BY {keys}
        ON CONFLICT ON CONSTRAINT uq_{table}_key DO UPDATE SET n = t.n + EXCLUDED.n;
        DELETE FROM {table} WHERE n = 0;
    """  # noqa: S608 - built from the constants above, no input


_INSERTED = "(SELECT *, 1 AS sign FROM new_rows)"
_UPDATED = "(SELECT *, 1 AS sign FROM new_rows UNION ALL SELECT *, -1 FROM old_rows)"
_DELETED = "(SELECT *, -1 AS sign FROM old_rows)"

SYNC_FUNCTION = f"""
CREATE FUNCTION report_rollup_days_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        {"".join(_apply(t, _INSERTED) for t in _ROLLUPS)}
    ELSIF TG_OP = 'UPDATE' THEN
        {"".join(_apply(t, _UPDATED) for t in _ROLLUPS)}
    ELSE
        {"".join(_apply(t, _DELETED) for t in _ROLLUPS)}
    END IF;
    RETURN NULL;
END
$$
"""

TRIGGERS = (
    "CREATE TRIGGER report_rollup_days_insert AFTER INSERT ON report_stat "
    "REFERENCING NEW TABLE AS new_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION report_rollup_days_sync()",
    "CREATE TRIGGER report_rollup_days_update AFTER UPDATE ON report_stat "
    "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION report_rollup_days_sync()",
    "CREATE TRIGGER report_rollup_days_delete AFTER DELETE ON report_stat "
    "REFERENCING OLD TABLE AS old_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION report_rollup_days_sync()",
)


def upgrade() -> None:
    op.create_table(
        "report_rollup_days",
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("office_path", sa.String(length=512), nullable=False),
        sa.Column("province_code", sa.String(length=2), nullable=True),
        sa.Column("election_id", sa.Uuid(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("which", sa.String(length=12), nullable=False),
        sa.Column("days", sa.SmallInteger(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.UniqueConstraint(
            *_ROLLUPS["report_rollup_days"][0],
            name="uq_report_rollup_days_key",
            postgresql_nulls_not_distinct=True,
        ),
    )
    op.create_table(
        "report_rollup_events",
        sa.Column("province_code", sa.String(length=2), nullable=True),
        sa.Column("election_id", sa.Uuid(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("event", sa.String(length=10), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.UniqueConstraint(
            *_ROLLUPS["report_rollup_events"][0],
            name="uq_report_rollup_events_key",
            postgresql_nulls_not_distinct=True,
        ),
    )
    for table in _ROLLUPS:
        op.create_index(f"ix_{table}_empty", table, ["n"], postgresql_where=sa.text("n = 0"))
        key, projection = _ROLLUPS[table]
        keys = ", ".join(key)
        op.execute(
            f"INSERT INTO {table} ({keys}, n) SELECT {keys}, sum(sign) "  # noqa: S608
            f"FROM ({projection.format(rows='(SELECT *, 1 AS sign FROM report_stat)')}) "
            f"AS d ({keys}, sign) GROUP BY {keys}"
        )
    op.execute(SYNC_FUNCTION)
    for trigger in TRIGGERS:
        op.execute(trigger)
    for table in _ROLLUPS:
        op.execute(f"ANALYZE {table}")


def downgrade() -> None:
    for name in ("delete", "update", "insert"):
        op.execute(f"DROP TRIGGER report_rollup_days_{name} ON report_stat")
    op.execute("DROP FUNCTION report_rollup_days_sync()")
    for table in reversed(list(_ROLLUPS)):
        op.drop_table(table)
