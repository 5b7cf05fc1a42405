"""Webhook subscriptions and their deliveries, within the caller's office subtree."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases.errors import OutsideJurisdiction, UnknownReference
from bawaslu_api.db.base import uuid7
from bawaslu_api.i18n import Text
from bawaslu_api.offices import scope
from bawaslu_api.pagination import decode_id_cursor, encode_id_cursor
from bawaslu_api.security.principals import Principal
from bawaslu_api.settings import Settings
from bawaslu_api.webhooks import delivery, sealing, signing, targets
from bawaslu_api.webhooks.errors import DeliveryNotFound, TargetNotAllowed, WebhookNotFound
from bawaslu_api.webhooks.models import (
    DeliveryStatus,
    WebhookAttempt,
    WebhookDelivery,
    WebhookEvent,
    WebhookSubscription,
)
from bawaslu_api.webhooks.outbox import RETRY_WINDOW
from bawaslu_api.webhooks.schemas import WebhookCreate


async def create(
    session: AsyncSession, principal: Principal, settings: Settings, body: WebhookCreate
) -> tuple[WebhookSubscription, str]:
    """A subscription for the caller's office (or an office below it), and its new secret
    (stored sealed: the one time it is seen in clear is the answer to this request)."""
    office_code = body.office or principal.office_code
    office = await scope.office_in_scope(
        session, principal, office_code, unknown=UnknownReference, outside=OutsideJurisdiction
    )
    try:
        await targets.check(body.url, allow_private=settings.webhook_allow_private_targets)
    except targets.TargetRefused as exc:
        raise TargetNotAllowed(
            Text("URL ditolak: {why}.", "URL refused: {why}."), why=str(exc)
        ) from exc
    secret = signing.new_secret()
    row = WebhookSubscription(
        id=uuid7(),
        url=body.url,
        events=sorted({e.value for e in body.events}),
        office_id=office.id,
        office_path=office.path,
        secret=sealing.seal(secret, sealing.key_from(settings)),
        description=body.description,
        created_by=principal.subject,
        created_at=datetime.now(UTC),
    )
    session.add(row)
    await session.flush()
    return row, secret


async def get(
    session: AsyncSession, principal: Principal, webhook_id: uuid.UUID
) -> WebhookSubscription:
    row = await session.get(WebhookSubscription, webhook_id)
    if row is None or not scope.sees(principal, row.office_path):
        raise WebhookNotFound(
            Text("Langganan {id} tidak ada.", "No subscription {id}."), id=webhook_id
        )
    return row


async def list_(
    session: AsyncSession, principal: Principal, *, cursor: str | None, limit: int
) -> tuple[list[WebhookSubscription], str | None]:
    stmt = select(WebhookSubscription).where(
        scope.within(principal.office_path, WebhookSubscription.office_path)
    )
    if cursor:
        stmt = stmt.where(WebhookSubscription.id > decode_id_cursor(cursor))
    rows = list(
        (await session.execute(stmt.order_by(WebhookSubscription.id).limit(limit + 1))).scalars()
    )
    if len(rows) > limit:
        rows = rows[:limit]
        return rows, encode_id_cursor(rows[-1].id)
    return rows, None


async def delete(session: AsyncSession, principal: Principal, webhook_id: uuid.UUID) -> None:
    """Remove a subscription; its pending deliveries go with it."""
    row = await get(session, principal, webhook_id)
    await session.delete(row)
    await session.flush()


Delivery = tuple[WebhookDelivery, str, list[WebhookAttempt]]


async def _with_attempts(
    session: AsyncSession, rows: list[tuple[WebhookDelivery, str]]
) -> list[Delivery]:
    ids = [d.id for d, _ in rows]
    attempts: dict[uuid.UUID, list[WebhookAttempt]] = {i: [] for i in ids}
    if ids:
        found = await session.execute(
            select(WebhookAttempt)
            .where(WebhookAttempt.delivery_id.in_(ids))
            .order_by(WebhookAttempt.delivery_id, WebhookAttempt.number, WebhookAttempt.id)
        )
        for attempt in found.scalars():
            attempts[attempt.delivery_id].append(attempt)
    return [(d, t, attempts[d.id]) for d, t in rows]


async def deliveries(
    session: AsyncSession,
    principal: Principal,
    webhook_id: uuid.UUID,
    *,
    status: DeliveryStatus | None,
    cursor: str | None,
    limit: int,
) -> tuple[list[Delivery], str | None]:
    """The subscription's deliveries, newest first, each with every attempt."""
    await get(session, principal, webhook_id)
    stmt = (
        select(WebhookDelivery, WebhookEvent.type)
        .join(WebhookEvent, WebhookEvent.id == WebhookDelivery.event_id)
        .where(WebhookDelivery.subscription_id == webhook_id)
    )
    if status is not None:
        stmt = stmt.where(WebhookDelivery.status == status)
    if cursor:
        stmt = stmt.where(WebhookDelivery.id < decode_id_cursor(cursor))
    found = (await session.execute(stmt.order_by(WebhookDelivery.id.desc()).limit(limit + 1))).all()
    rows = [(d, t) for d, t in found]
    next_cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        next_cursor = encode_id_cursor(rows[-1][0].id)
    return await _with_attempts(session, rows), next_cursor


async def redeliver(
    session: AsyncSession, principal: Principal, webhook_id: uuid.UUID, delivery_id: uuid.UUID
) -> Delivery:
    """Queue a delivery again now (a new retry window); its earlier attempts stay listed."""
    await get(session, principal, webhook_id)
    found = (
        await session.execute(
            select(WebhookDelivery, WebhookEvent.type)
            .join(WebhookEvent, WebhookEvent.id == WebhookDelivery.event_id)
            .where(WebhookDelivery.id == delivery_id, WebhookDelivery.subscription_id == webhook_id)
            .with_for_update(of=WebhookDelivery)
        )
    ).one_or_none()
    if found is None:
        raise DeliveryNotFound(
            Text("Pengiriman {id} tidak ada.", "No delivery {id}."), id=delivery_id
        )
    row, event_type = found
    now = datetime.now(UTC)
    row.status = DeliveryStatus.pending
    row.next_attempt_at = now
    row.give_up_at = now + RETRY_WINDOW
    await session.flush()
    await delivery.requeue(session, row.id, now)
    return (await _with_attempts(session, [(row, event_type)]))[0]
