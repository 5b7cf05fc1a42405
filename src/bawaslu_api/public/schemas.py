"""Public shapes: nothing here may carry personal data of reporters or witnesses."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

from bawaslu_api.cases.models import Outcome, ReportKind, ReportStatus, ViolationCategory
from bawaslu_api.reports.schemas import (
    EvidenceIn,
    IncidentIn,
    ReportedPartyIn,
    ReporterIn,
    ViolationType,
    WitnessIn,
)


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
    stage: str | None = Field(description="Election stage of the incident (a code).")
    subjects: list[str] = Field(description="What the violation was about (codes).")


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
    deadline_unit: list[Label] = Field(description="Units of deadlines' lengths.")
    stage: list[Label] = Field(description="Election stages of the classification.")
    subject: list[Label] = Field(
        description="Subjects of the classification (Pemilu wording; "
        "`GET /v1/rules/classification` has each regime's)."
    )


class ReceiptLookupIn(BaseModel):
    code: str = Field(min_length=8, max_length=40, examples=["BWS-7K3M-Q9PX-2DHT-8RWC"])


class ReceiptStatus(BaseModel):
    """What a reporter sees of their own report: its progress, nothing about other cases."""

    kind: ReportKind
    status: ReportStatus
    status_label: str
    office: str
    office_name: str
    received_at: datetime
    register_number: str | None
    outcome: Outcome | None
    outcome_category: ViolationCategory | None
    announcement: str | None
    requirements_missing: list[str] = Field(
        description="Codes of requirements still missing at the initial review."
    )


class PublicFilingReceipt(BaseModel):
    receipt_code: str = Field(description="Keep it: it is the only way to follow the report.")
    status: ReportStatus
    status_label: str
    office: str
    received_at: datetime
    verdict: str
    requirements_missing: list[str]


class PublicReportIn(BaseModel):
    """A report filed online by a citizen, candidate or monitor, without an account."""

    model_config = ConfigDict(extra="forbid")

    election: str
    office: str = Field(description="Office of the place where it happened (e.g. 52.03).")
    reporter: ReporterIn
    reported_parties: list[ReportedPartyIn] = Field(min_length=1, max_length=20)
    witnesses: list[WitnessIn] = Field(default_factory=list, max_length=20)
    incident: IncidentIn
    known_on: date
    description: str = Field(min_length=20, max_length=20_000)
    violation_type: ViolationType | None = None
    evidence: list[EvidenceIn] = Field(default_factory=list, max_length=50)
    subjects: list[str] = Field(
        default_factory=list,
        max_length=5,
        description="Optional: what the violation is about, as the reporter sees it (codes "
        "of `GET /v1/rules/classification`; unknown: 422 naming `subjects.i`). The office "
        "may reclassify it. The election stage is derived from `incident.date`.",
    )
