"""Indonesian dates and times as official letters write them: ``Senin, 7 Desember 2026``,
``20.00 WITA`` (the office's zone, by its abbreviation)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from bawaslu_api.reference import LABELS

MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
ZONES = {"Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}
UNITS = {unit: labels[0] for unit, labels in LABELS["deadline_unit"].items()}
"""A deadline's unit as a letter states it (``3 hari kerja``)."""


def tanggal(day: date | None) -> str:
    """``7 Desember 2026`` (empty for none)."""
    if day is None:
        return ""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def hari_tanggal(day: date | None) -> str:
    """``Senin, 7 Desember 2026``."""
    if day is None:
        return ""
    return f"{DAYS[day.weekday()]}, {tanggal(day)}"


def local(moment: datetime, zone: str) -> datetime:
    return moment.astimezone(ZoneInfo(zone))


def pukul(moment: datetime | None, zone: str) -> str:
    """``20.00 WITA``: the time in the office's zone."""
    if moment is None:
        return ""
    at = local(moment, zone)
    return f"{at:%H.%M} {ZONES.get(zone, zone)}"


def waktu(moment: datetime | None, zone: str) -> str:
    """``Senin, 7 Desember 2026 pukul 20.00 WITA``."""
    if moment is None:
        return ""
    return f"{hari_tanggal(local(moment, zone).date())} pukul {pukul(moment, zone)}"


NUMBERS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
           "sembilan", "sepuluh", "sebelas")  # fmt: skip


def terbilang(n: int) -> str:
    """A small number in words (``tiga``, ``dua puluh satu``); digits from 100 on."""
    if 0 <= n < len(NUMBERS):
        return NUMBERS[n]
    if 12 <= n <= 19:
        return f"{NUMBERS[n - 10]} belas"
    if 20 <= n <= 99:
        tens, ones = divmod(n, 10)
        return f"{NUMBERS[tens]} puluh" + (f" {NUMBERS[ones]}" if ones else "")
    return str(n)


def period(amount: int, unit: str) -> str:
    """A deadline's length as letters write it: ``3 (tiga) hari kerja``."""
    return f"{amount} ({terbilang(amount)}) {UNITS.get(unit, unit)}"
