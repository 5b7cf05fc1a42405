"""Admissibility (docs/legal/rules.md §4): each verdict, the failure codes and their citations."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from bawaslu_rules import (
    CODES,
    Calendar,
    Code,
    ElectionStages,
    Kind,
    Reporter,
    ReporterCategory,
    RulesError,
    Submission,
    Verdict,
    check_admissibility,
    get_ruleset,
)

DATA = Path(__file__).parent / "data"
CAL = Calendar.official()
PEMILU = get_ruleset("pemilu", "2022.1")
PILKADA = get_ruleset("pemilihan", "2024.1")


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / name).read_text(encoding="utf-8"))
    return data


def codes(result: Any) -> list[str]:
    return [f.code.value for f in result.failures]


def test_registrable() -> None:
    sub = Submission.from_dict(load("registrable_pemilu.json"))
    result = check_admissibility(sub, ruleset=PEMILU, calendar=CAL)
    assert result.verdict is Verdict.REGISTRABLE
    assert result.failures == ()
    assert result.advisories == ()
    # Known Fri 2024-02-09 + 7 wd -> Wed 21 (see the rule table); received Mon 12.
    assert result.filing_deadline is not None
    assert result.filing_deadline.due == date(2024, 2, 21)
    assert result.received_on == date(2024, 2, 12)
    assert result.completion_deadline is None
    assert "completion_deadline" not in result.to_dict()


def test_incomplete_with_completion_deadline_from_receipt() -> None:
    sub = Submission.from_dict(load("incomplete_pemilu.json"))
    result = check_admissibility(sub, ruleset=PEMILU, calendar=CAL)
    assert result.verdict is Verdict.INCOMPLETE
    assert codes(result) == ["signature_missing", "description_missing", "evidence_missing"]
    assert [f.kind for f in result.failures] == [Kind.FORMAL, Kind.MATERIAL, Kind.MATERIAL]
    assert result.failures[0].basis == "Perbawaslu 7/2022 Art. 15(3) item 5 (practice, MED)"
    assert result.failures[1].basis == "Perbawaslu 7/2022 Art. 15(4) item 2"
    assert [a.code for a in result.advisories] == [Code.WITNESSES_MISSING]
    # No notice date given: report.completion (2 wd) from the receipt date Mon 2024-03-04:
    # 5 Tue (1), 6 Wed (2).
    assert result.completion_deadline is not None
    assert result.completion_deadline.due_at.isoformat() == "2024-03-06T16:00:00+07:00"
    out = result.to_dict()
    assert out["completion_deadline"] == "2024-03-06"
    assert out["completion_due_at"] == "2024-03-06T16:00:00+07:00"
    assert out["completion"]["rule"] == "report.completion"
    assert out["completion"]["basis"] == "Perbawaslu 7/2022 (article unconfirmed; practice)"


def test_incomplete_with_notice_date() -> None:
    sub = Submission.from_dict(load("incomplete_pemilu.json"))
    # Notice received Thu 2024-03-07: 8 Fri (1), [11 Nyepi, 12 cuti bersama], 13 Wed (2).
    result = check_admissibility(sub, ruleset=PEMILU, calendar=CAL, notice_at=date(2024, 3, 7))
    assert result.completion_deadline is not None
    assert result.completion_deadline.due == date(2024, 3, 13)


def test_incomplete_pilkada_completion_is_48_hours() -> None:
    sub = Submission.from_dict(load("incomplete_pemilihan.json"))
    result = check_admissibility(sub, ruleset=PILKADA, calendar=CAL, zone="Asia/Makassar")
    assert result.verdict is Verdict.INCOMPLETE
    assert codes(result) == ["evidence_missing"]
    # Received Mon 2024-11-25 10:00 WITA + 48 h = Wed 27 10:00 WITA (voting day; hours skip
    # nothing).
    assert result.completion_deadline is not None
    assert result.completion_deadline.due_at.isoformat() == "2024-11-27T10:00:00+08:00"


def test_late() -> None:
    sub = Submission.from_dict(load("late_pemilu.json"))
    result = check_admissibility(sub, ruleset=PEMILU, calendar=CAL)
    # Handed in Wed 21 16:30, after closing: received Thu 22, the day after the deadline.
    assert result.received_on == date(2024, 2, 22)
    assert result.verdict is Verdict.LATE
    assert codes(result) == ["filing_late"]
    assert result.failures[0].basis == (
        "Perbawaslu 7/2022 Art. 15(3) item 4; "
        "report.filing: UU 7/2017 Art. 454(6); Perbawaslu 7/2022 Art. 8(3)"
    )
    assert result.completion_deadline is None


def test_tsm_outside_window() -> None:
    sub = Submission.from_dict(load("tsm_outside_window_pemilu.json"))
    result = check_admissibility(sub, ruleset=PEMILU, calendar=CAL)
    # Window 3 Nov 2023 (candidate list) -> 14 Feb 2024 (voting day); received 20 Feb.
    assert result.verdict is Verdict.OUTSIDE_WINDOW
    assert codes(result) == ["tsm_outside_window"]
    assert result.failures[0].basis.startswith("Perbawaslu 7/2022 Art. 8(4)")
    inside = dataclasses.replace(sub, received_at=datetime.fromisoformat("2024-02-14T09:00+07:00"))
    assert check_admissibility(inside, ruleset=PEMILU, calendar=CAL).verdict is Verdict.REGISTRABLE


def test_tsm_needs_stage_dates() -> None:
    sub = Submission.from_dict(load("tsm_outside_window_pemilu.json"))
    bare = dataclasses.replace(sub, stages=dataclasses.replace(sub.stages, voting_day=None))
    with pytest.raises(RulesError):
        check_admissibility(bare, ruleset=PEMILU, calendar=CAL)


def test_underage_voter_is_not_eligible() -> None:
    """UU 1/2015 Art. 56(1), 134(2): 14 on Pilkada voting day and not married."""
    sub = Submission.from_dict(load("not_eligible_pemilihan.json"))
    result = check_admissibility(sub, ruleset=PILKADA, calendar=CAL, zone="Asia/Makassar")
    # Birth date 15 Jun 2010: 14 years old on voting day 27 Nov 2024 (pilkada-2024, the
    # election covering the received date) and not married.
    assert result.election == "pilkada-2024"
    assert result.verdict is Verdict.REPORTER_NOT_ELIGIBLE
    assert codes(result) == ["reporter_underage"]
    assert sub.reporter is not None
    married = dataclasses.replace(sub, reporter=dataclasses.replace(sub.reporter, married=True))
    assert check_admissibility(married, ruleset=PILKADA, calendar=CAL).verdict is (
        Verdict.REGISTRABLE
    )


def test_nik_year_20yy_or_19yy_leaves_the_voting_right_unknown() -> None:
    """UU 1/2015 Art. 56(1): the NIK's two-digit year 10 may be 1910 or 2010; the readings
    disagree on adulthood, so the voting right is not yet shown (incomplete), where 1.1
    read 2010 and refused the reporter as underage."""
    data = load("not_eligible_pemilihan.json")
    del data["reporter"]["birth_date"]
    result = check_admissibility(Submission.from_dict(data), ruleset=PILKADA, calendar=CAL,
                                 zone="Asia/Makassar")  # fmt: skip
    assert codes(result) == ["reporter_voting_right_unknown"]
    assert result.verdict is Verdict.INCOMPLETE


INC = Verdict.INCOMPLETE
NE = Verdict.REPORTER_NOT_ELIGIBLE
OK = Verdict.REGISTRABLE


@pytest.mark.parametrize(
    ("regime", "reporter", "expected", "verdict"),
    [
        # Pilkada, UU 1/2015 Art. 134(2): voters, monitors, participants (the candidate pair,
        # peserta pemilihan); a pair may report through its campaign team or an appointee
        # with a power of attorney (Perbawaslu 8/2020 Art. 6, MED). 1.1 refused both.
        ("pemilihan", Reporter(ReporterCategory.PARTICIPANT), [], OK),
        ("pemilihan", Reporter(ReporterCategory.REPRESENTATIVE, power_of_attorney=True), [], OK),
        ("pemilihan", Reporter(ReporterCategory.CITIZEN, age=30),
         ["reporter_category_not_allowed"], NE),
        (
            "pemilihan",
            Reporter(ReporterCategory.VOTER, registered_voter=False, age=30),
            ["reporter_not_registered_voter"],
            NE,
        ),
        ("pemilihan", Reporter(ReporterCategory.CANDIDATE), [], OK),
        # Monitors must be accredited (UU 7/2017 Art. 454(2)): not accredited -> not
        # eligible; not yet shown -> incomplete (1.1: not eligible).
        ("pemilu", Reporter(ReporterCategory.MONITOR, accredited=False),
         ["monitor_not_accredited"], NE),
        ("pemilu", Reporter(ReporterCategory.MONITOR), ["monitor_accreditation_unknown"], INC),
        ("pemilu", Reporter(ReporterCategory.MONITOR, accredited=True), [], OK),
        # A missing power of attorney can be attached: incomplete (1.1: not eligible).
        ("pemilu", Reporter(ReporterCategory.REPRESENTATIVE), ["power_of_attorney_missing"], INC),
        ("pemilu", Reporter(ReporterCategory.REPRESENTATIVE, power_of_attorney=True), [], OK),
        ("pemilu", Reporter(ReporterCategory.OTHER), ["reporter_category_not_allowed"], NE),
        # UU 7/2017 Art. 198(1): 17 or older on voting day (14 Feb 2024), or married.
        # Received Mon 12 Feb: 16 on that day may be 17 on voting day -> unknown (1.1:
        # underage); 15 cannot be.
        ("pemilu", Reporter(ReporterCategory.CITIZEN, age=16), ["reporter_voting_right_unknown"],
         INC),
        ("pemilu", Reporter(ReporterCategory.CITIZEN, age=15), ["reporter_underage"], NE),
        ("pemilu", Reporter(ReporterCategory.CITIZEN, age=16, married=True), [], OK),
        ("pemilu", Reporter(ReporterCategory.CITIZEN, age=17), [], OK),
    ],
)  # fmt: skip
def test_standing(regime: str, reporter: Reporter, expected: list[str], verdict: Verdict) -> None:
    base = Submission.from_dict(load("registrable_pemilu.json"))
    full = dataclasses.replace(reporter, name="N", address="A", nik="3273011508900001")
    sub = dataclasses.replace(base, regime=regime, reporter=full, violation_type=None)
    rs = PEMILU if regime == "pemilu" else PILKADA
    if regime == "pemilihan":
        # Same dates shifted into the Pilkada 2024 ruleset period.
        sub = dataclasses.replace(
            sub, received_at=datetime.fromisoformat("2024-11-25T10:00+07:00"),
            known_on=date(2024, 11, 22), stages=ElectionStages(),
        )  # fmt: skip
    result = check_admissibility(sub, ruleset=rs, calendar=CAL)
    assert codes(result) == expected
    assert result.verdict is verdict


def test_voting_right_unknown_without_age_marriage_or_valid_nik() -> None:
    base = Submission.from_dict(load("registrable_pemilu.json"))
    reporter = Reporter(ReporterCategory.CITIZEN, name="N", address="A", nik="32730115089")
    result = check_admissibility(dataclasses.replace(base, reporter=reporter), ruleset=PEMILU,
                                 calendar=CAL)  # fmt: skip
    assert codes(result) == ["reporter_nik_invalid", "reporter_voting_right_unknown"]
    assert result.nik_failures == ("nik_not_16_digits",)
    assert result.verdict is Verdict.INCOMPLETE


def test_administrative_reported_party_closed_list() -> None:
    base = Submission.from_dict(load("registrable_pemilu.json"))
    village = dataclasses.replace(base.reported_party, type="village_head")
    result = check_admissibility(dataclasses.replace(base, reported_party=village),
                                 ruleset=PEMILU, calendar=CAL)  # fmt: skip
    assert codes(result) == ["reported_type_not_allowed"]
    assert result.failures[0].basis == "Perbawaslu 8/2022 Art. 8"
    untyped = dataclasses.replace(base.reported_party, type=None)
    result = check_admissibility(dataclasses.replace(base, reported_party=untyped),
                                 ruleset=PEMILU, calendar=CAL)  # fmt: skip
    assert codes(result) == ["reported_type_missing"]
    # Not an administrative report: any party may be reported.
    other = dataclasses.replace(base, reported_party=village, violation_type="criminal")
    assert codes(check_admissibility(other, ruleset=PEMILU, calendar=CAL)) == []


def test_everything_missing_lists_every_code_in_order() -> None:
    sub = Submission(kind="report", regime="pemilu",
                     received_at=datetime.fromisoformat("2024-03-04T10:00+07:00"))  # fmt: skip
    result = check_admissibility(sub, ruleset=PEMILU, calendar=CAL)
    assert codes(result) == [
        "reporter_name_missing", "reporter_address_missing", "reporter_nik_missing",
        "reporter_voting_right_unknown", "reported_name_missing", "reported_address_missing",
        "date_known_missing", "signature_missing", "incident_time_missing",
        "incident_place_missing", "description_missing", "evidence_missing",
    ]  # fmt: skip
    assert result.verdict is Verdict.INCOMPLETE


def test_findings_have_no_reporter_requirements() -> None:
    base = Submission.from_dict(load("registrable_pemilu.json"))
    finding = dataclasses.replace(base, kind="finding", reporter=None, signature_present=False)
    result = check_admissibility(finding, ruleset=PEMILU, calendar=CAL)
    assert result.verdict is Verdict.REGISTRABLE
    assert result.filing_deadline is not None
    assert result.filing_deadline.rule == "finding.set"


def test_signature_mismatch() -> None:
    base = Submission.from_dict(load("registrable_pemilu.json"))
    result = check_admissibility(dataclasses.replace(base, signature_matches=False),
                                 ruleset=PEMILU, calendar=CAL)  # fmt: skip
    assert codes(result) == ["signature_mismatch"]


def test_code_vocabulary_is_complete() -> None:
    assert set(CODES) == set(Code)
    for code, info in CODES.items():
        assert info.basis, code
        assert (info.kind is Kind.ADVISORY) == (info.verdict is None), code


def test_bad_submission_json() -> None:
    with pytest.raises(RulesError):
        Submission.from_dict({"kind": "report", "regime": "pemilu"})
    with pytest.raises(RulesError):
        Submission.from_dict({"kind": "complaint", "regime": "pemilu",
                              "received_at": "2024-01-01T10:00"})  # fmt: skip
    sub = Submission.from_dict(load("registrable_pemilu.json"))
    with pytest.raises(RulesError):
        check_admissibility(sub, ruleset=PILKADA, calendar=CAL)
