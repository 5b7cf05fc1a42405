"""How a case is classified for reporting (docs/legal/classification.md): the election stage
of the incident and what the violation was about (its subjects), and the working days it
took to be registered and decided. The taxonomy is ``bawaslu_rules.classification``; this
module only applies it to a case.

- **Stage.** Without an officer's choice the stage is derived from the election's stage
  calendar and the incident date (``bawaslu_rules.stage_of``: the shortest window holding
  the day; none outside every window), ``stage_set_by = "derived"``, and is derived again
  whenever the incident date is corrected. An officer's stage (at intake or by
  ``POST /v1/reports/{id}/classification``) is ``stage_set_by = "officer"`` and is kept
  until an officer returns the case to the derived stage (``"stage": null``).
- **Subjects.** Codes of the regime's taxonomy (``bawaslu_rules.subjects``), at most
  :data:`MAX_SUBJECTS`, duplicates removed (first occurrence kept).
- **Working days** (:func:`working_days`): from ``received_on`` to the local date of the
  step in the office's zone, counted by the calendar in force with the case's ruleset
  policies (the trigger day not counted, the end day counted: same day = 0).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases.errors import UnknownReference
from bawaslu_api.cases.models import Report
from bawaslu_api.cases.repository import Loaded
from bawaslu_api.deadlines import clocks
from bawaslu_api.errors import FieldError
from bawaslu_api.i18n import Text
from bawaslu_api.reports.errors import NothingToCorrect
from bawaslu_api.reports.schemas import ClassificationIn
from bawaslu_api.security.principals import Principal
from bawaslu_api.timeline.service import append_event
from bawaslu_rules import STAGES, Calendar, check_subjects, stage_of

MAX_SUBJECTS = 5
"""Subjects a case may carry (``subjects`` is refused with 422 beyond it)."""
STAGE_CODES = tuple(s.code for s in STAGES)
DERIVED, OFFICER = "derived", "officer"

_UNKNOWN_SUBJECT = Text(
    "Pokok perkara {value} tidak ada dalam taksonomi {regime} (GET /v1/rules/classification).",
    "Subject {value} is not in the {regime} taxonomy (GET /v1/rules/classification).",
)
_UNKNOWN_STAGE = Text(
    "Tahapan {value} tidak dikenal; gunakan salah satu dari: {known}.",
    "Unknown stage {value}; use one of: {known}.",
)


def unique(codes: Sequence[str]) -> list[str]:
    """``codes`` without duplicates, in the order given."""
    return list(dict.fromkeys(codes))


def check(regime: str, *, subjects: Sequence[str] | None, stage: str | None) -> None:
    """422 ``unknown_reference`` naming each unknown code (``subjects.i``, ``stage``)."""
    errors: list[FieldError] = []
    if subjects:
        unknown = set(check_subjects(regime, list(subjects)))
        errors += [
            FieldError(
                ("subjects", i), "unknown_subject", _UNKNOWN_SUBJECT,
                {"value": code, "regime": regime},
            )
            for i, code in enumerate(subjects)
            if code in unknown
        ]  # fmt: skip
    if stage is not None and stage not in STAGE_CODES:
        errors.append(
            FieldError(
                ("stage",), "unknown_stage", _UNKNOWN_STAGE,
                {"value": stage, "known": ", ".join(STAGE_CODES)},
            )
        )  # fmt: skip
    if len(errors) == 1:
        (only,) = errors
        raise UnknownReference(only.message, fields=errors, **only.params)
    if errors:
        raise UnknownReference(
            Text("Kode tidak dikenal: {names}.", "Unknown codes: {names}."),
            fields=errors,
            names=", ".join(".".join(str(p) for p in e.loc) for e in errors),
        )


def initial(
    election: str, incident_date: date | None, *, stage: str | None, subjects: Sequence[str]
) -> dict[str, Any]:
    """A new case's classification columns: the officer's stage, or the one derived from
    the incident date; its subjects (checked by :func:`check`)."""
    if stage is not None:
        return {"stage": stage, "stage_set_by": OFFICER, "subjects": unique(subjects)}
    derived = stage_of(election, incident_date).stage
    return {"stage": derived, "stage_set_by": DERIVED, "subjects": unique(subjects)}


def rederive(report: Report, election: str) -> dict[str, Any] | None:
    """After a correction of the incident date: a derived stage is derived again (an
    officer's is kept). The change (before, after) or None."""
    if report.stage_set_by != DERIVED:
        return None
    before = report.stage
    report.stage = stage_of(election, report.incident_date).stage
    return None if before == report.stage else {"before": before, "after": report.stage}


def view(report: Report) -> dict[str, Any]:
    return {
        "stage": report.stage,
        "stage_set_by": report.stage_set_by,
        "subjects": list(report.subjects or []),
    }


async def classify(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: ClassificationIn
) -> None:
    """``POST /v1/reports/{id}/classification``: an officer sets the stage (or returns the
    case to the derived stage with ``"stage": null``) and/or the subjects, with a reason.
    Allowed in every status (the classification is for reporting, not a step of the case).
    On the timeline as ``classified`` with before and after of each changed field."""
    report = loaded.report
    given = body.model_fields_set
    subjects = unique(body.subjects) if body.subjects is not None else None
    check(
        report.regime,
        subjects=body.subjects,
        stage=body.stage if "stage" in given else None,
    )
    before = view(report)
    if "stage" in given:
        if body.stage is None:
            report.stage = stage_of(loaded.election.slug, report.incident_date).stage
            report.stage_set_by = DERIVED
        else:
            report.stage, report.stage_set_by = body.stage, OFFICER
    if subjects is not None:
        report.subjects = subjects
    after = view(report)
    changes = {
        key: {"before": before[key], "after": after[key]}
        for key in after
        if before[key] != after[key]
    }
    if not changes:
        raise NothingToCorrect(
            Text(
                "Tidak ada yang berubah: klasifikasi yang dikirim sama dengan yang tercatat.",
                "Nothing changes: the classification sent equals what is recorded.",
            )
        )
    await append_event(
        session, report.id, principal.subject, "classified",
        {"changes": changes, "reason": body.reason},
    )  # fmt: skip


def working_days(
    calendar: Calendar, cuti_bersama_is_working_day: bool, received_on: date, day: date
) -> int:
    """Working days from ``received_on`` to ``day`` (same day, or before: 0)."""
    if day <= received_on:
        return 0
    return calendar.count_working_days(
        received_on, day, cuti_bersama_is_working_day=cuti_bersama_is_working_day
    )


async def days_to(session: AsyncSession, loaded: Loaded, at: datetime) -> int:
    """Working days from the case's receipt to the local date of ``at`` (the office's
    zone), by the calendar in force and the case's ruleset (its cuti bersama policy)."""
    report = loaded.report
    calendar, policies = await clocks.rules_in_force(session)
    rs = clocks.ruleset_of(report, policies)
    day = at.astimezone(ZoneInfo(loaded.office.timezone)).date()
    return working_days(calendar, rs.policies.cuti_bersama_is_working_day, report.received_on, day)
