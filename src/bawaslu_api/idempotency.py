"""Idempotency-Key for creating POSTs: a retry gets the first response, a reused key with a
different request answers 422. The record is written in the request's own transaction, so
a request that failed leaves no record and can be retried with the same key.

A route takes ``idempotency_key: IdempotencyKey = None`` and answers through :func:`once`."""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Annotated, Any, TypeVar

from fastapi import Header, Request, Response
from pydantic import BaseModel
from sqlalchemy import Integer, String, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from bawaslu_api.db.base import Base
from bawaslu_api.errors import Unprocessable
from bawaslu_api.i18n import Text

M = TypeVar("M", bound=BaseModel)

IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        max_length=200,
        description="Optional retry-safe key: a retry with the same key and body returns the "
        "first response (`Idempotent-Replayed: true`); the same key with another body is 422.",
    ),
]


class IdempotencyKeyReused(Unprocessable):
    code = "idempotency_key_reused"
    title = Text(
        "Idempotency-Key sudah dipakai untuk permintaan lain",
        "Idempotency-Key already used for a different request",
    )


class IdempotencyRecord(Base):
    """The first response to a creating POST, replayed for retries with the same key."""

    __tablename__ = "idempotency_record"

    subject: Mapped[str] = mapped_column(String(200), primary_key=True)
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    request_hash: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int] = mapped_column(Integer)
    body: Mapped[dict[str, Any]] = mapped_column(JSONB)
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())


def request_fingerprint(method: str, path: str, body: BaseModel | None) -> str:
    """What makes two requests "the same": method, path and the validated body."""
    payload = body.model_dump_json() if body is not None else ""
    return hashlib.sha256(f"{method} {path}\n{payload}".encode()).hexdigest()


async def replay(
    session: AsyncSession, subject: str, key: str | None, fingerprint: str
) -> IdempotencyRecord | None:
    """The stored first response for this key, if any; 422 if the key named another request."""
    if not key:
        return None
    record = await session.get(IdempotencyRecord, (subject, key))
    if record is not None and record.request_hash != fingerprint:
        raise IdempotencyKeyReused()
    return record


async def remember(
    session: AsyncSession,
    subject: str,
    key: str | None,
    fingerprint: str,
    status_code: int,
    body: dict[str, Any],
) -> None:
    """Store the response of the first request with this key (same transaction)."""
    if not key:
        return
    session.add(
        IdempotencyRecord(
            subject=subject, key=key, request_hash=fingerprint, status_code=status_code, body=body
        )
    )
    await session.flush()


async def once(
    session: AsyncSession,
    subject: str,
    key: str | None,
    request: Request,
    response: Response,
    body: BaseModel,
    model: type[M],
    create: Callable[[], Awaitable[M]],
    *,
    status_code: int,
    location: Callable[[M], str] | None = None,
) -> M:
    """The answer of a creating POST under an optional Idempotency-Key.

    A retry with the same key and ``body`` gets the stored first response as ``model``, with
    its status code and ``Idempotent-Replayed: true``, and ``create`` is not called; the key
    with another request is 422 (:class:`IdempotencyKeyReused`). Otherwise ``create`` makes
    the response, which is remembered with ``status_code`` (the route's). ``location``, if
    given, names the created resource in the ``Location`` header of both answers."""
    fingerprint = request_fingerprint("POST", request.url.path, body)
    record = await replay(session, subject, key, fingerprint)
    if record is not None:
        out = model.model_validate(record.body)
        response.status_code = record.status_code
        if location is not None:
            response.headers["Location"] = location(out)
        response.headers["Idempotent-Replayed"] = "true"
        return out
    out = await create()
    await remember(session, subject, key, fingerprint, status_code, out.model_dump(mode="json"))
    if location is not None:
        response.headers["Location"] = location(out)
    return out
