"""deadline_rollup: the clocks counted per province (theirs and their case's), election,
month received, rule, status, override and (pending) month due, kept by triggers on deadline
and on report_stat

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-09 11:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_KEY = (
    "deadline_province", "province_code", "election_id", "month", "rule_id", "status",
    "overridden", "due_month",
)  # fmt: skip
_KEYS = ", ".join(_KEY)
# The key of each clock ``d`` of a case ``s`` (its report_stat row), with a ``sign``.
_PROJECTION = (
    "SELECT split_part(d.office_path, '/', 3), s.province_code, s.election_id, "
    "date_trunc('month', s.received_on)::date, d.rule_id, d.status::text, "
    "d.override_reason IS NOT NULL, CASE WHEN d.status = 'pending' "
    "THEN date_trunc('month', d.due_at AT TIME ZONE 'UTC')::date END, SIGN "
    "FROM CLOCKS AS d JOIN CASES AS s ON s.report_id = d.report_id"
)


def _rows(clocks: str, cases: str, sign: str) -> str:
    return _PROJECTION.replace("CLOCKS", clocks).replace("CASES", cases).replace("SIGN", sign)


def _apply(*parts: str) -> str:
    """Add the counts of the keyed rows of ``parts`` (their signs) to deadline_rollup;
    delete the keys that count nothing."""
    rows = " UNION ALL ".join(parts)
    return f"""
        INSERT INTO deadline_rollup AS t ({_KEYS}, n)
        SELECT {_KEYS}, sum(sign) FROM ({rows}) AS k ({_KEYS}, sign)
        GROUP BY {_KEYS} HAVING sum(sign) <> 0 ORDER BY {_KEYS}
        ON CONFLICT ON CONSTRAINT uq_deadline_rollup_key DO UPDATE SET n = t.n + EXCLUDED.n;
        DELETE FROM deadline_rollup WHERE n = 0;
    """  # noqa: S608 - built from the constants above, no input


# A case whose province, election or month changed moves its clocks.
_MOVED = (
    "(SELECT n.* FROM new_rows AS n JOIN old_rows AS o ON o.report_id = n.report_id "
    "WHERE (n.province_code, n.election_id, date_trunc('month', n.received_on)) "
    "IS DISTINCT FROM (o.province_code, o.election_id, date_trunc('month', o.received_on)))"
)
_MOVED_FROM = _MOVED.replace("SELECT n.*", "SELECT o.*")

CLOCK_FUNCTION = f"""
CREATE FUNCTION deadline_rollup_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        {_apply(_rows("new_rows", "report_stat", "1"))}
    ELSIF TG_OP = 'UPDATE' THEN
        {_apply(_rows("new_rows", "report_stat", "1"), _rows("old_rows", "report_stat", "-1"))}
    ELSE
        {_apply(_rows("old_rows", "report_stat", "-1"))}
    END IF;
    RETURN NULL;
END
$$
"""
# A case removed: its clocks are removed by the foreign key's cascade before the case's
# report_stat row, but the triggers on deadline fire after that row is gone. So the clocks
# are taken out here, one case at a time, before the cascade (a deletion is rare).
GONE_FUNCTION = f"""
CREATE FUNCTION deadline_rollup_case_gone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    {_apply(_rows("(SELECT * FROM deadline WHERE report_id = OLD.id)", "report_stat", "-1"))}
    RETURN OLD;
END
$$
"""  # noqa: S608 - built from the constants above, no input
CASE_FUNCTION = f"""
CREATE FUNCTION deadline_rollup_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        {_apply(_rows("deadline", "new_rows", "1"))}
    ELSIF TG_OP = 'UPDATE' THEN
        {_apply(_rows("deadline", _MOVED, "1"), _rows("deadline", _MOVED_FROM, "-1"))}
    ELSE
        {_apply(_rows("deadline", "old_rows", "-1"))}
    END IF;
    RETURN NULL;
END
$$
"""

TRIGGERS = (
    "CREATE TRIGGER deadline_rollup_insert AFTER INSERT ON deadline "
    "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION deadline_rollup_sync()",
    "CREATE TRIGGER deadline_rollup_update AFTER UPDATE ON deadline "
    "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION deadline_rollup_sync()",
    "CREATE TRIGGER deadline_rollup_delete AFTER DELETE ON deadline "
    "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION deadline_rollup_sync()",
    "CREATE TRIGGER deadline_rollup_case_gone BEFORE DELETE ON report "
    "FOR EACH ROW EXECUTE FUNCTION deadline_rollup_case_gone()",
    "CREATE TRIGGER deadline_rollup_case_insert AFTER INSERT ON report_stat "
    "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION deadline_rollup_move()",
    "CREATE TRIGGER deadline_rollup_case_update AFTER UPDATE ON report_stat "
    "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION deadline_rollup_move()",
    "CREATE TRIGGER deadline_rollup_case_delete AFTER DELETE ON report_stat "
    "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION deadline_rollup_move()",
)
_TRIGGERS_ON = {
    "deadline_rollup_insert": "deadline", "deadline_rollup_update": "deadline",
    "deadline_rollup_delete": "deadline", "deadline_rollup_case_gone": "report",
    "deadline_rollup_case_insert": "report_stat",
    "deadline_rollup_case_update": "report_stat", "deadline_rollup_case_delete": "report_stat",
}  # fmt: skip


def upgrade() -> None:
    op.create_table(
        "deadline_rollup",
        sa.Column("deadline_province", sa.String(length=16), nullable=False),
        sa.Column("province_code", sa.String(length=2), nullable=True),
        sa.Column("election_id", sa.Uuid(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("rule_id", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("overridden", sa.Boolean(), nullable=False),
        sa.Column("due_month", sa.Date(), nullable=True),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.UniqueConstraint(
            *_KEY, name="uq_deadline_rollup_key", postgresql_nulls_not_distinct=True
        ),
    )
    op.create_index(
        "ix_deadline_rollup_empty", "deadline_rollup", ["n"], postgresql_where=sa.text("n = 0")
    )
    op.execute(
        f"INSERT INTO deadline_rollup ({_KEYS}, n) SELECT {_KEYS}, sum(sign) "  # noqa: S608
        f"FROM ({_rows('deadline', 'report_stat', '1')}) AS k ({_KEYS}, sign) GROUP BY {_KEYS}"
    )
    op.execute(CLOCK_FUNCTION)
    op.execute(GONE_FUNCTION)
    op.execute(CASE_FUNCTION)
    for trigger in TRIGGERS:
        op.execute(trigger)
    op.execute("ANALYZE deadline_rollup")


def downgrade() -> None:
    for name, table in reversed(_TRIGGERS_ON.items()):
        op.execute(f"DROP TRIGGER {name} ON {table}")
    op.execute("DROP FUNCTION deadline_rollup_move()")
    op.execute("DROP FUNCTION deadline_rollup_case_gone()")
    op.execute("DROP FUNCTION deadline_rollup_sync()")
    op.drop_table("deadline_rollup")
