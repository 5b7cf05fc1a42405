"""The people of a case beside the reporter and the reported parties: witnesses (saksi)
and experts (ahli) (Perbawaslu 7/2022 Art. 28(1)). Their contact data are personal data,
kept like the reporter's: masked in every response, revealed only with a reason."""

from __future__ import annotations

import enum
import uuid
from typing import Any

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bawaslu_api.db.base import Base, Timestamps, UUIDPrimaryKey, str_enum, uuid7
from bawaslu_api.security.sealing import SealedText


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
    address_sealed: Mapped[str] = mapped_column(Text, default="")
    phone_sealed: Mapped[str] = mapped_column(Text, default="")
    email_sealed: Mapped[str] = mapped_column(Text, default="")
    expertise: Mapped[str] = mapped_column(Text, default="")
    intake_witness: Mapped[int | None] = mapped_column(Integer)
    created_by: Mapped[str] = mapped_column(String(200))

    # Sealed like the reporter's (cases.models.ReportIdentity), bound to this person's id.
    address = SealedText("address_sealed", "case_person", "address", "id")
    phone = SealedText("phone_sealed", "case_person", "phone", "id")
    email = SealedText("email_sealed", "case_person", "email", "id")

    def __init__(self, **values: Any) -> None:
        # The id first (made here, not at flush): the sealed values are bound to it.
        super().__init__(**{"id": values.pop("id", None) or uuid7(), **values})
