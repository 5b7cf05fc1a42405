"""The stage calendars of the elections the engine knows, as data (docs/legal/rules.md §8,
docs/legal/calendars.md).

Verify before relying on them (MED): the dates are those of docs/legal/rules.md §8, from
PKPU 3/2022 (Pemilu 2024 stages and schedule), PKPU 2/2024 (Pilkada 2024 stages and
schedule) and the Keppres declaring the voting days holidays (10/2024, 33/2024). They drive
24-hour reception (quiet period, voting) and the TSM filing window (candidates set ->
voting day). :func:`election_covering` finds the election of a regime whose calendar
covers a date; ``check_timeliness`` and ``check_admissibility`` use it when the caller
names no election and passes no stages.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from types import MappingProxyType
from typing import Any, Final

from bawaslu_rules.errors import UnknownElectionError
from bawaslu_rules.rulesets import Confidence
from bawaslu_rules.stages import ElectionStages, reception_windows, stages_from_windows

__all__ = [
    "ELECTIONS",
    "ElectionCalendar",
    "StageWindow",
    "StageWindows",
    "election",
    "election_covering",
    "reception_windows",
]


@dataclass(frozen=True, slots=True)
class StageWindow:
    """One stage of an election: ``stage`` from ``start`` to ``end`` inclusive."""

    stage: str
    start: date
    end: date
    note: str = ""
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready representation (the service's stage window shape plus ``source``)."""
        out: dict[str, Any] = {
            "stage": self.stage,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
        }
        if self.note:
            out["note"] = self.note
        out["source"] = self.source
        return out


class StageWindows(tuple[StageWindow, ...]):
    """The stage windows of an :class:`ElectionCalendar`: a tuple of :class:`StageWindow`
    that can also be called, ``calendar.stages()``, for the :class:`ElectionStages` the
    rules use (``stages_from_windows`` with the election's voting day)."""

    voting_day: date | None

    def __new__(
        cls, windows: Iterable[StageWindow] = (), voting_day: date | None = None
    ) -> StageWindows:
        self = super().__new__(cls, tuple(windows))
        self.voting_day = voting_day
        return self

    def __call__(self) -> ElectionStages:
        cached: ElectionStages | None = self.__dict__.get("_stages")
        if cached is None:
            cached = stages_from_windows(
                ((w.stage, w.start, w.end) for w in self), voting_day=self.voting_day
            )
            self.__dict__["_stages"] = cached  # immutable result, computed once
        return cached


@dataclass(frozen=True, slots=True)
class ElectionCalendar:
    """An election's stage calendar, with its source and confidence.

    ``stages`` is the tuple of :class:`StageWindow`; calling it, ``stages()``, gives the
    :class:`ElectionStages` (24-hour reception windows, TSM window opening, voting day).
    """

    slug: str
    regime: str
    name: str
    voting_day: date
    stages: StageWindows
    source: str
    confidence: Confidence
    note: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "stages", StageWindows(self.stages, self.voting_day))

    @property
    def first_day(self) -> date:
        """The first day of the calendar (earliest stage start)."""
        return min(w.start for w in self.stages)

    @property
    def last_day(self) -> date:
        """The last day of the calendar (latest stage end)."""
        return max(w.end for w in self.stages)

    def covers(self, on: date) -> bool:
        """True when ``on`` lies between the first stage start and the last stage end."""
        return self.first_day <= on <= self.last_day

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready representation (the CLI's ``elections --json``)."""
        return {
            "slug": self.slug,
            "regime": self.regime,
            "name": self.name,
            "voting_day": self.voting_day.isoformat(),
            "stages": [w.to_dict() for w in self.stages],
            "first_day": self.first_day.isoformat(),
            "last_day": self.last_day.isoformat(),
            "source": self.source,
            "confidence": self.confidence.value,
            "note": self.note,
        }


_VERIFY: Final = "verify before relying on them (docs/legal/rules.md §8, MED)"
_PEMILU_SRC: Final = "PKPU 3/2022 (Pemilu 2024 stages and schedule); docs/legal/rules.md §8"
_PILKADA_SRC: Final = "PKPU 2/2024 (Pilkada 2024 stages and schedule); docs/legal/rules.md §8"
D = date

PEMILU_2024: Final = ElectionCalendar(
    slug="pemilu-2024",
    regime="pemilu",
    name="Pemilihan Umum 2024",
    voting_day=D(2024, 2, 14),
    stages=StageWindows((
        StageWindow("candidate_list_set", D(2023, 11, 3), D(2023, 11, 3),
                    "final candidate lists (DCT)", _PEMILU_SRC),
        StageWindow("candidate_pairs_set", D(2023, 11, 13), D(2023, 11, 13),
                    "presidential pairs", _PEMILU_SRC),
        StageWindow("campaign", D(2023, 11, 28), D(2024, 2, 10), "", _PEMILU_SRC),
        StageWindow("quiet_period", D(2024, 2, 11), D(2024, 2, 13), "", _PEMILU_SRC),
        StageWindow("voting", D(2024, 2, 14), D(2024, 2, 14),
                    "national holiday, Keppres 10/2024", f"{_PEMILU_SRC}; Keppres 10/2024"),
        StageWindow("recapitulation", D(2024, 2, 15), D(2024, 3, 20), "", _PEMILU_SRC),
        StageWindow("national_result", D(2024, 3, 20), D(2024, 3, 20), "", _PEMILU_SRC),
    )),
    source=f"docs/legal/rules.md §8; PKPU 3/2022; Keppres 10/2024; {_VERIFY}",
    confidence=Confidence.MED,
)  # fmt: skip

PILKADA_2024: Final = ElectionCalendar(
    slug="pilkada-2024",
    regime="pemilihan",
    name="Pemilihan Gubernur, Bupati, dan Wali Kota Serentak 2024",
    voting_day=D(2024, 11, 27),
    stages=StageWindows((
        StageWindow("candidate_pairs_set", D(2024, 9, 22), D(2024, 9, 22), "", _PILKADA_SRC),
        StageWindow("campaign", D(2024, 9, 25), D(2024, 11, 23), "", _PILKADA_SRC),
        StageWindow("quiet_period", D(2024, 11, 24), D(2024, 11, 26), "", _PILKADA_SRC),
        StageWindow("voting", D(2024, 11, 27), D(2024, 11, 27),
                    "national holiday, Keppres 33/2024", f"{_PILKADA_SRC}; Keppres 33/2024"),
        StageWindow("recapitulation", D(2024, 11, 27), D(2024, 12, 16),
                    "docs/legal/rules.md §8 says 'to mid-December'; end date is an assumption",
                    f"{_PILKADA_SRC} (end date LOW)"),
    )),
    source=f"docs/legal/rules.md §8; PKPU 2/2024; Keppres 33/2024; {_VERIFY}",
    confidence=Confidence.MED,
    note="recapitulation ends 'mid-December'; 16 Dec 2024 is an assumption",
)  # fmt: skip

ELECTIONS: Final[Mapping[str, ElectionCalendar]] = MappingProxyType(
    {e.slug: e for e in (PEMILU_2024, PILKADA_2024)}
)
"""The elections of docs/legal/rules.md §8, by slug."""

_SPANS: Final = tuple((c.regime, c.first_day, c.last_day, c) for c in ELECTIONS.values())
"""Each election's regime and first and last day, computed once (election_covering runs
for every admissibility check and timeliness check)."""


def election(slug: str) -> ElectionCalendar:
    """The election ``slug``; :class:`UnknownElectionError` lists the known slugs."""
    try:
        return ELECTIONS[slug]
    except KeyError:
        raise UnknownElectionError(
            f"unknown election {slug!r}; known: {', '.join(ELECTIONS)}"
        ) from None


def election_covering(regime: str, on: date) -> ElectionCalendar | None:
    """The election of ``regime`` whose calendar (first stage start .. last stage end)
    covers ``on``, or None. A datetime is reduced to its date as given."""
    if isinstance(on, datetime):
        on = on.date()
    for cal_regime, first, last, cal in _SPANS:
        if cal_regime == regime and first <= on <= last:
            return cal
    return None
