"""Which election stages the rules use (docs/legal/rules.md §2, §3.1, §8),
:class:`ElectionStages` built from an election's stage windows, and the 24-hour reception
days (:func:`reception_windows`).

- 24-hour reception: the quiet period (masa tenang) and voting are open windows, every
  hour of every day (§2: Perbawaslu 7/2022 Art. 11, HIGH-MED; Pilkada under Perbawaslu
  9/2024, MED, sources conflict: policy ``pemilihan.reception_24h``). §2 also names
  counting days; by default they are taken as the voting day's night, covered by voting
  day (policy ``reception_24h_days_after_voting`` adds days after it).
- The TSM filing window opens when candidates are set: the final candidate list or the
  candidate pairs, whichever is set first (§3.1: Perbawaslu 7/2022 Art. 8(4), MED), and
  closes on voting day.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Final

from bawaslu_rules.office import DateWindow
from bawaslu_rules.rulesets import Confidence, Policies

__all__ = [
    "CANDIDATES_SET_STAGES",
    "RECEPTION_24H_STAGES",
    "ElectionStages",
    "StageRule",
    "reception_windows",
    "stages_from_windows",
]


def _opt_date(value: Any) -> date | None:
    return None if value in (None, "") else date.fromisoformat(str(value))


@dataclass(frozen=True, slots=True)
class ElectionStages:
    """Stage dates of the election concerned (from the caller, or from an
    :class:`~bawaslu_rules.elections.ElectionCalendar`)."""

    candidates_set_on: date | None = None
    voting_day: date | None = None
    open_windows: tuple[DateWindow, ...] = ()
    """24-hour reception days: quiet period, voting and counting days (voting day is
    added automatically when ``voting_day`` is set; see :func:`reception_windows`)."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ElectionStages:
        """Parse the ``stages`` object of the submission JSON."""
        return cls(
            _opt_date(data.get("candidates_set_on")),
            _opt_date(data.get("voting_day")),
            tuple(DateWindow.from_dict(w) for w in data.get("open_windows", ())),
        )

    def is_empty(self) -> bool:
        """True when nothing is known (no dates, no windows)."""
        return (
            self.candidates_set_on is None and self.voting_day is None and not (self.open_windows)
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready representation (the shape :meth:`from_dict` reads)."""
        return {
            "candidates_set_on": None
            if self.candidates_set_on is None
            else self.candidates_set_on.isoformat(),
            "voting_day": None if self.voting_day is None else self.voting_day.isoformat(),
            "open_windows": [w.to_dict() for w in self.open_windows],
        }


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
    "docs/legal/rules.md §2: Perbawaslu 7/2022 Art. 11 (quiet period, voting and counting "
    "days: 24-hour reception; HIGH-MED); Pilkada: Perbawaslu 8/2020 jo. 9/2024 (MED, sources "
    "conflict)",
    Confidence.MED,
    "counting days are the voting day's night and are covered by the voting window "
    "(practice; policy reception_24h_days_after_voting adds days after voting day); a "
    "'counting' stage is not an open window",
)
"""Stages whose windows are 24-hour reception days (:attr:`ElectionStages.open_windows`)."""

CANDIDATES_SET_STAGES: Final = StageRule(
    ("candidate_list_set", "candidate_pairs_set"),
    "candidates_set_on",
    "docs/legal/rules.md §3.1: Perbawaslu 7/2022 Art. 8(4) (TSM reports from the setting of "
    "the final candidate list or of the candidate pairs until voting day)",
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


def reception_windows(stages: ElectionStages, policies: Policies) -> tuple[DateWindow, ...]:
    """The 24-hour reception days of an election (docs/legal/rules.md §2): its open windows
    (quiet period, voting), voting day itself, and ``policies.reception_24h_days_after_voting``
    counting days after voting day. Empty when ``policies.reception_24h`` is false.

    The one home of this rule: :func:`~bawaslu_rules.deadlines.check_timeliness` and
    :func:`~bawaslu_rules.admissibility.check_admissibility` both use it.
    """
    if not policies.reception_24h:
        return ()
    windows = stages.open_windows
    vd = stages.voting_day
    if vd is not None:
        windows = (*windows, DateWindow(vd, vd, "voting day"))
        after = policies.reception_24h_days_after_voting
        if after:
            windows = (
                *windows,
                DateWindow(
                    vd + timedelta(days=1),
                    vd + timedelta(days=after),
                    "counting (policy reception_24h_days_after_voting)",
                ),
            )
    return windows
