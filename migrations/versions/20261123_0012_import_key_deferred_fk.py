"""Import keys are claimed before their case is written: check the case at commit

Bulk import claims ``(subject, external_id)`` with ``INSERT ... ON CONFLICT DO NOTHING``
first and writes the cases it claimed afterwards, in the same transaction, so the key's
foreign key to ``report`` is checked at commit (DEFERRABLE INITIALLY DEFERRED).

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-23 04:20:00+00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "ALTER TABLE import_key ALTER CONSTRAINT fk_import_key_report_id_report "
        "DEFERRABLE INITIALLY DEFERRED"
    )


def downgrade() -> None:
    op.execute(
        "ALTER TABLE import_key ALTER CONSTRAINT fk_import_key_report_id_report NOT DEFERRABLE"
    )
