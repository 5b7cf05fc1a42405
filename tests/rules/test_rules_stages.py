"""ElectionStages from stage windows (docs/legal/rules.md §2 24-hour reception, §3.1 TSM
window, §8).

The expectations restate what the service builds today from an election's stages: open
windows = quiet period then voting, labelled with the stage name; candidates_set_on = the
earliest start of candidate_list_set / candidate_pairs_set.
"""

from __future__ import annotations

from datetime import date

import pytest

from bawaslu_rules import (
    CANDIDATES_SET_STAGES,
    RECEPTION_24H_STAGES,
    Confidence,
    DateWindow,
    ElectionStages,
    RulesError,
    stages_from_windows,
)

D = date

# Spec §8, Pemilu 2024 (as the service seeds it).
PEMILU_2024 = [
    ("candidate_list_set", D(2023, 11, 3), D(2023, 11, 3)),
    ("candidate_pairs_set", D(2023, 11, 13), D(2023, 11, 13)),
    ("campaign", D(2023, 11, 28), D(2024, 2, 10)),
    ("quiet_period", D(2024, 2, 11), D(2024, 2, 13)),
    ("voting", D(2024, 2, 14), D(2024, 2, 14)),
    ("recapitulation", D(2024, 2, 15), D(2024, 3, 20)),
    ("national_result", D(2024, 3, 20), D(2024, 3, 20)),
]
# Spec §8, Pilkada serentak 2024.
PILKADA_2024 = [
    ("candidate_pairs_set", D(2024, 9, 22), D(2024, 9, 22)),
    ("campaign", D(2024, 9, 25), D(2024, 11, 23)),
    ("quiet_period", D(2024, 11, 24), D(2024, 11, 26)),
    ("voting", D(2024, 11, 27), D(2024, 11, 27)),
    ("recapitulation", D(2024, 11, 27), D(2024, 12, 16)),
]


def test_basis() -> None:
    assert RECEPTION_24H_STAGES.stages == ("quiet_period", "voting")
    assert "Perbawaslu 7/2022 Art. 11" in RECEPTION_24H_STAGES.basis
    assert RECEPTION_24H_STAGES.confidence is Confidence.MED
    assert CANDIDATES_SET_STAGES.stages == ("candidate_list_set", "candidate_pairs_set")
    assert "Perbawaslu 7/2022 Art. 8(4)" in CANDIDATES_SET_STAGES.basis
    assert CANDIDATES_SET_STAGES.confidence is Confidence.MED
    assert RECEPTION_24H_STAGES.to_dict()["use"] == "open_windows"


@pytest.mark.parametrize(
    ("windows", "voting_day", "expected"),
    [
        # Pemilu 2024: the final candidate lists (3 Nov) come before the pairs (13 Nov).
        (PEMILU_2024, D(2024, 2, 14), ElectionStages(
            candidates_set_on=D(2023, 11, 3), voting_day=D(2024, 2, 14),
            open_windows=(DateWindow(D(2024, 2, 11), D(2024, 2, 13), "quiet_period"),
                          DateWindow(D(2024, 2, 14), D(2024, 2, 14), "voting")))),
        (PILKADA_2024, D(2024, 11, 27), ElectionStages(
            candidates_set_on=D(2024, 9, 22), voting_day=D(2024, 11, 27),
            open_windows=(DateWindow(D(2024, 11, 24), D(2024, 11, 26), "quiet_period"),
                          DateWindow(D(2024, 11, 27), D(2024, 11, 27), "voting")))),
        # Order of the output follows the stage names, not the input.
        (list(reversed(PEMILU_2024)), D(2024, 2, 14), ElectionStages(
            candidates_set_on=D(2023, 11, 3), voting_day=D(2024, 2, 14),
            open_windows=(DateWindow(D(2024, 2, 11), D(2024, 2, 13), "quiet_period"),
                          DateWindow(D(2024, 2, 14), D(2024, 2, 14), "voting")))),
        # No stages: nothing set, only the voting day.
        ([], D(2024, 2, 14), ElectionStages(None, D(2024, 2, 14), ())),
        ([], None, ElectionStages(None, None, ())),
        # A counting stage is not an open window (covered by the voting window).
        ([("counting", D(2024, 2, 14), D(2024, 2, 15)), ("campaign", D(2024, 1, 1),
          D(2024, 2, 10))], D(2024, 2, 14), ElectionStages(None, D(2024, 2, 14), ())),
        # Two windows of one stage keep their input order; earliest start of the set dates.
        ([("voting", D(2024, 3, 2), D(2024, 3, 2)), ("candidate_pairs_set", D(2023, 12, 1),
          D(2023, 12, 1)), ("voting", D(2024, 3, 1), D(2024, 3, 1)),
          ("candidate_pairs_set", D(2023, 11, 30), D(2023, 12, 2))], D(2024, 3, 1),
         ElectionStages(D(2023, 11, 30), D(2024, 3, 1),
                        (DateWindow(D(2024, 3, 2), D(2024, 3, 2), "voting"),
                         DateWindow(D(2024, 3, 1), D(2024, 3, 1), "voting")))),
    ],
    ids=["pemilu-2024", "pilkada-2024", "reversed", "none", "none-no-voting-day",
         "counting-ignored", "repeated"],
)  # fmt: skip
def test_stages(
    windows: list[tuple[str, date, date]], voting_day: date | None, expected: ElectionStages
) -> None:
    assert stages_from_windows(windows, voting_day=voting_day) == expected


def test_a_reversed_window_raises() -> None:
    with pytest.raises(RulesError, match="quiet_period"):
        stages_from_windows([("quiet_period", D(2024, 2, 13), D(2024, 2, 11))], voting_day=None)
