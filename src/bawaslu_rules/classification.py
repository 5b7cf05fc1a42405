"""How cases are classified for reporting (docs/legal/classification.md): the election
stage (tahapan) in which the incident happened, derived from the election's stage
calendar and the incident date, and what the violation was about (its subjects), per
regime, as data with sources and confidence.

Stages: each election has a calendar of classification stages (``STAGE_CALENDARS``), wider
than the stage windows the deadline rules use (``bawaslu_rules.elections``: campaign, quiet
period, voting, recapitulation), since offices also report voter-list and candidacy
incidents. Windows overlap (the voter list is updated while candidates register): the
**shortest window containing the day** wins (the most specific stage), ties to the later
start. A day outside every window has no derived stage (``None``); an officer sets one. The
``logistics`` stage is in the taxonomy but no calendar window was read for it (LOW): it is
only set by an officer.

Subjects are the service's own grouping (LOW as a grouping; each with the articles that
prohibit the act, MED): Bawaslu publishes its handling statistics by such topics (money
politics, neutrality, campaign violations...), but no regulation fixes the list.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Any, Final

from bawaslu_rules.errors import RulesError
from bawaslu_rules.rulesets import Confidence

__all__ = [
    "STAGES",
    "STAGE_CALENDARS",
    "SUBJECTS",
    "SUBJECTS_CONFIDENCE",
    "SUBJECTS_SOURCE",
    "ClassificationStage",
    "StageOf",
    "StageSpan",
    "Subject",
    "check_subjects",
    "stage_of",
    "subjects",
]


@dataclass(frozen=True, slots=True)
class ClassificationStage:
    """One stage of the taxonomy (the same codes in both regimes)."""

    code: str
    label_id: str
    label_en: str

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "label_id": self.label_id, "label_en": self.label_en}


STAGES: Final[tuple[ClassificationStage, ...]] = (
    ClassificationStage("voter_list", "Pemutakhiran data dan daftar pemilih", "Voter lists"),
    ClassificationStage("candidacy", "Pencalonan", "Candidacy"),
    ClassificationStage("campaign", "Kampanye", "Campaign"),
    ClassificationStage("logistics", "Logistik", "Logistics"),
    ClassificationStage("quiet_period", "Masa tenang", "Quiet period"),
    ClassificationStage("voting_counting", "Pemungutan dan penghitungan suara",
                        "Voting and counting"),
    ClassificationStage("recapitulation", "Rekapitulasi hasil", "Recapitulation"),
)  # fmt: skip
"""The stages offices report by (tahapan), in election order."""

_STAGE_CODES: Final = frozenset(s.code for s in STAGES)


@dataclass(frozen=True, slots=True)
class StageSpan:
    """A stage's window in one election's calendar (both ends inclusive)."""

    stage: str
    start: date
    end: date
    source: str
    confidence: Confidence

    def __post_init__(self) -> None:
        if self.stage not in _STAGE_CODES:
            raise RulesError(f"unknown classification stage {self.stage!r}")
        if self.end < self.start:
            raise RulesError(f"stage {self.stage}: ends before it starts")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "stage": self.stage,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "source": self.source,
            "confidence": self.confidence.value,
        }


_PKPU_3_2022 = "PKPU 3/2022 Lampiran I (Pemilu 2024 stages and schedule)"
_PKPU_2_2024 = "PKPU 2/2024 Lampiran (Pilkada 2024 stages and schedule)"

STAGE_CALENDARS: Final[Mapping[str, tuple[StageSpan, ...]]] = MappingProxyType(
    {
        "pemilu-2024": (
            StageSpan("voter_list", date(2022, 10, 14), date(2023, 6, 21),
                      f"{_PKPU_3_2022}: pemutakhiran data pemilih dan penyusunan daftar "
                      "pemilih", Confidence.MED),
            StageSpan("candidacy", date(2022, 12, 6), date(2023, 11, 25),
                      f"{_PKPU_3_2022}: pencalonan DPD from 6 Dec 2022, DPR/DPRD and the "
                      "president to 25 Nov 2023", Confidence.MED),
            StageSpan("campaign", date(2023, 11, 28), date(2024, 2, 10),
                      f"{_PKPU_3_2022}: masa kampanye (docs/legal/rules.md §8)", Confidence.MED),
            StageSpan("quiet_period", date(2024, 2, 11), date(2024, 2, 13),
                      f"{_PKPU_3_2022}: masa tenang (docs/legal/rules.md §8)", Confidence.MED),
            StageSpan("voting_counting", date(2024, 2, 14), date(2024, 2, 15),
                      f"{_PKPU_3_2022}: pemungutan dan penghitungan suara", Confidence.MED),
            StageSpan("recapitulation", date(2024, 2, 15), date(2024, 3, 20),
                      f"{_PKPU_3_2022}: rekapitulasi (docs/legal/rules.md §8)", Confidence.MED),
        ),
        "pilkada-2024": (
            StageSpan("candidacy", date(2024, 5, 5), date(2024, 9, 22),
                      f"{_PKPU_2_2024}: support for independent candidates from 5 May, "
                      "pairs set 22 Sep 2024", Confidence.LOW),
            StageSpan("voter_list", date(2024, 5, 31), date(2024, 9, 23),
                      f"{_PKPU_2_2024}: pemutakhiran dan penyusunan daftar pemilih",
                      Confidence.LOW),
            StageSpan("campaign", date(2024, 9, 25), date(2024, 11, 23),
                      f"{_PKPU_2_2024}: kampanye (docs/legal/rules.md §8)", Confidence.MED),
            StageSpan("quiet_period", date(2024, 11, 24), date(2024, 11, 26),
                      f"{_PKPU_2_2024}: masa tenang (docs/legal/rules.md §8)", Confidence.MED),
            StageSpan("voting_counting", date(2024, 11, 27), date(2024, 11, 27),
                      f"{_PKPU_2_2024}: pemungutan dan penghitungan suara", Confidence.MED),
            StageSpan("recapitulation", date(2024, 11, 27), date(2024, 12, 16),
                      f"{_PKPU_2_2024}: rekapitulasi (docs/legal/rules.md §8)", Confidence.MED),
        ),
    }
)  # fmt: skip
"""Classification stage windows per election slug (``bawaslu_rules.ELECTIONS``). Verify the
LOW rows against the annex before relying on them; an officer corrects a case's stage."""


@dataclass(frozen=True, slots=True)
class StageOf:
    """The derived stage of a day: ``stage`` None outside every window (or for an election
    without a calendar), with the window it came from."""

    stage: str | None
    span: StageSpan | None
    rule: str = "the shortest stage window containing the day; ties to the later start"

    def to_dict(self) -> dict[str, Any]:
        return {
            "stage": self.stage,
            "span": self.span.to_dict() if self.span else None,
            "rule": self.rule,
        }


def stage_of(election: str, day: date | None) -> StageOf:
    """The stage of ``election`` (its slug) in which ``day`` falls."""
    if day is None:
        return StageOf(None, None)
    spans = [s for s in STAGE_CALENDARS.get(election, ()) if s.start <= day <= s.end]
    if not spans:
        return StageOf(None, None)
    best = min(spans, key=lambda s: (s.days, -s.start.toordinal()))
    return StageOf(best.stage, best)


@dataclass(frozen=True, slots=True)
class Subject:
    """What a violation is about: a code, its labels, the provisions that prohibit it."""

    code: str
    label_id: str
    label_en: str
    basis: str
    confidence: Confidence

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "label_id": self.label_id,
            "label_en": self.label_en,
            "basis": self.basis,
            "confidence": self.confidence.value,
        }


_M = Confidence.MED
_PEMILU_SUBJECTS: Final[tuple[Subject, ...]] = (
    Subject("money_politics", "Politik uang", "Money politics",
            "UU 7/2017 Art. 280(1)(j), 286, 523", _M),
    Subject("neutrality_asn", "Netralitas ASN", "Neutrality of civil servants",
            "UU 7/2017 Art. 280(2)(f), 280(3), 494; UU 20/2023 (ASN)", _M),
    Subject("neutrality_tni_polri", "Netralitas TNI/Polri", "Neutrality of the military and police",
            "UU 7/2017 Art. 280(2)(g)-(h), 280(3)", _M),
    Subject("neutrality_village", "Netralitas kepala desa dan perangkat desa",
            "Neutrality of village heads and officials", "UU 7/2017 Art. 280(2)(h)-(j), 282, 490",
            _M),
    Subject("campaign_schedule", "Kampanye di luar jadwal", "Campaign outside the schedule",
            "UU 7/2017 Art. 276, 492", _M),
    Subject("campaign_place", "Kampanye di tempat terlarang",
            "Campaign in a forbidden place (worship, education, government)",
            "UU 7/2017 Art. 280(1)(h), 521", _M),
    Subject("campaign_props", "Alat peraga dan bahan kampanye", "Campaign props and materials",
            "UU 7/2017 Art. 298; PKPU 15/2023", _M),
    Subject("campaign_content", "Materi kampanye terlarang (SARA, hoaks, ujaran kebencian)",
            "Forbidden campaign content (hate speech, hoaxes)", "UU 7/2017 Art. 280(1)(c)-(e), 521",
            _M),
    Subject("campaign_finance", "Dana kampanye", "Campaign finance",
            "UU 7/2017 Art. 325-339, 496-497", _M),
    Subject("voter_data", "Data dan hak pilih", "Voter data and the right to vote",
            "UU 7/2017 Art. 198-218, 488, 510", _M),
    Subject("candidacy", "Syarat dan proses pencalonan", "Candidacy requirements and process",
            "UU 7/2017 Art. 169, 182, 240, 520", _M),
    Subject("logistics", "Logistik pemilu", "Election logistics", "UU 7/2017 Art. 341-346", _M),
    Subject("voting_counting", "Pemungutan dan penghitungan suara", "Voting and counting",
            "UU 7/2017 Art. 372, 510-516, 532-533", _M),
    Subject("recapitulation", "Rekapitulasi hasil", "Recapitulation of results",
            "UU 7/2017 Art. 505, 551", _M),
    Subject("official_ethics", "Etika penyelenggara pemilu", "Ethics of election officials",
            "UU 7/2017 Art. 155-160; Peraturan DKPP 2/2017", _M),
    Subject("other", "Lainnya", "Other", "(none: what fits no subject above)", _M),
)  # fmt: skip
_PILKADA_BASIS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "money_politics": "UU 10/2016 Art. 73, 187A",
        "neutrality_asn": "UU 10/2016 Art. 70(1)(b), 71, 188",
        "neutrality_tni_polri": "UU 10/2016 Art. 70(1)(c)",
        "neutrality_village": "UU 10/2016 Art. 70(1)(c), 71, 188",
        "campaign_schedule": "UU 10/2016 Art. 67, 187(1)",
        "campaign_place": "UU 10/2016 Art. 69(i), 187(3)",
        "campaign_props": "UU 10/2016 Art. 65; PKPU 13/2024",
        "campaign_content": "UU 10/2016 Art. 69(a)-(c), 187(2)",
        "campaign_finance": "UU 10/2016 Art. 74-76, 187(4)-(8)",
        "voter_data": "UU 10/2016 Art. 56-62, 177-178",
        "candidacy": "UU 10/2016 Art. 7, 39-53",
        "logistics": "UU 10/2016 Art. 79-81",
        "voting_counting": "UU 10/2016 Art. 85-98, 178A-178H",
        "recapitulation": "UU 10/2016 Art. 100-107, 193",
        "official_ethics": "UU 10/2016 Art. 136-137; Peraturan DKPP 2/2017",
        "other": "(none: what fits no subject above)",
    }
)
_GROUPING = (
    "the service's own grouping (LOW): Bawaslu publishes its handling statistics by such "
    "topics; no regulation fixes the list"
)

SUBJECTS: Final[Mapping[str, tuple[Subject, ...]]] = MappingProxyType(
    {
        "pemilu": _PEMILU_SUBJECTS,
        "pemilihan": tuple(
            Subject(s.code, s.label_id.replace("pemilu", "pemilihan"), s.label_en,
                    _PILKADA_BASIS[s.code], s.confidence)
            for s in _PEMILU_SUBJECTS
        ),
    }
)  # fmt: skip
"""Subjects per regime; :data:`SUBJECTS_SOURCE` says what the grouping rests on."""

SUBJECTS_SOURCE: Final = _GROUPING
SUBJECTS_CONFIDENCE: Final = Confidence.LOW


def subjects(regime: str) -> tuple[Subject, ...]:
    try:
        return SUBJECTS[regime]
    except KeyError:
        raise RulesError(f"unknown regime {regime!r}: use {', '.join(SUBJECTS)}") from None


def check_subjects(regime: str, codes: list[str] | tuple[str, ...]) -> list[str]:
    """The codes not in ``regime``'s taxonomy (empty when all are known)."""
    known = {s.code for s in subjects(regime)}
    return [c for c in codes if c not in known]
