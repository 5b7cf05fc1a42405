"""Deadline views and overrides."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class DeadlineOverrideIn(BaseModel):
    """A manual change of a clock's status; always with a reason, always audited."""

    model_config = ConfigDict(extra="forbid")

    status: Literal["pending", "met", "missed", "waived"]
    reason: str = Field(min_length=5, max_length=2000)
