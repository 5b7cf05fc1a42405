"""Rows to response shapes."""

from __future__ import annotations

from bawaslu_api.webhooks.models import DeliveryStatus, EventType, WebhookSubscription
from bawaslu_api.webhooks.outbox import office_code
from bawaslu_api.webhooks.schemas import AttemptOut, DeliveryOut, WebhookOut
from bawaslu_api.webhooks.service import Delivery


def webhook_out(row: WebhookSubscription) -> WebhookOut:
    return WebhookOut(
        id=row.id,
        url=row.url,
        events=[EventType(e) for e in row.events],
        office=office_code(row.office_path),
        description=row.description,
        created_by=row.created_by,
        created_at=row.created_at,
    )


def delivery_out(item: Delivery) -> DeliveryOut:
    row, event_type, attempts = item
    return DeliveryOut(
        id=row.id,
        event_id=row.event_id,
        event_type=EventType(event_type),
        report_id=row.report_id,
        status=row.status,
        attempts=row.attempts,
        next_attempt_at=row.next_attempt_at if row.status is DeliveryStatus.pending else None,
        give_up_at=row.give_up_at,
        last_status_code=row.last_status_code,
        last_error=row.last_error,
        delivered_at=row.delivered_at,
        created_at=row.created_at,
        attempt_log=[
            AttemptOut(
                number=a.number,
                at=a.at,
                status_code=a.status_code,
                error=a.error,
                duration_ms=a.duration_ms,
                worker=a.worker,
            )
            for a in attempts
        ],
    )
