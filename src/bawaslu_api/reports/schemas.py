"""Request and response shapes of the case workflow."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from datetime import date, datetime
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, model_validator

from bawaslu_api.cases.models import Channel, Outcome, ReportKind, ReportStatus, ViolationCategory
from bawaslu_api.clock import LocalTime
from bawaslu_api.deadlines.schemas import DeadlineOut
from bawaslu_api.pagination import WHOLE_LIST
from bawaslu_api.reference import LABELS

ReporterCategoryName = Literal[
    "voter", "citizen", "participant", "candidate", "monitor", "representative", "other"
]
ViolationType = Literal["administrative", "criminal", "ethics", "other"]

STATUS_LABELS_ID: dict[ReportStatus, str] = {
    ReportStatus(value): id_label for value, (id_label, _) in LABELS["report_status"].items()
}


SUBJECTS_DESCRIPTION = (
    "What the violation is about: codes of the regime's taxonomy (`GET "
    "/v1/rules/classification`), at most 5; duplicates are removed. An unknown code is "
    "refused with 422 naming `subjects.i`."
)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ReporterIn(Strict):
    category: ReporterCategoryName
    name: str = Field("", max_length=200)
    nik: str = Field("", max_length=16, description="16-digit NIK (KTP-el).")
    address: str = Field("", max_length=1000)
    phone: str = Field("", max_length=32)
    email: str = Field("", max_length=254)
    age: int | None = Field(None, ge=0, le=150)
    married: bool | None = None
    registered_voter: bool | None = None
    accredited: bool | None = None
    power_of_attorney: bool | None = None


class ReportedPartyType(enum.StrEnum):
    """Who the reported party is: the closed list of parties an administrative violation may
    be reported against (Perbawaslu 8/2022 Art. 8; ``bawaslu_rules.admissibility.
    ADMIN_REPORTABLE_PARTIES``, which a test keeps equal), and ``other`` for anyone else."""

    political_party = "political_party"
    dpr_candidate = "dpr_candidate"
    dpd_candidate = "dpd_candidate"
    dprd_province_candidate = "dprd_province_candidate"
    dprd_regency_candidate = "dprd_regency_candidate"
    presidential_candidate_pair = "presidential_candidate_pair"
    campaign_team = "campaign_team"
    kpu = "kpu"
    ppk = "ppk"
    ppln = "ppln"
    pps = "pps"
    kpps = "kpps"
    kppsln = "kppsln"
    other = "other"


_PARTY_TYPE = (
    "Who the party is. For an administrative report it must be one of the closed list "
    "(every value but `other`); `other` (a village head, a civil servant, ...) makes an "
    "administrative report fail `reported_type_not_allowed`."
)


_PARTY_POSITION = (
    "The party's position or office as written (`Kepala Desa`, `Ketua KPPS TPS 03`): shown "
    "in the documents next to the name; free text, unlike `type`."
)


class ReportedPartyIn(Strict):
    name: str = Field("", max_length=300)
    address: str = Field("", max_length=1000)
    type: ReportedPartyType | None = Field(None, description=_PARTY_TYPE)
    position: str = Field("", max_length=200, description=_PARTY_POSITION)


class ReportedPartyOut(BaseModel):
    name: str = ""
    address: str = ""
    type: ReportedPartyType | None = Field(None, description=_PARTY_TYPE)
    position: str = Field("", description=_PARTY_POSITION)

    @model_validator(mode="before")
    @classmethod
    def _closed_list(cls, value: object) -> object:
        # A case stored before the list was closed may hold another word in `type` (it was
        # free text): that word is its position, and the type is `other`.
        if isinstance(value, dict):
            kind = value.get("type")
            if kind is not None and kind not in ReportedPartyType.__members__:
                return {**value, "type": "other", "position": value.get("position") or kind}
        return value


class WitnessIn(Strict):
    name: str = Field(max_length=200)
    address: str = Field("", max_length=1000)
    phone: str = Field("", max_length=32)


class IncidentIn(Strict):
    date: dt.date | None = None
    time: LocalTime | None = None
    office: str | None = Field(
        None, max_length=32, description="Office code of the place (e.g. 52.03)."
    )
    address: str = Field("", max_length=1000)
    lat: float | None = Field(None, ge=-90, le=90)
    lng: float | None = Field(None, ge=-180, le=180)


class EvidenceIn(Strict):
    kind: Literal["document", "photo", "video", "audio", "object", "storage_media", "other"]
    description: str = Field("", max_length=2000)
    copies: int | None = Field(None, ge=0, le=100)


class SignatureIn(Strict):
    present: bool = False
    matches: bool | None = None


class ReportCreate(Strict):
    """A report (laporan) or finding (temuan) at intake."""

    kind: ReportKind
    election: str = Field(description="Election slug, e.g. `pemilu-2024`.")
    office: str = Field(description="Code of the office handling it (inside your jurisdiction).")
    channel: Channel = Channel.walk_in
    received_at: AwareDatetime | None = Field(
        None, description="When it was handed in (default: now). Must carry an offset."
    )
    reporter: ReporterIn | None = None
    reported_parties: list[ReportedPartyIn] = Field(default_factory=list, max_length=50)
    witnesses: list[WitnessIn] = Field(default_factory=list, max_length=50)
    incident: IncidentIn = Field(default_factory=IncidentIn)
    known_on: date | None = Field(None, description="Date known (report) or discovered (finding).")
    description: str = Field("", max_length=20_000)
    violation_type: ViolationType | None = None
    tsm: bool = False
    evidence: list[EvidenceIn] = Field(default_factory=list, max_length=200)
    signature: SignatureIn = Field(default_factory=SignatureIn)
    subjects: list[str] = Field(
        default_factory=list, max_length=5, description=SUBJECTS_DESCRIPTION
    )
    stage: str | None = Field(
        None,
        max_length=32,
        description="The election stage of the incident, set by the officer (a code of "
        "`GET /v1/rules/classification`; `stage_set_by: officer`, kept when the incident "
        "date is corrected). Left out: derived from the election's stage calendar and "
        "`incident.date` (`stage_set_by: derived`; none outside every window).",
    )


class FailureOut(BaseModel):
    code: str
    kind: Literal["formal", "material"]
    basis: str
    message: str


class AdmissibilityOut(BaseModel):
    verdict: str = Field(
        description="`registrable`, `incomplete`, `not_administrative`, `late`, "
        "`outside_window` or `reporter_not_eligible` (bawaslu_rules' initial review)."
    )
    failures: list[FailureOut]
    ruleset: str
    received_on: date
    received_on_basis: str = Field(
        "", description="Why that receipt date: office hours, 24-hour days, reception days."
    )
    policy_overrides: dict[str, bool | int | str] = Field(
        default_factory=dict,
        description="The deployment's rules policy settings the review was made with "
        "(`GET /v1/rules/policies`); empty when every default applied.",
    )


class ReporterOut(BaseModel):
    """Personal data, masked unless revealed."""

    category: str | None
    name: str
    nik: str
    address: str
    phone: str
    email: str


class ReportOut(BaseModel):
    id: uuid.UUID
    kind: ReportKind
    status: ReportStatus
    status_label: str
    election: str
    regime: str
    ruleset_version: str
    office: str
    channel: Channel
    received_at: datetime
    received_on: date
    known_on: date | None
    register_number: str | None
    registered_at: datetime | None
    description: str
    violation_type: str | None
    tsm: bool
    incident: IncidentIn
    reported_parties: list[ReportedPartyOut]
    evidence: list[EvidenceIn]
    reporter: ReporterOut | None
    outcome: Outcome | None
    outcome_category: ViolationCategory | None
    decision_extended: bool
    announced_at: datetime | None
    stage: str | None = Field(description="Election stage of the incident (code).")
    stage_set_by: Literal["derived", "officer"]
    subjects: list[str]
    admissibility: AdmissibilityOut
    sensitive: bool
    version: int


class ReportCreated(ReportOut):
    deadlines: list[DeadlineOut]
    receipt_code: str | None = Field(
        None,
        description="Reports only: give it to the reporter to follow the report; shown once.",
    )


class ReportSummary(BaseModel):
    id: uuid.UUID
    kind: ReportKind
    status: ReportStatus
    office: str
    election: str
    received_at: datetime
    register_number: str | None
    outcome: Outcome | None
    outcome_category: ViolationCategory | None
    stage: str | None
    subjects: list[str]
    reporter_name: str = Field(description="Masked.")
    description: str = Field(description="First 200 characters.")


class ReportPage(BaseModel):
    items: list[ReportSummary]
    next_cursor: str | None


OCCURRED_AT_DESCRIPTION = (
    "When the step happened, for a case entered after the fact (default: now). Not in the "
    "future (beyond `BAWASLU_CLOCK_SKEW_S`), not before the case's previous step. It drives "
    "the clocks (judged and started at this moment) and the dates the step records; the "
    "timeline keeps it as `occurred_at` next to who entered the step and when."
)


class ActionIn(Strict):
    """Fields every case action accepts."""

    occurred_at: AwareDatetime | None = Field(None, description=OCCURRED_AT_DESCRIPTION)


class CompletionRequestIn(ActionIn):
    missing: list[str] = Field(default_factory=list, description="Requirement codes to complete.")
    notice_received_at: AwareDatetime | None = Field(
        None, description="When the reporter received the notice (default: `occurred_at`)."
    )


class CompletionIn(ActionIn):
    """The reporter's additions; only the given fields change, then admissibility re-runs.
    Refused (409 `completion_expired`) once `report.completion` has passed: Perbawaslu
    7/2022 Art. 15(3)-(4)."""

    reporter: ReporterIn | None = None
    reported_parties: list[ReportedPartyIn] | None = None
    witnesses: list[WitnessIn] | None = None
    incident: IncidentIn | None = None
    known_on: date | None = None
    description: str | None = Field(None, max_length=20_000)
    evidence: list[EvidenceIn] | None = None
    signature: SignatureIn | None = None


class RegistrationIn(ActionIn):
    """Optional: registration needs no input but the moment, for a case entered later."""


RejectionReason = Literal[
    "late", "incomplete", "completion_expired", "not_election_matter", "not_eligible", "other"
]


class CorrectionIn(ActionIn):
    """Staff corrections of the recorded facts; only the given fields change. After
    registration the date known, the incident date and the reported parties are fixed."""

    description: str | None = Field(None, max_length=20_000)
    incident: IncidentIn | None = None
    known_on: date | None = None
    reported_parties: list[ReportedPartyIn] | None = Field(None, max_length=50)
    reason: str = Field(min_length=5, max_length=2000, description="What was wrong.")


class PreliminaryInformationIn(ActionIn):
    """A finding set from this report (informasi awal, docs/legal/procedure.md §5)."""

    discovered_on: date = Field(
        description="When the supervisor discovered the violation through the search: the "
        "finding's date (finding.set runs from it)."
    )
    office: str | None = Field(
        None, max_length=32, description="Office that sets the finding (default: the report's)."
    )
    reason: str = Field(min_length=5, max_length=2000)


class RejectionIn(ActionIn):
    reasons: list[RejectionReason] = Field(
        min_length=1,
        description="`completion_expired`: not completed within `report.completion` "
        "(Perbawaslu 7/2022 Art. 15(3)-(4)).",
    )
    note: str = Field("", max_length=2000)


class WithdrawalIn(ActionIn):
    reason: str = Field("", max_length=2000)


class ReclassificationIn(ActionIn):
    """What the report is about, as the office now classifies it."""

    violation_type: ViolationType | None = Field(
        description="The kind of violation (null: not yet known)."
    )
    tsm: bool | None = Field(None, description="Structured, systematic, massive (omit: as is).")
    reason: str = Field(min_length=5, max_length=2000)


class ClassificationIn(Strict):
    """An officer's classification of the case for reporting. A field left out stays as
    it is; `"stage": null` returns the case to the stage derived from the election's
    calendar and the incident date."""

    stage: str | None = Field(
        None,
        max_length=32,
        description="A stage code (`stage_set_by: officer`, kept across corrections of the "
        "incident date), or null: back to the derived stage (`stage_set_by: derived`).",
    )
    subjects: list[str] | None = Field(None, max_length=5, description=SUBJECTS_DESCRIPTION)
    reason: str = Field(min_length=5, max_length=2000, description="Why (on the timeline).")


class ExtensionIn(ActionIn):
    reason: str = Field(min_length=1, max_length=2000, description="Information still needed.")


class DecisionIn(ActionIn):
    outcome: Outcome
    category: ViolationCategory | None = Field(None, description="Required for a violation.")
    legal_basis: str = Field(min_length=1, max_length=2000)
    summary: str = Field(min_length=1, max_length=20_000)


class ForwardingIn(ActionIn):
    to: Literal["kpu", "dkpp", "police", "agency"]
    agency_name: str | None = Field(None, max_length=300, description="For `agency`.")
    sent_at: AwareDatetime | None = Field(None, description="Default: `occurred_at`.")
    received_at: AwareDatetime | None = Field(None, description="Receipt by the recipient.")
    reference: str = Field("", max_length=200)


class AnnouncementIn(ActionIn):
    notice: str = Field(min_length=1, max_length=5000, description="Public text; no personal data.")


class TransferIn(ActionIn):
    office: str = Field(description="Code of the receiving office.")
    reason: str = Field(min_length=1, max_length=2000)


class DeadlineOverrideIn(Strict):
    status: Literal["met", "missed", "waived", "pending"]
    reason: str = Field(min_length=1, max_length=2000)


class TimelineEvent(BaseModel):
    seq: int
    at: datetime = Field(description="When the event was entered (by `actor`).")
    occurred_at: datetime = Field(
        description="When the step happened: `changes.occurred_at` for a step entered after "
        "the fact (and an intake with its `received_at`), else equal to `at`."
    )
    actor: str
    action: str
    changes: dict[str, object]
    hash: str


class Timeline(BaseModel):
    items: list[TimelineEvent]
    next_cursor: str | None = Field(None, description=WHOLE_LIST)


class ChainVerification(BaseModel):
    valid: bool
    events: int
    first_broken_seq: int | None = None
    reason: str | None = None


class RevealIn(Strict):
    reason: str = Field(min_length=10, max_length=2000, description="Why the data is needed.")


class WitnessOut(BaseModel):
    name: str
    address: str = ""
    phone: str = ""


class RevealedIdentity(BaseModel):
    """Unmasked personal data. Every reveal is on the access log and the timeline."""

    category: str | None
    name: str
    nik: str
    address: str
    phone: str
    email: str
    witnesses: list[WitnessOut]


class SensitivityIn(Strict):
    sensitive: bool
    reason: str = Field(min_length=5, max_length=2000)


class AccessEntry(BaseModel):
    subject: str
    action: str
    reason: str
    at: datetime


class AccessLog(BaseModel):
    """Who read, revealed or exported the case, oldest first."""

    items: list[AccessEntry]
    next_cursor: str | None = Field(None, description=WHOLE_LIST)


class ReportDeadlineList(BaseModel):
    """The clocks of one case."""

    items: list[DeadlineOut]
    next_cursor: str | None = Field(None, description=WHOLE_LIST)
