"""Calendar shapes."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from bawaslu_api.holidays.models import OverrideAction
from bawaslu_api.pagination import WHOLE_LIST

Category = Literal["libur_nasional", "cuti_bersama", "libur_pemilihan"]


class OverrideIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    day: date
    action: OverrideAction
    category: Category | None = Field(None, description="Required for `add`.")
    name: str = Field("", max_length=300)
    decree: str = Field(
        min_length=3, max_length=300, description="The decree (e.g. Keppres 33/2024)."
    )
    reason: str = Field("", max_length=2000)

    @model_validator(mode="after")
    def _category_for_add(self) -> OverrideIn:
        if self.action is OverrideAction.add and self.category is None:
            raise ValueError("an `add` override needs a category")
        return self


class OverrideOut(BaseModel):
    id: uuid.UUID
    day: date
    action: OverrideAction
    category: str | None
    name: str
    decree: str
    reason: str
    created_by: str
    created_at: datetime
    revoked_by: str | None
    revoked_at: datetime | None


class NonWorkingDay(BaseModel):
    day: date
    category: str
    name: str
    decree: str
    source: str = Field(description="`official`, `override` or `provisional`.")


class YearCalendar(BaseModel):
    year: int
    days: list[NonWorkingDay]


class OverrideList(BaseModel):
    """Every calendar correction, active and revoked."""

    items: list[OverrideOut]
    next_cursor: str | None = Field(None, description=WHOLE_LIST)
