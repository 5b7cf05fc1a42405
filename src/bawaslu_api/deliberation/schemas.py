"""Requests and responses of the analysis and the plenary (docs/procedure.md)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from bawaslu_api.cases.models import Outcome, ViolationCategory
from bawaslu_api.deliberation.models import AnalysisStatus
from bawaslu_api.pagination import WHOLE_LIST


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


PartyRole = Literal["finder", "reporter", "reported_party", "witness", "expert", "other"]
NAMED_ROLES = frozenset({"finder", "reported_party", "other"})
"""Roles whose name the analysis carries. The reporter, witnesses and experts are persons
whose data is protected (masked, revealed with a reason): the analysis refers to them by
``ref`` (e.g. ``Saksi 1``), their identities stay in the case's protected records."""


class PartyIn(Strict):
    """A party of the case as the analysis names it (identitas pihak)."""

    role: PartyRole
    name: str = Field(
        "",
        max_length=300,
        description="For `finder`, `reported_party` and `other` only: the reporter, witnesses "
        "and experts are protected persons, referred to by `ref`.",
    )
    ref: str = Field("", max_length=100, description="How the analysis refers to them.")
    note: str = Field("", max_length=2000)


class EvidenceRefIn(Strict):
    evidence_id: uuid.UUID = Field(description="An evidence item of this case.")
    relevance: str = Field("", max_length=2000, description="What it shows.")


class RecommendationIn(Strict):
    """What the analysis recommends (rekomendasi)."""

    kind: Literal["forward", "sanction", "not_violation", "other"]
    forward_to: list[Literal["kpu", "dkpp", "police", "agency"]] = Field(
        default_factory=list, max_length=4, description="For `forward`: the addressees."
    )
    agency_name: str = Field("", max_length=300, description="For `forward` to `agency`.")
    category: ViolationCategory | None = Field(
        None, description="The kind of violation the analysis finds, if any."
    )
    note: str = Field("", max_length=5000)


class AnalysisIn(Strict):
    """The content of a draft; every field may still be empty or partial in a draft, and
    must be filled to finalise it."""

    summary: str = Field("", max_length=50_000, description="Case summary (kasus posisi).")
    parties: list[PartyIn] = Field(default_factory=list, max_length=100)
    evidence: list[EvidenceRefIn] = Field(default_factory=list, max_length=500)
    facts_and_analysis: str = Field("", max_length=200_000)
    conclusion: str = Field("", max_length=50_000)
    recommendation: RecommendationIn | None = None


class SupersessionIn(Strict):
    reason: str = Field(min_length=1, max_length=2000)


class PartyOut(BaseModel):
    role: str
    name: str
    ref: str
    note: str


class EvidenceRefOut(BaseModel):
    evidence_id: uuid.UUID
    relevance: str


class RecommendationOut(BaseModel):
    kind: str
    forward_to: list[str]
    agency_name: str
    category: ViolationCategory | None
    note: str


class AnalysisOut(BaseModel):
    id: uuid.UUID
    report_id: uuid.UUID
    number: int = Field(description="1 for the first version; each supersession adds one.")
    revision: int = Field(description="The ETag of this version (`If-Match` of its actions).")
    status: AnalysisStatus
    summary: str
    parties: list[PartyOut]
    evidence: list[EvidenceRefOut]
    facts_and_analysis: str
    conclusion: str
    recommendation: RecommendationOut | None
    written_by: str
    updated_by: str
    created_at: datetime
    updated_at: datetime
    finalized_by: str | None
    finalized_at: datetime | None
    approved_by: str | None
    approved_at: datetime | None
    supersedes_id: uuid.UUID | None
    superseded_by: str | None
    superseded_at: datetime | None
    supersede_reason: str | None


class AnalysisHistory(BaseModel):
    current: AnalysisOut | None = Field(description="The version not superseded, if any.")
    versions: list[AnalysisOut] = Field(description="Every version, oldest first.")


class PlenaryMemberIn(Strict):
    name: str = Field(min_length=1, max_length=200)
    subject: str | None = Field(None, max_length=200, description="Their staff account, if any.")
    role: Literal["chair", "member"] = Field(description="Exactly one present member chairs.")


class PlenaryIn(Strict):
    """The minutes of the plenary meeting that decided the case's status."""

    held_at: AwareDatetime = Field(description="When the meeting was held.")
    place: str = Field("", max_length=500)
    minutes_reference: str = Field("", max_length=200, description="Number of the minutes.")
    analysis_id: uuid.UUID = Field(description="The case's approved analysis it decided on.")
    members_in_office: int = Field(
        ge=1, le=15, description="How many members the office has (its quorum counts them)."
    )
    members: list[PlenaryMemberIn] = Field(
        min_length=1, max_length=15, description="The office's members present."
    )
    outcome: Outcome = Field(description="The status decided.")
    category: ViolationCategory | None = Field(None, description="Required for a violation.")
    legal_basis: str = Field(min_length=1, max_length=2000)
    summary: str = Field("", max_length=20_000, description="The considerations.")


class PlenaryMemberOut(BaseModel):
    name: str
    subject: str | None
    role: str


class PlenaryOut(BaseModel):
    id: uuid.UUID
    report_id: uuid.UUID
    analysis_id: uuid.UUID
    held_at: datetime
    place: str
    minutes_reference: str
    members_in_office: int
    members: list[PlenaryMemberOut]
    quorum_rule: str = Field(description="The `plenary_quorum` policy it was recorded under.")
    quorum_needed: int
    outcome: Outcome
    category: ViolationCategory | None
    legal_basis: str
    summary: str
    recorded_by: str
    created_at: datetime


class PlenaryList(BaseModel):
    items: list[PlenaryOut] = Field(description="Oldest first; the decision follows the last.")
    next_cursor: str | None = Field(None, description=WHOLE_LIST)
