"""Append to, read and verify a case's hash-chained timeline; record and read its access log.

Each event is hashed (SHA-256) over its predecessor's hash and its own canonical JSON, so a
changed, removed or reordered event breaks the chain at that event (:func:`verify_chain`).
Appending is serial per case because every caller holds the case's row lock.

An event's ``at`` and ``actor`` are who entered it and when. When the step happened at
another moment (a paper case entered after the fact, an intake whose ``received_at`` is
given), its ``changes`` carry ``occurred_at`` (hashed with the rest): :func:`occurred_of`.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Collection
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.clock import utcnow
from bawaslu_api.db import bulk
from bawaslu_api.jsonvalue import json_ready
from bawaslu_api.timeline.models import CaseAccess, CaseEvent

GENESIS = b"\x00" * 32
"""The "previous hash" of a case's first event."""


def event_hash(prev: bytes, seq: int, at: datetime, actor: str, action: str, changes: Any) -> bytes:
    """SHA-256 over the previous hash and the canonical JSON of this event."""
    canonical = json.dumps(
        {
            "seq": seq,
            "at": at.astimezone(UTC).isoformat(),
            "actor": actor,
            "action": action,
            "changes": changes,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        default=str,
    )
    return hashlib.sha256(prev + canonical.encode()).digest()


def new_event(
    report_id: uuid.UUID,
    seq: int,
    prev: bytes,
    actor: str,
    action: str,
    changes: dict[str, Any],
    at: datetime,
) -> CaseEvent:
    """The event after ``prev`` in a case's chain (not yet stored)."""
    changes = json_ready(changes)
    return bulk.new(
        CaseEvent,
        report_id=report_id,
        seq=seq,
        at=at,
        actor=actor,
        action=action,
        changes=changes,
        prev_hash=prev,
        hash=event_hash(prev, seq, at, actor, action, changes),
    )


async def append_event(
    session: AsyncSession, report_id: uuid.UUID, actor: str, action: str, changes: dict[str, Any]
) -> CaseEvent:
    """Append an event to the case's chain (the case's row is locked by the caller)."""
    last = (
        await session.execute(
            select(CaseEvent.seq, CaseEvent.hash)
            .where(CaseEvent.report_id == report_id)
            .order_by(CaseEvent.seq.desc())
            .limit(1)
        )
    ).one_or_none()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    event = new_event(report_id, seq, prev, actor, action, changes, utcnow())
    session.add(event)
    await session.flush()
    return event


def occurred_iso(moment: datetime) -> str:
    """How ``occurred_at`` is written into an event's ``changes`` (UTC, ISO 8601); as
    given when UTC cannot hold it (only ever in a refusal's message: such a time is
    refused before anything is stored)."""
    try:
        return moment.astimezone(UTC).isoformat()
    except OverflowError:
        return moment.isoformat()


def occurred_of(event: CaseEvent) -> datetime:
    """When the event's step happened: its ``changes.occurred_at``, else when it was
    entered (``at``)."""
    raw = event.changes.get("occurred_at") if isinstance(event.changes, dict) else None
    return datetime.fromisoformat(raw) if isinstance(raw, str) else event.at


async def last_occurred(
    session: AsyncSession, report_id: uuid.UUID, actions: Collection[str]
) -> tuple[str, datetime] | None:
    """The case's latest event among ``actions`` (its steps), as (action, when it
    happened); None when it has none."""
    event = (
        await session.execute(
            select(CaseEvent)
            .where(CaseEvent.report_id == report_id, CaseEvent.action.in_(tuple(actions)))
            .order_by(CaseEvent.seq.desc())
            .limit(1)
        )
    ).scalar_one_or_none()
    return None if event is None else (event.action, occurred_of(event))


async def events(session: AsyncSession, report_id: uuid.UUID) -> list[CaseEvent]:
    """The case's events, oldest first."""
    return list(
        (
            await session.execute(
                select(CaseEvent).where(CaseEvent.report_id == report_id).order_by(CaseEvent.seq)
            )
        ).scalars()
    )


def verify_chain(chain: list[CaseEvent]) -> tuple[bool, int | None, str | None]:
    """Recompute the chain; name the first event whose link or content does not hold."""
    prev = GENESIS
    for expected_seq, event in enumerate(chain, start=1):
        if event.seq != expected_seq:
            return False, expected_seq, "missing_event"
        if event.prev_hash != prev:
            return False, event.seq, "broken_link"
        if event.hash != event_hash(
            prev, event.seq, event.at, event.actor, event.action, event.changes
        ):
            return False, event.seq, "content_changed"
        prev = event.hash
    return True, None, None


# ---------------------------------------------------------------- access log


async def record_access(
    session: AsyncSession, subject: str, report_id: uuid.UUID, action: str, reason: str = ""
) -> None:
    """Remember that ``subject`` touched the case (``reveal``, ``export``, ``read``...)."""
    session.add(CaseAccess(report_id=report_id, subject=subject, action=action, reason=reason))
    await session.flush()


async def record_read(
    session: AsyncSession, subject: str, report_id: uuid.UUID, *, sensitive: bool
) -> None:
    """A read is recorded for sensitive cases only."""
    if sensitive:
        await record_access(session, subject, report_id, "read")


async def access_log(session: AsyncSession, report_id: uuid.UUID) -> list[CaseAccess]:
    """Who touched the case, oldest first."""
    return list(
        (
            await session.execute(
                select(CaseAccess)
                .where(CaseAccess.report_id == report_id)
                .order_by(CaseAccess.at, CaseAccess.id)
            )
        ).scalars()
    )
