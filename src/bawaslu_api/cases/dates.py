"""Impossible moments of a case's steps: the one check of a time an action is given (its
``occurred_at``, or another moment it records: a notice's receipt, a forwarding's sending,
an invitation's receipt), for every package that records a step of a case.

A moment is impossible when it is in the future beyond the allowed clock skew
(:func:`bawaslu_api.clock.latest_allowed`, ``BAWASLU_CLOCK_SKEW_S``) or before the moment
it must follow (the case's previous step, or another time named by the caller): a 422
``impossible_date`` problem whose ``errors`` name the field and both times. The checks of
the dates a case is given at intake are ``reports/dates.py``, which uses these.
"""

from __future__ import annotations

from datetime import UTC, datetime

from bawaslu_api.cases.errors import ImpossibleDate
from bawaslu_api.clock import latest_allowed
from bawaslu_api.errors import FieldError
from bawaslu_api.i18n import Text

FUTURE_TIME = Text(
    "Waktu {value} belum terjadi (sekarang {now}).",
    "The time {value} has not happened yet (now is {now}).",
)
_BEFORE_PREVIOUS = Text(
    "Waktu {value} sebelum langkah sebelumnya ({previous_action}, {previous}).",
    "The time {value} is before the case's previous step ({previous_action}, {previous}).",
)
_SUMMARY = Text("Tanggal tidak mungkin: {names}.", "Impossible dates: {names}.")


def iso(moment: datetime) -> str:
    """``moment`` in UTC, ISO 8601 (how problems name a time); as given when UTC cannot
    hold it (year 1 at +14:00, year 9999 at -12:00: still named, never a 500)."""
    try:
        return moment.astimezone(UTC).isoformat()
    except OverflowError:
        return moment.isoformat()


def raise_impossible(errors: list[FieldError]) -> None:
    """422 ``impossible_date`` for ``errors`` (none: nothing). One field: its message is
    the problem's detail; several: the detail names them."""
    if len(errors) == 1:
        (only,) = errors
        raise ImpossibleDate(only.message, fields=errors, **only.params)
    if errors:
        names = ", ".join(".".join(str(p) for p in e.loc) for e in errors)
        raise ImpossibleDate(_SUMMARY, fields=errors, names=names)


def check_occurred_at(
    occurred_at: datetime,
    *,
    now: datetime,
    previous: tuple[str, datetime] | None,
    field: str | tuple[str | int, ...] = "occurred_at",
) -> None:
    """422 ``impossible_date`` on ``field`` (``occurred_at`` of a case action, or another
    moment the action records: the notice's receipt, the forwarding's sending and receipt,
    an invitation's receipt) in the future (beyond the skew), or before ``previous`` (the
    case's previous step, or the moment it must follow: its name and when), naming both
    times."""
    loc = (field,) if isinstance(field, str) else field
    if occurred_at > latest_allowed(now):
        raise_impossible(
            [
                FieldError(
                    loc,
                    "date_in_future",
                    FUTURE_TIME,
                    {"value": iso(occurred_at), "now": iso(now)},
                )
            ]
        )
    if previous is not None and occurred_at < previous[1]:
        raise_impossible(
            [
                FieldError(
                    loc,
                    "before_previous_event",
                    _BEFORE_PREVIOUS,
                    {
                        "value": iso(occurred_at),
                        "previous": iso(previous[1]),
                        "previous_action": previous[0],
                    },
                )
            ]
        )
