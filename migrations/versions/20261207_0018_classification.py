"""Classification of cases for statistics: the incident's election stage, its subjects, and
the working days from receipt to registration and to decision

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07 05:10:00+00:00
"""

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from bawaslu_rules import STAGE_CALENDARS, Calendar

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("report", sa.Column("stage", sa.String(length=32), nullable=True))
    op.add_column(
        "report",
        sa.Column("stage_set_by", sa.String(length=16), nullable=False, server_default="derived"),
    )
    op.alter_column("report", "stage_set_by", server_default=None)
    op.add_column(
        "report",
        sa.Column(
            "subjects",
            postgresql.ARRAY(sa.String(length=40)),
            nullable=False,
            server_default="{}",
        ),
    )
    op.alter_column("report", "subjects", server_default=None)
    op.add_column("report", sa.Column("registration_days", sa.Integer(), nullable=True))
    op.add_column("report", sa.Column("decision_days", sa.Integer(), nullable=True))
    op.create_index("ix_report_subjects", "report", ["subjects"], postgresql_using="gin")
    op.create_index("ix_report_stage_received", "report", ["stage", "received_at"])
    conn = op.get_bind()
    # The stage of existing cases, from the calendars: longer windows first, so that the
    # shortest window containing the incident date is written last (bawaslu_rules.stage_of).
    for slug, spans in STAGE_CALENDARS.items():
        for span in sorted(spans, key=lambda s: (-s.days, s.start)):
            conn.execute(
                sa.text(
                    "UPDATE report SET stage = :stage FROM election "
                    "WHERE report.election_id = election.id AND election.slug = :slug "
                    "AND report.incident_date BETWEEN :start AND :end"
                ),
                {"stage": span.stage, "slug": slug, "start": span.start, "end": span.end},
            )
    # Working days to registration and decision of existing cases (the official calendar).
    calendar = Calendar.official()
    rows = conn.execute(
        sa.text(
            "SELECT report.id, report.received_on, report.registered_at, "
            "report.decision->>'at', office.timezone FROM report "
            "JOIN office ON office.id = report.office_id "
            "WHERE report.registered_at IS NOT NULL OR report.decision IS NOT NULL"
        )
    ).all()
    for rid, received_on, registered_at, decided_at, zone in rows:
        tz = ZoneInfo(zone)
        values = {}
        if registered_at is not None:
            day = registered_at.astimezone(tz).date()
            values["r"] = calendar.count_working_days(received_on, day) if day >= received_on else 0
        if decided_at is not None:
            day = datetime.fromisoformat(decided_at).astimezone(tz).date()
            values["d"] = calendar.count_working_days(received_on, day) if day >= received_on else 0
        conn.execute(
            sa.text("UPDATE report SET registration_days = :r, decision_days = :d WHERE id = :id"),
            {"r": values.get("r"), "d": values.get("d"), "id": rid},
        )


def downgrade() -> None:
    op.drop_index("ix_report_stage_received", table_name="report")
    op.drop_index("ix_report_subjects", table_name="report")
    for column in ("decision_days", "registration_days", "subjects", "stage_set_by", "stage"):
        op.drop_column("report", column)
