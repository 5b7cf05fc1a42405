"""Request and response shapes of the webhooks API."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from bawaslu_api.webhooks.models import DeliveryStatus, EventType


class WebhookCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: str = Field(min_length=8, max_length=2000, description="http(s) URL of the receiver.")
    events: list[EventType] = Field(min_length=1, description="Events to receive.")
    office: str | None = Field(
        None, description="Office code whose subtree is covered; default: your office."
    )
    description: str = Field("", max_length=500)


class WebhookOut(BaseModel):
    id: uuid.UUID
    url: str
    events: list[EventType]
    office: str
    description: str
    created_by: str
    created_at: datetime


class WebhookCreated(WebhookOut):
    secret: str = Field(
        description="Signing secret (`whsec_...`), shown only in this response. Verify the "
        "`webhook-signature` header with it (Standard Webhooks)."
    )


class WebhookPage(BaseModel):
    items: list[WebhookOut]
    next_cursor: str | None


class AttemptOut(BaseModel):
    number: int
    at: datetime
    status_code: int | None
    error: str | None
    duration_ms: int
    worker: str


class DeliveryOut(BaseModel):
    id: uuid.UUID
    event_id: uuid.UUID = Field(description="The `webhook-id` header of every attempt.")
    event_type: EventType
    report_id: uuid.UUID
    status: DeliveryStatus
    attempts: int
    next_attempt_at: datetime | None = Field(description="When pending: the next attempt.")
    give_up_at: datetime
    last_status_code: int | None
    last_error: str | None
    delivered_at: datetime | None
    created_at: datetime
    attempt_log: list[AttemptOut]


class DeliveryPage(BaseModel):
    items: list[DeliveryOut]
    next_cursor: str | None
