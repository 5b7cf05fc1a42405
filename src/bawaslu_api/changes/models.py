"""The feed's rows: one per thing a client caches, moved to the end at each change.

Written only by the triggers of migration 0028 (on ``report``, ``deadline``,
``case_event`` and ``evidence_item``), in the transaction of the change itself: no Python
code writes this table.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, Index, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from bawaslu_api.db.base import Base


class CaseChange(Base):
    """The last change of one thing of a case, or (``kind = gone``) that a case left an
    office (``office_path``: the office it left)."""

    __tablename__ = "case_change"
    __table_args__ = (
        Index("ix_case_change_txid_seq", "txid", "seq"),
        # A province's feed; a kabupaten/kota's (and a kecamatan's, by its kabupaten).
        Index("ix_case_change_province_code_txid_seq", "province_code", "txid", "seq"),
        Index("ix_case_change_regency_code_txid_seq", "regency_code", "txid", "seq"),
        Index("ix_case_change_report_id", "report_id"),
    )

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    """``case``, ``clock``, ``event``, ``evidence`` or ``gone``."""
    ref_id: Mapped[str] = mapped_column(String(600), primary_key=True)
    """The thing's id (a ``gone`` row: the case's id and the path of the office it left)."""
    report_id: Mapped[uuid.UUID] = mapped_column(Uuid())
    office_path: Mapped[str] = mapped_column(String(512))
    """The case's office now (a ``gone`` row: the office it left)."""
    province_code: Mapped[str | None] = mapped_column(String(2))
    """The province in ``office_path`` (None for Bawaslu RI)."""
    regency_code: Mapped[str | None] = mapped_column(String(16))
    """The kabupaten/kota in ``office_path`` (None for Bawaslu RI and a province)."""
    txid: Mapped[int] = mapped_column(BigInteger)
    """The id of the transaction that made the change (``pg_current_xact_id()``)."""
    seq: Mapped[int] = mapped_column(BigInteger)
    """The order of the changes within that transaction (``case_change_seq``)."""
    changed_at: Mapped[datetime]
