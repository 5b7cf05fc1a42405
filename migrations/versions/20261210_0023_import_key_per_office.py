"""import_key: external ids unique per office (the importing caller's office), not per
caller, so two officers of one office importing the same spreadsheet create each case once

Existing keys get the office of the user (by user name) or client (``client:<id>``) that
claimed them; a key whose subject is neither (a token minted for a name that is no
account) gets the office its case was first received by.

Where two callers of one office already imported the same external id (each created a
case), the earliest key is kept and the later ones are dropped: a re-run by any of them now
answers ``duplicate`` naming the first case. The later cases themselves are kept untouched
(they may already be worked on; merging them is a person's decision): each dropped key is
logged with its case so an operator can link or close the duplicates.

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-10 09:00:00+00:00
"""

import logging
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

logger = logging.getLogger("alembic.runtime.migration")


_DROP_LATER = (
    "DELETE FROM import_key AS k USING ("
    "  SELECT ctid AS row, row_number() OVER (PARTITION BY KEY, external_id "
    "    ORDER BY created_at, subject) AS n FROM import_key"
    ") AS ranked WHERE k.ctid = ranked.row AND ranked.n > 1 "
    "RETURNING k.office_id, k.external_id, k.subject, k.report_id"
)


def _drop_later(key: str) -> None:
    """Delete every key but the earliest of each (``key``, external_id), logging each."""
    assert key in ("office_id", "subject")
    dropped = op.get_bind().execute(sa.text(_DROP_LATER.replace("KEY", key)))
    for row in dropped:
        logger.warning(
            "import_key: dropped the later import of external id %r by %r (office %s); "
            "its case %s is kept, a duplicate of the first import",
            row.external_id, row.subject, row.office_id, row.report_id,
        )  # fmt: skip


def upgrade() -> None:
    op.add_column("import_key", sa.Column("office_id", sa.Uuid(), nullable=True))
    op.execute(
        "UPDATE import_key AS k SET office_id = u.office_id FROM staff_user AS u "
        "WHERE u.username = k.subject"
    )
    op.execute(
        "UPDATE import_key AS k SET office_id = c.office_id FROM api_client AS c "
        "WHERE k.office_id IS NULL AND k.subject = 'client:' || c.client_id"
    )
    op.execute(
        "UPDATE import_key AS k SET office_id = r.office_id FROM report AS r "
        "WHERE k.office_id IS NULL AND r.id = k.report_id"
    )
    _drop_later("office_id")
    op.alter_column("import_key", "office_id", nullable=False)
    op.drop_constraint("pk_import_key", "import_key", type_="primary")
    op.create_primary_key("pk_import_key", "import_key", ["office_id", "external_id"])
    op.create_foreign_key(
        op.f("fk_import_key_office_id_office"), "import_key", "office", ["office_id"], ["id"]
    )


def downgrade() -> None:
    # One subject may have imported the same id for two offices (tokens minted by hand).
    _drop_later("subject")
    op.drop_constraint(op.f("fk_import_key_office_id_office"), "import_key", type_="foreignkey")
    op.drop_constraint("pk_import_key", "import_key", type_="primary")
    op.create_primary_key("pk_import_key", "import_key", ["subject", "external_id"])
    op.drop_column("import_key", "office_id")
