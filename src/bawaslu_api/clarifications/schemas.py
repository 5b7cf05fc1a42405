"""Request and response shapes of clarification (Perbawaslu 7/2022 Art. 28-30)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, model_validator

from bawaslu_api.clarifications.models import (
    Attendance,
    InvitationChannel,
    InviteeRole,
    Oath,
    OnlineGround,
    SessionMode,
    SessionStatus,
)
from bawaslu_api.pagination import WHOLE_LIST


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class InviteeIn(_Strict):
    """Who is invited (Art. 28(1)) and how the invitation (Form B.9) goes (Art. 29(2))."""

    role: InviteeRole
    person: uuid.UUID | None = Field(
        None, description="A witness or expert: the id of a person of the case (`/persons`)."
    )
    party: int | None = Field(
        None, ge=0, description="A reported party: its position (from 0) in `reported_parties`."
    )
    channel: InvitationChannel = Field(
        description="`in_person`, `sigaplapor` or `telecommunication` (telephone or message)."
    )
    sent_at: AwareDatetime | None = Field(
        None, description="When the invitation was sent (default: when the session is scheduled)."
    )

    @model_validator(mode="after")
    def _reference(self) -> InviteeIn:
        person_roles = (InviteeRole.witness, InviteeRole.expert)
        if (self.person is not None) != (self.role in person_roles):
            raise ValueError("person is given for a witness or expert, and only for them")
        if (self.party is not None) != (self.role is InviteeRole.reported_party):
            raise ValueError("party is given for a reported party, and only for it")
        return self


class OnlineIn(_Strict):
    """Why the session is online (Art. 28(2)-(3)) and its recording (Art. 29(4))."""

    ground: OnlineGround = Field(
        description="`geography`, `security`, `facilities` (lack of) or `disaster`."
    )
    justification: str = Field(min_length=1, max_length=2000)
    recorded: bool = Field(description="The session is recorded audio-visually (must be true).")


class ClarificationSessionIn(_Strict):
    scheduled_at: AwareDatetime = Field(description="Date and time of the session.")
    mode: SessionMode = SessionMode.in_person
    place: str = Field(
        "", max_length=1000, description="The place; for an online session the platform or link."
    )
    online: OnlineIn | None = Field(None, description="Required for (and only for) `online`.")
    invitees: list[InviteeIn] = Field(min_length=1, max_length=50)
    occurred_at: AwareDatetime | None = Field(
        None, description="When the session was scheduled, if entered after the fact."
    )

    @model_validator(mode="after")
    def _mode(self) -> ClarificationSessionIn:
        if (self.mode is SessionMode.online) != (self.online is not None):
            raise ValueError("online is given for an online session, and only for it")
        if self.mode is SessionMode.in_person and not self.place.strip():
            raise ValueError("a face-to-face session needs a place")
        return self


class ReceiptIn(_Strict):
    """Proof that the invitation reached the person (Art. 29(1): receipt is ensured)."""

    invitee: uuid.UUID = Field(description="The invitee's id in the session.")
    received_at: AwareDatetime
    received_by: str = Field(
        min_length=1, max_length=200, description="Who received it (the person or on their behalf)."
    )
    evidence: uuid.UUID | None = Field(
        None, description="An evidence item of the case proving it (e.g. the signed receipt)."
    )


class QuestionAnswer(_Strict):
    question: str = Field(min_length=1, max_length=5000)
    answer: str = Field("", max_length=20000)


class MinutesIn(_Strict):
    """The minutes of the clarification of one person (Form B.12, Art. 30(3))."""

    questions: list[QuestionAnswer] = Field(min_length=1, max_length=500)
    read_back: bool = Field(description="Read back to the person for confirmation.")
    signed: bool = Field(description="Signed by the person and the clarifiers.")
    note: str = Field("", max_length=5000)


class ResultIn(_Strict):
    invitee: uuid.UUID
    attendance: Attendance
    oath: Oath | None = Field(
        None,
        description="Oath or promise taken (Form B.10, experts B.11) or refused; null: not "
        "offered. Only a person present can be sworn.",
    )
    minutes: MinutesIn | None = Field(None, description="Required for a person present.")
    minutes_evidence: uuid.UUID | None = Field(
        None, description="The signed scan of the minutes: an evidence item of the case."
    )


class OutcomeIn(_Strict):
    results: list[ResultIn] = Field(min_length=1, max_length=50)
    occurred_at: AwareDatetime | None = Field(
        None, description="When the session was held (default: now); not before `scheduled_at`."
    )


class CancellationIn(_Strict):
    reason: str = Field(min_length=3, max_length=2000)
    occurred_at: AwareDatetime | None = Field(
        None, description="When the session was called off, if entered after the fact."
    )


class OnlineOut(BaseModel):
    ground: OnlineGround
    justification: str
    recorded: bool


class InvitationOut(BaseModel):
    form: str | None = Field(description="`B.9` under Pemilu; null where the form was not read.")
    channel: InvitationChannel
    sent_at: datetime
    received_at: datetime | None
    received_by: str | None
    receipt_evidence_id: uuid.UUID | None


class InviteeOut(BaseModel):
    id: uuid.UUID
    role: InviteeRole
    person_id: uuid.UUID | None
    party_index: int | None
    name: str
    attempt_no: int = Field(description="1, or 2 for a second invitation after a no-show, ...")
    invitation: InvitationOut
    attendance: Attendance | None
    oath: Oath | None
    oath_form: str | None
    minutes: dict[str, Any] | None = Field(
        description="The minutes (Form B.12): questions and answers, read back, signed. "
        "Personal and confidential: shown to handlers, commissioners and admins only."
    )
    minutes_withheld: bool = Field(
        False, description="True when minutes exist but your role may not read them."
    )
    minutes_evidence_id: uuid.UUID | None
    missed_invitations: int = Field(
        description="Consecutive invitations this person missed up to this one."
    )
    may_proceed_without: bool = Field(
        description="The analysis may proceed without this person (policy "
        "`clarification.invitations_before_proceeding`)."
    )


class InvitationRuleOut(BaseModel):
    lead_days: int
    unit: str = Field(description="`working_day` or `calendar_day`.")
    basis: str
    confidence: str
    policy: dict[str, Any] = Field(
        description="The named policies applied: `clarification.invitation_day`, "
        "`clarification.invitations_before_proceeding`."
    )


class ClarificationSessionOut(BaseModel):
    id: uuid.UUID
    report_id: uuid.UUID
    scheduled_at: datetime
    mode: SessionMode
    place: str
    online: OnlineOut | None
    status: SessionStatus
    held_at: datetime | None
    cancelled_at: datetime | None
    cancel_reason: str
    latest_receipt_on: date = Field(
        description="The last office-local date an invitation may reach a person."
    )
    invitation_rule: InvitationRuleOut
    decision_due_at: datetime | None = Field(
        description="When the case's decision is due (its running decision clock)."
    )
    decision_clock: str | None
    forms: dict[str, str | None]
    invitees: list[InviteeOut]
    scheduled_by: str


class ClarificationSessionList(BaseModel):
    items: list[ClarificationSessionOut]
    next_cursor: str | None = Field(None, description=WHOLE_LIST)


class AgendaItem(BaseModel):
    """A clarification session on an office's agenda (no names: the case and the count)."""

    session_id: uuid.UUID
    report_id: uuid.UUID
    office: str
    register_number: str | None
    scheduled_at: datetime
    mode: SessionMode
    place: str
    status: SessionStatus
    invitees: int


class Agenda(BaseModel):
    items: list[AgendaItem]
    next_cursor: str | None = Field(None, description=WHOLE_LIST)
