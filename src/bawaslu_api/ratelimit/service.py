"""Fixed-window rate limits counted in PostgreSQL, so every API process agrees.

Counting runs in its own short transaction, committed at once: a request that fails (a
wrong password, say) still counts, and a rolled-back request cannot hide from the limit.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime
from typing import Any

from fastapi import Request
from sqlalchemy import delete
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncEngine

from bawaslu_api.ratelimit.errors import TooManyRequests
from bawaslu_api.ratelimit.models import RateLimitBucket


def client_address(request: Request, trusted_proxies: list[str]) -> str:
    """The caller's address; ``X-Forwarded-For`` is believed only from a trusted proxy."""
    peer = request.client.host if request.client else "unknown"
    forwarded = request.headers.get("x-forwarded-for")
    if forwarded and peer in trusted_proxies:
        return forwarded.split(",")[0].strip()
    return peer


async def hit(
    engine: AsyncEngine, key: str, *, limit: int, window_s: int, now: float | None = None
) -> None:
    """Count one request for ``key``; raise 429 with ``Retry-After`` past ``limit``."""
    moment = time.time() if now is None else now
    start = int(moment // window_s) * window_s
    window_start = datetime.fromtimestamp(start, UTC)
    stmt = (
        insert(RateLimitBucket)
        .values(key=key, window_start=window_start, count=1)
        .on_conflict_do_update(
            index_elements=["key", "window_start"],
            set_={"count": RateLimitBucket.count + 1},
        )
        .returning(RateLimitBucket.count)
    )
    async with engine.begin() as conn:
        count = (await conn.execute(stmt)).scalar_one()
        if count == 1:
            # Opportunistic clean-up of this key's old windows.
            await conn.execute(
                delete(RateLimitBucket).where(
                    RateLimitBucket.key == key, RateLimitBucket.window_start < window_start
                )
            )
    if count > limit:
        raise TooManyRequests(
            retry_after=max(1, int(start + window_s - moment)), limit=limit, window_s=window_s
        )


async def limit_key(request: Request, bucket: str, key: str) -> None:
    """Count one request of ``key`` (an account, a client id) on ``bucket``."""
    settings = request.app.state.settings
    limit, window_s = settings.rate_limits.get(bucket, settings.rate_limits["default"])
    await hit(request.app.state.engine, f"{bucket}:{key}", limit=limit, window_s=window_s)


def rate_limit(bucket: str) -> Callable[[Request], Coroutine[Any, Any, None]]:
    """A dependency limiting each caller address on ``bucket`` (limits from the settings)."""

    async def _limit(request: Request) -> None:
        settings = request.app.state.settings
        limit, window_s = settings.rate_limits.get(bucket, settings.rate_limits["default"])
        address = client_address(request, settings.trusted_proxies)
        await hit(request.app.state.engine, f"{bucket}:{address}", limit=limit, window_s=window_s)

    return _limit
