"""The law at the edges (issue 12): receipt on election days, findings, Pilkada calendar
days, voting age on voting day, Pilkada standing, the closed list of Perbawaslu 8/2022.

Citations are those of docs/legal/rules.md (§2 counting and receipt, §4 admissibility,
§5 the life of a case, §8 election calendars). Holidays are from the shipped
src/bawaslu_rules/data/holidays-id.csv.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from bawaslu_rules import (
    Calendar,
    ElectionStages,
    PolicySet,
    Reporter,
    ReporterCategory,
    Submission,
    Verdict,
    check_admissibility,
    check_timeliness,
    effective_receipt,
    get_ruleset,
)

DATA = Path(__file__).parent / "data"
CAL = Calendar.official()
PEMILU = get_ruleset("pemilu", "2022.1")
PILKADA = get_ruleset("pemilihan", "2024.1")
PILKADA_2020 = get_ruleset("pemilihan", "2020.1")
NONE = ElectionStages()


def ts(text: str) -> datetime:
    return datetime.fromisoformat(text)


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / name).read_text(encoding="utf-8"))
    return data


def codes(result: Any) -> list[str]:
    return [f.code.value for f in result.failures]


# -- 24-hour reception (Perbawaslu 7/2022 Art. 11; Pilkada: Perbawaslu 8/2020 jo. 9/2024) --


def test_pemilu_report_at_2359_on_the_last_quiet_period_day_is_on_time() -> None:
    """Perbawaslu 7/2022 Art. 11: reports are received 24 hours a day in the quiet period
    (Pemilu 2024: 11-13 Feb 2024). Known Wed 31 Jan 2024 -> report.filing (7 working days,
    UU 7/2017 Art. 454(6)): 1 Feb (1), 2 (2), 5 (3), 6 (4), 7 (5), [8 Isra Mi'raj, 9 cuti
    bersama, 10-11 weekend], 12 (6), 13 (7): due Tue 13 Feb."""
    timely = check_timeliness(
        "report", date(2024, 1, 31), ts("2024-02-13T23:59:00+07:00"), ruleset=PEMILU, calendar=CAL
    )
    assert timely.deadline.due == date(2024, 2, 13)
    assert timely.election == "pemilu-2024"  # found by itself: the covering election
    assert timely.filed_on == date(2024, 2, 13)
    assert timely.on_time
    # Without the election's stages (1.1 behaviour): after 16:00 -> next working day, and
    # 14 Feb is the voting-day holiday -> Thu 15: late.
    bare = check_timeliness(
        "report", date(2024, 1, 31), ts("2024-02-13T23:59:00+07:00"), ruleset=PEMILU,
        calendar=CAL, stages=NONE,
    )  # fmt: skip
    assert (bare.filed_on, bare.on_time) == (date(2024, 2, 15), False)
    # Named explicitly: the same.
    named = check_timeliness(
        "report", date(2024, 1, 31), ts("2024-02-13T23:59:00+07:00"), ruleset=PEMILU,
        calendar=CAL, election="pemilu-2024",
    )  # fmt: skip
    assert named.on_time
    assert named.to_dict()["election"] == "pemilu-2024"


def test_pemilu_admissibility_finds_the_quiet_period_by_itself() -> None:
    """Perbawaslu 7/2022 Art. 11 via check_admissibility: no stages given, the election
    covering the received date (pemilu-2024) supplies them."""
    data = load("registrable_pemilu.json")
    del data["stages"]
    data.update(received_at="2024-02-13T23:59:00+07:00", known_on="2024-01-31")
    result = check_admissibility(Submission.from_dict(data), ruleset=PEMILU, calendar=CAL)
    assert result.election == "pemilu-2024"
    assert result.received_on == date(2024, 2, 13)
    assert result.verdict is Verdict.REGISTRABLE


def test_pilkada_report_at_2359_on_the_last_quiet_period_day_is_on_time() -> None:
    """Perbawaslu 8/2020 jo. 9/2024 (MED, policy pemilihan.reception_24h): 24-hour
    reception in the Pilkada 2024 quiet period (24-26 Nov 2024). Known Tue 19 Nov + 7
    calendar days (UU 1/2015 Art. 134(4)) = Tue 26 Nov."""
    args = ("report", date(2024, 11, 19), ts("2024-11-26T23:59:00+08:00"))
    timely = check_timeliness(*args, ruleset=PILKADA, calendar=CAL, zone="Asia/Makassar")
    assert timely.deadline.due == date(2024, 11, 26)
    assert (timely.election, timely.filed_on, timely.on_time) == (
        "pilkada-2024", date(2024, 11, 26), True,
    )  # fmt: skip
    # Without 24-hour reception the office closed at 16:00: received Wed 27, late.
    off = PolicySet.from_dict({"pemilihan.reception_24h": False})
    rs = get_ruleset("pemilihan", "2024.1", policies=off)
    late = check_timeliness(*args, ruleset=rs, calendar=CAL, zone="Asia/Makassar")
    assert (late.filed_on, late.on_time) == (date(2024, 11, 27), False)
    assert late.to_dict()["policy_overrides"] == {"pemilihan.reception_24h": False}


# -- findings are not handed in (docs/legal/rules.md §2, §5) ------------------------------


def test_sunday_pilkada_finding_within_7_calendar_days_is_on_time() -> None:
    """UU 1/2015 Art. 134(4): a finding is set within 7 calendar days of its discovery.
    A supervisor sets it; office hours for receiving reports do not apply. Discovered
    Sun 13 Oct 2024, set Sun 20 Oct 2024 at 19:00 (day 7): on time (1.1 dated it Monday
    21 and found it late)."""
    timely = check_timeliness(
        "finding", date(2024, 10, 13), ts("2024-10-20T19:00:00+07:00"), ruleset=PILKADA,
        calendar=CAL,
    )  # fmt: skip
    assert timely.deadline.due == date(2024, 10, 20)
    assert (timely.filed_on, timely.on_time) == (date(2024, 10, 20), True)
    assert "finding" in timely.to_dict()["filed_on_basis"]
    # The same in the admissibility check: received_on of a finding is its local date.
    data = load("registrable_pemilu.json")
    data.update(kind="finding", regime="pemilihan", violation_type=None,
                received_at="2024-10-20T19:00:00+07:00", known_on="2024-10-13")  # fmt: skip
    del data["reporter"], data["stages"]
    result = check_admissibility(Submission.from_dict(data), ruleset=PILKADA, calendar=CAL)
    assert result.received_on == date(2024, 10, 20)
    assert result.verdict is Verdict.REGISTRABLE


def test_pemilu_finding_on_a_holiday_evening_keeps_its_date() -> None:
    """UU 7/2017 Art. 454(5) and docs/legal/rules.md §5: a finding set at 20:00 on a
    holiday (Fri 29 Mar 2024, Good Friday) is dated that day, not the next working day."""
    timely = check_timeliness(
        "finding", date(2024, 3, 22), ts("2024-03-29T20:00:00+07:00"), ruleset=PEMILU,
        calendar=CAL,
    )  # fmt: skip
    assert timely.filed_on == date(2024, 3, 29)


# -- Pilkada calendar days and closed offices (policy pemilihan.reception_days) -------------


@pytest.mark.parametrize(
    ("reception_days", "filed", "on_time"),
    [
        # every_day (default): the office receives on Saturday and on cuti bersama days.
        ("every_day", "2024-04-13T10:00:00+07:00", True),
        ("every_day", "2024-04-13", True),
        ("every_day", "2024-04-15T15:00:00+07:00", True),
        ("every_day", "2024-04-15", True),
        ("every_day", "2024-04-15T16:01:00+07:00", False),
        # working_days: closed 8-15 Apr except the weekend, which is closed too: every
        # filing from Mon 8 Apr on counts from Tue 16 Apr, a date and a timestamp alike.
        ("working_days", "2024-04-13T10:00:00+07:00", False),
        ("working_days", "2024-04-13", False),
        ("working_days", "2024-04-15", False),
    ],
)
def test_pilkada_window_ending_in_idul_fitri_cuti_bersama(
    reception_days: str, filed: str, on_time: bool
) -> None:
    """UU 1/2015 Art. 134(4): 7 calendar days. Known Mon 8 Apr 2024 -> due Mon 15 Apr,
    while the office is closed 8-15 Apr (Idul Fitri 10-11 Apr, cuti bersama 8, 9, 12, 15
    Apr; SKB and Keppres in holidays-id.csv). Policy pemilihan.reception_days decides;
    date and timestamp inputs agree under both values (in 1.1 a Saturday date was on time
    and the same Saturday as a timestamp was late)."""
    rs = get_ruleset(
        "pemilihan", "2020.1",
        policies=PolicySet.from_dict({"pemilihan.reception_days": reception_days}),
    )  # fmt: skip
    value = datetime.fromisoformat(filed) if "T" in filed else date.fromisoformat(filed)
    timely = check_timeliness("report", date(2024, 4, 8), value, ruleset=rs, calendar=CAL)
    assert timely.deadline.due == date(2024, 4, 15)
    assert timely.on_time is on_time


def test_pilkada_rulesets_ship_every_day_reception() -> None:
    """Policy pemilihan.reception_days (MED practice): Pilkada rulesets receive every day;
    pemilu keeps working days (Perbawaslu 7/2022 Art. 11)."""
    assert PILKADA.policies.reception_days.value == "every_day"
    assert PILKADA_2020.policies.reception_days.value == "every_day"
    assert PEMILU.policies.reception_days.value == "working_days"
    # A Saturday 10:00 timestamp: Pilkada keeps Saturday, pemilu moves to Monday.
    sat = ts("2024-03-02T10:00:00+07:00")
    assert effective_receipt(sat, calendar=CAL, every_day=True) == date(2024, 3, 2)
    assert effective_receipt(sat, calendar=CAL) == date(2024, 3, 4)
    # After closing on a Saturday: Sunday under every_day.
    late = ts("2024-03-02T16:01:00+07:00")
    assert effective_receipt(late, calendar=CAL, every_day=True) == date(2024, 3, 3)


# -- voting age on voting day (UU 7/2017 Art. 198(1); UU 1/2015 Art. 56(1)) -----------------


def _citizen(**facts: Any) -> Submission:
    base = Submission.from_dict(load("registrable_pemilu.json"))
    reporter = Reporter(ReporterCategory.CITIZEN, name="N", address="A",
                        nik=facts.pop("nik", "3273011508900001"), **facts)  # fmt: skip
    return dataclasses.replace(
        base, reporter=reporter, received_at=ts("2024-01-15T10:00:00+07:00"),
        known_on=date(2024, 1, 12),
    )  # fmt: skip


def test_a_17_year_old_on_voting_day_has_standing() -> None:
    """UU 7/2017 Art. 198(1): the right to vote is had by a citizen who is 17 on voting
    day (14 Feb 2024). Born 1 Feb 2007: 16 on the received date (15 Jan 2024), 17 on
    voting day: has standing (1.1 measured on the received date and refused)."""
    result = check_admissibility(_citizen(birth_date=date(2007, 2, 1)), ruleset=PEMILU,
                                 calendar=CAL)  # fmt: skip
    assert codes(result) == []
    assert result.verdict is Verdict.REGISTRABLE
    # From the NIK alone (born 01-02-07: 1907 or 2007, adult on voting day either way).
    result = check_admissibility(_citizen(nik="3273010102070001"), ruleset=PEMILU, calendar=CAL)
    assert codes(result) == []


def test_a_16_year_old_on_voting_day_has_no_standing() -> None:
    """UU 7/2017 Art. 198(1): born 1 Mar 2007, 16 on voting day 14 Feb 2024 and not
    married: not eligible. From the NIK alone (1907 or 2007) the age is unknown: the
    voting right is not yet shown (incomplete), never decided by guessing 2007."""
    result = check_admissibility(_citizen(birth_date=date(2007, 3, 1)), ruleset=PEMILU,
                                 calendar=CAL)  # fmt: skip
    assert codes(result) == ["reporter_underage"]
    assert result.verdict is Verdict.REPORTER_NOT_ELIGIBLE
    result = check_admissibility(_citizen(nik="3273010103070001"), ruleset=PEMILU, calendar=CAL)
    assert codes(result) == ["reporter_voting_right_unknown"]
    assert result.verdict is Verdict.INCOMPLETE


def test_age_given_at_receipt_is_projected_to_voting_day() -> None:
    """UU 7/2017 Art. 198(1): only the age on the received date is known. 16 on 15 Jan 2024
    may or may not be 17 on 14 Feb: unknown (incomplete); 15 cannot be (not eligible);
    without a voting day the age is taken on the received date."""
    assert codes(check_admissibility(_citizen(age=16), ruleset=PEMILU, calendar=CAL)) == [
        "reporter_voting_right_unknown"
    ]
    assert codes(check_admissibility(_citizen(age=15), ruleset=PEMILU, calendar=CAL)) == [
        "reporter_underage"
    ]
    no_vote = dataclasses.replace(_citizen(age=16), stages=ElectionStages())
    result = check_admissibility(no_vote, ruleset=PEMILU, calendar=CAL, covering_election=False)
    assert result.election is None
    assert codes(result) == ["reporter_underage"]


# -- who may report in a Pilkada (UU 1/2015 Art. 134(2)) -----------------------------------


def _pilkada_voter(**changes: Any) -> Submission:
    sub = Submission.from_dict(load("incomplete_pemilihan.json"))
    sub = dataclasses.replace(sub, evidence=Submission.from_dict(
        load("not_eligible_pemilihan.json")).evidence)  # fmt: skip
    assert sub.reporter is not None
    facts = {"registered_voter": None, **changes.pop("reporter", {})}
    reporter = dataclasses.replace(sub.reporter, **facts)
    return dataclasses.replace(sub, reporter=reporter, **changes)


def test_a_pilkada_candidate_pair_has_standing() -> None:
    """UU 1/2015 Art. 134(2): a participant in the regional election (peserta pemilihan,
    the candidate pair) may report; 1.1 refused it as reporter_category_not_allowed."""
    pair = _pilkada_voter(reporter={"category": ReporterCategory.PARTICIPANT})
    result = check_admissibility(pair, ruleset=PILKADA, calendar=CAL, zone="Asia/Makassar")
    assert codes(result) == []
    assert result.verdict is Verdict.REGISTRABLE


@pytest.mark.parametrize(
    ("policy", "expected", "verdict"),
    [
        ("incomplete", ["reporter_nik_outside_election_area"], Verdict.INCOMPLETE),
        ("not_eligible", ["reporter_not_registered_voter"], Verdict.REPORTER_NOT_ELIGIBLE),
        ("ignore", [], Verdict.REGISTRABLE),
    ],
)
def test_pilkada_voter_nik_outside_the_election_area(
    policy: str, expected: list[str], verdict: Verdict
) -> None:
    """UU 1/2015 Art. 134(2): a voter in that regional election. The NIK 5271... was issued
    in Kota Mataram (52.71); the election is Lombok Timur (52.03). The NIK region is where
    the NIK was issued, not the domicile, so by default the voter status is not yet shown
    (policy nik_region_mismatch, LOW)."""
    rs = get_ruleset("pemilihan", "2024.1",
                     policies=PolicySet.from_dict({"nik_region_mismatch": policy}))  # fmt: skip
    sub = _pilkada_voter(election_area=("52.03",))
    result = check_admissibility(sub, ruleset=rs, calendar=CAL, zone="Asia/Makassar")
    assert codes(result) == expected
    assert result.verdict is verdict


def test_pilkada_voter_nik_inside_the_area_or_registered() -> None:
    """UU 1/2015 Art. 134(2): inside the province (52) or the city (52.71): no code; a
    voter shown to be registered (registered_voter=True) is not checked at all."""
    for area in (("52",), ("52.71",), ("5271",), ("35", "52.71.01")):
        sub = _pilkada_voter(election_area=area)
        result = check_admissibility(sub, ruleset=PILKADA, calendar=CAL, zone="Asia/Makassar")
        assert codes(result) == [], area
    registered = _pilkada_voter(election_area=("52.03",), reporter={"registered_voter": True})
    assert codes(check_admissibility(registered, ruleset=PILKADA, calendar=CAL)) == []
    parsed = Submission.from_dict({**load("incomplete_pemilihan.json"),
                                   "election_area": ["5203", "52.71"]})  # fmt: skip
    assert parsed.election_area == ("52.03", "52.71")


def test_monitor_accreditation_unknown_is_incomplete() -> None:
    """UU 7/2017 Art. 454(2): an accredited monitor may report. Accreditation not yet
    shown can be completed (incomplete); 1.1 refused the reporter as not eligible."""
    base = Submission.from_dict(load("late_pemilu.json"))
    assert base.reporter is not None
    unknown = dataclasses.replace(
        base, reporter=dataclasses.replace(base.reporter, accredited=None),
        received_at=ts("2024-02-20T10:00:00+07:00"),
    )  # fmt: skip
    result = check_admissibility(unknown, ruleset=PEMILU, calendar=CAL)
    assert codes(result) == ["monitor_accreditation_unknown"]
    assert result.verdict is Verdict.INCOMPLETE
    assert result.completion_deadline is not None


# -- the closed list of administrative violations (Perbawaslu 8/2022 Art. 8) ----------------


def test_reported_party_outside_the_closed_list_is_not_administrative() -> None:
    """Perbawaslu 8/2022 Art. 8: a village head is not on the closed list of parties that
    can commit an administrative violation. That cannot be completed: the verdict is
    not_administrative (the office may reclassify), with no completion deadline; 1.1 said
    incomplete. Precedence: late wins over not_administrative, not_administrative over
    incomplete."""
    base = Submission.from_dict(load("registrable_pemilu.json"))
    village = dataclasses.replace(base.reported_party, type="village_head")
    sub = dataclasses.replace(base, reported_party=village)
    result = check_admissibility(sub, ruleset=PEMILU, calendar=CAL)
    assert codes(result) == ["reported_type_not_allowed"]
    assert result.verdict is Verdict.NOT_ADMINISTRATIVE
    assert result.completion_deadline is None
    assert result.to_dict()["verdict"] == "not_administrative"
    incomplete_too = dataclasses.replace(sub, description="")
    assert check_admissibility(incomplete_too, ruleset=PEMILU, calendar=CAL).verdict is (
        Verdict.NOT_ADMINISTRATIVE
    )
    late_too = dataclasses.replace(sub, received_at=ts("2024-02-22T10:00:00+07:00"))
    assert check_admissibility(late_too, ruleset=PEMILU, calendar=CAL).verdict is Verdict.LATE
    # Reclassified (not administrative): registrable.
    other = dataclasses.replace(sub, violation_type="criminal")
    assert check_admissibility(other, ruleset=PEMILU, calendar=CAL).verdict is (Verdict.REGISTRABLE)


def test_open_windows_keep_working_as_before() -> None:
    """The 1.x API: caller-supplied open_windows are used as given (no election lookup);
    open_windows=() means none."""
    from bawaslu_rules import DateWindow

    quiet = (DateWindow(date(2024, 2, 11), date(2024, 2, 13), "masa tenang"),)
    args = ("report", date(2024, 1, 31), ts("2024-02-13T23:59:00+07:00"))
    given = check_timeliness(*args, ruleset=PEMILU, calendar=CAL, open_windows=quiet)
    assert (given.filed_on, given.on_time, given.election) == (date(2024, 2, 13), True, None)
    none = check_timeliness(*args, ruleset=PEMILU, calendar=CAL, open_windows=())
    assert (none.filed_on, none.on_time) == (date(2024, 2, 15), False)
