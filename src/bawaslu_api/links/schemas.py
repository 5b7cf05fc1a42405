"""Shapes of case links."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from bawaslu_api.links.models import LinkKind
from bawaslu_api.pagination import WHOLE_LIST


class LinkIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    report: uuid.UUID = Field(description="The other case (report or finding).")
    kind: LinkKind
    reason: str = Field(min_length=5, max_length=2000)


class LinkOut(BaseModel):
    id: uuid.UUID
    kind: LinkKind
    direction: Literal["to", "from"] = Field(
        description="`to`: this case links to `report`; `from`: `report` links to this case "
        "(e.g. the report a finding grew from, as `preliminary_information`)."
    )
    report: uuid.UUID
    office: str = Field(description="The other case's office.")
    kind_of_case: Literal["report", "finding"]
    status: str
    reason: str
    created_by: str
    created_at: datetime


class LinkList(BaseModel):
    items: list[LinkOut]
    next_cursor: str | None = Field(None, description=WHOLE_LIST)
