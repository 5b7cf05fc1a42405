"""The outbox: events written in the same transaction as the change that caused them.

A rolled-back change leaves no event. :func:`emit` also writes one delivery per matching
subscription (event type wanted, case inside the subscription's office subtree) and queues
the job that sends each, all in that transaction (``webhooks/delivery.py``).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases.models import Report
from bawaslu_api.db import bulk
from bawaslu_api.db.base import uuid7
from bawaslu_api.jsonvalue import json_ready
from bawaslu_api.offices import scope
from bawaslu_api.webhooks import delivery
from bawaslu_api.webhooks.models import (
    DeliveryStatus,
    EventType,
    WebhookDelivery,
    WebhookEvent,
    WebhookSubscription,
)

RETRY_WINDOW = timedelta(hours=24)
"""How long a delivery is retried before it is given up (docs/webhooks.md)."""


def office_code(path: str) -> str:
    """The office code of a path such as ``/ID/52/52.03/``."""
    return path.rstrip("/").rsplit("/", 1)[-1]


def report_summary(report: Report) -> dict[str, Any]:
    """What every event says about its case: no personal data, ever."""
    return {
        "id": str(report.id),
        "kind": report.kind.value,
        "regime": report.regime,
        "office": office_code(report.office_path),
        "status": report.status.value,
        "register_number": report.register_number,
    }


def event_row(
    kind: EventType, report: Report, payload: dict[str, Any], at: datetime
) -> WebhookEvent:
    """The outbox row of ``kind`` about ``report`` (not yet stored)."""
    data = json_ready({"report": report_summary(report), **payload})
    return bulk.new(
        WebhookEvent,
        id=uuid7(),
        type=kind.value,
        report_id=report.id,
        office_path=report.office_path,
        payload={"type": kind.value, "timestamp": at.isoformat(), "data": data},
        occurred_at=at,
    )


def delivery_row(subscription_id: uuid.UUID, event: WebhookEvent, at: datetime) -> WebhookDelivery:
    """The job of sending ``event`` to one subscription."""
    return bulk.new(
        WebhookDelivery,
        id=uuid7(),
        subscription_id=subscription_id,
        event_id=event.id,
        report_id=event.report_id,
        event_seq=event.seq,
        status=DeliveryStatus.pending,
        attempts=0,
        next_attempt_at=at,
        give_up_at=at + RETRY_WINDOW,
    )


async def emit(
    session: AsyncSession,
    event_type: EventType | str,
    report: Report,
    payload: dict[str, Any],
    *,
    now: datetime | None = None,
) -> WebhookEvent:
    """Record ``event_type`` about ``report`` and queue its deliveries (flush only).

    Callers hold the case's row lock (every case action does), so the events of one case
    get increasing ``seq`` in commit order, which the worker delivers in order.
    """
    at = now or datetime.now(UTC)
    kind = EventType(event_type)
    event = event_row(kind, report, payload, at)
    session.add(event)
    await session.flush()
    wanted = select(WebhookSubscription.id).where(
        WebhookSubscription.events.contains([kind.value]),
        scope.covering(report.office_path, WebhookSubscription.office_path),
    )
    deliveries = [
        delivery_row(subscription_id, event, at)
        for subscription_id in (await session.execute(wanted)).scalars()
    ]
    if deliveries:
        session.add_all(deliveries)
        await session.flush()
        await delivery.enqueue(session, [d.id for d in deliveries])
    return event


async def emit_many(
    session: AsyncSession,
    event_type: EventType | str,
    reports: Sequence[tuple[Report, dict[str, Any]]],
    *,
    now: datetime | None = None,
) -> None:
    """:func:`emit` for new cases, one event each, written with ``COPY`` (bulk intake).

    The cases are new and not visible to anyone else, so no lock is needed for ``seq``.
    """
    if not reports:
        return
    at = now or datetime.now(UTC)
    kind = EventType(event_type)
    events = [event_row(kind, report, payload, at) for report, payload in reports]
    await bulk.copy_objects(session, events)
    subscriptions = (
        await session.execute(
            select(WebhookSubscription.id, WebhookSubscription.office_path).where(
                WebhookSubscription.events.contains([kind.value])
            )
        )
    ).all()
    if not subscriptions:
        return
    seqs = dict(
        await bulk.fetch(
            session,
            "SELECT id, seq FROM webhook_event WHERE id = ANY($1::uuid[])",
            [e.id for e in events],
        )
    )
    deliveries: list[WebhookDelivery] = []
    for event in events:
        event.seq = seqs[event.id]
        deliveries.extend(
            delivery_row(sub_id, event, at)
            for sub_id, sub_path in subscriptions
            if scope.covers(sub_path, event.office_path)
        )
    await bulk.copy_objects(session, deliveries)
    await delivery.enqueue(session, [d.id for d in deliveries])
