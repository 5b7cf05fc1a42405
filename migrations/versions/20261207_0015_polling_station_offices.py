"""Offices of polling-station supervisors (Pengawas TPS), receiving points

The office level gains ``polling_station``: the CHECK constraint of the level is replaced
and the column widened to the new longest value.

Revision ID: 0015
Revises: 0014_clarify
Create Date: 2026-12-07 03:30:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014_clarify"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD = ("national", "province", "regency", "city", "district", "village", "overseas")
_NEW = (*_OLD, "polling_station")


def _check(values: tuple[str, ...]) -> str:
    return "level IN (" + ", ".join(f"'{v}'" for v in values) + ")"


def upgrade() -> None:
    op.drop_constraint(op.f("ck_office_office_level"), "office", type_="check")
    op.alter_column(
        "office", "level", type_=sa.String(length=23), existing_type=sa.String(length=16)
    )
    op.create_check_constraint("office_level", "office", _check(_NEW))


def downgrade() -> None:
    op.drop_constraint(op.f("ck_office_office_level"), "office", type_="check")
    op.alter_column(
        "office", "level", type_=sa.String(length=16), existing_type=sa.String(length=23)
    )
    op.create_check_constraint("office_level", "office", _check(_OLD))
