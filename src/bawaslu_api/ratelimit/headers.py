"""The IETF ``RateLimit-Policy`` and ``RateLimit`` response fields.

draft-ietf-httpapi-ratelimit-headers-11 (May 2026), sections 3 and 4: both are
Structured Field Lists (RFC 9651) of items named by a String, one per quota policy the
request was counted against::

    RateLimit-Policy: "public";q=300;w=60, "public_filing";q=120;w=3600
    RateLimit: "public";r=299;t=42, "public_filing";r=119;t=1800

``q`` is the quota, ``w`` its window in seconds, ``r`` what is left of it and ``t`` the
seconds until the window ends. Written on every response of a limited route, the 429
included (which also carries ``Retry-After``, never earlier than ``t``).
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bawaslu_api.ratelimit.service import SCOPE_KEY, Outcome


def fields(outcomes: list[Outcome]) -> list[tuple[bytes, bytes]]:
    """The two header fields of ``outcomes`` (the latest count of each policy)."""
    latest = {o.policy.name: o for o in outcomes}
    policies = ", ".join(
        f'"{o.policy.name}";q={o.policy.limit};w={o.policy.window_s}' for o in latest.values()
    )
    limits = ", ".join(
        f'"{o.policy.name}";r={max(0, o.remaining)};t={o.reset_s}' for o in latest.values()
    )
    return [(b"ratelimit-policy", policies.encode()), (b"ratelimit", limits.encode())]


class RateLimitHeadersMiddleware:
    """Adds the fields of the policies a request was counted against to its response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                outcomes = scope.get(SCOPE_KEY)
                if outcomes:
                    message["headers"] = [*message.get("headers", ()), *fields(outcomes)]
            await send(message)

        await self.app(scope, receive, send_wrapper)
