"""Request and response shapes of the Sentra Gakkumdu steps."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from bawaslu_rules.gakkumdu import DOSSIER

Institution = Literal["bawaslu", "police", "prosecutor"]
Conclusion = Literal[
    "crime_indicated", "not_indicated", "forward_to_investigation", "forward_to_prosecution", "stop"
]
DossierCode = Literal[tuple(item.code for item in DOSSIER)]  # type: ignore[valid-type]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Participant(Strict):
    """An official at the discussion (not a witness: no personal data beyond the name)."""

    name: str = Field(min_length=1, max_length=200)
    institution: Institution
    position: str = Field("", max_length=200, description="E.g. `Penyidik`, `Jaksa`, `Ketua`.")


class DiscussionIn(Strict):
    number: int = Field(ge=1, le=3, description="1, 2 or (where the policy expects it) 3.")
    held_at: AwareDatetime = Field(description="When the discussion was held (not in the future).")
    place: str = Field("", max_length=500)
    participants: list[Participant] = Field(
        min_length=1,
        max_length=100,
        description="At least one official of each of Bawaslu, the police and the prosecutors "
        "(Perbawaslu 3/2023 Art. 1(2)).",
    )
    conclusion: Conclusion = Field(
        description="1: `crime_indicated` / `not_indicated`; 2: `forward_to_investigation` / "
        "`stop`; 3: `forward_to_prosecution` / `stop`."
    )
    articles: list[str] = Field(
        default_factory=list,
        max_length=20,
        description="The criminal provisions indicated (e.g. `UU 7/2017 Pasal 523 ayat (1)`); "
        "required with `crime_indicated` and `forward_to_investigation`.",
    )
    notes: str = Field("", max_length=20_000)
    minutes_evidence_id: uuid.UUID | None = Field(
        None,
        description="The signed minutes (berita acara pembahasan): an evidence item of the case.",
    )


class DiscussionOut(BaseModel):
    id: uuid.UUID
    number: int
    title: str
    held_at: datetime
    place: str
    participants: list[Participant]
    conclusion: str
    articles: list[str]
    notes: str
    minutes_evidence_id: uuid.UUID | None
    recorded_by: str
    recorded_at: datetime
    basis: str
    confidence: str


class DossierTick(Strict):
    code: DossierCode = Field(description="A document of Perbawaslu 3/2023 Art. 27.")  # type: ignore[valid-type]
    included: bool = Field(True, description="False removes the tick.")
    evidence_id: uuid.UUID | None = Field(None, description="The document as an evidence item.")
    note: str = Field("", max_length=2000)


class DossierIn(Strict):
    items: list[DossierTick] = Field(min_length=1, max_length=len(DOSSIER))
    occurred_at: AwareDatetime | None = Field(
        None, description="When they were ticked; default now."
    )


class DossierItemOut(BaseModel):
    code: str
    title: str
    title_id: str
    included: bool
    evidence_id: uuid.UUID | None
    note: str
    ticked_by: str | None
    ticked_at: datetime | None


class DossierOut(BaseModel):
    basis: str
    confidence: str
    complete: bool
    missing: list[str]
    items: list[DossierItemOut]


class PoliceReportIn(Strict):
    number: str = Field(min_length=1, max_length=120, description="Nomor laporan polisi (LP).")
    received_by: str = Field(
        min_length=1, max_length=200, description="SPKT officer who received it."
    )
    received_at: AwareDatetime = Field(description="When the police received the file.")
    complainant: Literal["reporter", "supervisor"] = Field(
        description="The reporter is the complainant; for a finding, the supervisor "
        "(Perbawaslu 3/2023 Art. 27)."
    )
    note: str = Field("", max_length=2000)


class PoliceReportOut(BaseModel):
    number: str
    received_by: str
    received_at: datetime
    complainant: str
    note: str
    recorded_by: str
    recorded_at: datetime


class GakkumduOut(BaseModel):
    """A case's Sentra Gakkumdu record."""

    report_id: uuid.UUID
    applies: bool = Field(description="Registered as criminal or decided as a crime.")
    applies_basis: str
    third_discussion_expected: bool = Field(
        description="Policy `gakkumdu.third_discussion` (LOW; not used in 2024 practice)."
    )
    time_limits: str = Field(
        description="Time limits per discussion: none found in the law (LOW); none is applied."
    )
    discussions: list[DiscussionOut]
    dossier: DossierOut
    police_report: PoliceReportOut | None
