"""Webhook subscriptions, the outbox of events, deliveries and their attempts."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Identity, Index, Integer, String, Text, func
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from bawaslu_api.db.base import Base, UUIDPrimaryKey, str_enum


class EventType(enum.StrEnum):
    """Events a subscription may ask for (docs/webhooks.md)."""

    report_created = "report.created"
    report_registered = "report.registered"
    report_corrected = "report.corrected"
    report_linked = "report.linked"
    analysis_drafted = "analysis.drafted"
    analysis_revised = "analysis.revised"
    analysis_finalized = "analysis.finalized"
    analysis_approved = "analysis.approved"
    analysis_superseded = "analysis.superseded"
    plenary_held = "plenary.held"
    report_decided = "report.decided"
    report_forwarded = "report.forwarded"
    report_announced = "report.announced"
    deadline_due_soon = "deadline.due_soon"
    deadline_missed = "deadline.missed"
    kpu_followup_recorded = "kpu.followup_recorded"
    report_assigned = "report.assigned"
    report_assignment_released = "report.assignment_released"
    gakkumdu_discussion_held = "gakkumdu.discussion_held"
    gakkumdu_dossier_updated = "gakkumdu.dossier_updated"
    gakkumdu_police_report_recorded = "gakkumdu.police_report_recorded"
    hearing_panel_formed = "hearing.panel_formed"
    hearing_session_recorded = "hearing.session_recorded"
    person_added = "person.added"
    person_updated = "person.updated"
    clarification_scheduled = "clarification.scheduled"
    clarification_invitation_received = "clarification.invitation_received"
    clarification_held = "clarification.held"
    clarification_cancelled = "clarification.cancelled"


class DeliveryStatus(enum.StrEnum):
    pending = "pending"  # waiting for its (next) attempt (a queued job), or in flight
    delivered = "delivered"  # a 2xx answer
    failed = "failed"  # given up after the retry window


class WebhookSubscription(UUIDPrimaryKey, Base):
    """A receiver's URL, the events it wants and the office subtree it covers."""

    __tablename__ = "webhook_subscription"

    url: Mapped[str] = mapped_column(Text)
    events: Mapped[list[str]] = mapped_column(ARRAY(String(40)))
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"))
    office_path: Mapped[str] = mapped_column(String(512), index=True)
    # Needed in clear to sign deliveries (HMAC); shown to the creator once.
    secret: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())


class WebhookEvent(UUIDPrimaryKey, Base):
    """The outbox: one row per event, written in the transaction of the change.

    ``seq`` orders the events of a case (they are written under the case's row lock).
    The id is the Standard Webhooks ``webhook-id`` (the same on every retry).
    """

    __tablename__ = "webhook_event"

    seq: Mapped[int] = mapped_column(BigInteger, Identity(always=True), unique=True)
    type: Mapped[str] = mapped_column(String(40))
    report_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("report.id", ondelete="CASCADE"), index=True
    )
    office_path: Mapped[str] = mapped_column(String(512))
    payload: Mapped[dict[str, Any]] = mapped_column(JSONB)
    occurred_at: Mapped[datetime]

    # Read ``seq`` back in the INSERT's RETURNING (no lazy load under asyncio).
    __mapper_args__ = {"eager_defaults": True}


class WebhookDelivery(UUIDPrimaryKey, Base):
    """One event for one subscription, sent by a queued job (``webhooks/delivery.py``) and
    retried; the row is what the deliveries listing shows."""

    __tablename__ = "webhook_delivery"
    __table_args__ = (
        Index("ix_webhook_delivery_due", "status", "next_attempt_at"),
        Index("ix_webhook_delivery_order", "subscription_id", "report_id", "event_seq"),
    )

    subscription_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("webhook_subscription.id", ondelete="CASCADE")
    )
    event_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("webhook_event.id", ondelete="CASCADE"), index=True
    )
    report_id: Mapped[uuid.UUID] = mapped_column()
    event_seq: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[DeliveryStatus] = mapped_column(str_enum(DeliveryStatus, "delivery_status"))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime]
    give_up_at: Mapped[datetime]
    last_status_code: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(Text)
    delivered_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())


class WebhookAttempt(Base):
    """Every HTTP attempt of a delivery, kept for the deliveries view."""

    __tablename__ = "webhook_attempt"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    delivery_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("webhook_delivery.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime]
    status_code: Mapped[int | None] = mapped_column(Integer)
    error: Mapped[str | None] = mapped_column(Text)
    duration_ms: Mapped[int] = mapped_column(Integer)
    worker: Mapped[str] = mapped_column(String(100))
