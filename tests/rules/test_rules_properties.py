"""Hypothesis properties of the working-day arithmetic (the O(1) index vs a naive walk)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from bawaslu_rules import Calendar, Holiday, HolidayCategory, Override, Policies, Unit, due_date

CAL = Calendar.official()
# Official data only (2019-2026): results of up to 400 working days from 2019-2024 stay
# inside it, so these properties never depend on the provisional fallback.
starts = st.dates(min_value=date(2019, 1, 1), max_value=date(2024, 12, 31))
amounts = st.integers(min_value=0, max_value=400)
policy = st.booleans()


def naive_add(cal: Calendar, start: date, n: int, *, cuti: bool) -> date:
    """Day-by-day reference implementation."""
    day, counted = start, 0
    while counted < n:
        day += timedelta(days=1)
        if cal.is_working_day(day, cuti_bersama_is_working_day=cuti):
            counted += 1
    return day


@given(starts, st.integers(min_value=1, max_value=400), policy)
def test_result_is_a_working_day(start: date, n: int, cuti: bool) -> None:
    due = CAL.add_working_days(start, n, cuti_bersama_is_working_day=cuti)
    assert CAL.is_working_day(due, cuti_bersama_is_working_day=cuti)
    assert due > start


@given(starts, amounts, policy)
def test_counting_back_returns_the_start(start: date, n: int, cuti: bool) -> None:
    due = CAL.add_working_days(start, n, cuti_bersama_is_working_day=cuti)
    assert CAL.count_working_days(start, due, cuti_bersama_is_working_day=cuti) == n
    if CAL.is_working_day(start, cuti_bersama_is_working_day=cuti):
        assert CAL.add_working_days(due, -n, cuti_bersama_is_working_day=cuti) == start


@given(starts, amounts, amounts, policy)
def test_two_steps_equal_one(start: date, a: int, b: int, cuti: bool) -> None:
    one = CAL.add_working_days(start, a + b, cuti_bersama_is_working_day=cuti)
    two = CAL.add_working_days(
        CAL.add_working_days(start, a, cuti_bersama_is_working_day=cuti),
        b,
        cuti_bersama_is_working_day=cuti,
    )
    assert one == two


@settings(max_examples=200)
@given(starts, st.integers(min_value=0, max_value=60), policy)
def test_index_agrees_with_naive_walk(start: date, n: int, cuti: bool) -> None:
    fast = CAL.add_working_days(start, n, cuti_bersama_is_working_day=cuti)
    assert fast == naive_add(CAL, start, n, cuti=cuti)


@settings(max_examples=50)
@given(
    st.lists(st.dates(min_value=date(2024, 1, 1), max_value=date(2024, 12, 31)), max_size=8),
    st.dates(min_value=date(2024, 1, 1), max_value=date(2024, 11, 30)),
    st.integers(min_value=0, max_value=25),
)
def test_overridden_calendars_agree_with_naive_walk(extra: list[date], start: date, n: int) -> None:
    cal = CAL.with_overrides(
        Override.add(day, category=HolidayCategory.LIBUR_PEMILIHAN, name="x", decree="test")
        for day in extra
    )
    assert cal.add_working_days(start, n) == naive_add(cal, start, n, cuti=False)


@given(starts, st.integers(min_value=0, max_value=30))
def test_rolled_calendar_deadlines_land_on_working_days(start: date, n: int) -> None:
    pol = Policies(calendar_deadline_rolls_forward=True)
    due = due_date(start, n, Unit.CALENDAR_DAY, calendar=CAL, policies=pol)
    assert CAL.is_working_day(due)
    assert due >= start + timedelta(days=n)
    # Every day between the nominal and the rolled due date is a non-working day.
    day = start + timedelta(days=n)
    while day < due:
        assert not CAL.is_working_day(day)
        day += timedelta(days=1)


@settings(max_examples=30)
@given(st.integers(min_value=2031, max_value=2060), st.integers(min_value=1, max_value=300))
def test_lazily_extended_years_agree_with_naive_walk(year: int, n: int) -> None:
    # A synthetic provisional source (New Year only) keeps this independent of `holidays`.
    def source(y: int) -> list[Holiday]:
        return [Holiday(date(y, 1, 1), HolidayCategory.LIBUR_NASIONAL, "New Year", "t", True)]

    cal = Calendar(list(CAL), confirmed_years=CAL.confirmed_years, provisional_source=source)
    start = date(year, 12, 15)
    assert cal.add_working_days(start, n) == naive_add(cal, start, n, cuti=False)
    assert cal.is_provisional(start, cal.add_working_days(start, n))
