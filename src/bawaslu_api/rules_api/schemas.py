"""HTTP shapes of the rules endpoints, mirroring the ``bawaslu-rules`` CLI's JSON."""

from __future__ import annotations

import datetime as dt
import enum
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainValidator,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from bawaslu_api.clock import LocalTime
from bawaslu_api.elections.models import Regime
from bawaslu_api.pagination import WHOLE_LIST
from bawaslu_rules import (
    Confidence,
    Deadline,
    FirstCountedDay,
    Kind,
    ReporterCategory,
    Ruleset,
    Unit,
    Verdict,
)


class Zone(enum.StrEnum):
    """The three Indonesian time zones."""

    wib = "Asia/Jakarta"
    wita = "Asia/Makassar"
    wit = "Asia/Jayapura"


def _date_or_timestamp(value: Any) -> date | datetime:
    """``YYYY-MM-DD`` gives a date; a timestamp must carry its UTC offset."""
    if isinstance(value, datetime):
        parsed: date | datetime = value
    elif isinstance(value, date):
        return value
    elif isinstance(value, str):
        try:
            parsed = (
                date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value)
            )
        except ValueError:
            raise PydanticCustomError(
                "date_or_timestamp_parsing",
                "Use a date YYYY-MM-DD or a timestamp YYYY-MM-DDTHH:MM:SS+07:00",
            ) from None
    else:
        raise PydanticCustomError("date_or_timestamp_type", "Must be a string")
    if isinstance(parsed, datetime) and parsed.utcoffset() is None:
        raise PydanticCustomError(
            "timezone_aware", "A timestamp must include its UTC offset, e.g. +08:00"
        )
    return parsed


DateOrTimestamp = Annotated[
    date | datetime,
    PlainValidator(_date_or_timestamp),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "format": "date"},
                {"type": "string", "format": "date-time"},
            ],
            "description": "A date (`2024-02-09`) or a timestamp with offset "
            "(`2024-02-09T10:15:00+08:00`).",
        }
    ),
]


class Policies(BaseModel):
    """The ruleset's policies as applied (docs/legal/rules.md §2; each one is a named
    policy of `GET /v1/rules/policies`)."""

    cuti_bersama_is_working_day: bool
    calendar_deadline_rolls_forward: bool
    first_counted_day: FirstCountedDay
    day_deadline_ends: Literal["closing_time", "end_of_day"]
    completion_start_without_notice: Literal["receipt", "initial_review_due"]
    reception_24h: bool
    reception_24h_days_after_voting: int
    reception_days: Literal["working_days", "every_day"]
    nik_region_mismatch: Literal["incomplete", "not_eligible", "ignore"]
    clarification_invitation_day: Literal["as_decision_clock", "calendar_day", "working_day"]
    clarification_invitations_before_proceeding: int


PolicyOverrides = Annotated[
    dict[str, bool | int | str],
    Field(
        description="The deployment's policy settings this result was computed with "
        "(empty when every default applied); see `GET /v1/rules/policies`."
    ),
]


class TraceEntry(BaseModel):
    """One step of how the due date was reached."""

    date: dt.date
    event: str = Field(description="`skipped`, `counted`, `rolled_forward` or `note`.")
    reason: str
    name: str
    decree: str
    policy: str


class RulesDeadlineOut(BaseModel):
    """A computed deadline: the same keys as `bawaslu-rules deadline --json`."""

    rule: str = Field(examples=["report.filing"])
    regime: Regime
    ruleset: str = Field(examples=["pemilu:2022.1"], description="`regime:version`.")
    ruleset_version: str = Field(examples=["2022.1"])
    start: datetime | date = Field(description="The trigger (local time for timestamps).")
    due: date
    due_at: datetime = Field(
        description="When it expires: office closing time (16:00, Friday 16:30) on `due` for "
        "day rules, the exact moment for hours rules; with the zone's offset."
    )
    amount: int
    unit: Unit
    basis: str = Field(description="Legal basis (citation).")
    confidence: Confidence
    confidence_note: str
    provisional: bool = Field(
        description="True when a year without decreed holiday data was involved."
    )
    due_at_basis: str = Field(description="Why `due_at` is that moment (citation, policy).")
    policies: Policies
    policy_overrides: PolicyOverrides
    zone: Zone
    trace: list[TraceEntry] | None = Field(description="With `explain`; otherwise null.")

    @classmethod
    def of(cls, deadline: Deadline) -> RulesDeadlineOut:
        # The start keeps its Python type: a date stays a date (not midnight).
        return cls.model_validate({**deadline.to_dict(), "start": deadline.start})


class DeadlineRequest(BaseModel):
    """What to compute: one rule of a regime from a trigger."""

    model_config = ConfigDict(extra="forbid")

    regime: Regime
    rule: str = Field(min_length=1, max_length=64, examples=["report.filing"])
    trigger: DateOrTimestamp = Field(
        description="The triggering date; hours rules need a timestamp with offset."
    )
    zone: Zone | None = Field(
        None, description="Time zone of the office; default Asia/Jakarta, or the office's."
    )
    office: str | None = Field(
        None, max_length=32, description="Office code: its time zone is used.", examples=["52.03"]
    )
    ruleset: str | None = Field(
        None,
        max_length=64,
        description="Ruleset version (`2022.1`); default: the one in force on the trigger date.",
    )
    explain: bool = Field(False, description="Include the trace of skipped and counted days.")


# -- admissibility --------------------------------------------------------------------


class RulesReporterIn(BaseModel):
    """The reporter (pelapor) and the facts that decide their standing."""

    category: ReporterCategory
    name: str | None = None
    address: str | None = None
    nik: str | None = Field(None, max_length=32)
    age: int | None = Field(None, ge=0, le=150, description="Age on the day received.")
    birth_date: date | None = Field(
        None, description="Decides the age on voting day exactly (UU 7/2017 Art. 198(1))."
    )
    married: bool | None = None
    registered_voter: bool | None = None
    accredited: bool | None = None
    power_of_attorney: bool | None = None


class RulesReportedPartyIn(BaseModel):
    """The reported party (terlapor); `type` matters for administrative violations."""

    name: str | None = None
    address: str | None = None
    type: str | None = Field(None, examples=["campaign_team", "kpu", "political_party"])


class RulesIncidentIn(BaseModel):
    """Time and place of the alleged violation."""

    date: dt.date | None = None
    time: LocalTime | None = None
    place: str | None = None


class RulesEvidenceIn(BaseModel):
    kind: str = Field(examples=["document", "photo", "video", "object", "electronic"])
    description: str | None = None
    copies: int | None = Field(None, ge=0)


class RulesWitnessIn(BaseModel):
    name: str


class RulesSignatureIn(BaseModel):
    present: bool = False
    matches_identity: bool | None = Field(None, description="Null: not checked.")


class DateWindowIn(BaseModel):
    start: date
    end: date
    label: str = ""

    @model_validator(mode="after")
    def _ordered(self) -> DateWindowIn:
        if self.end < self.start:
            raise PydanticCustomError("window_reversed", "end is before start")
        return self


class StagesIn(BaseModel):
    """Stage dates of the election concerned."""

    candidates_set_on: date | None = None
    voting_day: date | None = None
    open_windows: list[DateWindowIn] = Field(
        default_factory=list, description="24-hour reception days (quiet period, voting...)."
    )


class AdmissibilityRequest(BaseModel):
    """A submission as `bawaslu-rules check` reads it, plus the CLI's options
    (`zone`/`office`, `ruleset`, `notice_at`)."""

    kind: Literal["report", "finding"]
    regime: Regime
    received_at: datetime = Field(
        description="When it was handed in; without an offset it is office local time."
    )
    reporter: RulesReporterIn | None = None
    reported_party: RulesReportedPartyIn | None = None
    violation_type: Literal["administrative", "criminal", "ethics", "other"] | None = None
    tsm: bool = False
    known_on: date | None = None
    incident: RulesIncidentIn | None = None
    description: str | None = None
    evidence: list[RulesEvidenceIn] = Field(default_factory=list)
    witnesses: list[str | RulesWitnessIn] = Field(default_factory=list)
    signature: RulesSignatureIn | None = None
    stages: StagesIn | None = None
    election: str | None = Field(
        None,
        max_length=64,
        description="Stage calendar of a known election (`pemilu-2024`, `pilkada-2024`); "
        "without `stages` or `election`, the election of the regime whose calendar covers "
        "the receipt date is used.",
    )
    election_area: list[str] = Field(
        default_factory=list,
        max_length=50,
        description="Pilkada: region codes of the election's area (`52`, `52.03`); a "
        "voter's NIK region is checked against them.",
    )
    # Options of `bawaslu-rules check`.
    zone: Zone | None = Field(None, description="Default Asia/Jakarta, or the office's.")
    office: str | None = Field(None, max_length=32, description="Office code: its time zone.")
    ruleset: str | None = Field(
        None, max_length=64, description="Default: the one in force on the receipt date."
    )
    notice_at: DateOrTimestamp | None = Field(
        None, description="When the reporter received the notice to complete."
    )

    def submission_dict(self) -> dict[str, Any]:
        """The submission JSON for ``Submission.from_dict`` (options removed)."""
        return self.model_dump(
            mode="json",
            exclude_none=True,
            exclude={"zone", "office", "ruleset", "notice_at"},
        )


class RulesFailureOut(BaseModel):
    """One failed requirement, with a message in the request's language."""

    code: str = Field(examples=["evidence_missing"])
    kind: Kind
    basis: str
    message: str


class RulesAdmissibilityOut(BaseModel):
    """Outcome of the initial review: the keys of `bawaslu-rules check --json`, with a
    message on every failure and the full filing deadline as `filing`."""

    verdict: Verdict
    failures: list[RulesFailureOut]
    advisories: list[RulesFailureOut] = Field(description="Reported, but never change the verdict.")
    received_on: date = Field(description="Effective receipt date (after closing: next day).")
    received_on_basis: str = Field(description="Why that date (office hours, 24-hour days).")
    ruleset: str
    election: str | None = Field(description="The election whose stage calendar was used.")
    policies: Policies
    policy_overrides: PolicyOverrides
    filing_deadline: date | None = Field(
        description="Due date of `report.filing` / `finding.set` from `known_on`."
    )
    filing: RulesDeadlineOut | None = Field(description="The full filing deadline.")
    completion_deadline: date | None = Field(
        description="When incomplete: due date of `report.completion`, counted from the "
        "notice to complete (`notice_at`; default the receipt)."
    )
    completion_due_at: datetime | None = Field(
        description="When incomplete: the moment the completion period ends."
    )
    completion: RulesDeadlineOut | None = Field(description="The full completion deadline.")
    nik_failures: list[str]


# -- rulesets -------------------------------------------------------------------------


class RuleOut(BaseModel):
    id: str
    trigger: str
    amount: int
    unit: Unit
    basis: str
    confidence: Confidence
    confidence_note: str
    note: str


class WindowOut(BaseModel):
    id: str
    opens: str
    closes: str
    basis: str
    confidence: Confidence
    note: str


class RulesetOut(BaseModel):
    """One ruleset version: in force from `effective_from` until the next version."""

    id: str = Field(examples=["pemilu:2022.1"])
    regime: Regime
    version: str
    title: str
    regulations: list[str]
    effective_from: date
    effective_until: date | None = Field(
        description="Last day before the next version took effect; null for the current one."
    )
    effective_note: str
    policies: Policies
    policy_overrides: PolicyOverrides
    rules: list[RuleOut]
    windows: list[WindowOut]

    @classmethod
    def of(cls, ruleset: Ruleset, until: date | None) -> RulesetOut:
        data = ruleset.to_dict()
        return cls(
            id=ruleset.id,
            regime=Regime(ruleset.regime),
            version=ruleset.version,
            title=ruleset.title,
            regulations=list(ruleset.regulations),
            effective_from=ruleset.effective_from,
            effective_until=until,
            effective_note=ruleset.effective_note,
            policies=Policies.model_validate(data["policies"]),
            policy_overrides=data.get("policy_overrides", {}),
            rules=[RuleOut.model_validate(r) for r in data["rules"]],
            windows=[WindowOut.model_validate(w) for w in data["windows"]],
        )


class RulesetList(BaseModel):
    items: list[RulesetOut]
    next_cursor: str | None = Field(None, description=WHOLE_LIST)
