"""report_rollup: the cases of report_stat counted per office, election, month, kind, stage

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-09 09:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The values counted per dimension at this revision (stats/models.py ROLLUP_DOMAINS).
_DOMAINS = {
    "stage": ("voter_list", "candidacy", "campaign", "logistics", "quiet_period",
              "voting_counting", "recapitulation", "unclassified"),
    "status": ("received", "completion_requested", "registered", "not_registered",
               "withdrawn", "decided", "forwarded"),
    "outcome": ("violation", "not_violation"),
    "category": ("administrative", "ethics", "crime", "other_law"),
    "channel": ("walk_in", "online", "mobile", "import"),
    "kind": ("report", "finding"),
    "subject": ("money_politics", "neutrality_asn", "neutrality_tni_polri",
                "neutrality_village", "campaign_schedule", "campaign_place", "campaign_props",
                "campaign_content", "campaign_finance", "voter_data", "candidacy", "logistics",
                "voting_counting", "recapitulation", "official_ethics", "other",
                "unclassified"),
    "forwarded_to": ("kpu", "dkpp", "police", "agency"),
}  # fmt: skip
_KEY = ("office_id", "office_path", "province_code", "election_id", "month", "kind", "stage")


def _condition(dimension: str, value: str) -> str:
    """When a row ``r`` of report_stat counts in the column of ``value``."""
    if dimension == "stage" and value == "unclassified":
        return "r.stage IS NULL"
    if dimension == "subject" and value == "unclassified":
        return "coalesce(cardinality(r.subjects), 0) = 0"
    if dimension == "subject":
        return f"r.subjects @> ARRAY['{value}']::varchar[]"
    if dimension == "forwarded_to":
        return f"'{value}' = ANY(r.forwarded_to)"
    return f"r.{dimension} = '{value}'"


_COUNTS = {
    "n": "TRUE",
    "registered": "r.registered_on IS NOT NULL",
    **{f"{d}__{v}": _condition(d, v) for d, values in _DOMAINS.items() for v in values},
}
_KEY_SQL = ("r.office_id, r.office_path, r.province_code, r.election_id, "
            "date_trunc('month', r.received_on)::date, r.kind, r.stage")  # fmt: skip
_COLUMNS = ", ".join([*_KEY, *(f'"{c}"' for c in _COUNTS)])


def _grouped(source: str, sign: str) -> str:
    """The counts of the rows of ``source`` (with their ``sign`` column) per key."""
    sums = ", ".join(f"coalesce(sum({sign}) FILTER (WHERE {cond}), 0)" for cond in _COUNTS.values())
    return f"SELECT {_KEY_SQL}, {sums} FROM {source} AS r GROUP BY {_KEY_SQL}"  # noqa: S608


_UPSERT = f"""
    INSERT INTO report_rollup AS t ({_COLUMNS})
    {{select}}
    ORDER BY 1, 5, 6, 7
    ON CONFLICT ON CONSTRAINT uq_report_rollup_key DO UPDATE SET
        {", ".join(f'"{c}" = t."{c}" + EXCLUDED."{c}"' for c in _COUNTS)}
"""
_DELTA = """(SELECT *, 1 AS sign FROM new_rows UNION ALL SELECT *, -1 FROM old_rows)"""
_PRUNE = """
    DELETE FROM report_rollup AS t WHERE t.n = 0
        AND t.office_id IN (SELECT office_id FROM {rows})
"""

SYNC_FUNCTION = f"""
CREATE FUNCTION report_rollup_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        {_UPSERT.format(select=_grouped("(SELECT *, 1 AS sign FROM new_rows)", "r.sign"))};
    ELSIF TG_OP = 'UPDATE' THEN
        {_UPSERT.format(select=_grouped(_DELTA, "r.sign"))};
        {_PRUNE.format(rows="old_rows")};
    ELSE
        {_UPSERT.format(select=_grouped("(SELECT *, -1 AS sign FROM old_rows)", "r.sign"))};
        {_PRUNE.format(rows="old_rows")};
    END IF;
    RETURN NULL;
END
$$
"""  # noqa: S608 - built from the constants above, no input

TRIGGERS = (
    "CREATE TRIGGER report_rollup_insert AFTER INSERT ON report_stat "
    "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_rollup_sync()",
    "CREATE TRIGGER report_rollup_update AFTER UPDATE ON report_stat "
    "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION report_rollup_sync()",
    "CREATE TRIGGER report_rollup_delete AFTER DELETE ON report_stat "
    "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_rollup_sync()",
)


def upgrade() -> None:
    op.create_table(
        "report_rollup",
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("office_path", sa.String(length=512), nullable=False),
        sa.Column("province_code", sa.String(length=2), nullable=True),
        sa.Column("election_id", sa.Uuid(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=15), nullable=False),
        sa.Column("stage", sa.String(length=32), nullable=True),
        *(sa.Column(c, sa.Integer(), nullable=False) for c in _COUNTS),
        sa.UniqueConstraint(*_KEY, name="uq_report_rollup_key", postgresql_nulls_not_distinct=True),
    )
    op.execute(
        f"INSERT INTO report_rollup ({_COLUMNS}) "  # noqa: S608 - constants, no input
        + _grouped("(SELECT *, 1 AS sign FROM report_stat)", "r.sign")
    )
    op.execute(SYNC_FUNCTION)
    for trigger in TRIGGERS:
        op.execute(trigger)
    op.execute("ANALYZE report_rollup")


def downgrade() -> None:
    for name in ("report_rollup_delete", "report_rollup_update", "report_rollup_insert"):
        op.execute(f"DROP TRIGGER {name} ON report_stat")
    op.execute("DROP FUNCTION report_rollup_sync()")
    op.drop_table("report_rollup")
