"""The classification taxonomy as reference data (``GET /v1/rules/classification``):
the stages, an election's stage calendar with sources and confidence, and the subjects of
a regime with the provisions behind them (``bawaslu_rules.classification``;
docs/legal/classification.md)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from bawaslu_api.errors import Unprocessable
from bawaslu_api.i18n import Text
from bawaslu_rules import (
    ELECTIONS,
    STAGE_CALENDARS,
    STAGES,
    SUBJECTS_CONFIDENCE,
    SUBJECTS_SOURCE,
    Confidence,
    StageOf,
    subjects,
)

RegimeName = Literal["pemilu", "pemilihan"]


ELECTION_PATTERN = "^(" + "|".join(ELECTIONS) + ")$"


class RegimeMismatch(Unprocessable):
    code = "regime_mismatch"
    title = Text("Rezim tidak sesuai dengan pemilihan", "The regime is not the election's")


class RulesStageOut(BaseModel):
    code: str
    label_id: str
    label_en: str


class StageWindowOut(BaseModel):
    stage: str
    start: date
    end: date = Field(description="Inclusive.")
    source: str
    confidence: Confidence


class SubjectOut(BaseModel):
    code: str
    label_id: str
    label_en: str
    basis: str = Field(description="The provisions that prohibit the act.")
    confidence: Confidence


class ClassificationOut(BaseModel):
    regime: RegimeName
    election: str | None = Field(description="The election whose calendar is shown.")
    stages: list[RulesStageOut] = Field(description="Every stage code, in election order.")
    calendar: list[StageWindowOut] = Field(
        description="The election's stage windows (empty without `election`)."
    )
    derivation: str = Field(
        description="How a case's stage is derived from its incident date when no officer set it."
    )
    subjects: list[SubjectOut]
    subjects_source: str = Field(description="What the grouping of subjects rests on.")
    subjects_confidence: Confidence


DERIVATION = (
    f"{StageOf(None, None).rule}; none outside every window. The logistics stage has no "
    "window: only an officer sets it. An officer's stage is kept when the incident date is "
    "corrected; a derived one is derived again."
)


def taxonomy(regime: RegimeName | None, election: str | None) -> ClassificationOut:
    """The taxonomy of ``regime`` (default: the election's, else ``pemilu``), with the
    stage calendar of ``election``."""
    calendar = ELECTIONS[election] if election is not None else None
    if calendar is not None and regime is not None and regime != calendar.regime:
        raise RegimeMismatch(
            Text(
                "Pemilihan {slug} berada dalam rezim {actual}, bukan {regime}.",
                "The election {slug} is of the {actual} regime, not {regime}.",
            ),
            slug=election,
            actual=calendar.regime,
            regime=regime,
        )
    chosen: RegimeName = regime or (
        "pemilihan" if calendar is not None and calendar.regime == "pemilihan" else "pemilu"
    )
    return ClassificationOut(
        regime=chosen,
        election=election,
        stages=[RulesStageOut(**s.to_dict()) for s in STAGES],
        calendar=[
            StageWindowOut(
                stage=w.stage, start=w.start, end=w.end, source=w.source, confidence=w.confidence
            )
            for w in (STAGE_CALENDARS.get(election, ()) if election else ())
        ],
        derivation=DERIVATION,
        subjects=[
            SubjectOut(
                code=s.code,
                label_id=s.label_id,
                label_en=s.label_en,
                basis=s.basis,
                confidence=s.confidence,
            )
            for s in subjects(chosen)
        ],
        subjects_source=SUBJECTS_SOURCE,
        subjects_confidence=SUBJECTS_CONFIDENCE,
    )
