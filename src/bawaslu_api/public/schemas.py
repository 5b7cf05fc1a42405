"""Public shapes: nothing here may carry personal data of reporters or witnesses."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, Field

from bawaslu_api.reports.models import Outcome, ReportKind, ReportStatus, ViolationCategory


class Announcement(BaseModel):
    id: uuid.UUID
    kind: ReportKind
    register_number: str | None
    office: str
    office_name: str
    election: str
    status: ReportStatus
    status_label: str
    outcome: Outcome | None
    outcome_category: ViolationCategory | None
    announced_at: datetime
    notice: str


class AnnouncementPage(BaseModel):
    items: list[Announcement]
    next_cursor: str | None


class Count(BaseModel):
    key: str
    count: int


class Stats(BaseModel):
    """Counts as Bawaslu publishes them."""

    total: int
    by_status: list[Count]
    by_outcome_category: list[Count]
    by_office: list[Count] = Field(description="By the office handling the case.")
    by_election: list[Count]


class Label(BaseModel):
    value: str
    id: str
    en: str


class Labels(BaseModel):
    """Indonesian and English labels of the API's stable enum values."""

    report_kind: list[Label]
    report_status: list[Label]
    outcome: list[Label]
    violation_category: list[Label]
    channel: list[Label]
    deadline_status: list[Label]
