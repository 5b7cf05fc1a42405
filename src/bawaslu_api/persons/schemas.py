"""Request and response shapes of the persons of a case. Contact data are masked in every
response except the reveal's."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, model_validator

from bawaslu_api.pagination import WHOLE_LIST
from bawaslu_api.persons.models import PersonRole


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PersonIn(_Strict):
    """A witness (saksi) or expert (ahli) of the case (Perbawaslu 7/2022 Art. 28(1))."""

    role: PersonRole
    intake_witness: int | None = Field(
        None,
        ge=0,
        description="Position (from 0) of a witness named at intake (the report form's "
        "witnesses): the person is that witness, and its name, address and phone are taken "
        "from there unless given here. Intake's record stays as it was.",
    )
    name: str | None = Field(None, min_length=1, max_length=200)
    address: str | None = Field(None, max_length=1000)
    phone: str | None = Field(None, max_length=32)
    email: str | None = Field(None, max_length=254)
    expertise: str = Field("", max_length=2000, description="An expert's field (Form B.11).")

    @model_validator(mode="after")
    def _named(self) -> PersonIn:
        if self.intake_witness is None and self.name is None:
            raise ValueError("name is required unless the person is an intake witness")
        if self.intake_witness is not None and self.role is not PersonRole.witness:
            raise ValueError("an intake witness is a witness (role witness)")
        return self


class PersonPatch(_Strict):
    """The fields to correct (at least one)."""

    name: str | None = Field(None, min_length=1, max_length=200)
    address: str | None = Field(None, max_length=1000)
    phone: str | None = Field(None, max_length=32)
    email: str | None = Field(None, max_length=254)
    expertise: str | None = Field(None, max_length=2000)

    @model_validator(mode="after")
    def _something(self) -> PersonPatch:
        if not self.model_fields_set:
            raise ValueError("give at least one field to correct")
        return self


class PersonOut(BaseModel):
    """A person of the case; address, phone and e-mail masked."""

    id: uuid.UUID
    role: PersonRole
    name: str
    address: str
    phone: str
    email: str
    expertise: str
    intake_witness: int | None
    created_at: datetime
    created_by: str


class IntakeWitnessOut(BaseModel):
    """A witness named at intake (masked), and the person it became, if any."""

    index: int
    name: str
    address: str
    phone: str
    person_id: uuid.UUID | None


class PersonList(BaseModel):
    items: list[PersonOut]
    next_cursor: str | None = Field(None, description=WHOLE_LIST)
    intake_witnesses: list[IntakeWitnessOut] = Field(
        description="Witnesses named on the report form at intake; one with `person_id` null "
        "is not a person of the case yet (add it with `intake_witness`)."
    )


class PersonRevealIn(_Strict):
    reason: str = Field(min_length=10, max_length=2000, description="Why the data is needed.")


class RevealedPerson(BaseModel):
    """Unmasked contact data. Every reveal is on the access log and the timeline."""

    id: uuid.UUID
    role: PersonRole
    name: str
    address: str
    phone: str
    email: str
