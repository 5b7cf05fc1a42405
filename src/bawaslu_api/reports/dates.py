"""Impossible dates: the one check of the dates a case is given, for every way in.

Intake (``POST /v1/reports``, online filing, each item of a bulk import), the completion of
a report (on the merged result) and every backdated case action (``occurred_at``) call
these functions, so the same input gets the same answer everywhere: a 422
``impossible_date`` problem whose ``errors`` name each field, and nothing stored.

"In the future" allows the client's clock to run ahead of the server's by
``BAWASLU_CLOCK_SKEW_S`` (:func:`bawaslu_api.clock.latest_allowed`); a *date* is in the
future when it is later than the office's local date of that moment (an office in WIT
reaches tomorrow two hours before one in WIB).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from bawaslu_api.cases.dates import FUTURE_TIME as _FUTURE_TIME
from bawaslu_api.cases.dates import check_occurred_at as check_occurred_at  # re-exported
from bawaslu_api.cases.dates import iso as _iso
from bawaslu_api.cases.dates import raise_impossible as _raise
from bawaslu_api.clock import latest_allowed
from bawaslu_api.errors import FieldError
from bawaslu_api.i18n import Text

_FUTURE_DATE = Text(
    "Tanggal {value} belum terjadi (hari ini {today} waktu kantor).",
    "The date {value} has not happened yet (today is {today}, office time).",
)
_KNOWN_BEFORE_INCIDENT = Text(
    "Tanggal diketahui {known_on} sebelum tanggal kejadian {incident}.",
    "Known on {known_on}, before the incident on {incident}.",
)
_AFTER_RECEIPT = Text(
    "Tanggal {value} sesudah laporan diterima ({received_on}).",
    "The date {value} is after the report was received ({received_on}).",
)


def office_today(zone: str, now: datetime) -> date:
    """The latest date that is not in the future for an office in ``zone``."""
    return latest_allowed(now).astimezone(ZoneInfo(zone)).date()


def check_case_dates(
    *,
    zone: str,
    now: datetime,
    received_at: datetime | None = None,
    known_on: date | None = None,
    incident_date: date | None = None,
) -> None:
    """422 ``impossible_date`` naming every impossible field of a case's dates:

    - ``received_at``, ``known_on`` or ``incident.date`` in the future (beyond the skew);
    - ``known_on`` before ``incident.date`` (nobody knows of a violation before it happens);
    - ``known_on`` or ``incident.date`` after the local date of ``received_at`` (a report is
      not handed in, nor a finding set, before it is known).

    ``zone`` is the office's time zone; ``received_at`` is the intake's (``None``: now).
    """
    errors: list[FieldError] = []
    today = office_today(zone, now)
    limit = latest_allowed(now)
    if received_at is not None and received_at > limit:
        errors.append(
            FieldError(
                ("received_at",),
                "date_in_future",
                _FUTURE_TIME,
                {"value": _iso(received_at), "now": _iso(now)},
            )
        )
        received_at = None  # compare the other dates with today only
    received_on = received_at.astimezone(ZoneInfo(zone)).date() if received_at else None
    for loc, value in ((("incident", "date"), incident_date), (("known_on",), known_on)):
        if value is None:
            continue
        if value > today:
            errors.append(
                FieldError(loc, "date_in_future", _FUTURE_DATE, {"value": value, "today": today})
            )
        elif received_on is not None and value > received_on:
            errors.append(
                FieldError(
                    loc, "after_receipt", _AFTER_RECEIPT,
                    {"value": value, "received_on": received_on},
                )
            )  # fmt: skip
    if known_on is not None and incident_date is not None and known_on < incident_date:
        errors.append(
            FieldError(
                ("known_on",),
                "known_before_incident",
                _KNOWN_BEFORE_INCIDENT,
                {"known_on": known_on, "incident": incident_date},
            )
        )
    _raise(errors)
