"""A value built from an append-only table of operators' settings, kept per process and
per unit of work.

The calendar's overrides and the rules policies' settings are rows that are added and
revoked, never edited or deleted. Each process keeps the value it last built from them,
keyed by a fingerprint of the table (how many rows, how many revoked, the latest
``created_at`` and ``revoked_at``), so a change made through any process is used by every
process from its next request on, without a restart; within one unit of work the value is
looked up once. The counts only grow in an append-only table, so two revocations that
commit out of the order of their timestamps still change the fingerprint.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

T = TypeVar("T")

_Fingerprint = tuple[int, int, datetime | None, datetime | None]


class Snapshot(Generic[T]):
    """``build(session)`` over the rows of ``model`` (which has ``id``, ``created_at`` and
    ``revoked_at``), cached as described in the module docstring. ``build`` returns plain
    values, never ORM objects: the value outlives its session, and a session that rolls
    back expires its objects (a later request reading them fails)."""

    def __init__(self, key: str, model: Any, build: Callable[[AsyncSession], Awaitable[T]]) -> None:
        self._key = key
        self._model = model
        self._build = build
        self._cache: tuple[_Fingerprint, T] | None = None

    async def get(self, session: AsyncSession) -> T:
        """The value in force for this unit of work."""
        if self._key in session.info:
            value: T = session.info[self._key]
            return value
        value = await self._current(session)
        session.info[self._key] = value
        return value

    def forget(self, session: AsyncSession) -> None:
        """The unit of work changed the rows: build the value again on the next ``get``."""
        session.info.pop(self._key, None)

    def _aggregates(self) -> list[Any]:
        model = self._model
        return [
            select(aggregate).scalar_subquery()
            for aggregate in (
                func.count(model.id),
                func.count(model.revoked_at),
                func.max(model.created_at),
                func.max(model.revoked_at),
            )
        ]

    async def _current(self, session: AsyncSession) -> T:
        row = (await session.execute(select(*self._aggregates()))).one()
        return await self._value(session, tuple(row))

    async def _value(self, session: AsyncSession, row: tuple[Any, ...]) -> T:
        fingerprint = (int(row[0]), int(row[1]), row[2], row[3])
        if self._cache is not None and self._cache[0] == fingerprint:
            return self._cache[1]
        value = await self._build(session)
        self._cache = (fingerprint, value)
        return value


async def prefetch(session: AsyncSession, *snapshots: Snapshot[Any]) -> None:
    """Look up the fingerprints of ``snapshots`` not yet in this unit of work with one
    statement (a request that needs the calendar and the policy settings asks the database
    once, not twice); their ``get`` then costs nothing."""
    missing = [s for s in snapshots if s._key not in session.info]
    if len(missing) < 2:
        return
    row = tuple(
        (await session.execute(select(*(c for s in missing for c in s._aggregates())))).one()
    )
    for n, snap in enumerate(missing):
        session.info[snap._key] = await snap._value(session, row[4 * n : 4 * n + 4])
