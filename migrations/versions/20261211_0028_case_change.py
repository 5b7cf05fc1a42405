"""case_change: the changes feed of offline clients, kept by triggers in each writing transaction

One row per thing a client caches (a case, a clock, a timeline event, an evidence item),
moved to the end of the feed whenever the thing changes, plus one ``gone`` row per office a
case was transferred away from. Each row carries the writing transaction's id (``txid``)
and a sequence number; the feed reads in (txid, seq) order below the oldest transaction
still running, so a change committed late by a slow transaction is never skipped
(``changes/service.py``).

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-11 00:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0028"
down_revision: str | None = "0027"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# What every row written in this transaction is stamped with.
_STAMP = "pg_current_xact_id()::text::bigint, nextval('case_change_seq'), now()"
# The province and the kabupaten/kota of an office path (/ID/52/52.03/...).
_PLACE = "NULLIF(split_part({path}, '/', 3), ''), NULLIF(split_part({path}, '/', 4), '')"
_COLUMNS = (
    "kind, ref_id, report_id, office_path, province_code, regency_code, txid, seq, changed_at"
)
_ON_CONFLICT = """
    ON CONFLICT (kind, ref_id) DO UPDATE SET
        report_id = EXCLUDED.report_id, office_path = EXCLUDED.office_path,
        province_code = EXCLUDED.province_code, regency_code = EXCLUDED.regency_code,
        txid = EXCLUDED.txid, seq = EXCLUDED.seq,
        changed_at = EXCLUDED.changed_at
"""
# Touch the rows of deleted things: the feed then answers them as deleted.
_TOUCH = (
    "UPDATE case_change SET txid = pg_current_xact_id()::text::bigint, "
    "seq = nextval('case_change_seq'), changed_at = now() "
    "WHERE kind = '{kind}' AND ref_id IN (SELECT id::text FROM old_rows)"
)

REPORT_FUNCTION = f"""
CREATE FUNCTION case_change_report() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        {_TOUCH.format(kind="case")};
        DELETE FROM case_change WHERE kind NOT IN ('case', 'gone')
            AND report_id IN (SELECT id FROM old_rows);
        RETURN NULL;
    END IF;
    -- (Nested: an INSERT has no old_rows to plan a query on.)
    IF TG_OP = 'UPDATE' THEN IF EXISTS (
        SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE n.office_path <> o.office_path
    ) THEN
        -- Transferred: the office it left is told it is gone (once per office)...
        INSERT INTO case_change ({_COLUMNS})
        SELECT 'gone', o.id::text || ' ' || o.office_path, o.id, o.office_path,
            {_PLACE.format(path="o.office_path")}, {_STAMP}
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE n.office_path <> o.office_path
        {_ON_CONFLICT};
        -- ...an office it comes back to forgets that it had left...
        DELETE FROM case_change c USING old_rows o, new_rows n
        WHERE n.id = o.id AND n.office_path <> o.office_path
            AND c.kind = 'gone' AND c.report_id = n.id AND c.office_path = n.office_path;
    END IF; END IF;
    -- The case itself (before its clocks, events and evidence, below).
    INSERT INTO case_change ({_COLUMNS})
    SELECT 'case', n.id::text, n.id, n.office_path,
        {_PLACE.format(path="n.office_path")}, {_STAMP}
    FROM new_rows n
    {_ON_CONFLICT};
    IF TG_OP = 'UPDATE' THEN
        -- ...and everything of a transferred case follows it into the new office's feed.
        UPDATE case_change c SET office_path = n.office_path,
            (province_code, regency_code) = ({_PLACE.format(path="n.office_path")}),
            txid = pg_current_xact_id()::text::bigint, seq = nextval('case_change_seq'),
            changed_at = now()
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE n.office_path <> o.office_path AND c.report_id = n.id
            AND c.kind IN ('clock', 'event', 'evidence');
    END IF;
    RETURN NULL;
END
$$
"""  # noqa: S608 - built from the constants above, no input

# A child of a case (its clocks, events, evidence items): its case's office. ``{source}``:
# the (id, report_id) of the things the statement changed.
_CHILD_FUNCTION = """
CREATE FUNCTION case_change_{name}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        {touch};
    ELSE
        INSERT INTO case_change ({columns})
        SELECT '{kind}', s.id::text, s.report_id, r.office_path,
            {province}, {stamp}
        FROM ({source}) AS s JOIN report r ON r.id = s.report_id
        {on_conflict};
    END IF;
    RETURN NULL;
END
$$
"""

_CHANGED = "SELECT n.id, n.report_id FROM new_rows n"
# (function, kind, table, events, the things a statement changed)
SOURCES = (
    ("clock", "clock", "deadline", ("INSERT", "UPDATE", "DELETE"), _CHANGED),
    ("event", "event", "case_event", ("INSERT",), _CHANGED),
    # An item digitising another changes that one's ``digitised_by`` too.
    (
        "evidence",
        "evidence",
        "evidence_item",
        ("INSERT", "UPDATE", "DELETE"),
        f"{_CHANGED} UNION SELECT e.id, e.report_id FROM evidence_item e "  # noqa: S608
        "WHERE e.id IN (SELECT n.digitises_id FROM new_rows n)",
    ),
    # A handover changes the item's custodian and where it is kept.
    (
        "custody",
        "evidence",
        "evidence_custody",
        ("INSERT",),
        "SELECT DISTINCT e.id, e.report_id FROM evidence_item e "
        "WHERE e.id IN (SELECT n.evidence_id FROM new_rows n)",
    ),
)
_BACKFILLED = (("clock", "deadline"), ("event", "case_event"), ("evidence", "evidence_item"))

BACKFILL = (
    f"INSERT INTO case_change ({_COLUMNS}) "  # noqa: S608 - built from the constants above
    f"SELECT 'case', r.id::text, r.id, r.office_path, {_PLACE.format(path='r.office_path')}, "
    f"{_STAMP} FROM report r ORDER BY r.received_at, r.id",
    *(
        f"INSERT INTO case_change ({_COLUMNS}) "  # noqa: S608 - built from the constants above
        f"SELECT '{kind}', t.id::text, t.report_id, r.office_path, "
        f"{_PLACE.format(path='r.office_path')}, {_STAMP} "
        f"FROM {table} t JOIN report r ON r.id = t.report_id ORDER BY t.report_id, t.id"
        for kind, table in _BACKFILLED
    ),
)


def _triggers(function: str, table: str, events: Sequence[str]) -> list[str]:
    statements = []
    for event in events:
        rows = "OLD TABLE AS old_rows" if event == "DELETE" else "NEW TABLE AS new_rows"
        if event == "UPDATE":
            rows = "OLD TABLE AS old_rows NEW TABLE AS new_rows"
        statements.append(
            f"CREATE TRIGGER {function}_{event.lower()} AFTER {event} ON {table} "
            f"REFERENCING {rows} FOR EACH STATEMENT EXECUTE FUNCTION {function}()"
        )
    return statements


def upgrade() -> None:
    op.execute("CREATE SEQUENCE case_change_seq AS bigint")
    op.create_table(
        "case_change",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("ref_id", sa.String(length=600), nullable=False),
        sa.Column("report_id", sa.Uuid(), nullable=False),
        sa.Column("office_path", sa.String(length=512), nullable=False),
        sa.Column("province_code", sa.String(length=2), nullable=True),
        sa.Column("regency_code", sa.String(length=16), nullable=True),
        sa.Column("txid", sa.BigInteger(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("kind", "ref_id", name=op.f("pk_case_change")),
    )
    for statement in BACKFILL:
        op.execute(statement)
    op.create_index("ix_case_change_txid_seq", "case_change", ["txid", "seq"])
    op.create_index(
        "ix_case_change_province_code_txid_seq", "case_change", ["province_code", "txid", "seq"]
    )
    op.create_index(
        "ix_case_change_regency_code_txid_seq", "case_change", ["regency_code", "txid", "seq"]
    )
    op.create_index("ix_case_change_report_id", "case_change", ["report_id"])
    op.execute(REPORT_FUNCTION)
    for statement in _triggers("case_change_report", "report", ("INSERT", "UPDATE", "DELETE")):
        op.execute(statement)
    for name, kind, table, events, source in SOURCES:
        op.execute(
            _CHILD_FUNCTION.format(
                name=name,
                kind=kind,
                touch=_TOUCH.format(kind=kind),
                columns=_COLUMNS,
                province=_PLACE.format(path="r.office_path"),
                stamp=_STAMP,
                source=source,
                on_conflict=_ON_CONFLICT,
            )
        )
        for statement in _triggers(f"case_change_{name}", table, events):
            op.execute(statement)
    op.execute("ANALYZE case_change")


def downgrade() -> None:
    tables = [("report", "report", ("INSERT", "UPDATE", "DELETE"))]
    tables += [(name, table, events) for name, _, table, events, _ in SOURCES]
    for name, table, events in tables:
        for event in events:
            op.execute(f"DROP TRIGGER case_change_{name}_{event.lower()} ON {table}")
        op.execute(f"DROP FUNCTION case_change_{name}()")
    op.drop_table("case_change")
    op.execute("DROP SEQUENCE case_change_seq")
