"""Every rule of docs/legal/rules.md §3, both regimes, with hand-computed due dates.

Pemilu rows are triggered on Fri 2024-02-09 (ruleset pemilu:2022.1). Working days after it:
  12 Mon (1), 13 Tue (2), [14 Wed: voting day, Keppres 10/2024], 15 Thu (3), 16 Fri (4),
  19 Mon (5), 20 Tue (6), 21 Wed (7), 22 (8), 23 (9), 26 (10), 27 (11), 28 (12), 29 (13),
  Mar 1 Fri (14).
Calendar days after it: 3 -> Mon 12, 5 -> Wed 14, 7 -> Fri 16, 14 -> Fri 23.

Pemilihan rows are triggered on Fri 2024-11-22 (ruleset pemilihan:2024.1). Working days:
  25 Mon (1), 26 Tue (2), [27 Wed: Pilkada voting day, Keppres 33/2024], 28 Thu (3),
  29 Fri (4), Dec 2 Mon (5), 3 (6), 4 (7), 5 (8), 6 (9), 9 (10), 10 (11), 11 (12), 12 (13),
  13 Fri (14).
Calendar days: 2 -> Sun 24, 3 -> Mon 25, 5 -> Wed 27, 7 -> Fri 29, 14 -> Fri Dec 6.
Day deadlines end at 16:00, Friday 16:30, office time; hours run from the timestamp.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bawaslu_rules import Calendar, Confidence, Unit, compute_deadline, get_ruleset

CAL = Calendar.official()
PEMILU_TRIGGER = date(2024, 2, 9)
PEMILU_TS = datetime.fromisoformat("2024-02-09T10:00:00+07:00")
PILKADA_TRIGGER = date(2024, 11, 22)
PILKADA_TS = datetime.fromisoformat("2024-11-22T15:00:00+07:00")

# (rule id, amount, unit, expected due, expected due_at, basis as in the spec)
Row = tuple[str, int, str, str, str, str]
PEMILU: list[Row] = [
    ("report.filing", 7, "working_day", "2024-02-21", "2024-02-21T16:00:00+07:00",
     "UU 7/2017 Art. 454(6); Perbawaslu 7/2022 Art. 8(3)"),
    ("finding.set", 7, "working_day", "2024-02-21", "2024-02-21T16:00:00+07:00",
     'UU 7/2017 Art. 454(5) ("hari"; practice counts working days)'),
    ("report.initial_review", 2, "working_day", "2024-02-13", "2024-02-13T16:00:00+07:00",
     "Perbawaslu 7/2022 Art. 15(1) (kajian awal)"),
    ("report.completion_notice", 1, "working_day", "2024-02-12",
     "2024-02-12T16:00:00+07:00", "Perbawaslu 7/2022 (article unconfirmed)"),
    ("report.completion", 2, "working_day", "2024-02-13", "2024-02-13T16:00:00+07:00",
     "Perbawaslu 7/2022 (article unconfirmed; practice)"),
    ("case.decision", 7, "working_day", "2024-02-21", "2024-02-21T16:00:00+07:00",
     "UU 7/2017 Art. 454(7)"),
    # 14 working days in total from registration, Fri Mar 1 closes at 16:30.
    ("case.decision_extended", 14, "working_day", "2024-03-01", "2024-03-01T16:30:00+07:00",
     "UU 7/2017 Art. 454(8)"),
    ("admin.decision", 14, "working_day", "2024-03-01", "2024-03-01T16:30:00+07:00",
     "UU 7/2017 Art. 461; Perbawaslu 8/2022"),
    ("admin.kpu_followup", 3, "working_day", "2024-02-15", "2024-02-15T16:00:00+07:00",
     "UU 7/2017 Art. 462"),
    # 24 hours from Fri 10:00 -> Sat 10:00, no skipping.
    ("crime.forward_to_police", 24, "hours", "2024-02-10", "2024-02-10T10:00:00+07:00",
     "UU 7/2017 Art. 476"),
    ("crime.investigation", 14, "calendar_day", "2024-02-23", "2024-02-23T16:30:00+07:00",
     "UU 7/2017 Art. 480(1) (article from secondary sources)"),
    ("crime.prosecutor_return", 3, "calendar_day", "2024-02-12",
     "2024-02-12T16:00:00+07:00", "UU 7/2017 Art. 480(2)"),
    ("crime.investigator_resubmit", 3, "calendar_day", "2024-02-12",
     "2024-02-12T16:00:00+07:00", "UU 7/2017 Art. 480(3)"),
    # 5 calendar days -> Wed 14, the voting-day holiday: calendar days do not roll.
    ("crime.to_court", 5, "calendar_day", "2024-02-14", "2024-02-14T16:00:00+07:00",
     "UU 7/2017 Art. 480(4)"),
    ("crime.district_court", 7, "calendar_day", "2024-02-16", "2024-02-16T16:30:00+07:00",
     "UU 7/2017 Art. 482(1)"),
    ("crime.appeal_filing", 3, "calendar_day", "2024-02-12", "2024-02-12T16:00:00+07:00",
     "UU 7/2017 Art. 482(2)"),
    ("crime.appeal_forward", 3, "calendar_day", "2024-02-12", "2024-02-12T16:00:00+07:00",
     "UU 7/2017 Art. 482(3)"),
    ("crime.high_court", 7, "calendar_day", "2024-02-16", "2024-02-16T16:30:00+07:00",
     "UU 7/2017 Art. 482(4); final (482(5))"),
    ("crime.decision_to_prosecutor", 3, "calendar_day", "2024-02-12",
     "2024-02-12T16:00:00+07:00", "UU 7/2017 Art. 483(1)"),
    ("crime.execution", 3, "calendar_day", "2024-02-12", "2024-02-12T16:00:00+07:00",
     "UU 7/2017 Art. 483(2)"),
]  # fmt: skip

PEMILIHAN: list[Row] = [
    # 7 calendar days -> Fri Nov 29, closes 16:30.
    ("report.filing", 7, "calendar_day", "2024-11-29", "2024-11-29T16:30:00+07:00",
     "UU 1/2015 Art. 134(4); Perbawaslu 8/2020 jo. 9/2024 Art. 9(4)"),
    ("finding.set", 7, "calendar_day", "2024-11-29", "2024-11-29T16:30:00+07:00",
     "UU 1/2015 Art. 134(4)"),
    # 2 calendar days -> Sun Nov 24; not rolled forward by default.
    ("report.initial_review", 2, "calendar_day", "2024-11-24", "2024-11-24T16:00:00+07:00",
     "Perbawaslu 8/2020 jo. 9/2024 (practice)"),
    # 48 hours from Fri 15:00 -> Sun 15:00.
    ("report.completion", 48, "hours", "2024-11-24", "2024-11-24T15:00:00+07:00",
     'Perbawaslu 9/2024 (practice "2x24 jam"; a 2020 source says 3 days)'),
    ("case.decision", 3, "calendar_day", "2024-11-25", "2024-11-25T16:00:00+07:00",
     "UU 1/2015 Art. 134(5)"),
    # 5 calendar days in total -> Wed Nov 27, the Pilkada voting day (no roll-forward).
    ("case.decision_extended", 5, "calendar_day", "2024-11-27", "2024-11-27T16:00:00+07:00",
     "UU 1/2015 Art. 134(6)"),
    ("admin.kpu_followup", 7, "calendar_day", "2024-11-29", "2024-11-29T16:30:00+07:00",
     "UU 10/2016 Art. 139–140"),
    ("tsm.decision", 14, "calendar_day", "2024-12-06", "2024-12-06T16:30:00+07:00",
     "Perbawaslu 9/2020 Art. 45(1)"),
    ("tsm.counter_memo", 3, "calendar_day", "2024-11-25", "2024-11-25T16:00:00+07:00",
     "Perbawaslu 9/2020 Art. 57"),
    ("crime.forward_to_police", 24, "hours", "2024-11-23", "2024-11-23T15:00:00+07:00",
     "UU 1/2015 Art. 135(2)"),
    # 14 working days -> Fri Dec 13 (skips the voting day Nov 27).
    ("crime.investigation", 14, "working_day", "2024-12-13", "2024-12-13T16:30:00+07:00",
     "Pilkada Gakkumdu joint regulation Art. 22(4)"),
    ("crime.prosecutor_return", 3, "working_day", "2024-11-28", "2024-11-28T16:00:00+07:00",
     "Pilkada Gakkumdu joint regulation Art. 22(4) (same)"),
    ("crime.investigator_resubmit", 3, "working_day", "2024-11-28",
     "2024-11-28T16:00:00+07:00", "Pilkada Gakkumdu joint regulation Art. 22(4) (same)"),
    ("crime.to_court", 5, "working_day", "2024-12-02", "2024-12-02T16:00:00+07:00",
     "Pilkada Gakkumdu joint regulation Art. 22(4) (same)"),
    ("crime.district_court", 7, "calendar_day", "2024-11-29", "2024-11-29T16:30:00+07:00",
     "UU 1/2015 Art. 148 (article unverified)"),
    ("crime.appeal_filing", 3, "calendar_day", "2024-11-25", "2024-11-25T16:00:00+07:00",
     "UU 1/2015 Art. 148 (article unverified; same)"),
    ("crime.high_court", 7, "calendar_day", "2024-11-29", "2024-11-29T16:30:00+07:00",
     "UU 1/2015 Art. 148 (article unverified; same)"),
]  # fmt: skip

SPEC_CONFIDENCE = {
    # (regime, rule) -> (confidence, note) exactly as in the spec tables.
    ("pemilu", "finding.set"): ("MED", ""),
    ("pemilu", "report.completion_notice"): ("LOW", ""),
    ("pemilu", "report.completion"): ("MED", ""),
    ("pemilu", "admin.kpu_followup"): ("HIGH", "HIGH (value)"),
    ("pemilu", "crime.investigation"): ("HIGH", "HIGH (value)"),
    ("pemilu", "crime.prosecutor_return"): ("HIGH", "HIGH (value)"),
    ("pemilu", "crime.investigator_resubmit"): ("HIGH", "HIGH (value)"),
    ("pemilu", "crime.to_court"): ("HIGH", "HIGH (value)"),
    ("pemilihan", "finding.set"): ("MED", ""),
    ("pemilihan", "report.initial_review"): ("MED", ""),
    ("pemilihan", "report.completion"): ("MED", ""),
    ("pemilihan", "case.decision"): ("HIGH", "HIGH (value)"),
    ("pemilihan", "admin.kpu_followup"): ("MED", ""),
    ("pemilihan", "crime.investigation"): ("HIGH", "HIGH (value)"),
    ("pemilihan", "crime.prosecutor_return"): ("HIGH", "HIGH (value)"),
    ("pemilihan", "crime.investigator_resubmit"): ("HIGH", "HIGH (value)"),
    ("pemilihan", "crime.to_court"): ("HIGH", "HIGH (value)"),
    ("pemilihan", "crime.district_court"): ("HIGH", "HIGH (value)"),
    ("pemilihan", "crime.appeal_filing"): ("HIGH", "HIGH (value)"),
    ("pemilihan", "crime.high_court"): ("HIGH", "HIGH (value)"),
}


def _check(regime: str, version: str, row: Row, trigger: date, ts: datetime) -> None:
    rule_id, amount, unit, due, due_at, basis = row
    rs = get_ruleset(regime, version)
    start = ts if unit == "hours" else trigger
    d = compute_deadline(rule_id, start, ruleset=rs, calendar=CAL, zone="Asia/Jakarta")
    assert (d.amount, d.unit.value) == (amount, unit)
    assert d.due.isoformat() == due
    assert d.due_at.isoformat() == due_at
    assert d.basis == basis
    assert d.provisional is False
    conf, note = SPEC_CONFIDENCE.get((regime, rule_id), ("HIGH", ""))
    assert (d.confidence.value, d.confidence_note) == (conf, note)


@pytest.mark.parametrize("row", PEMILU, ids=[r[0] for r in PEMILU])
def test_pemilu_2022_rule(row: Row) -> None:
    _check("pemilu", "2022.1", row, PEMILU_TRIGGER, PEMILU_TS)


@pytest.mark.parametrize("row", PEMILIHAN, ids=[r[0] for r in PEMILIHAN])
def test_pemilihan_2024_rule(row: Row) -> None:
    _check("pemilihan", "2024.1", row, PILKADA_TRIGGER, PILKADA_TS)


def test_rule_ids_are_exactly_the_spec_tables() -> None:
    for version in ("2018.1", "2022.1"):
        assert list(get_ruleset("pemilu", version).rules) == [r[0] for r in PEMILU]
    for version in ("2020.1", "2024.1"):
        assert set(get_ruleset("pemilihan", version).rules) == {r[0] for r in PEMILIHAN}


def test_pemilu_2018_keeps_statute_values_and_marks_perbawaslu_rules_low() -> None:
    old, new = get_ruleset("pemilu", "2018.1"), get_ruleset("pemilu", "2022.1")
    for rule_id in ("report.initial_review", "report.completion_notice", "report.completion"):
        assert old.rule(rule_id).confidence is Confidence.LOW
        assert "not verified" in old.rule(rule_id).note
        assert old.rule(rule_id).amount == new.rule(rule_id).amount
    # UU 7/2017 sets these: same values and confidence in both generations.
    for rule_id in ("report.filing", "case.decision", "admin.decision", "crime.execution"):
        assert old.rule(rule_id).amount == new.rule(rule_id).amount
        assert old.rule(rule_id).unit == new.rule(rule_id).unit
        assert old.rule(rule_id).confidence == new.rule(rule_id).confidence


def test_pemilihan_2020_completion_is_the_3_day_reading() -> None:
    # Spec §3.2: "a 2020 source says 3 days" for report.completion before Perbawaslu 9/2024.
    rule = get_ruleset("pemilihan", "2020.1").rule("report.completion")
    assert (rule.amount, rule.unit, rule.confidence) == (3, Unit.CALENDAR_DAY, Confidence.LOW)


def test_tsm_window_is_a_window_rule_not_a_deadline() -> None:
    rs = get_ruleset("pemilu", "2022.1")
    assert "tsm.filing_window" not in rs.rules
    window = rs.window("tsm.filing_window")
    assert (window.basis, window.confidence.value) == ("Perbawaslu 7/2022 Art. 8(4)", "MED")
