"""Shapes of documents and letterheads."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from bawaslu_api.pagination import WHOLE_LIST
from bawaslu_api.stats.cohort import STAGE_CODES, SUBJECT_CODES

DataClass = Literal["public", "personal", "confidential"]
Kinds = Literal[
    "report_form", "receipt", "finding_form", "review_result", "completion_notice",
    "invitation", "oath_minutes", "expert_oath_minutes", "clarification_minutes",
    "analysis", "plenary_minutes", "announcement", "forward_kpu", "forward_dkpp",
    "forward_police", "forward_other",
]  # fmt: skip
"""The documents of a case (``bawaslu_rules.DOCUMENT_KINDS`` less the register book, an
office's, and the hearing forms, which are uploaded scans)."""


class IssueIn(BaseModel):
    """What to issue. ``subject_id`` names what the document is about when a case has
    several (the invitee for an invitation or minutes); the other fields serve one kind."""

    model_config = ConfigDict(extra="forbid")

    kind: Kinds
    subject_id: uuid.UUID | None = Field(
        None,
        description="invitation, oath_minutes, expert_oath_minutes, clarification_minutes: "
        "the invitee; analysis: the analysis version (default: the current one); "
        "forward_other: the forwarding's index in the case's `forwardings` is not an id, "
        "see `agency`.",
    )
    receipt_code: str | None = Field(
        None,
        max_length=40,
        description="receipt: the code given at filing (only its hash is kept; it must match).",
    )
    agency: str | None = Field(
        None, max_length=300, description="forward_other: the agency (default: the recorded one)."
    )
    supersedes: uuid.UUID | None = Field(
        None, description="The issued document this one corrects (it is marked superseded)."
    )
    reason: str | None = Field(
        None, min_length=5, max_length=2000, description="Why (required with `supersedes`)."
    )


class RegisterBookIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    year: int = Field(ge=2000, le=2100, examples=[2024])
    supersedes: uuid.UUID | None = None
    reason: str | None = Field(None, min_length=5, max_length=2000)


class PeriodicReportIn(BaseModel):
    """The period (on the date cases were received) and what to narrow it to."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    from_: date = Field(alias="from", examples=["2024-02-01"])
    to: date = Field(examples=["2024-02-29"])
    election: str | None = Field(None, max_length=64, examples=["pemilu-2024"])
    stage: str | None = Field(None, max_length=32, description="A stage code.")
    subject: str | None = Field(None, max_length=40, description="A subject code.")
    supersedes: uuid.UUID | None = None
    reason: str | None = Field(None, min_length=5, max_length=2000)

    @field_validator("stage")
    @classmethod
    def _stage(cls, value: str | None) -> str | None:
        if value is not None and value not in STAGE_CODES:
            raise ValueError(f"unknown stage {value!r}: use {', '.join(STAGE_CODES)}")
        return value

    @field_validator("subject")
    @classmethod
    def _subject(cls, value: str | None) -> str | None:
        if value is not None and value not in SUBJECT_CODES:
            raise ValueError(f"unknown subject {value!r}: use {', '.join(SUBJECT_CODES)}")
        return value

    @field_validator("to")
    @classmethod
    def _ordered(cls, value: date, info: ValidationInfo) -> date:
        start = info.data.get("from_")
        if start is not None and value < start:
            raise ValueError("to is before from")
        if start is not None and (value - start).days > 366:
            raise ValueError("a period is at most a year")
        return value


class Rendition(BaseModel):
    format: Literal["pdf", "xlsx"]
    media_type: str
    sha256: str
    size: int
    href: str


class SignedScan(BaseModel):
    evidence_id: uuid.UUID
    linked_by: str
    linked_at: datetime


class DocumentOut(BaseModel):
    """An issued document: immutable; a correction is a new document that supersedes it."""

    id: uuid.UUID
    report_id: uuid.UUID | None
    office: str = Field(description="The issuing office's code.")
    kind: str
    form_code: str
    form_verified: bool = Field(description="False: the code is the service's own (LOW).")
    title: str
    number: str = Field(description="The letter number (per office, kind and year, gap-free).")
    subject_id: uuid.UUID | None
    data_class: list[DataClass]
    template: str
    template_sha256: str = Field(description="Version of the template (and common layout).")
    sha256: str = Field(description="SHA-256 of the PDF: the document's identity.")
    size: int
    renditions: list[Rendition]
    facts: dict[str, object] = Field(
        description="What the document states that a listing shows (addressee, deadline)."
    )
    issued_by: str
    issued_at: datetime
    supersedes: uuid.UUID | None
    superseded_at: datetime | None
    reason: str
    signed_scan: SignedScan | None


class DocumentList(BaseModel):
    items: list[DocumentOut]
    next_cursor: str | None = Field(None, description=WHOLE_LIST)


class SignedScanIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    evidence_id: uuid.UUID = Field(
        description="The scan, uploaded to the case's evidence first (PDF or image)."
    )


class LetterheadIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    address: str = Field("", max_length=500)
    phone: str = Field("", max_length=64)
    email: str = Field("", max_length=254, pattern=r"^$|^[^@\s]+@[^@\s]+$")
    website: str = Field("", max_length=200)
    city: str = Field("", max_length=100, description="Where letters are signed.")
    chair_name: str = Field("", max_length=200, description="Who signs as chair.")
    chair_title: str = Field("", max_length=200, description="Default: `Ketua <office name>`.")


class LetterheadOut(LetterheadIn):
    office: str
    logo: str | None = Field(description="SHA-256 of the logo (null: none).")
    logo_type: str | None
    updated_by: str | None
    updated_at: datetime | None
    version: int


class RequestError(BaseModel):
    """Why a queued document was not issued: the problem the request would have answered."""

    status: int = Field(examples=[404])
    code: str = Field(examples=["document_not_found"])
    title: str
    detail: str


class DocumentRequestOut(BaseModel):
    """A document asked for off the request. Poll ``GET /v1/document-requests/{id}``:
    ``queued`` until the worker has issued it (``done``: ``document_id``, read it at
    ``/v1/documents/{document_id}``) or refused it (``failed``: ``error``)."""

    id: uuid.UUID
    kind: str = Field(examples=["register_book"])
    office: str = Field(examples=["52.03"])
    status: Literal["queued", "done", "failed"]
    document_id: uuid.UUID | None = None
    error: RequestError | None = None
    requested_by: str
    created_at: datetime
    finished_at: datetime | None = None
