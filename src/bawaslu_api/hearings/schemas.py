"""Request and response shapes of the administrative hearing steps."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from bawaslu_rules.hearings import AGENDAS, FINAL_ORDERS, PRELIMINARY_GROUNDS

AgendaCode = Literal[tuple(a.code for a in AGENDAS)]  # type: ignore[valid-type]
Ground = Literal[PRELIMINARY_GROUNDS]  # type: ignore[valid-type]
FinalOrder = Literal[FINAL_ORDERS]  # type: ignore[valid-type]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Official(Strict):
    """A member of the panel or of its secretariat (an official, not a party)."""

    name: str = Field(min_length=1, max_length=200)
    position: str = Field("", max_length=200)


class PanelIn(Strict):
    chair: Official = Field(description="The chair of the Bawaslu level, presiding.")
    members: list[Official] = Field(min_length=1, max_length=10)
    secretary: Official = Field(description="Secretariat official: drafts and signs ADM.BA-SP.")
    clerk: Official = Field(description="Perisalah: writes the transcript, ADM.RISALAH.")
    assistants: list[Official] = Field(default_factory=list, max_length=20)
    formed_at: AwareDatetime | None = Field(None, description="Default: now.")


class PanelOut(BaseModel):
    chair: Official
    members: list[Official]
    secretary: Official
    clerk: Official
    assistants: list[Official]
    formed_at: datetime
    recorded_by: str
    basis: str
    confidence: str


class HearingAttendance(Strict):
    reporter: bool = Field(description="The reporter (pelapor) present.")
    reported: bool = Field(description="The reported party (terlapor) present.")


class PreliminaryIn(Strict):
    grounds: dict[Ground, bool] = Field(
        description="Each ground tested, met (true) or not: formal_requirements, "
        "material_requirements, authority, reporter_standing, reported_standing, "
        "filing_deadline. Admitted only if all are met."
    )
    reasons: str = Field(min_length=1, max_length=20_000)


class PreliminaryOut(BaseModel):
    grounds: dict[str, bool]
    admitted: bool
    reasons: str


class FinalIn(Strict):
    proven: bool = Field(description="The administrative violation is proven (terbukti).")
    orders: list[FinalOrder] = Field(
        default_factory=list, max_length=10, description="When proven: what is ordered."
    )
    summary: str = Field(min_length=1, max_length=20_000)


class FinalOut(BaseModel):
    proven: bool
    orders: list[str]
    summary: str


class HearingSessionIn(Strict):
    agenda: AgendaCode = Field(  # type: ignore[valid-type]
        description="preliminary_examination, preliminary_decision, report_reading, answer, "
        "evidence, witnesses_experts, conclusions, final_decision."
    )
    held_at: AwareDatetime
    place: str = Field("", max_length=500)
    public: bool = Field(
        True, description="Open to the public; a final decision is read in public."
    )
    attendance: HearingAttendance
    witnesses_heard: int = Field(0, ge=0, le=200)
    experts_heard: int = Field(0, ge=0, le=200)
    minutes: str = Field("", max_length=100_000, description="ADM.BA-SP, as text ...")
    minutes_evidence_id: uuid.UUID | None = Field(None, description="... or the signed scan.")
    transcript: str = Field("", max_length=500_000, description="ADM.RISALAH, as text ...")
    transcript_evidence_id: uuid.UUID | None = Field(None, description="... or as a file.")
    preliminary: PreliminaryIn | None = Field(None, description="With `preliminary_decision`.")
    final: FinalIn | None = Field(None, description="With `final_decision`.")


class HearingSessionOut(BaseModel):
    id: uuid.UUID
    number: int
    agenda: str
    title: str
    held_at: datetime
    place: str
    public: bool
    attendance: HearingAttendance
    witnesses_heard: int
    experts_heard: int
    adjourned: bool
    adjournment: str
    minutes: str
    minutes_evidence_id: uuid.UUID | None
    transcript: str
    transcript_evidence_id: uuid.UUID | None
    preliminary: PreliminaryOut | None
    final: FinalOut | None
    late: bool = Field(description="Held after the due time of the decision clock.")
    recorded_by: str
    recorded_at: datetime


class ClockOut(BaseModel):
    rule: str
    due_at: datetime
    status: str


class HearingOut(BaseModel):
    """A case's administrative hearing record."""

    report_id: uuid.UUID
    applies: bool
    applies_basis: str
    adjourn_when_party_absent: bool = Field(
        description="Policy `hearings.adjourn_when_party_absent` (MED)."
    )
    panel: PanelOut | None
    sessions: list[HearingSessionOut]
    admitted: bool | None = Field(description="The preliminary decision; null before it.")
    next_agendas: list[str] = Field(description="Agendas a session may have now.")
    decision_clock: ClockOut | None = Field(
        description="The clock every session runs inside (admin.decision: 14 working days)."
    )
    timetable: str
