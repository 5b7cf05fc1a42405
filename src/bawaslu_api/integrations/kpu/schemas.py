"""Shapes of the KPU forwarding API."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from bawaslu_api.deadlines.schemas import DeadlineOut
from bawaslu_api.integrations.kpu.models import KpuForwardingStatus


class KpuAcknowledgementIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    received_at: AwareDatetime = Field(
        description="When KPU received the forwarding. For `pemilihan` the follow-up clock "
        "(7 calendar days, UU 10/2016 Art. 139-140) starts here."
    )


class KpuFollowUpIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    action: str = Field(min_length=1, max_length=5000, description="Tindak lanjut: what KPU did.")
    document_reference: str = Field(
        min_length=1, max_length=200, description="Number of KPU's decree or letter."
    )
    followed_up_at: AwareDatetime = Field(description="When KPU took the action.")


class KpuForwardingOut(BaseModel):
    id: uuid.UUID
    report_id: uuid.UUID
    register_number: str | None
    office: str
    regime: str
    category: str | None
    reference: str
    sent_at: datetime
    status: KpuForwardingStatus
    received_at: datetime | None
    followup_action: str | None
    followup_document: str | None
    followed_up_at: datetime | None
    deadline: DeadlineOut | None = Field(
        description="The statutory follow-up clock (`admin.kpu_followup`), when running."
    )


class KpuForwardingPage(BaseModel):
    items: list[KpuForwardingOut]
    next_cursor: str | None
