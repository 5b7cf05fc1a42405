"""What each level of the supervisory hierarchy may do with a report, per regime
(docs/legal/rules.md §6, docs/legal/procedure.md §4), as data with citations.

The permanent offices (Bawaslu RI, Provinsi, Kabupaten/Kota) and Panwaslu LN handle a
case from receipt to decision. The ad hoc levels differ: a Panwaslu Kecamatan handles its
cases (administrative violations in a Pemilu only as a recommendation upward); a Panwaslu
Kelurahan/Desa (PKD) and the polling-station supervisors are receiving points that pass
reports up. Where the sources are silent the power is refused and marked LOW, so that an
office does not register or decide what the law has not shown it may.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Final

from bawaslu_rules.errors import RulesError
from bawaslu_rules.rulesets import Confidence

__all__ = ["LEVEL_POWERS", "POWERS", "LevelPowers", "level_powers", "may"]

POWERS: Final = ("receive", "initial_review", "register", "clarify", "decide")
"""The powers a level may have over a report, in the order a case meets them."""

PERMANENT_LEVELS: Final = ("national", "province", "regency", "city", "overseas")


@dataclass(frozen=True, slots=True)
class LevelPowers:
    """The powers of one level under one regime, with the basis and confidence."""

    regime: str
    level: str
    receive: bool
    initial_review: bool
    register: bool
    clarify: bool
    decide: bool
    forwards_to: str
    """Where it passes reports it does not handle."""
    basis: str
    confidence: Confidence
    note: str = ""

    def may(self, power: str) -> bool:
        """Whether this level has ``power`` (one of :data:`POWERS`)."""
        if power not in POWERS:
            raise RulesError(f"unknown power {power!r}; known: {', '.join(POWERS)}")
        return bool(getattr(self, power))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready representation."""
        return {
            "regime": self.regime,
            "level": self.level,
            **{p: getattr(self, p) for p in POWERS},
            "forwards_to": self.forwards_to,
            "basis": self.basis,
            "confidence": self.confidence.value,
            "note": self.note,
        }


def _permanent(regime: str, level: str) -> LevelPowers:
    basis = (
        "UU 7/2017 Art. 454(1), 454(7); Perbawaslu 7/2022 Art. 28(4)"
        if regime == "pemilu"
        else "UU 1/2015 Art. 134(1), 134(5)"
    )
    return LevelPowers(regime, level, True, True, True, True, True, "", basis, Confidence.HIGH)


_AD_HOC: Final = (
    LevelPowers(
        "pemilu", "district", True, True, True, True, True, "regency/city",
        "UU 7/2017 Art. 454(1), 461(2); Perbawaslu 7/2022 Art. 20(3), 29 (issues B.9); "
        "docs/legal/procedure.md §4",
        Confidence.MED,
        "registration and deciding the status: MED (Art. 20(3) presumes the initial "
        "review); administrative violations only as a recommendation upward (Art. 461(2)); "
        "ethics of ad hoc supervisors go to Bawaslu Kabupaten/Kota (Art. 20)",
    ),
    LevelPowers(
        "pemilu", "village", True, False, False, False, False, "district",
        "UU 7/2017 Art. 454(1) (receive); Perbawaslu 7/2022 Art. 28(4) (clarify only when "
        "assigned by RI/Provinsi/Kabupaten/Kota); docs/legal/procedure.md §4",
        Confidence.LOW,
        "receiving: HIGH; the rest not found (not listed as issuers of invitations): passes "
        "reports to the Panwaslu Kecamatan, and clarifies only when assigned",
    ),
    LevelPowers(
        "pemilu", "polling_station", True, False, False, False, False, "village",
        "UU 7/2017 Art. 454(1) (the Pengawas TPS receives reports); passed on through the "
        "Panwaslu Kelurahan/Desa to the Kecamatan (docs/legal/procedure.md §4)",
        Confidence.MED,
        "receiving: HIGH; passing up through the PKD: MED; nothing else found (LOW)",
    ),
    LevelPowers(
        "pemilihan", "district", True, True, True, True, True, "regency/city",
        "UU 1/2015 Art. 134(1), 135(2); practice (Pujud 2024 registered and decided); "
        "docs/legal/procedure.md §4",
        Confidence.MED,
        "crimes go to the police within 1x24 hours (Art. 135(2))",
    ),
    LevelPowers(
        "pemilihan", "village", True, False, False, False, False, "district",
        "UU 1/2015 Art. 134(1) (receive); Perbawaslu 8/2020 gives PKD handling authority "
        "(secondary source, not read); docs/legal/procedure.md §4",
        Confidence.LOW,
        "receiving: MED; review, registration, clarification and decision not found: "
        "passes reports up through the kecamatan",
    ),
    LevelPowers(
        "pemilihan", "polling_station", True, False, False, False, False, "village",
        "UU 1/2015 Art. 134(1) (receive); up through the kecamatan "
        "(docs/legal/procedure.md §4)",
        Confidence.MED,
        "receiving: MED; nothing else found",
    ),
)  # fmt: skip

LEVEL_POWERS: Final[Mapping[tuple[str, str], LevelPowers]] = MappingProxyType(
    {
        **{
            (regime, level): _permanent(regime, level)
            for regime in ("pemilu", "pemilihan")
            for level in PERMANENT_LEVELS
        },
        **{(p.regime, p.level): p for p in _AD_HOC},
    }
)
"""Every (regime, level) pair the service knows: ``national``, ``province``, ``regency``,
``city``, ``overseas``, ``district`` (Panwaslu Kecamatan), ``village`` (Panwaslu
Kelurahan/Desa), ``polling_station`` (Pengawas TPS)."""


def level_powers(regime: str, level: str) -> LevelPowers:
    """The powers of ``level`` under ``regime``; :class:`RulesError` for an unknown pair."""
    try:
        return LEVEL_POWERS[(regime, level)]
    except KeyError:
        raise RulesError(f"no powers known for level {level!r} under {regime!r}") from None


def may(regime: str, level: str, power: str) -> bool:
    """Whether an office of ``level`` may exercise ``power`` on a ``regime`` case."""
    return level_powers(regime, level).may(power)
