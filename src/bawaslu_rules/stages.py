"""Which election stages the rules use (spec §2, §3.1, §8), and :class:`ElectionStages`
built from an election's stage windows.

- 24-hour reception: the quiet period (masa tenang) and voting are open windows, every
  hour of every day (spec §2: Perbawaslu 7/2022 Art. 11, HIGH-MED; Pilkada under
  Perbawaslu 9/2024, MED, sources conflict). The spec also names counting days; they are
  taken as the voting day's night, covered by the voting window (practice; no counting
  window is added).
- The TSM filing window opens when candidates are set: the final candidate list or the
  candidate pairs, whichever is set first (spec §3.1: Perbawaslu 7/2022 Art. 8(4), MED),
  and closes on voting day.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from bawaslu_rules.admissibility import ElectionStages
from bawaslu_rules.office import DateWindow
from bawaslu_rules.rulesets import Confidence

__all__ = [
    "CANDIDATES_SET_STAGES",
    "RECEPTION_24H_STAGES",
    "StageRule",
    "stages_from_windows",
]


@dataclass(frozen=True, slots=True)
class StageRule:
    """A set of stage names the rules use for one purpose, with the basis."""

    stages: tuple[str, ...]
    use: str
    basis: str
    confidence: Confidence
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready representation."""
        return {
            "stages": list(self.stages),
            "use": self.use,
            "basis": self.basis,
            "confidence": self.confidence.value,
            "note": self.note,
        }


RECEPTION_24H_STAGES: Final = StageRule(
    ("quiet_period", "voting"),
    "open_windows",
    "spec §2: Perbawaslu 7/2022 Art. 11 (quiet period, voting and counting days: 24-hour "
    "reception; HIGH-MED); Pilkada: Perbawaslu 8/2020 jo. 9/2024 (MED, sources conflict)",
    Confidence.MED,
    "counting days are the voting day's night and are covered by the voting window "
    "(practice); a 'counting' stage is not an open window",
)
"""Stages whose windows are 24-hour reception days (:attr:`ElectionStages.open_windows`)."""

CANDIDATES_SET_STAGES: Final = StageRule(
    ("candidate_list_set", "candidate_pairs_set"),
    "candidates_set_on",
    "spec §3.1: Perbawaslu 7/2022 Art. 8(4) (TSM reports from the setting of the final "
    "candidate list or of the candidate pairs until voting day)",
    Confidence.MED,
    "the earliest start of these stages opens the window",
)
"""Stages whose earliest start is :attr:`ElectionStages.candidates_set_on`."""


def stages_from_windows(
    windows: Iterable[tuple[str, date, date]], *, voting_day: date | None
) -> ElectionStages:
    """The :class:`ElectionStages` of an election from its stage windows
    ``(name, start, end)`` (both days included) and its voting day.

    ``open_windows``: one :class:`DateWindow` labelled with the stage name per quiet-period
    window, then per voting window, each in input order (:data:`RECEPTION_24H_STAGES`).
    ``candidates_set_on``: the earliest start of the :data:`CANDIDATES_SET_STAGES` windows,
    ``None`` if there is none. Other stages are ignored. A window ending before it starts
    raises :class:`RulesError` (from :class:`DateWindow`).
    """
    by_stage: dict[str, list[tuple[date, date]]] = {}
    for name, start, end in windows:
        by_stage.setdefault(name, []).append((start, end))
    set_dates = [
        start for name in CANDIDATES_SET_STAGES.stages for start, _ in by_stage.get(name, [])
    ]
    open_windows = tuple(
        DateWindow(start, end, name)
        for name in RECEPTION_24H_STAGES.stages
        for start, end in by_stage.get(name, [])
    )
    return ElectionStages(
        candidates_set_on=min(set_dates) if set_dates else None,
        voting_day=voting_day,
        open_windows=open_windows,
    )
