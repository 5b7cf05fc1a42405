"""Classification for reporting (docs/legal/classification.md): the stage of an incident
from the election's stage calendar, the subjects per regime, each with its source."""

from __future__ import annotations

from datetime import date

import pytest

from bawaslu_rules import (
    ELECTIONS,
    STAGE_CALENDARS,
    STAGES,
    SUBJECTS,
    Confidence,
    RulesError,
    check_subjects,
    stage_of,
    subjects,
)


@pytest.mark.parametrize(
    ("election", "day", "stage"),
    [
        ("pemilu-2024", date(2023, 6, 1), "voter_list"),  # also candidacy: the shorter wins
        ("pemilu-2024", date(2023, 8, 1), "candidacy"),
        ("pemilu-2024", date(2023, 11, 28), "campaign"),
        ("pemilu-2024", date(2024, 2, 10), "campaign"),
        ("pemilu-2024", date(2024, 2, 11), "quiet_period"),
        ("pemilu-2024", date(2024, 2, 14), "voting_counting"),
        ("pemilu-2024", date(2024, 2, 15), "voting_counting"),  # counting, also recap's 1st day
        ("pemilu-2024", date(2024, 2, 16), "recapitulation"),
        ("pemilu-2024", date(2024, 3, 21), None),  # after every window
        ("pemilu-2024", date(2023, 11, 27), None),  # between candidacy and campaign
        ("pilkada-2024", date(2024, 9, 24), None),
        ("pilkada-2024", date(2024, 10, 1), "campaign"),
        ("pilkada-2024", date(2024, 11, 27), "voting_counting"),
        ("pilkada-2024", date(2024, 12, 1), "recapitulation"),
        ("nope-2099", date(2024, 1, 1), None),
    ],
)
def test_the_stage_of_an_incident(election: str, day: date, stage: str | None) -> None:
    assert stage_of(election, day).stage == stage


def test_no_date_no_stage() -> None:
    assert stage_of("pemilu-2024", None).stage is None


def test_the_calendars_agree_with_the_rules_windows() -> None:
    """The classification calendar's campaign, quiet period and voting day are the rules'
    (docs/legal/rules.md §8)."""
    for slug, spans in STAGE_CALENDARS.items():
        rules = {w.stage: (w.start, w.end) for w in ELECTIONS[slug].stages}
        mine = {s.stage: (s.start, s.end) for s in spans}
        assert mine["campaign"] == rules["campaign"], slug
        assert mine["quiet_period"] == rules["quiet_period"], slug
        assert mine["voting_counting"][0] == rules["voting"][0], slug
        assert all(s.source and s.confidence in Confidence for s in spans)


def test_logistics_is_set_by_an_officer_only() -> None:
    """No calendar window was read for logistics (LOW): it is never derived."""
    assert "logistics" in {s.code for s in STAGES}
    assert all(s.stage != "logistics" for spans in STAGE_CALENDARS.values() for s in spans)


def test_subjects_per_regime_with_their_basis() -> None:
    for regime in ("pemilu", "pemilihan"):
        codes = [s.code for s in subjects(regime)]
        assert len(codes) == len(set(codes))
        assert "money_politics" in codes
        assert all(s.basis for s in subjects(regime))
    assert [s.code for s in SUBJECTS["pemilu"]] == [s.code for s in SUBJECTS["pemilihan"]]
    assert subjects("pemilihan")[0].basis.startswith("UU 10/2016")
    assert check_subjects("pemilu", ["money_politics", "bribery"]) == ["bribery"]
    with pytest.raises(RulesError, match="unknown regime"):
        subjects("dpr")
