"""Fixed-window rate limits counted in PostgreSQL, so every API process agrees.

A *policy* is a named quota (`BAWASLU_RATE_LIMITS`: requests per window) applied to a
*partition*: a caller address, an account, a client, a reporter. Counting is one
autocommitted statement on the primary: a request that fails (a wrong password, say)
still counts, and a rolled-back request cannot hide from the limit.

Every count is remembered on the request, and :mod:`bawaslu_api.ratelimit.headers` writes
the IETF ``RateLimit-Policy`` and ``RateLimit`` fields of every policy the request was
counted against (draft-ietf-httpapi-ratelimit-headers-11, docs/security.md).
"""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from fastapi import Request
from sqlalchemy import delete
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncEngine

from bawaslu_api.ratelimit.errors import TooManyRequests
from bawaslu_api.ratelimit.models import RateLimitBucket

SCOPE_KEY = "bawaslu.rate_limits"
"""Where the outcomes of a request's counts are kept (in its ASGI scope)."""

_FALLBACK = (120, 60)

_Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True, slots=True)
class Policy:
    """A named quota: ``limit`` requests per ``window_s`` seconds and partition."""

    name: str
    limit: int
    window_s: int


@dataclass(frozen=True, slots=True)
class Outcome:
    """One count: what is left of ``policy``'s quota and when its window ends."""

    policy: Policy
    remaining: int
    reset_s: int


def policy(settings: Any, name: str) -> Policy:
    """The policy ``name`` as configured (``default``'s figures when it is not listed)."""
    limits: dict[str, tuple[int, int]] = settings.rate_limits
    limit, window_s = limits.get(name) or limits.get("default") or _FALLBACK
    return Policy(name, limit, window_s)


@lru_cache(maxsize=16)
def _networks(proxies: tuple[str, ...]) -> tuple[_Network, ...]:
    return tuple(ipaddress.ip_network(p, strict=False) for p in proxies)


def _trusted(host: str, networks: Sequence[_Network]) -> bool:
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return any(address in network for network in networks)


def client_address(request: Request, trusted_proxies: Sequence[str]) -> str:
    """The caller's address. ``X-Forwarded-For`` is believed only when the peer is a
    trusted proxy (``BAWASLU_TRUSTED_PROXIES``: addresses or CIDR ranges), and then read
    from the right: the first hop that is not a trusted proxy is the client (what a client
    writes on the left of the header is never believed)."""
    peer = request.client.host if request.client else "unknown"
    if not trusted_proxies:
        return peer
    networks = _networks(tuple(trusted_proxies))
    if not _trusted(peer, networks):
        return peer
    hops = [
        hop.strip()
        for value in request.headers.getlist("x-forwarded-for")
        for hop in value.split(",")
        if hop.strip()
    ]
    for hop in reversed(hops):
        if not _trusted(hop, networks):
            return hop[:64]
    return hops[0][:64] if hops else peer


async def hit(engine: AsyncEngine, key: str, rule: Policy, *, now: float | None = None) -> Outcome:
    """Count one request of partition ``key`` under ``rule``."""
    moment = time.time() if now is None else now
    start = int(moment // rule.window_s) * rule.window_s
    window_start = datetime.fromtimestamp(start, UTC)
    stmt = (
        insert(RateLimitBucket)
        .values(key=f"{rule.name}:{key}", window_start=window_start, count=1)
        .on_conflict_do_update(
            index_elements=["key", "window_start"],
            set_={"count": RateLimitBucket.count + 1},
        )
        .returning(RateLimitBucket.count)
    )
    # Autocommit: one round trip, no BEGIN/COMMIT around it.
    async with engine.connect() as conn:
        conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
        count = (await conn.execute(stmt)).scalar_one()
        if count == 1:
            # Opportunistic clean-up of this key's old windows (once per window).
            await conn.execute(
                delete(RateLimitBucket).where(
                    RateLimitBucket.key == f"{rule.name}:{key}",
                    RateLimitBucket.window_start < window_start,
                )
            )
    # Negative ``remaining``: this request went past the limit.
    return Outcome(rule, rule.limit - count, max(1, int(start + rule.window_s - moment)))


async def limit(request: Request, name: str, key: str) -> None:
    """Count this request of partition ``key`` (an address, an account, a reporter's hash)
    under the policy ``name``; 429 with ``Retry-After`` when its quota is spent. A policy
    whose limit is 0 is off (nothing counted, no header)."""
    rule = policy(request.app.state.settings, name)
    if rule.limit <= 0:
        return
    outcome = await hit(request.app.state.engine, key, rule)
    outcomes: list[Outcome] = request.scope.setdefault(SCOPE_KEY, [])
    refused = outcome.remaining < 0
    outcomes.append(Outcome(rule, 0, outcome.reset_s) if refused else outcome)
    if refused:
        raise TooManyRequests(
            retry_after=outcome.reset_s, limit=rule.limit, window_s=rule.window_s, policy=name
        )


def rate_limit(name: str) -> Callable[[Request], Coroutine[Any, Any, None]]:
    """A dependency limiting each caller address under the policy ``name``."""

    async def _limit(request: Request) -> None:
        settings = request.app.state.settings
        await limit(request, name, client_address(request, settings.trusted_proxies))

    return _limit
