"""Clocks as the API shows them, and overrides."""

import uuid
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from bawaslu_api.deadlines.models import DeadlineStatus


class DeadlineOverrideIn(BaseModel):
    """A manual change of a clock's status; always with a reason, always audited."""

    model_config = ConfigDict(extra="forbid")

    status: Literal["pending", "met", "missed", "waived"]
    reason: str = Field(min_length=5, max_length=2000)


class DeadlineOut(BaseModel):
    # Two response models are named DeadlineOut (this one and the rules calculator's), so
    # the OpenAPI document names them by module. SDKs generated from openapi/openapi.json
    # know this one as ``bawaslu_api__reports__schemas__DeadlineOut``, after the module
    # that defined it before the deadlines package owned it: the published name is kept.
    # (This module has no ``from __future__ import annotations``, so that the fields'
    # types are resolved here, not in the module named.)
    __module__ = "bawaslu_api.reports.schemas"

    id: uuid.UUID
    report_id: uuid.UUID
    rule: str
    regime: str
    ruleset_version: str
    trigger: str
    due: date
    due_at: datetime
    amount: int
    unit: str
    basis: str
    confidence: str
    provisional: bool
    status: DeadlineStatus
    met_at: datetime | None
    overdue: bool
    override_reason: str | None


class DeadlinePage(BaseModel):
    items: list[DeadlineOut]
    next_cursor: str | None
