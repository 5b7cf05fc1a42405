"""The shapes of the statistics (docs/statistics.md). The names are stable: the staff
endpoint, the open data and the periodic report (PDF, XLSX) read them."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from bawaslu_api.cases.models import ReportKind


class StatsScope(BaseModel):
    """What the figures are about: the office's subtree and the filters applied."""

    model_config = ConfigDict(populate_by_name=True)

    office: str = Field(description="Code of the office whose subtree is counted.")
    office_name: str
    election: str | None = None
    from_: date | None = Field(None, alias="from", description="First `received_on` counted.")
    to: date | None = Field(None, description="Last `received_on` counted (inclusive).")
    stage: str | None = None
    subject: str | None = None
    kind: ReportKind | None = None
    as_of: date = Field(description="The day the ages of open cases are counted to.")


class Bucket(BaseModel):
    """A number of cases with one value of a dimension."""

    key: str = Field(description="Stable code of the value (`unclassified` when none).")
    label: str = Field(description="Indonesian label.")
    label_en: str
    count: int


class Durations(BaseModel):
    """Working days (the case's calendar: no weekends, no public holidays), over the cases
    that have the value."""

    cases: int = Field(description="Cases the figures are computed over.")
    median: float | None
    p90: float | None = Field(description="90th percentile (continuous).")


class Totals(BaseModel):
    received: int = Field(description="Cases received (reports and findings).")
    registered: int = Field(description="Of those, registered (any later status too).")
    under_initial_review: int = Field(
        description="Not yet settled: status received or completion_requested."
    )
    settled: int = Field(description="received - under_initial_review.")
    registration_rate: float | None = Field(
        description="registered / settled (null when nothing is settled)."
    )
    decided: int = Field(description="Cases with a decision (status decided or forwarded).")
    open: int = Field(description="Not in a final status: received, completion_requested, "
                      "registered.")  # fmt: skip


class OfficeRow(BaseModel):
    """One office directly below the scope office (or the scope office itself, for the
    cases it handles itself), with its whole subtree."""

    code: str
    name: str
    level: str
    received: int
    registered: int
    decided: int
    registration_days: Durations
    decision_days: Durations


class RuleCompliance(BaseModel):
    """Deadline compliance of one statutory clock (`deadline.rule_id`)."""

    rule_id: str
    label: str = Field(description="Indonesian: how long, from what.")
    label_en: str
    total: int
    met: int
    missed: int
    waived: int = Field(description="Set aside by the workflow or an override.")
    pending: int
    overdue: int = Field(description="Pending and already past due (as of now).")
    overridden: int = Field(
        description="Clocks an officer overrode (status set or due time moved), any status."
    )
    compliance_rate: float | None = Field(description="met / (met + missed).")


class WeekPoint(BaseModel):
    week: str = Field(description="ISO week, e.g. `2024-W06`.")
    week_start: date = Field(description="Its Monday.")
    received: int
    registered: int
    decided: int


class Statistics(BaseModel):
    """The statistics of an office's subtree (docs/statistics.md)."""

    scope: StatsScope
    totals: Totals
    registration_days: Durations = Field(description="From receipt to registration.")
    decision_days: Durations = Field(description="From receipt to decision.")
    by_stage: list[Bucket]
    by_subject: list[Bucket] = Field(
        description="A case with several subjects counts under each; `unclassified`: none."
    )
    by_status: list[Bucket]
    by_outcome: list[Bucket]
    by_category: list[Bucket]
    by_channel: list[Bucket]
    by_kind: list[Bucket]
    by_office_level: list[Bucket] = Field(description="Level of the office handling the case.")
    by_office: list[OfficeRow] = Field(description="Largest first, at most `top`.")
    deadlines: list[RuleCompliance]
    open_by_age: list[Bucket] = Field(
        description="Open cases by calendar days since receipt: 0-7, 8-14, 15-30, 31+."
    )
    forwarded_to: list[Bucket] = Field(
        description="Cases forwarded, by addressee (kpu, dkpp, police, agency)."
    )
    kpu_followups: list[Bucket] = Field(description="Forwardings to KPU by their follow-up status.")
    weekly: list[WeekPoint]


# ------------------------------------------------------------------------- open data


class PublicRow(BaseModel):
    """One published figure (long format: one row per dimension, key and measure)."""

    dimension: str
    key: str
    label: str
    label_en: str
    measure: str = Field(description="What `value` is (see the data dictionary).")
    value: int | float | None = Field(description="Null when suppressed.")
    suppressed: bool


class PublicRules(BaseModel):
    min_count: int = Field(description="Counts from 1 to min_count - 1 are not published.")
    min_duration_cases: int = Field(
        description="Medians and percentiles need at least this many cases."
    )
    round_to: int = Field(
        description="Every published count is a multiple of this (random rounding; 1: none)."
    )


class PublicStatistics(BaseModel):
    """Open data: aggregates only, small counts suppressed (docs/statistics.md)."""

    scope: StatsScope
    rules: PublicRules
    rows: list[PublicRow]


class DictionaryEntry(BaseModel):
    name: str
    kind: str = Field(description="`column` (of the CSV), `dimension` or `measure`.")
    description: str
    description_id: str
    unit: str
    source: str


class Dictionary(BaseModel):
    csv_columns: list[str]
    entries: list[DictionaryEntry]
