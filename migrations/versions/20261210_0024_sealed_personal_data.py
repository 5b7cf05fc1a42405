"""pii: personal data sealed at rest (UU 27/2022). The NIK, address, phone, e-mail and
witnesses of report_identity and the address, phone and e-mail of case_person move to
``*_sealed`` columns (AES-256-GCM, bound to their row: security/sealing.py); the NIK gets a
keyed hash for exact lookup (``nik_index``). Existing rows are encrypted here.

The token signing keys move to a table, ``signing_key`` (private keys sealed), shared by
every API host; the first process to start imports the key files of the keys directory
(security/signing_keys.py), or ``bawaslu-api keys import`` does.

The keys are the application's: ``BAWASLU_DATA_KEYS``, or ``<data_dir>/data.keys`` (made
on first use), read from the same settings as the app (``bawaslu-api migrate`` and the
app's migrate-on-start read the same environment). Run it with the keys every host will
use, and back them up before: without them the sealed columns cannot be read.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-10 09:00:00+00:00
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from bawaslu_api.security import sealing

revision: str = "0024"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 1000
_IDENTITY = ("nik", "address", "phone", "email", "witnesses")
_PERSON = ("address", "phone", "email")


def _add_sealed(table: str, fields: Sequence[str]) -> None:
    for field in fields:
        op.add_column(
            table, sa.Column(f"{field}_sealed", sa.Text(), nullable=False, server_default="")
        )
        op.alter_column(table, f"{field}_sealed", server_default=None)


def _rows(table: str, key: str, columns: str) -> Any:
    """The rows of ``table`` in batches, by key (no cursor held across the updates)."""
    bind = op.get_bind()
    last = None
    while True:
        where = "" if last is None else f"WHERE {key} > :last"
        batch = bind.execute(
            sa.text(f"SELECT {key}, {columns} FROM {table} {where} ORDER BY {key} LIMIT {_BATCH}"),  # noqa: S608
            {} if last is None else {"last": last},
        ).all()
        if not batch:
            return
        yield batch
        last = batch[-1][0]


def _seal_identities(ring: sealing.KeyRing) -> None:
    bind = op.get_bind()
    update = sa.text(
        "UPDATE report_identity SET nik_sealed = :nik, nik_index = :nik_index, "
        "address_sealed = :address, phone_sealed = :phone, email_sealed = :email, "
        "witnesses_sealed = :witnesses WHERE report_id = :id"
    )
    for batch in _rows(
        "report_identity", "report_id", "nik, address, phone, email, witnesses::text"
    ):
        params = []
        for report_id, nik, address, phone, email, witnesses in batch:
            listed = json.loads(witnesses) if witnesses else []
            clear = {
                "nik": (nik or "").strip(),
                "address": address or "",
                "phone": phone or "",
                "email": email or "",
                "witnesses": json.dumps(listed, ensure_ascii=False) if listed else "",
            }
            row = {
                f: ring.seal(v, sealing.place("report_identity", f, report_id))
                for f, v in clear.items()
            }
            row["nik_index"] = ring.index(clear["nik"]) if clear["nik"] else None
            params.append({**row, "id": report_id})
        bind.execute(update, params)


def _seal_people(ring: sealing.KeyRing) -> None:
    bind = op.get_bind()
    update = sa.text(
        "UPDATE case_person SET address_sealed = :address, phone_sealed = :phone, "
        "email_sealed = :email WHERE id = :id"
    )
    for batch in _rows("case_person", "id", "address, phone, email"):
        bind.execute(
            update,
            [
                {
                    "id": person_id,
                    **{
                        f: ring.seal(v or "", sealing.place("case_person", f, person_id))
                        for f, v in zip(_PERSON, values, strict=True)
                    },
                }
                for person_id, *values in batch
            ],
        )


def _has_rows(table: str) -> bool:
    return bool(op.get_bind().execute(sa.text(f"SELECT EXISTS (SELECT 1 FROM {table})")).scalar())  # noqa: S608


def upgrade() -> None:
    op.create_table(
        "signing_key",
        sa.Column("kid", sa.String(64), nullable=False),
        sa.Column("private_key_sealed", sa.Text(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.PrimaryKeyConstraint("kid", name=op.f("pk_signing_key")),
    )
    _add_sealed("report_identity", _IDENTITY)
    op.add_column("report_identity", sa.Column("nik_index", sa.String(64), nullable=True))
    _add_sealed("case_person", _PERSON)
    if _has_rows("report_identity") or _has_rows("case_person"):
        # Only a database with personal data needs the keys (a new one makes them later).
        ring = sealing.ring()
        _seal_identities(ring)
        _seal_people(ring)
    for field in _IDENTITY:
        op.drop_column("report_identity", field)
    for field in _PERSON:
        op.drop_column("case_person", field)
    op.create_index(
        op.f("ix_report_identity_nik_index"), "report_identity", ["nik_index"], unique=False
    )


def downgrade() -> None:
    """Back to clear columns (the data decrypted with the current keys)."""
    bind = op.get_bind()
    op.drop_index(op.f("ix_report_identity_nik_index"), table_name="report_identity")
    op.add_column("report_identity", sa.Column("nik", sa.String(16), server_default=""))
    op.add_column("report_identity", sa.Column("address", sa.Text(), server_default=""))
    op.add_column("report_identity", sa.Column("phone", sa.String(32), server_default=""))
    op.add_column("report_identity", sa.Column("email", sa.String(254), server_default=""))
    op.add_column(
        "report_identity",
        sa.Column("witnesses", sa.dialects.postgresql.JSONB(), server_default="[]"),
    )
    op.add_column("case_person", sa.Column("address", sa.Text(), server_default=""))
    op.add_column("case_person", sa.Column("phone", sa.String(32), server_default=""))
    op.add_column("case_person", sa.Column("email", sa.String(254), server_default=""))
    if _has_rows("report_identity") or _has_rows("case_person"):
        ring = sealing.ring()
        for batch in _rows(
            "report_identity",
            "report_id",
            ", ".join(f"{f}_sealed" for f in _IDENTITY),
        ):
            params = []
            for report_id, *values in batch:
                clear = {
                    f: ring.unseal(v, sealing.place("report_identity", f, report_id))
                    for f, v in zip(_IDENTITY, values, strict=True)
                }
                clear["witnesses"] = clear["witnesses"] or "[]"
                params.append({**clear, "id": report_id})
            bind.execute(
                sa.text(
                    "UPDATE report_identity SET nik = :nik, address = :address, phone = :phone,"
                    " email = :email, witnesses = CAST(:witnesses AS jsonb)"
                    " WHERE report_id = :id"
                ),
                params,
            )
        for batch in _rows("case_person", "id", ", ".join(f"{f}_sealed" for f in _PERSON)):
            bind.execute(
                sa.text(
                    "UPDATE case_person SET address = :address, phone = :phone, email = :email"
                    " WHERE id = :id"
                ),
                [
                    {
                        "id": person_id,
                        **{
                            f: ring.unseal(v, sealing.place("case_person", f, person_id))
                            for f, v in zip(_PERSON, values, strict=True)
                        },
                    }
                    for person_id, *values in batch
                ],
            )
    for table, fields in (("report_identity", _IDENTITY), ("case_person", _PERSON)):
        for field in fields:
            op.drop_column(table, f"{field}_sealed")
    op.drop_column("report_identity", "nik_index")
    op.drop_table("signing_key")
