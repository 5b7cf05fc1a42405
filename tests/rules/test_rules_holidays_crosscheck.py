"""Cross-check the shipped official calendar against the PyPI `holidays` package.

The spec (§2) and holidays-id.md say `holidays>=0.99` with categories public + government
agrees exactly with the decreed list for 2019-2026. Any difference is printed date by date
and fails the test: either the package regressed or the shipped CSV needs a decree check.
"""

from __future__ import annotations

from datetime import date

import pytest

from bawaslu_rules import Calendar, Holiday, HolidayCategory, holidays_package_year

holidays = pytest.importorskip("holidays")


def _describe(h: Holiday | None) -> str:
    return "-" if h is None else f"{h.category.value} {h.name!r}"


def test_shipped_data_matches_holidays_package_2019_2026() -> None:
    official = Calendar.official()
    differences: list[str] = []
    for year in range(2019, 2027):
        ours = {h.date: h for h in official.non_working_days(year)}
        theirs = {h.date: h for h in holidays_package_year(year)}
        for day in sorted(set(ours) | set(theirs)):
            a, b = ours.get(day), theirs.get(day)
            if a is None or b is None or a.category is not b.category:
                differences.append(
                    f"{day} {day.strftime('%a')}: shipped {_describe(a)} | "
                    f"holidays {holidays.__version__} {_describe(b)}"
                )
    report = "\n".join(differences)
    print(f"shipped CSV vs holidays {holidays.__version__}: {len(differences)} difference(s)")
    if report:
        print(report)
    assert not differences, "shipped CSV and holidays package differ:\n" + report


def test_voting_days_are_classified_as_libur_pemilihan() -> None:
    by_date = {h.date: h for h in holidays_package_year(2024)}
    assert by_date[date(2024, 2, 14)].category is HolidayCategory.LIBUR_PEMILIHAN
    assert by_date[date(2024, 11, 27)].category is HolidayCategory.LIBUR_PEMILIHAN
    assert all(h.provisional for h in by_date.values())
