"""The people of a case beside the reporter and the reported parties: witnesses (saksi)
and experts (ahli) (Perbawaslu 7/2022 Art. 28(1)). Their contact data are personal data,
kept like the reporter's: masked in every response, revealed only with a reason."""

from __future__ import annotations

import enum
import uuid

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bawaslu_api.db.base import Base, Timestamps, UUIDPrimaryKey, str_enum


class PersonRole(enum.StrEnum):
    witness = "witness"  # saksi
    expert = "expert"  # ahli


class CasePerson(UUIDPrimaryKey, Timestamps, Base):
    """A witness or expert of a case. A witness named at intake (``report_identity.
    witnesses``, Form B.1) becomes a person when the office adds it with
    ``intake_witness`` (its position in that list): the intake record is kept as it was."""

    __tablename__ = "case_person"
    __table_args__ = (UniqueConstraint("report_id", "intake_witness"),)

    report_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("report.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[PersonRole] = mapped_column(str_enum(PersonRole, "case_person_role"))
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    expertise: Mapped[str] = mapped_column(Text, default="")
    intake_witness: Mapped[int | None] = mapped_column(Integer)
    created_by: Mapped[str] = mapped_column(String(200))
