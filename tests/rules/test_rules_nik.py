"""NIK plausibility: 16 digits, province code, regency/district non-zero, birth date."""

from __future__ import annotations

from datetime import date

import pytest

from bawaslu_rules import PROVINCE_CODES, nik_birth_date, nik_birth_dates, nik_region, validate_nik

ON = date(2024, 3, 1)


@pytest.mark.parametrize(
    ("nik", "codes"),
    [
        # 32 Jawa Barat, 01, 01, born 15-08-1990 (man), serial 0001.
        ("3201011508900001", []),
        # Woman: day 15 + 40 = 55.
        ("3201015508900002", []),
        # 38 provinces: 96 Papua Barat Daya is valid, 20 is not.
        ("9601011508900001", []),
        ("2001011508900001", ["nik_province_unknown"]),
        ("3200011508900001", ["nik_regency_zero"]),
        ("3201001508900001", ["nik_district_zero"]),
        # Day 32 and day 72 (woman, 32) do not exist; month 13 neither.
        ("3201013208900001", ["nik_birth_date_invalid"]),
        ("3201017208900001", ["nik_birth_date_invalid"]),
        ("3201011513900001", ["nik_birth_date_invalid"]),
        # Day 00 and days 32-40 are never valid.
        ("3201010008900001", ["nik_birth_date_invalid"]),
        ("3201013508900001", ["nik_birth_date_invalid"]),
        # 29 Feb 2000 exists (YY=00 <= 24 -> 2000); 29 Feb 2001 does not.
        ("3201012902000001", []),
        ("3201012902010001", ["nik_birth_date_invalid"]),
        # Born 01-06-24: 2024-06-01 is after 1 Mar 2024 but 1924-06-01 is not, so the
        # birth date is not in the future (1.1 read only 2024 and said it was).
        ("3201010106240001", []),
        # Several failures at once.
        (
            "0000003208900001",
            [
                "nik_province_unknown",
                "nik_regency_zero",
                "nik_district_zero",
                "nik_birth_date_invalid",
            ],
        ),
        # Length and characters.
        ("320101150890001", ["nik_not_16_digits"]),
        ("32010115089000011", ["nik_not_16_digits"]),
        ("32010115089000a1", ["nik_not_16_digits"]),
        ("３２０１０１１５０８９００００１", ["nik_not_16_digits"]),  # full-width digits
        ("", ["nik_not_16_digits"]),
    ],
)
def test_validate_nik(nik: str, codes: list[str]) -> None:
    assert validate_nik(nik, on=ON) == codes


def test_future_check_needs_on() -> None:
    # On 1 Mar 1999 neither 1999-06-01 nor 2099-06-01 has happened yet.
    assert validate_nik("3201010106990001", on=date(1999, 3, 1)) == ["nik_birth_date_in_future"]
    assert validate_nik("3201010106990001") == []


def test_birth_date_decoding() -> None:
    assert nik_birth_date("3201015508900002", on=ON) == date(1990, 8, 15)
    # 2025 is after ON: only 1925 is possible.
    assert nik_birth_date("3201011508250001", on=ON) == date(1925, 8, 15)
    # 05 is 1905 or 2005: ambiguous since 1.2.0 (1.1 said 2005).
    assert nik_birth_date("3201011508050001", on=ON) is None
    assert nik_birth_dates("3201011508050001", on=ON) == (date(1905, 8, 15), date(2005, 8, 15))


def test_a_person_born_1920_is_not_read_as_a_newborn() -> None:
    """Two-digit NIK years (docs/legal/rules.md §4): born 01-01-20 is 1920 or 2020, never
    only 2020; the engine keeps both readings and names neither."""
    nik = "3201010101200001"
    assert nik_birth_dates(nik, on=date(2024, 11, 25)) == (date(1920, 1, 1), date(2020, 1, 1))
    assert nik_birth_date(nik, on=date(2024, 11, 25)) is None
    assert validate_nik(nik, on=date(2024, 11, 25)) == []
    # Before 2020 only 1920 is possible.
    assert nik_birth_date(nik, on=date(2019, 12, 31)) == date(1920, 1, 1)
    # 29 Feb: only the leap year reading (2000, not 1900).
    assert nik_birth_dates("3201012902000001") == (date(2000, 2, 29),)


def test_nik_region() -> None:
    assert nik_region("5203011508900001") == "52.03.01"
    assert nik_region("52030115089") is None


def test_38_provinces() -> None:
    assert len(PROVINCE_CODES) == 38
    assert all(len(c) == 2 and c.isdigit() for c in PROVINCE_CODES)
