"""Plausibility checks for the NIK (Nomor Induk Kependudukan) on a KTP-el.

Layout (Permendagri on population administration): ``PPKKCC DDMMYY SSSS``: province (2),
regency/city (2), district (2), birth date DDMMYY with 40 added to the day for women, and
a serial number. Only plausibility is checked; the population register is not consulted.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import Final

__all__ = [
    "PROVINCE_CODES",
    "NikCode",
    "nik_birth_date",
    "nik_birth_dates",
    "nik_region",
    "validate_nik",
]


class NikCode(StrEnum):
    """Failure codes of :func:`validate_nik` (the service translates them)."""

    NOT_16_DIGITS = "nik_not_16_digits"
    PROVINCE_UNKNOWN = "nik_province_unknown"
    REGENCY_ZERO = "nik_regency_zero"
    DISTRICT_ZERO = "nik_district_zero"
    BIRTH_DATE_INVALID = "nik_birth_date_invalid"
    BIRTH_DATE_IN_FUTURE = "nik_birth_date_in_future"


PROVINCE_CODES: Final[dict[str, str]] = {
    # Kemendagri province codes (38 provinces since the 2022 Papua expansion).
    "11": "Aceh",
    "12": "Sumatera Utara",
    "13": "Sumatera Barat",
    "14": "Riau",
    "15": "Jambi",
    "16": "Sumatera Selatan",
    "17": "Bengkulu",
    "18": "Lampung",
    "19": "Kepulauan Bangka Belitung",
    "21": "Kepulauan Riau",
    "31": "DKI Jakarta",
    "32": "Jawa Barat",
    "33": "Jawa Tengah",
    "34": "DI Yogyakarta",
    "35": "Jawa Timur",
    "36": "Banten",
    "51": "Bali",
    "52": "Nusa Tenggara Barat",
    "53": "Nusa Tenggara Timur",
    "61": "Kalimantan Barat",
    "62": "Kalimantan Tengah",
    "63": "Kalimantan Selatan",
    "64": "Kalimantan Timur",
    "65": "Kalimantan Utara",
    "71": "Sulawesi Utara",
    "72": "Sulawesi Tengah",
    "73": "Sulawesi Selatan",
    "74": "Sulawesi Tenggara",
    "75": "Gorontalo",
    "76": "Sulawesi Barat",
    "81": "Maluku",
    "82": "Maluku Utara",
    "91": "Papua",
    "92": "Papua Barat",
    "93": "Papua Selatan",
    "94": "Papua Tengah",
    "95": "Papua Pegunungan",
    "96": "Papua Barat Daya",
}


def _birth(dd: int, mm: int, year: int) -> date | None:
    if dd > 40:  # women: day + 40
        dd -= 40
    try:
        return date(year, mm, dd)
    except ValueError:
        return None


def nik_birth_dates(nik: str, *, on: date | None = None) -> tuple[date, ...]:
    """Every plausible birth date encoded in a 16-digit ``nik``, oldest first.

    The year has two digits: both readings 19YY and 20YY are returned when they are real
    dates and, with ``on``, not after ``on`` (a person born 1920 and one born 2020 share
    the digits ``20``). Empty when no reading is plausible.
    """
    if len(nik) != 16 or not nik.isascii() or not nik.isdigit():
        return ()
    readings = _readings(nik[6:12])
    if on is None:
        return readings
    return tuple(b for b in readings if b <= on)


@lru_cache(maxsize=65536)
def _readings(ddmmyy: str) -> tuple[date, ...]:
    dd, mm, yy = int(ddmmyy[0:2]), int(ddmmyy[2:4]), int(ddmmyy[4:6])
    readings = (_birth(dd, mm, 1900 + yy), _birth(dd, mm, 2000 + yy))
    return tuple(b for b in readings if b is not None)


def nik_birth_date(nik: str, *, on: date | None = None) -> date | None:
    """The birth date encoded in a 16-digit ``nik`` when it is unambiguous, else None.

    Since 1.2.0: a date only when exactly one reading of the two-digit year (19YY or
    20YY, not after ``on`` when given) is plausible (:func:`nik_birth_dates`); before,
    20YY was preferred whenever it was not after ``on``'s year, so a person born in 1920
    was read as born in 2020.
    """
    readings = nik_birth_dates(nik, on=on)
    return readings[0] if len(readings) == 1 else None


def nik_region(nik: str) -> str | None:
    """The region code of a 16-digit ``nik`` as ``PP.RR.DD`` (province, regency/city,
    district: where the NIK was first issued, not the holder's domicile), or None."""
    if len(nik) != 16 or not nik.isascii() or not nik.isdigit():
        return None
    return f"{nik[0:2]}.{nik[2:4]}.{nik[4:6]}"


def validate_nik(nik: str, *, on: date | None = None) -> list[str]:
    """Failure codes (:class:`NikCode` values) for ``nik``; an empty list means plausible.

    ``nik_birth_date_invalid`` when neither reading of the birth date (19YY, 20YY) is a
    real date; with ``on``, ``nik_birth_date_in_future`` only when no reading is on or
    before ``on``.
    """
    if len(nik) != 16 or not nik.isascii() or not nik.isdigit():
        return [NikCode.NOT_16_DIGITS.value]
    failures: list[str] = []
    if nik[0:2] not in PROVINCE_CODES:
        failures.append(NikCode.PROVINCE_UNKNOWN.value)
    if nik[2:4] == "00":
        failures.append(NikCode.REGENCY_ZERO.value)
    if nik[4:6] == "00":
        failures.append(NikCode.DISTRICT_ZERO.value)
    if not nik_birth_dates(nik):
        failures.append(NikCode.BIRTH_DATE_INVALID.value)
    elif on is not None and not nik_birth_dates(nik, on=on):
        failures.append(NikCode.BIRTH_DATE_IN_FUTURE.value)
    return failures
