"""Worked examples: weekends, holidays, cuti bersama policy, voting days, Idul Fitri
clusters, year ends, time zones, effective receipt, overrides and the provisional fallback.

Every expected value is worked out by hand from holidays-id.csv in the comment above it.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bawaslu_rules import (
    Calendar,
    DateWindow,
    FirstCountedDay,
    Holiday,
    HolidayCategory,
    Override,
    Policies,
    ProvisionalDataUnavailableError,
    RulesError,
    RulesetNotFoundError,
    UnknownRuleError,
    check_timeliness,
    compute_deadline,
    effective_receipt,
    get_ruleset,
    holidays_package_year,
    ruleset_for,
)

CAL = Calendar.official()
PEMILU = get_ruleset("pemilu", "2022.1")
PILKADA = get_ruleset("pemilihan", "2024.1")
WIB = ZoneInfo("Asia/Jakarta")


def d(text: str) -> date:
    return date.fromisoformat(text)


def ts(text: str) -> datetime:
    return datetime.fromisoformat(text)


# -- working days ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "days", "cuti_working", "expected"),
    [
        # Spec §2 example: Fri + 2 wd -> Mon (day 1), Tue (day 2). Fri 2024-03-01 + 2:
        # 4 Mon (1), 5 Tue (2).
        ("2024-03-01", 2, False, "2024-03-05"),
        # Fri 2024-02-09 + 2: 12 Mon (1), 13 Tue (2).
        ("2024-02-09", 2, False, "2024-02-13"),
        # Pemilu voting day: Tue 2024-02-13 + 1: [14 Wed Keppres 10/2024], 15 Thu (1).
        ("2024-02-13", 1, False, "2024-02-15"),
        # Pilkada voting day: Tue 2024-11-26 + 1: [27 Wed Keppres 33/2024], 28 Thu (1).
        ("2024-11-26", 1, False, "2024-11-28"),
        # Idul Fitri 2024 cluster: Thu 2024-04-04 + 2: 5 Fri (1), [8-9 CB, 10-11 Idul Fitri,
        # 12 CB, 13-14 weekend, 15 CB], 16 Tue (2).
        ("2024-04-04", 2, False, "2024-04-16"),
        # Same with cuti bersama as working days: 5 Fri (1), 8 Mon CB (2).
        ("2024-04-04", 2, True, "2024-04-08"),
        # Idul Fitri 2025: Thu 2025-03-27 + 3: [28 CB Nyepi, 29-30 weekend, 31 + Apr 1 Idul
        # Fitri, 2-4 CB, 5-6 weekend, 7 CB], 8 Tue (1), 9 Wed (2), 10 Thu (3).
        ("2025-03-27", 3, False, "2025-04-10"),
        # Same, cuti bersama working: 28 Fri (1), [31, Apr 1 holidays], 2 Wed (2), 3 Thu (3).
        ("2025-03-27", 3, True, "2025-04-03"),
        # Year end: Fri 2024-12-20 + 5: 23 Mon (1), 24 Tue (2), [25 Natal, 26 CB], 27 Fri (3),
        # 30 Mon (4), 31 Tue (5).
        ("2024-12-20", 5, False, "2024-12-31"),
        # + 7 crosses into 2025: [Jan 1 Tahun Baru], 2 Thu (6), 3 Fri (7).
        ("2024-12-20", 7, False, "2025-01-03"),
        # Cuti bersama working: 23 (1), 24 (2), 26 Thu CB (3), 27 (4), 30 (5), 31 (6), Jan 2 (7).
        ("2024-12-20", 7, True, "2025-01-02"),
        # Imlek 2025: Fri 2025-01-24 + 3: [27 Isra Mikraj, 28 CB, 29 Imlek], 30 (1), 31 (2),
        # Feb 3 Mon (3).
        ("2025-01-24", 3, False, "2025-02-03"),
        # Starting on a holiday: Wed 2024-02-14 + 1: 15 Thu (1).
        ("2024-02-14", 1, False, "2024-02-15"),
        # Starting on a Saturday: 2024-02-17 + 1: 19 Mon (1).
        ("2024-02-17", 1, False, "2024-02-19"),
        # 0 working days: the start itself.
        ("2024-02-17", 0, False, "2024-02-17"),
        # Counting back: Thu 2024-02-15 - 1: [14 voting day], 13 Tue.
        ("2024-02-15", -1, False, "2024-02-13"),
    ],
)
def test_add_working_days(start: str, days: int, cuti_working: bool, expected: str) -> None:
    got = CAL.add_working_days(d(start), days, cuti_bersama_is_working_day=cuti_working)
    assert got == d(expected)


def test_count_working_days_boundaries() -> None:
    # Fri 2024-02-09 .. Wed 2024-02-21: (9, 21] has 12, 13, 15, 16, 19, 20, 21 = 7.
    assert CAL.count_working_days(d("2024-02-09"), d("2024-02-21")) == 7
    # Including the start adds nothing: Fri 9 is cuti bersama (Imlek).
    assert CAL.count_working_days(d("2024-02-09"), d("2024-02-21"), include_start=True) == 7
    # ... unless cuti bersama counts as working.
    assert (
        CAL.count_working_days(
            d("2024-02-09"), d("2024-02-21"), include_start=True, cuti_bersama_is_working_day=True
        )
        == 8
    )
    # Excluding the end: 6.
    assert CAL.count_working_days(d("2024-02-09"), d("2024-02-21"), include_end=False) == 6
    # Same day, default (d, d]: 0.
    assert CAL.count_working_days(d("2024-02-12"), d("2024-02-12")) == 0
    with pytest.raises(RulesError):
        CAL.count_working_days(d("2024-02-12"), d("2024-02-11"))


def test_working_days_in_a_year_match_the_research_note() -> None:
    # holidays-id.md: 2024 has 238 working days, 2026 has 240 (cuti bersama non-working).
    assert CAL.count_working_days(d("2023-12-31"), d("2024-12-31")) == 238
    assert CAL.count_working_days(d("2025-12-31"), d("2026-12-31")) == 240


# -- deadlines and policies ------------------------------------------------------------


def test_cuti_bersama_policy_changes_a_deadline() -> None:
    # Pemilu report.filing known Thu 2024-04-04, 7 wd. Default: 5 Fri (1), 16 Tue (2),
    # 17 (3), 18 (4), 19 (5), 22 Mon (6), 23 Tue (7).
    default = compute_deadline("report.filing", d("2024-04-04"), ruleset=PEMILU, calendar=CAL)
    assert default.due == d("2024-04-23")
    # cuti_bersama_is_working_day: 5 (1), 8 Mon CB (2), 9 Tue CB (3), 12 Fri CB (4),
    # 15 Mon CB (5), 16 (6), 17 (7).
    lenient = compute_deadline(
        "report.filing", d("2024-04-04"), ruleset=PEMILU.with_policies(
            cuti_bersama_is_working_day=True), calendar=CAL,
    )  # fmt: skip
    assert lenient.due == d("2024-04-17")
    assert lenient.policies.cuti_bersama_is_working_day is True


def test_calendar_deadline_roll_forward_policy() -> None:
    # Pilkada report.initial_review: Fri 2024-11-22 + 2 calendar days = Sun 24.
    plain = compute_deadline(
        "report.initial_review", d("2024-11-22"), ruleset=PILKADA, calendar=CAL, explain=True
    )
    assert plain.due == d("2024-11-24")
    assert plain.trace is not None
    assert plain.trace[-1].reason.startswith("due on a non-working")
    # Rolling forward: Sun 24 -> Mon 25.
    rolled = compute_deadline(
        "report.initial_review", d("2024-11-22"), ruleset=PILKADA, calendar=CAL,
        policies=Policies(calendar_deadline_rolls_forward=True), explain=True,
    )  # fmt: skip
    assert rolled.due == d("2024-11-25")
    assert rolled.due_at == datetime(2024, 11, 25, 16, 0, tzinfo=WIB)
    assert rolled.trace is not None
    assert [(t.date, t.event) for t in rolled.trace if t.event == "rolled_forward"] == [
        (d("2024-11-24"), "rolled_forward")
    ]
    # case.decision_extended: Fri 22 + 5 = Wed 27 (voting day) -> rolls to Thu 28.
    ext = compute_deadline(
        "case.decision_extended", d("2024-11-22"), ruleset=PILKADA, calendar=CAL,
        policies=Policies(calendar_deadline_rolls_forward=True),
    )  # fmt: skip
    assert ext.due == d("2024-11-28")


def test_first_counted_day_policy() -> None:
    # Default: Fri 2024-02-16 + 2 wd -> 19 Mon (1), 20 Tue (2).
    base = compute_deadline("report.initial_review", d("2024-02-16"), ruleset=PEMILU, calendar=CAL)
    assert base.due == d("2024-02-20")
    # trigger_day: Fri 16 (1), Mon 19 (2).
    alt = compute_deadline(
        "report.initial_review", d("2024-02-16"), ruleset=PEMILU, calendar=CAL,
        policies=Policies(first_counted_day=FirstCountedDay.TRIGGER_DAY),
    )  # fmt: skip
    assert alt.due == d("2024-02-19")


def test_decision_extended_is_in_total_from_the_same_trigger() -> None:
    # UU 7/2017 Art. 454(7)-(8): registered Fri 2024-02-09: decision by Wed 21 (7 wd), or
    # with more information by Fri Mar 1 (14 wd from the same trigger, not 14 after Feb 21).
    a = compute_deadline("case.decision", d("2024-02-09"), ruleset=PEMILU, calendar=CAL)
    b = compute_deadline("case.decision_extended", d("2024-02-09"), ruleset=PEMILU, calendar=CAL)
    assert (a.due, b.due) == (d("2024-02-21"), d("2024-03-01"))


def test_trace_lists_skipped_days_with_decrees() -> None:
    dl = compute_deadline(
        "report.filing", d("2024-02-09"), ruleset=PEMILU, calendar=CAL, explain=True
    )
    assert dl.trace is not None
    skipped = [(t.date.isoformat(), t.reason) for t in dl.trace]
    # Sat 10 is Imlek (a holiday on a weekend), Sun 11, Wed 14 voting day, 17-18 weekend.
    assert skipped == [
        ("2024-02-10", "libur_nasional"),
        ("2024-02-11", "weekend"),
        ("2024-02-14", "libur_pemilihan"),
        ("2024-02-17", "weekend"),
        ("2024-02-18", "weekend"),
    ]
    assert dl.trace[2].decree == "Keppres 10/2024"
    assert (
        compute_deadline("report.filing", d("2024-02-09"), ruleset=PEMILU, calendar=CAL).trace
        is None
    )


def test_trace_marks_cuti_bersama_counted_by_policy() -> None:
    dl = compute_deadline(
        "report.initial_review", d("2024-04-05"), ruleset=PEMILU, calendar=CAL, explain=True,
        policies=Policies(cuti_bersama_is_working_day=True),
    )  # fmt: skip
    # Fri 5 + 2 wd with cuti bersama working: 8 Mon CB (1), 9 Tue CB (2).
    assert dl.due == d("2024-04-09")
    assert dl.trace is not None
    events = [(t.date.day, t.event) for t in dl.trace]
    assert events == [(6, "skipped"), (7, "skipped"), (8, "counted"), (9, "counted")]


# -- time zones and hours --------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "due_at"),
    [
        ("Asia/Jakarta", "2024-02-21T16:00:00+07:00"),
        ("Asia/Makassar", "2024-02-21T16:00:00+08:00"),
        ("Asia/Jayapura", "2024-02-21T16:00:00+09:00"),
        ("WIT", "2024-02-21T16:00:00+09:00"),
    ],
)
def test_due_at_is_closing_time_in_the_office_zone(zone: str, due_at: str) -> None:
    dl = compute_deadline("report.filing", d("2024-02-09"), ruleset=PEMILU, calendar=CAL, zone=zone)
    assert dl.due_at.isoformat() == due_at


def test_timestamp_trigger_uses_the_local_date() -> None:
    # 2024-02-12T16:30Z is Mon 23:30 WIB but Tue 13 01:30 WIT.
    moment = ts("2024-02-12T16:30:00+00:00")
    # WIB: Mon 12 + 2 wd: 13 Tue (1), [14], 15 Thu (2).
    wib = compute_deadline("report.initial_review", moment, ruleset=PEMILU, calendar=CAL)
    assert wib.due == d("2024-02-15")
    # WIT: Tue 13 + 2 wd: 15 Thu (1), 16 Fri (2), closing 16:30 WIT.
    wit = compute_deadline(
        "report.initial_review", moment, ruleset=PEMILU, calendar=CAL, zone="Asia/Jayapura"
    )
    assert wit.due_at.isoformat() == "2024-02-16T16:30:00+09:00"
    # The start is reported in office local time.
    assert wit.to_dict()["start"] == "2024-02-13T01:30:00+09:00"


def test_hours_rules_run_from_the_timestamp_without_skipping() -> None:
    # Fri 2024-02-09 20:00 WITA + 24 h = Sat 10 20:00 WITA, though Saturday.
    dl = compute_deadline(
        "crime.forward_to_police", ts("2024-02-09T20:00:00"), ruleset=PEMILU, calendar=CAL,
        zone="Asia/Makassar",
    )  # fmt: skip
    assert dl.due_at.isoformat() == "2024-02-10T20:00:00+08:00"
    # The same instant given in UTC gives the same deadline.
    dl2 = compute_deadline(
        "crime.forward_to_police", ts("2024-02-09T12:00:00+00:00"), ruleset=PEMILU,
        calendar=CAL, zone="Asia/Makassar",
    )  # fmt: skip
    assert dl2.due_at == dl.due_at
    with pytest.raises(RulesError):
        compute_deadline("crime.forward_to_police", d("2024-02-09"), ruleset=PEMILU, calendar=CAL)


def test_bad_inputs_raise() -> None:
    with pytest.raises(UnknownRuleError):
        compute_deadline("tsm.decision", d("2024-02-09"), ruleset=PEMILU, calendar=CAL)
    with pytest.raises(RulesError):
        compute_deadline("report.filing", d("2024-02-09"), ruleset=PEMILU, calendar=CAL,
                         zone="Europe/Paris")  # fmt: skip
    with pytest.raises(RulesetNotFoundError):
        get_ruleset("pemilu", "1999.1")
    with pytest.raises(RulesetNotFoundError):
        get_ruleset("dprd")


# -- effective receipt -----------------------------------------------------------------

QUIET_2024 = (
    DateWindow(d("2024-02-11"), d("2024-02-13"), "masa tenang"),
    DateWindow(d("2024-02-14"), d("2024-02-15"), "voting and counting"),
)


@pytest.mark.parametrize(
    ("received", "zone", "windows", "expected"),
    [
        # Mon 2024-03-04 before and at closing 16:00: same day; a minute later: Tue.
        ("2024-03-04T15:59:00", "Asia/Jakarta", (), "2024-03-04"),
        ("2024-03-04T16:00:00", "Asia/Jakarta", (), "2024-03-04"),
        ("2024-03-04T16:01:00", "Asia/Jakarta", (), "2024-03-05"),
        # Friday closes 16:30: 16:15 same day, 16:31 -> Mon 4.
        ("2024-03-01T16:15:00", "Asia/Jakarta", (), "2024-03-01"),
        ("2024-03-01T16:31:00", "Asia/Jakarta", (), "2024-03-04"),
        # Thu 2024-03-28 17:00 -> Fri 29 Good Friday, 30-31 weekend -> Mon Apr 1.
        ("2024-03-28T17:00:00", "Asia/Jakarta", (), "2024-04-01"),
        # Saturday, no window -> Monday.
        ("2024-03-02T10:00:00", "Asia/Jakarta", (), "2024-03-04"),
        # Quiet period Sun 2024-02-11 22:00: 24-hour reception, same day.
        ("2024-02-11T22:00:00", "Asia/Jakarta", QUIET_2024, "2024-02-11"),
        # Voting day Wed 14 (holiday) 23:00: same day inside the window.
        ("2024-02-14T23:00:00", "Asia/Jakarta", QUIET_2024, "2024-02-14"),
        # Sat 10 (no window) -> Sun 11, the first day of the 24-hour window.
        ("2024-02-10T10:00:00", "Asia/Jakarta", QUIET_2024, "2024-02-11"),
        # Without the windows Sat 10 -> Mon 12.
        ("2024-02-10T10:00:00", "Asia/Jakarta", (), "2024-02-12"),
        # Fri 9 is cuti bersama (closed) -> next open day: Sun 11 (window).
        ("2024-02-09T09:00:00", "Asia/Jakarta", QUIET_2024, "2024-02-11"),
        # 2024-03-04T08:30Z: 15:30 WIB (open), 16:30 WITA and 17:30 WIT (closed -> Tue).
        ("2024-03-04T08:30:00+00:00", "Asia/Jakarta", (), "2024-03-04"),
        ("2024-03-04T08:30:00+00:00", "Asia/Makassar", (), "2024-03-05"),
        ("2024-03-04T08:30:00+00:00", "Asia/Jayapura", (), "2024-03-05"),
    ],
)
def test_effective_receipt(
    received: str, zone: str, windows: tuple[DateWindow, ...], expected: str
) -> None:
    got = effective_receipt(ts(received), calendar=CAL, zone=zone, open_windows=windows)
    assert got == d(expected)


def test_timeliness_uses_effective_receipt() -> None:
    # Known Fri 2024-02-09: report.filing due Wed 21 16:00.
    ok = check_timeliness("report", d("2024-02-09"), ts("2024-02-21T15:59:00+07:00"),
                          ruleset=PEMILU, calendar=CAL)  # fmt: skip
    late = check_timeliness("report", d("2024-02-09"), ts("2024-02-21T16:01:00+07:00"),
                            ruleset=PEMILU, calendar=CAL)  # fmt: skip
    assert (ok.on_time, late.on_time) == (True, False)
    assert late.filed_on == d("2024-02-22")
    # Pilkada: known Fri 2024-11-22, due Fri 29 (7 calendar days). Filed Sat 30 -> late.
    assert not check_timeliness("report", d("2024-11-22"), d("2024-11-30"),
                                ruleset=PILKADA, calendar=CAL).on_time  # fmt: skip
    assert check_timeliness("finding", d("2024-11-22"), ts("2024-11-29T16:29:00"),
                            ruleset=PILKADA, calendar=CAL).on_time  # fmt: skip


# -- rulesets by date ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("regime", "on", "version"),
    [
        ("pemilu", "2019-04-17", "2018.1"),
        ("pemilu", "2022-10-31", "2018.1"),
        ("pemilu", "2022-11-01", "2022.1"),
        ("pemilu", "2024-02-14", "2022.1"),
        ("pemilihan", "2020-12-09", "2020.1"),
        ("pemilihan", "2024-09-29", "2020.1"),
        # Perbawaslu 9/2024 set 30 Sep 2024.
        ("pemilihan", "2024-09-30", "2024.1"),
        ("pemilihan", "2024-11-27", "2024.1"),
    ],
)
def test_ruleset_for(regime: str, on: str, version: str) -> None:
    assert ruleset_for(regime, on=d(on)).version == version


def test_ruleset_for_accepts_a_datetime() -> None:
    assert ruleset_for("pemilihan", on=ts("2024-09-30T08:00:00+07:00")).version == "2024.1"


def test_no_ruleset_before_the_first_generation() -> None:
    with pytest.raises(RulesetNotFoundError):
        ruleset_for("pemilu", on=d("2017-12-31"))


# -- overrides -------------------------------------------------------------------------


def test_operator_adds_a_voting_day_holiday() -> None:
    # Tue 2026-07-14 + 1 wd: Wed 15 (no holiday in the data).
    assert CAL.add_working_days(d("2026-07-14"), 1) == d("2026-07-15")
    cal = CAL.with_overrides([
        Override.add(d("2026-07-15"), category="libur_pemilihan", name="Pemungutan suara ulang",
                     decree="Keppres 99/2026 (hypothetical)", reason="decreed a week before"),
    ])  # fmt: skip
    # With the override: [15 holiday], Thu 16.
    assert cal.add_working_days(d("2026-07-14"), 1) == d("2026-07-16")
    entry = cal.holiday(d("2026-07-15"))
    assert entry is not None
    assert entry.decree == "Keppres 99/2026 (hypothetical)"
    assert entry.source.value == "override"
    # The official calendar is unchanged (immutable).
    assert CAL.add_working_days(d("2026-07-14"), 1) == d("2026-07-15")
    assert cal.overrides[0].reason == "decreed a week before"


def test_operator_moves_an_islamic_holiday() -> None:
    # Idul Adha 1447 H is Wed 2026-05-27 with cuti bersama Thu 28. Mon 25 + 1 wd = Tue 26.
    assert CAL.add_working_days(d("2026-05-25"), 1) == d("2026-05-26")
    cal = CAL.with_overrides([
        Override.remove(d("2026-05-27"), decree="KMA 1/2026 (hypothetical)"),
        Override.add(d("2026-05-26"), category=HolidayCategory.LIBUR_NASIONAL,
                     name="Idul Adha 1447 H", decree="KMA 1/2026 (hypothetical)"),
    ])  # fmt: skip
    # Now [26 holiday], Wed 27 (1).
    assert cal.add_working_days(d("2026-05-25"), 1) == d("2026-05-27")
    # Removing a cuti bersama: Wed 2026-12-23 + 1: [24 CB, 25 Natal, 26-27], Mon 28.
    assert CAL.add_working_days(d("2026-12-23"), 1) == d("2026-12-28")
    cal2 = CAL.with_overrides([Override.remove(d("2026-12-24"), decree="SKB amendment (hyp.)")])
    assert cal2.add_working_days(d("2026-12-23"), 1) == d("2026-12-24")


def test_override_needs_a_decree() -> None:
    with pytest.raises(RulesError):
        Override.remove(d("2026-12-24"), decree=" ")


# -- provisional fallback --------------------------------------------------------------


def _fake_2027(year: int) -> list[Holiday]:
    if year != 2027:
        return []
    return [Holiday(d("2027-01-01"), HolidayCategory.LIBUR_NASIONAL, "Tahun Baru", "test",
                    provisional=True)]  # fmt: skip


def test_provisional_fallback_is_flagged() -> None:
    cal = Calendar(list(CAL), confirmed_years=CAL.confirmed_years, provisional_source=_fake_2027)
    # Thu 2026-12-31 + 1 wd: [Jan 1 2027 provisional holiday], Mon 4 (1).
    dl = compute_deadline("report.completion_notice", d("2026-12-31"), ruleset=PEMILU, calendar=cal)
    assert dl.due == d("2027-01-04")
    assert dl.provisional is True
    # Entirely inside the official data: not provisional. Tue 2026-12-22 + 1 = Wed 23.
    dl2 = compute_deadline(
        "report.completion_notice", d("2026-12-22"), ruleset=PEMILU, calendar=cal
    )
    assert (dl2.due, dl2.provisional) == (d("2026-12-23"), False)


def test_provisional_years_from_the_holidays_package() -> None:
    pytest.importorskip("holidays")
    # 2027 is not in the shipped data: the holidays package supplies it.
    assert CAL.is_provisional_year(2027)
    dl = compute_deadline("report.filing", d("2027-03-04"), ruleset=PEMILU, calendar=CAL)
    assert dl.provisional is True
    assert CAL.is_working_day(dl.due)
    assert CAL.count_working_days(d("2027-03-04"), dl.due) == 7
    entries = CAL.non_working_days(2027)
    assert entries
    assert all(h.provisional for h in entries)
    assert {h.category for h in entries} >= {HolidayCategory.LIBUR_NASIONAL,
                                             HolidayCategory.CUTI_BERSAMA}  # fmt: skip


def test_missing_holidays_package_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "holidays", None)  # makes `import holidays` fail
    with pytest.raises(ProvisionalDataUnavailableError):
        holidays_package_year(2031)
    fresh = Calendar(list(CAL), confirmed_years=CAL.confirmed_years)
    with pytest.raises(ProvisionalDataUnavailableError):
        fresh.add_working_days(d("2031-06-02"), 3)


def test_official_data_shape() -> None:
    assert CAL.confirmed_years == frozenset(range(2019, 2027))
    all_days = list(CAL)
    assert len(all_days) == 188  # rows in holidays-id.csv
    by_cat = {c: sum(1 for h in all_days if h.category is c) for c in HolidayCategory}
    assert by_cat == {HolidayCategory.LIBUR_NASIONAL: 130, HolidayCategory.CUTI_BERSAMA: 54,
                      HolidayCategory.LIBUR_PEMILIHAN: 4}  # fmt: skip
    voting = [h.date.isoformat() for h in all_days if h.category is HolidayCategory.LIBUR_PEMILIHAN]
    assert voting == ["2019-04-17", "2020-12-09", "2024-02-14", "2024-11-27"]


def test_deadline_is_a_frozen_dataclass_equal_to_a_normal_construction() -> None:
    import dataclasses

    dl = compute_deadline("report.filing", d("2024-02-09"), ruleset=PEMILU, calendar=CAL)
    rebuilt = type(dl)(**{f.name: getattr(dl, f.name) for f in dataclasses.fields(dl)})
    assert rebuilt == dl
    assert dataclasses.asdict(rebuilt) == dataclasses.asdict(dl)
    with pytest.raises(dataclasses.FrozenInstanceError):
        dl.due = d("2030-01-01")  # type: ignore[misc]
