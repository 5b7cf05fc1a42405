"""Office hours, time zones and effective receipt.

Reports are received until 16:00, Fridays until 16:30, office local time (Perbawaslu
7/2022 Art. 11; the Pilkada regulation has the same hours). During the quiet period
(masa tenang) and on voting and counting days the office receives reports 24 hours a day
(docs/legal/rules.md §2; the windows come from :func:`bawaslu_rules.stages.reception_windows`).
A report handed in after closing time, or on a day the office is closed, counts as
received on the next day the office is open. Pilkada offices are open every calendar day
by default (policy ``pemilihan.reception_days``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Final
from zoneinfo import ZoneInfo

from bawaslu_rules.calendar import Calendar
from bawaslu_rules.errors import RulesError

__all__ = [
    "CLOSING_TIME",
    "FRIDAY_CLOSING_TIME",
    "ZONES",
    "DateWindow",
    "closing_time",
    "effective_receipt",
    "end_of_office_day",
    "get_zone",
    "in_windows",
    "to_local",
]

CLOSING_TIME: Final = time(16, 0)
"""Closing time for receiving reports, Monday-Thursday (Perbawaslu 7/2022 Art. 11)."""
FRIDAY_CLOSING_TIME: Final = time(16, 30)
"""Closing time on Fridays (Perbawaslu 7/2022 Art. 11)."""
_FRIDAY: Final = 4

ZONES: Final[Mapping[str, str]] = {
    "Asia/Jakarta": "Asia/Jakarta",  # WIB, UTC+7
    "Asia/Makassar": "Asia/Makassar",  # WITA, UTC+8
    "Asia/Jayapura": "Asia/Jayapura",  # WIT, UTC+9
    "WIB": "Asia/Jakarta",
    "WITA": "Asia/Makassar",
    "WIT": "Asia/Jayapura",
}
"""Accepted zone names: the three Indonesian IANA zones and their Indonesian abbreviations."""

_ZONE_CACHE: dict[str, ZoneInfo] = {}


def get_zone(name: str) -> ZoneInfo:
    """The ``ZoneInfo`` for one of the three Indonesian zones (cached)."""
    zone = _ZONE_CACHE.get(name)
    if zone is None:
        key = ZONES.get(name)
        if key is None:
            raise RulesError(
                f"unknown zone {name!r}: use Asia/Jakarta (WIB), Asia/Makassar (WITA) "
                "or Asia/Jayapura (WIT)"
            )
        zone = ZoneInfo(key)
        _ZONE_CACHE[name] = zone
    return zone


@dataclass(frozen=True, slots=True)
class DateWindow:
    """An inclusive range of dates, e.g. a quiet period or voting and counting days."""

    start: date
    end: date
    label: str = ""

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise RulesError(f"window {self.label!r} ends {self.end} before it starts {self.start}")

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DateWindow:
        """Parse ``{"start": "YYYY-MM-DD", "end": "YYYY-MM-DD", "label"?: str}``."""
        return cls(
            date.fromisoformat(str(data["start"])),
            date.fromisoformat(str(data["end"])),
            str(data.get("label", "")),
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready representation."""
        return {"start": self.start.isoformat(), "end": self.end.isoformat(), "label": self.label}


def in_windows(day: date, windows: Iterable[DateWindow]) -> bool:
    """True when ``day`` lies in any of ``windows``."""
    return any(w.start <= day <= w.end for w in windows)


def closing_time(day: date) -> time:
    """Closing time for receiving reports on ``day``: 16:00, Friday 16:30."""
    return FRIDAY_CLOSING_TIME if day.weekday() == _FRIDAY else CLOSING_TIME


def end_of_office_day(day: date, zone: ZoneInfo) -> datetime:
    """The aware datetime at which a day-based deadline ending on ``day`` expires."""
    return datetime.combine(day, closing_time(day), tzinfo=zone)


def to_local(moment: datetime, zone: ZoneInfo) -> datetime:
    """``moment`` in ``zone``; a naive datetime is taken to be office local time already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=zone)
    return moment.astimezone(zone)


def effective_receipt(
    received_at: date | datetime,
    *,
    calendar: Calendar,
    zone: str = "Asia/Jakarta",
    open_windows: Iterable[DateWindow] = (),
    cuti_bersama_is_working_day: bool = False,
    every_day: bool = False,
) -> date:
    """The date on which a report handed in at ``received_at`` counts as received.

    Inside an ``open_windows`` day (24-hour reception) it is the local date itself; on a
    day the office is open, up to and including closing time (16:00, Friday 16:30), too.
    Otherwise it is the next day the office is open: a working day or a day inside an
    open window. With ``every_day`` the office is open every calendar day (closing time
    still applies; Pilkada, policy ``pemilihan.reception_days``). A naive ``received_at``
    is office local time; a plain date is taken as 00:00 office local time on that day
    (so a date on a closed day moves to the next open day, as a timestamp would).
    """
    if isinstance(received_at, datetime):
        local = to_local(received_at, get_zone(zone))
        day = local.date()
        at = local.time().replace(tzinfo=None)
    else:
        day = received_at
        at = time(0, 0)
    windows = tuple(open_windows)
    if in_windows(day, windows):
        return day
    is_open = every_day or calendar.is_working_day(
        day, cuti_bersama_is_working_day=cuti_bersama_is_working_day
    )
    if is_open and at <= closing_time(day):
        return day
    if every_day:
        return day + timedelta(days=1)
    # Next open day: the next working day, unless a 24-hour window opens earlier.
    nxt = calendar.add_working_days(day, 1, cuti_bersama_is_working_day=cuti_bersama_is_working_day)
    candidate = day + timedelta(days=1)
    while candidate < nxt:
        if in_windows(candidate, windows):
            return candidate
        candidate += timedelta(days=1)
    return nxt
