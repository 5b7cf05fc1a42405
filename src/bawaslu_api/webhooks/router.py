"""``/v1/webhooks``: subscriptions, their deliveries and redelivery."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

from bawaslu_api.cases.errors import OutsideJurisdiction, UnknownReference
from bawaslu_api.db.uow import DbSession
from bawaslu_api.errors import problem_responses
from bawaslu_api.http.declare import headers
from bawaslu_api.pagination import InvalidCursor
from bawaslu_api.security.dependencies import AUTH_ERRORS, require_roles
from bawaslu_api.security.principals import Principal, Role, Scope
from bawaslu_api.webhooks import service
from bawaslu_api.webhooks.errors import DeliveryNotFound, TargetNotAllowed, WebhookNotFound
from bawaslu_api.webhooks.models import DeliveryStatus
from bawaslu_api.webhooks.presenters import delivery_out, webhook_out
from bawaslu_api.webhooks.schemas import (
    DeliveryOut,
    DeliveryPage,
    WebhookCreate,
    WebhookCreated,
    WebhookOut,
    WebhookPage,
)

router = APIRouter(prefix="/v1/webhooks", tags=["webhooks"])

# Admins of an office, or machine clients granted `webhooks:manage`, for their subtree.
WebhookManager = Annotated[
    Principal, Depends(require_roles(Role.admin, scopes=(Scope.webhooks_manage,)))
]


@router.post(
    "",
    status_code=201,
    summary="Subscribe to events",
    responses={
        **problem_responses(
            *AUTH_ERRORS, OutsideJurisdiction, UnknownReference, TargetNotAllowed, validation=True
        ),
        201: headers("Location"),
    },
)
async def webhooks_create(
    body: WebhookCreate,
    session: DbSession,
    principal: WebhookManager,
    request: Request,
    response: Response,
) -> WebhookCreated:
    """Events of the cases in an office's subtree, POSTed to `url`, signed as in Standard
    Webhooks. The `secret` is shown only here. Private and loopback addresses are refused
    (unless `BAWASLU_WEBHOOK_ALLOW_PRIVATE_TARGETS`). See docs/webhooks.md."""
    row, secret = await service.create(session, principal, request.app.state.settings, body)
    response.headers["Location"] = f"/v1/webhooks/{row.id}"
    response.headers["Cache-Control"] = "no-store"
    return WebhookCreated(**webhook_out(row).model_dump(), secret=secret)


@router.get(
    "", summary="List subscriptions", responses=problem_responses(*AUTH_ERRORS, InvalidCursor)
)
async def webhooks_list(
    session: DbSession,
    principal: WebhookManager,
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> WebhookPage:
    """Subscriptions of your office's subtree (secrets are never listed)."""
    rows, next_cursor = await service.list_(session, principal, cursor=cursor, limit=limit)
    return WebhookPage(items=[webhook_out(r) for r in rows], next_cursor=next_cursor)


@router.get(
    "/{webhook_id}",
    summary="Get a subscription",
    responses=problem_responses(*AUTH_ERRORS, WebhookNotFound),
)
async def webhooks_get(
    webhook_id: uuid.UUID, session: DbSession, principal: WebhookManager
) -> WebhookOut:
    return webhook_out(await service.get(session, principal, webhook_id))


@router.delete(
    "/{webhook_id}",
    status_code=204,
    summary="Delete a subscription",
    responses=problem_responses(*AUTH_ERRORS, WebhookNotFound),
)
async def webhooks_delete(
    webhook_id: uuid.UUID, session: DbSession, principal: WebhookManager
) -> Response:
    """Stops deliveries at once; pending ones are dropped with the subscription."""
    await service.delete(session, principal, webhook_id)
    return Response(status_code=204)


@router.get(
    "/{webhook_id}/deliveries",
    summary="Deliveries and their attempts",
    responses=problem_responses(*AUTH_ERRORS, WebhookNotFound, InvalidCursor),
)
async def webhooks_deliveries(
    webhook_id: uuid.UUID,
    session: DbSession,
    principal: WebhookManager,
    status: DeliveryStatus | None = None,
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> DeliveryPage:
    """Newest first; every attempt with its HTTP status, error and duration."""
    items, next_cursor = await service.deliveries(
        session, principal, webhook_id, status=status, cursor=cursor, limit=limit
    )
    return DeliveryPage(items=[delivery_out(i) for i in items], next_cursor=next_cursor)


@router.post(
    "/{webhook_id}/deliveries/{delivery_id}/redeliver",
    status_code=202,
    summary="Send a delivery again",
    responses=problem_responses(*AUTH_ERRORS, WebhookNotFound, DeliveryNotFound),
)
async def webhooks_redeliver(
    webhook_id: uuid.UUID, delivery_id: uuid.UUID, session: DbSession, principal: WebhookManager
) -> DeliveryOut:
    """Queues the delivery for the worker now, with a fresh 24-hour retry window."""
    return delivery_out(await service.redeliver(session, principal, webhook_id, delivery_id))
