"""The one presenter of a case: stored values to ``ReportOut``, personal data masked.

Both ways of reading a case end here: the read path (``reads.py``) hands :func:`row_out`
the row of its Core statement; the ORM path (after an action) hands :func:`report_out` the
loaded objects, which :func:`loaded_row` lays out as that same row. The masking is
:func:`reporter_out`, once."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from bawaslu_api.cases.masking import mask, mask_address, mask_email, mask_phone
from bawaslu_api.cases.masking import mask_name as mask_name  # re-exported (reads, tests)
from bawaslu_api.cases.repository import Loaded
from bawaslu_api.i18n import Lang
from bawaslu_api.reports.schemas import STATUS_LABELS_ID, FailureOut, ReportOut, TimelineEvent
from bawaslu_api.rules_api.messages import message
from bawaslu_api.security import sealing
from bawaslu_api.timeline.models import CaseEvent
from bawaslu_api.timeline.service import occurred_of
from bawaslu_rules import Code


def _failure_message(code: str, lang: Lang) -> str:
    try:
        return message(Code(code), lang)
    except ValueError:  # a code from a newer rules engine than this service knows
        return code


def failures(admissibility: dict[str, Any], lang: Lang) -> list[FailureOut]:
    return [
        FailureOut(
            code=f["code"],
            kind=f["kind"],
            basis=f["basis"],
            message=_failure_message(f["code"], lang),
        )
        for f in admissibility.get("failures", [])
    ]


def reporter_out(row: Mapping[str, Any]) -> dict[str, Any] | None:
    """The reporter of a case row, masked (None for findings and cases without one)."""
    if row["report_id"] is None or not row["reporter_category"]:
        return None
    nik, address, phone, email = (
        sealing.unseal(
            row[f"{field}_sealed"] or "", sealing.place("report_identity", field, row["report_id"])
        )
        for field in ("nik", "address", "phone", "email")
    )
    return {
        "category": row["reporter_category"],
        "name": row["name"],
        "nik": mask(nik, keep_start=4, keep_end=4),
        "address": mask_address(address),
        "phone": mask_phone(phone),
        "email": mask_email(email),
    }


def row_out(row: Mapping[str, Any], lang: Lang) -> ReportOut:
    """The case of a row with the columns of ``reads.READ`` (validated in one call, from
    plain dicts)."""
    reporter = reporter_out(row)
    adm: dict[str, Any] = row["admissibility"]
    status = row["status"]
    return ReportOut.model_validate(
        {
            "id": row["id"],
            "kind": row["kind"],
            "status": status,
            "status_label": STATUS_LABELS_ID[status],
            "election": row["slug"],
            "regime": row["regime"],
            "ruleset_version": row["ruleset_version"],
            "office": row["code"],
            "channel": row["channel"],
            "received_at": row["received_at"],
            "received_on": row["received_on"],
            "known_on": row["known_on"],
            "register_number": row["register_number"],
            "registered_at": row["registered_at"],
            "description": row["description"],
            "violation_type": row["violation_type"],
            "tsm": row["tsm"],
            "incident": {
                "date": row["incident_date"],
                "time": row["incident_time"],
                "office": row["incident_office_code"],
                "address": row["incident_address"],
                "lat": row["incident_lat"],
                "lng": row["incident_lng"],
            },
            "reported_parties": row["reported_parties"],
            "evidence": row["evidence_items"],
            "reporter": reporter,
            "outcome": row["outcome"],
            "outcome_category": row["outcome_category"],
            "decision_extended": row["decision_extended"],
            "announced_at": row["announced_at"],
            "stage": row["stage"],
            "stage_set_by": row["stage_set_by"],
            "subjects": row["subjects"] or [],
            "admissibility": {
                "verdict": adm.get("verdict", "unknown"),
                "failures": failures(adm, lang),
                "ruleset": adm.get("ruleset", row["ruleset_version"]),
                "received_on": row["received_on"],
                "received_on_basis": adm.get("received_on_basis", ""),
                "policy_overrides": adm.get("policy_overrides", {}),
            },
            "sensitive": row["sensitive"],
            "version": row["version"],
        }
    )


def _utc(value: Any) -> Any:
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC)
    return value


def loaded_row(loaded: Loaded) -> dict[str, Any]:
    """The loaded case laid out as a row of ``reads.READ``."""
    r, identity, office, election = loaded.report, loaded.identity, loaded.office, loaded.election
    # Instants in UTC, as the database answers them on the read path: a `received_at` sent
    # with `+08:00` is answered with `Z` on creation too.
    row = {column: _utc(getattr(r, column)) for column in REPORT_COLUMNS}
    row["code"], row["slug"] = office.code, election.slug
    for column in IDENTITY_COLUMNS:
        row[column] = None if identity is None else getattr(identity, column)
    return row


def report_out(loaded: Loaded, lang: Lang) -> ReportOut:
    """The case of the ORM path (after an action): the same JSON as the read path's."""
    return row_out(loaded_row(loaded), lang)


REPORT_COLUMNS = (
    "id", "kind", "status", "regime", "ruleset_version", "channel", "received_at",
    "received_on", "known_on", "register_number", "registered_at", "description",
    "violation_type", "tsm", "incident_date", "incident_time", "incident_office_code",
    "incident_address", "incident_lat", "incident_lng", "reported_parties", "evidence_items",
    "outcome", "outcome_category", "decision_extended", "announced_at", "admissibility",
    "sensitive", "version", "stage", "stage_set_by", "subjects",
)  # fmt: skip
"""The case's columns a ``ReportOut`` shows (``reads.READ`` selects these)."""
IDENTITY_COLUMNS = (
    "report_id", "reporter_category", "name",
    "nik_sealed", "address_sealed", "phone_sealed", "email_sealed",
)  # fmt: skip
"""The reporter's columns it shows, unsealed and masked (``reads.READ`` selects these)."""


def timeline_event_out(event: CaseEvent) -> TimelineEvent:
    """One event of a case's timeline, as ``GET /v1/reports/{id}/timeline`` and the changes
    feed show it."""
    return TimelineEvent(
        seq=event.seq,
        at=event.at,
        occurred_at=occurred_of(event),
        actor=event.actor,
        action=event.action,
        changes=event.changes,
        hash=event.hash.hex(),
    )
