"""Too many requests."""

from __future__ import annotations

from bawaslu_api.errors import DomainError
from bawaslu_api.i18n import Text


class TooManyRequests(DomainError):
    status = 429
    code = "rate_limited"
    title = Text("Terlalu banyak permintaan", "Too many requests")

    def __init__(self, retry_after: int, limit: int, window_s: int, policy: str) -> None:
        super().__init__(
            Text(
                "Batas {limit} permintaan per {window} detik (kebijakan {policy}) terlampaui; "
                "coba lagi dalam {retry} detik.",
                "Limit of {limit} requests per {window} s (policy {policy}) exceeded; "
                "retry in {retry} s.",
            ),
            limit=limit,
            window=window_s,
            retry=retry_after,
            policy=policy,
        )
        self.headers = {"Retry-After": str(retry_after)}
