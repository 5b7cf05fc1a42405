"""Shapes of the form registry."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from bawaslu_api.pagination import WHOLE_LIST

DataClass = Literal["public", "personal", "confidential"]


class FormCorrectionOut(BaseModel):
    reason: str
    created_by: str
    created_at: datetime


class FormOut(BaseModel):
    """An official form: the engine's entry with this deployment's correction applied."""

    regime: Literal["pemilu", "pemilihan"]
    kind: str = Field(
        examples=["clarification_minutes"],
        description="The document (stable); its `code` may be corrected.",
    )
    regulation: str
    code: str = Field(examples=["B.12"])
    title: str
    when: str = Field(description="When in the procedure it is issued.")
    signers: list[str]
    fields: list[str]
    data_class: list[DataClass] = Field(
        description="`personal`: never public; `confidential`: for those who work the case."
    )
    basis: str
    confidence: Literal["HIGH", "MED", "LOW"]
    verified: bool = Field(description="False: the code or fields were not read in the annex.")
    note: str
    correction: FormCorrectionOut | None = Field(
        description="The operator's correction in force (null: the engine's entry as is)."
    )


class FormList(BaseModel):
    items: list[FormOut]
    next_cursor: str | None = Field(None, description=WHOLE_LIST)


class FormCorrectionIn(BaseModel):
    """What the regulation's annex actually says; only the given fields change."""

    model_config = ConfigDict(extra="forbid")

    code: str | None = Field(
        None, min_length=1, max_length=32, pattern=r"^[^/\s]+$", examples=["B.4"]
    )
    title: str | None = Field(None, min_length=3, max_length=300)
    signers: list[str] | None = Field(None, min_length=1, max_length=20)
    fields: list[str] | None = Field(None, min_length=1, max_length=100)
    data_class: list[DataClass] | None = Field(None, min_length=1, max_length=3)
    verified: bool | None = None
    reason: str = Field(min_length=5, max_length=2000, description="E.g. the annex read.")
