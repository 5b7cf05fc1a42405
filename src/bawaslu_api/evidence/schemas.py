"""Request and response shapes of the evidence domain."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from bawaslu_api.evidence.models import (
    EvidenceCategory,
    EvidenceChannel,
    EvidenceForm,
    EvidenceStatus,
    ProvidedBy,
    ScanStatus,
    UploadStatus,
)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PhysicalReceipt(Strict):
    """Who received a physical item, when, how many copies, and where it is kept."""

    received_by: str = Field(min_length=1, max_length=200, description="Staff who took it.")
    received_at: AwareDatetime
    handed_over_by: str = Field(
        "", max_length=200, description="Who handed it in (name, or 'reporter')."
    )
    copies: int = Field(
        1,
        ge=1,
        le=1000,
        description="Copies received; documents are handed in 3 (docs/legal/rules.md §4).",
    )
    kept_at: str = Field(min_length=1, max_length=500, description="Where the office keeps it.")


class PhysicalIn(Strict):
    category: Literal["document", "object", "storage_media", "photo", "video", "audio"]
    description: str = Field(min_length=1, max_length=2000)
    provided_by: ProvidedBy = ProvidedBy.reporter
    channel: EvidenceChannel = EvidenceChannel.walk_in
    receipt: PhysicalReceipt


class LinkIn(Strict):
    digital_id: uuid.UUID = Field(description="The file item that digitises this physical item.")


class HandoverIn(Strict):
    to: str = Field(min_length=1, max_length=200, description="New custodian.")
    kept_at: str = Field(min_length=1, max_length=500, description="Where it is kept now.")
    note: str = Field("", max_length=2000)


class SupersedeIn(Strict):
    replacement_id: uuid.UUID = Field(description="The newer item of the same case.")
    reason: str = Field(min_length=3, max_length=2000)


class WithdrawIn(Strict):
    reason: str = Field(min_length=3, max_length=2000)


class UploadCreate(Strict):
    size: int = Field(gt=0, description="Total size in bytes.")
    sha256: str | None = Field(
        None,
        pattern=r"^[0-9a-f]{64}$",
        description="The file's SHA-256 in lower-case hex, if the client knows it: the "
        "upload fails at completion when the bytes differ. The server computes it anyway.",
    )
    description: str = Field(min_length=1, max_length=2000)
    filename: str | None = Field(None, max_length=255)
    declared_type: str | None = Field(
        None, max_length=127, description="What the client believes the type is (kept, not used)."
    )
    provided_by: ProvidedBy = ProvidedBy.reporter
    channel: EvidenceChannel = EvidenceChannel.mobile


class UploadOut(BaseModel):
    id: uuid.UUID
    report_id: uuid.UUID
    size: int
    offset: int = Field(description="Bytes stored so far; the next part starts here.")
    sha256: str | None = Field(description="The SHA-256 the client announced, if any.")
    status: UploadStatus
    expires_at: datetime
    evidence_id: uuid.UUID | None = None
    upload_url: str


class EvidenceOut(BaseModel):
    id: uuid.UUID
    report_id: uuid.UUID
    form: EvidenceForm
    category: EvidenceCategory
    status: EvidenceStatus
    description: str
    provided_by: ProvidedBy
    channel: EvidenceChannel
    recorded_by: str
    recorded_at: datetime
    filename: str | None = None
    declared_type: str | None = None
    content_type: str | None = Field(None, description="Sniffed from the bytes.")
    size: int | None = None
    sha256: str | None = None
    scan_status: ScanStatus
    scan_detail: str | None = None
    corrupted_at: datetime | None = Field(
        None, description="When a read found the stored bytes changed; never served since."
    )
    receipt: PhysicalReceipt | None = None
    custodian: str | None = Field(None, description="Current custodian of a physical item.")
    kept_at: str | None = None
    digitises_id: uuid.UUID | None = None
    digitised_by: list[uuid.UUID] = Field(default_factory=list)
    superseded_by_id: uuid.UUID | None = None
    status_reason: str | None = None
    content_url: str | None = None


class EvidenceList(BaseModel):
    items: list[EvidenceOut]


class CustodyEventOut(BaseModel):
    at: datetime
    actor: str
    action: str
    channel: str
    client_address: str
    user_agent: str
    details: dict[str, Any]
    case_seq: int = Field(description="The event's place in the case's hash-chained timeline.")


class Custody(BaseModel):
    evidence_id: uuid.UUID
    items: list[CustodyEventOut]
