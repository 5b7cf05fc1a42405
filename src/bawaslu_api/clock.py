"""The service's one source of "now" (UTC, timezone-aware), and how far ahead of it a
client's clock may run (``BAWASLU_CLOCK_SKEW_S``)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Annotated

from pydantic import AfterValidator, WithJsonSchema

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


def _without_offset(value: time) -> time:
    if value.tzinfo is not None:
        raise ValueError(
            "give the local time at the place, without an offset (the office's zone applies)"
        )
    return value


LOCAL_TIME_PATTERN = r"^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,6})?)?$"

LocalTime = Annotated[
    time,
    AfterValidator(_without_offset),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": LOCAL_TIME_PATTERN,
            "examples": ["14:30", "09:05:00"],
            "description": "Wall-clock time at the place (`HH:MM` or `HH:MM:SS`), in the time "
            "zone of its office (WIB, WITA or WIT), without a UTC offset: the time a witness "
            "reads off a clock. Answered as `HH:MM:SS`.",
        }
    ),
]
"""A local wall-clock time (an incident's ``time``): not JSON Schema's ``format: time``,
which requires a UTC offset (RFC 3339 ``full-time``). The place fixes the zone; an offset
given with it is refused rather than silently dropped."""
