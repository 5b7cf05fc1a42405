"""HTTP shapes of elections. Enum values are stable English ids; ``*_label`` is Indonesian."""

from __future__ import annotations

import enum
import uuid
from datetime import date
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from bawaslu_api.elections.models import Election, Regime
from bawaslu_api.pagination import WHOLE_LIST

REGIME_LABELS: dict[Regime, str] = {
    Regime.pemilu: "Pemilihan Umum (Pemilu)",
    Regime.pemilihan: "Pemilihan Kepala Daerah (Pilkada)",
}


class StageName(enum.StrEnum):
    """Stages whose windows the rules use (docs/legal/rules.md §8)."""

    candidate_list_set = "candidate_list_set"
    candidate_pairs_set = "candidate_pairs_set"
    campaign = "campaign"
    quiet_period = "quiet_period"
    voting = "voting"
    counting = "counting"
    recapitulation = "recapitulation"
    national_result = "national_result"


STAGE_LABELS: dict[StageName, str] = {
    StageName.candidate_list_set: "Penetapan daftar calon tetap",
    StageName.candidate_pairs_set: "Penetapan pasangan calon",
    StageName.campaign: "Masa kampanye",
    StageName.quiet_period: "Masa tenang",
    StageName.voting: "Pemungutan suara",
    StageName.counting: "Penghitungan suara",
    StageName.recapitulation: "Rekapitulasi hasil penghitungan suara",
    StageName.national_result: "Penetapan hasil secara nasional",
}

Slug = Annotated[
    str, StringConstraints(min_length=3, max_length=64, pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=200)]
RulesetVersion = Annotated[str, StringConstraints(min_length=1, max_length=64)]


class StageIn(BaseModel):
    """One stage window, both days included; a one-day stage has `start` = `end`."""

    model_config = ConfigDict(extra="forbid")

    stage: StageName
    start: date
    end: date
    note: str | None = Field(None, max_length=300)

    @field_validator("end")
    @classmethod
    def _not_before_start(cls, end: date, info: ValidationInfo) -> date:
        start = info.data.get("start")
        if start is not None and end < start:
            raise PydanticCustomError(
                "stage_window_reversed",
                "end {end} is before start {start}",
                {"end": end.isoformat(), "start": start.isoformat()},
            )
        return end


def _unique_stages(stages: list[StageIn]) -> list[StageIn]:
    seen: set[StageName] = set()
    for window in stages:
        if window.stage in seen:
            raise PydanticCustomError(
                "stage_duplicated", "stage {stage} is listed twice", {"stage": window.stage.value}
            )
        seen.add(window.stage)
    return stages


class StageOut(BaseModel):
    stage: StageName
    label: str = Field(description="Indonesian name of the stage.")
    start: date
    end: date
    note: str | None = None


class ElectionOut(BaseModel):
    """An election with the stage windows the rules need."""

    id: uuid.UUID
    slug: str = Field(examples=["pemilu-2024"])
    name: str
    regime: Regime
    regime_label: str
    voting_day: date
    stages: list[StageOut]
    area_office_code: str = Field(description="Office whose area holds the election (`ID`).")
    ruleset_version: str = Field(
        examples=["2022.1"], description="bawaslu_rules ruleset version of the regime."
    )
    version: int = Field(description='Bumped by every change; the ETag is `"<version>"`.')

    @classmethod
    def of(cls, election: Election, area_office_code: str) -> ElectionOut:
        stages = [StageIn.model_validate(s) for s in election.stages]
        return cls(
            id=election.id,
            slug=election.slug,
            name=election.name,
            regime=election.regime,
            regime_label=REGIME_LABELS[election.regime],
            voting_day=election.voting_day,
            stages=[
                StageOut(
                    stage=s.stage,
                    label=STAGE_LABELS[s.stage],
                    start=s.start,
                    end=s.end,
                    note=s.note,
                )
                for s in stages
            ],
            area_office_code=area_office_code,
            ruleset_version=election.ruleset_version,
            version=election.version,
        )


class ElectionList(BaseModel):
    items: list[ElectionOut]
    next_cursor: str | None = Field(None, description=WHOLE_LIST)


class ElectionCreate(BaseModel):
    """A new election. Stages must include `voting`, on exactly the voting day."""

    model_config = ConfigDict(extra="forbid")

    slug: Slug = Field(examples=["pilkada-2029"])
    regime: Regime
    name: Name
    voting_day: date
    stages: list[StageIn] = Field(min_length=1)
    area_office_code: str = Field("ID", max_length=32)
    ruleset_version: RulesetVersion | None = Field(
        None, description="Default: the regime's ruleset in force on the voting day."
    )

    @field_validator("stages")
    @classmethod
    def _stages_unique(cls, stages: list[StageIn]) -> list[StageIn]:
        return _unique_stages(stages)


class ElectionUpdate(BaseModel):
    """Fields to change; `stages` replaces the whole list. Slug and regime are fixed."""

    model_config = ConfigDict(extra="forbid")

    name: Name | None = None
    voting_day: date | None = None
    stages: list[StageIn] | None = Field(None, min_length=1)
    area_office_code: str | None = Field(None, max_length=32)
    ruleset_version: RulesetVersion | None = None

    @field_validator("stages")
    @classmethod
    def _stages_unique(cls, stages: list[StageIn] | None) -> list[StageIn] | None:
        return None if stages is None else _unique_stages(stages)

    @model_validator(mode="after")
    def _something(self) -> ElectionUpdate:
        if not self.model_fields_set:
            raise ValueError("send at least one field to change")
        return self


def stages_json(stages: list[StageIn]) -> list[dict[str, Any]]:
    """Stages as stored (JSONB), in the given order."""
    return [s.model_dump(mode="json", exclude_none=True) for s in stages]
