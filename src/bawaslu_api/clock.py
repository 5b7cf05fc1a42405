"""The service's one source of "now" (UTC, timezone-aware), and how far ahead of it a
client's clock may run (``BAWASLU_CLOCK_SKEW_S``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

DEFAULT_SKEW_S = 300

_skew = timedelta(seconds=DEFAULT_SKEW_S)


def utcnow() -> datetime:
    return datetime.now(UTC)


def configure(*, skew_s: float) -> None:
    """Set the allowed clock skew for this process (the app factory does, from settings)."""
    global _skew
    _skew = timedelta(seconds=skew_s)


def skew() -> timedelta:
    """How far ahead of the server's clock a date or time given by a client may be."""
    return _skew


def latest_allowed(now: datetime | None = None) -> datetime:
    """The latest moment a client may give as past: now plus the allowed skew."""
    return (now or utcnow()) + _skew
