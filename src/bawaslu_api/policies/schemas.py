"""Shapes of the rules policies API."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from bawaslu_api.pagination import WHOLE_LIST

PolicyValue = bool | int | str
"""A policy value as JSON: a boolean, a whole number, a choice, an ISO date
(`2022-11-01`) or a duration (`3 calendar_day`, `48 hours`)."""


class PolicySettingOut(BaseModel):
    """One deployment setting of a policy, as recorded (never edited)."""

    id: uuid.UUID
    value: PolicyValue
    reason: str
    created_by: str
    created_at: datetime
    revoked_by: str | None
    revoked_at: datetime | None
    revoke_reason: str | None


class PolicyOut(BaseModel):
    """A named policy of the rules engine: the open legal question it answers, the
    engine's default with its basis, and the value this deployment uses."""

    name: str = Field(examples=["pemilihan.reception_days"])
    kind: Literal["bool", "choice", "int", "date", "duration"]
    choices: list[str] | None = Field(description="The allowed values of a `choice`.")
    minimum: int | None = Field(None, description="The smallest value of an `int`.")
    maximum: int | None = Field(None, description="The largest value of an `int`.")
    units: list[str] | None = Field(
        None, description="The units a `duration` may be given in (`48 hours`, `3 calendar_day`)."
    )
    default: PolicyValue = Field(description="The engine's default (bawaslu_rules).")
    value: PolicyValue = Field(description="The value in force in this deployment.")
    source: Literal["default", "deployment"] = Field(
        description="`deployment` when an operator set it (see `setting`)."
    )
    basis: str = Field(description="Legal basis of the default (citation).")
    confidence: Literal["HIGH", "MED", "LOW"]
    question: str = Field(description="The open legal question the policy answers.")
    note: str
    applies_to: str | None = Field(description="`pemilu`, `pemilihan`, or null for both.")
    setting: PolicySettingOut | None = Field(
        description="The deployment setting in force (null when the default applies)."
    )


class PolicyDetail(PolicyOut):
    history: list[PolicySettingOut] = Field(
        description="Every setting ever made, newest first, revoked ones included."
    )


class PolicyList(BaseModel):
    items: list[PolicyOut]
    next_cursor: str | None = Field(None, description=WHOLE_LIST)


class PolicySetIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    value: PolicyValue
    reason: str = Field(
        min_length=3, max_length=2000, description="Why (a decision, a circular, a court case)."
    )


class PolicyResetIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str = Field(min_length=3, max_length=2000)
