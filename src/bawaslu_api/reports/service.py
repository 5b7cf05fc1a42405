"""The actions of the case workflow (rules-spec §5 in ``docs/rules.md``).

Each action is a use case on a case the router loaded and locked in the caller's
jurisdiction (:func:`for_action`): it checks that the case's status allows it (the
lifecycle of ``bawaslu_rules``), changes the case, closes and opens the clocks the rules
engine names, appends one event to the case's hash-chained timeline and, where a
subscriber may care, queues a webhook event, all in the request's transaction. Services
flush; the unit of work commits.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases import repository as cases
from bawaslu_api.cases.errors import (
    OutsideJurisdiction,
    ReportNotFound,
    RuleNotApplicable,
    UnknownReference,
)
from bawaslu_api.cases.models import (
    Outcome,
    Report,
    ReportIdentity,
    ReportKind,
    ReportStatus,
)
from bawaslu_api.cases.repository import Loaded
from bawaslu_api.clock import utcnow
from bawaslu_api.deadlines import clocks
from bawaslu_api.i18n import Text
from bawaslu_api.integrations.kpu import service as kpu_forwardings
from bawaslu_api.offices import scope
from bawaslu_api.reports import admissibility
from bawaslu_api.reports.errors import InvalidTransition, NotRegistrable
from bawaslu_api.reports.intake import apply_details
from bawaslu_api.reports.schemas import (
    AnnouncementIn,
    CompletionIn,
    CompletionRequestIn,
    DecisionIn,
    ExtensionIn,
    ForwardingIn,
    RejectionIn,
    TransferIn,
    WithdrawalIn,
)
from bawaslu_api.security.principals import Principal
from bawaslu_api.timeline.service import append_event, record_access
from bawaslu_api.webhooks import outbox
from bawaslu_rules import (
    ClockPlan,
    can,
    completion_clocks,
    completion_request_clocks,
    decision_clocks,
    extension_clocks,
    forwarding_clocks,
    register_number,
    registration_clocks,
    rejection_clocks,
    withdrawal_clocks,
)

# ---------------------------------------------------------------- loading


async def for_action(
    session: AsyncSession, report_id: uuid.UUID, principal: Principal, if_match: str | None
) -> Loaded:
    """The case, locked for this transaction, if the caller's ``If-Match`` is current."""
    loaded = await cases.load(session, report_id, principal, for_update=True)
    cases.check_version(loaded.report, if_match)
    return loaded


def _require(report: Report, action: str) -> None:
    """409 unless the case's status allows ``action`` (bawaslu_rules' lifecycle)."""
    if not can(action, report.status.value):
        raise InvalidTransition(
            Text(
                "Tindakan {action} tidak dapat dilakukan pada status {status}.",
                "Action {action} is not possible in status {status}.",
            ),
            action=action,
            status=report.status.value,
        )


async def _clocks(session: AsyncSession, loaded: Loaded, plan: ClockPlan) -> list[str]:
    """Carry out what the rules engine says the action does to the case's clocks."""
    closed, _ = await clocks.apply(session, loaded.report, loaded.office.timezone, plan)
    return closed


async def _event(
    session: AsyncSession,
    principal: Principal,
    report: Report,
    action: str,
    changes: dict[str, Any],
) -> None:
    await append_event(session, report.id, principal.subject, action, changes)


# ---------------------------------------------------------------- before registration


async def request_completion(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: CompletionRequestIn
) -> None:
    report = loaded.report
    _require(report, "completion_request")
    if report.kind is not ReportKind.report:
        raise InvalidTransition(
            Text(
                "Temuan tidak perlu dilengkapi pelapor.",
                "Findings have no reporter to complete them.",
            )
        )
    now = utcnow()
    notice = body.notice_received_at or now
    report.status = ReportStatus.completion_requested
    plan = completion_request_clocks(
        clocks.ruleset_of(report), at=now, notice_received_at=body.notice_received_at
    )
    closed = await _clocks(session, loaded, plan)
    await _event(
        session, principal, report, "completion_requested",
        {"missing": body.missing, "notice_received_at": notice, "closed": closed},
    )  # fmt: skip


async def complete(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: CompletionIn
) -> None:
    report = loaded.report
    _require(report, "completion")
    assert loaded.identity is not None
    now = utcnow()
    apply_details(report, loaded.identity, body)
    closed = await _clocks(session, loaded, completion_clocks(clocks.ruleset_of(report), at=now))
    report.status = ReportStatus.received
    verdict = await admissibility.assess(session, loaded)
    await _event(
        session, principal, report, "completed",
        {
            "fields": sorted(body.model_dump(exclude_none=True)),
            "verdict": verdict.verdict.value,
            "closed": closed,
        },
    )  # fmt: skip


async def register(session: AsyncSession, principal: Principal, loaded: Loaded) -> None:
    report = loaded.report
    _require(report, "registration")
    verdict = report.admissibility.get("verdict")
    if verdict != "registrable":
        raise NotRegistrable(
            Text("Hasil kajian awal: {verdict}.", "Initial review verdict: {verdict}."),
            verdict=verdict,
        )
    now = utcnow()
    report.register_number = await _register_number(session, loaded, now)
    report.registered_at = now
    report.status = ReportStatus.registered
    plan = registration_clocks(
        clocks.ruleset_of(report), at=now, tsm=report.tsm, violation_type=report.violation_type
    )
    closed = await _clocks(session, loaded, plan)
    await _event(
        session, principal, report, "registered",
        {"register_number": report.register_number, "closed": closed},
    )  # fmt: skip
    await outbox.emit(session, "report.registered", report, {"registered_at": now})


async def _register_number(session: AsyncSession, loaded: Loaded, at: datetime) -> str:
    """The next number of the office, kind and year (gap-free: the counter row stays locked
    until commit), in the format of bawaslu_rules, dated in the office's zone."""
    report, office = loaded.report, loaded.office
    local = at.astimezone(ZoneInfo(office.timezone))
    seq = await cases.next_register_seq(session, report.office_id, report.kind, local.year)
    return register_number(
        seq,
        kind=report.kind.value,
        regime=report.regime,
        level=office.level.value,
        register_code=office.register_code,
        month=local.month,
        year=local.year,
    )


async def reject(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: RejectionIn
) -> None:
    report = loaded.report
    _require(report, "rejection")
    now = utcnow()
    report.status = ReportStatus.not_registered
    report.rejection = {"reasons": body.reasons, "note": body.note, "at": now.isoformat()}
    closed = await _clocks(session, loaded, rejection_clocks(clocks.ruleset_of(report), at=now))
    await _event(
        session, principal, report, "not_registered",
        {"reasons": body.reasons, "note": body.note, "closed": closed},
    )  # fmt: skip


async def withdraw(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: WithdrawalIn
) -> None:
    report = loaded.report
    _require(report, "withdrawal")  # after registration a withdrawal does not stop handling
    now = utcnow()
    report.status = ReportStatus.withdrawn
    closed = await _clocks(session, loaded, withdrawal_clocks(clocks.ruleset_of(report), at=now))
    await _event(session, principal, report, "withdrawn", {"reason": body.reason, "closed": closed})


# ---------------------------------------------------------------- after registration


async def extend(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: ExtensionIn
) -> None:
    report = loaded.report
    _require(report, "extension")
    if report.decision_extended:
        raise InvalidTransition(
            Text("Tenggat sudah diperpanjang.", "The deadline was already extended.")
        )
    rs = clocks.ruleset_of(report)
    if "case.decision_extended" not in rs.rules:
        raise RuleNotApplicable(
            Text("Tidak ada perpanjangan dalam aturan ini.", "This ruleset has no extension.")
        )
    assert report.registered_at is not None
    now = utcnow()
    # "14 in total" / "5 in total": counted from the same trigger, the registration.
    plan = extension_clocks(rs, at=now, registered_at=report.registered_at)
    closed = await _clocks(session, loaded, plan)
    report.decision_extended = True
    await _event(
        session, principal, report, "decision_extended", {"reason": body.reason, "closed": closed}
    )


async def decide(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: DecisionIn
) -> None:
    report = loaded.report
    _require(report, "decision")
    if body.outcome is Outcome.violation and body.category is None:
        raise UnknownReference(
            Text("Kategori pelanggaran wajib diisi.", "A violation needs a category.")
        )
    now = utcnow()
    report.status = ReportStatus.decided
    report.outcome = body.outcome
    report.outcome_category = body.category if body.outcome is Outcome.violation else None
    report.decision = {
        **body.model_dump(mode="json"),
        "at": now.isoformat(),
        "by": principal.subject,
    }
    category = report.outcome_category.value if report.outcome_category else None
    plan = decision_clocks(clocks.ruleset_of(report), at=now, category=category)
    closed = await _clocks(session, loaded, plan)
    await _event(
        session, principal, report, "decided",
        {"outcome": body.outcome.value, "category": body.category, "closed": closed},
    )  # fmt: skip
    await outbox.emit(session, "report.decided", report, {"decision": report.decision})


async def forward(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: ForwardingIn
) -> None:
    report = loaded.report
    _require(report, "forwarding")
    if report.outcome is not Outcome.violation:
        raise InvalidTransition(
            Text("Hanya pelanggaran yang diteruskan.", "Only violations are forwarded.")
        )
    now = utcnow()
    sent = body.sent_at or now
    entry = {
        **body.model_dump(mode="json"),
        "sent_at": sent.isoformat(),
        "recorded_by": principal.subject,
    }
    report.forwardings = [*report.forwardings, entry]
    report.status = ReportStatus.forwarded
    decided_at = datetime.fromisoformat(report.decision["at"]) if report.decision else None
    plan = forwarding_clocks(
        clocks.ruleset_of(report),
        to=body.to,
        category=report.outcome_category.value if report.outcome_category else None,
        sent_at=sent,
        received_at=body.received_at,
        decided_at=decided_at,
    )
    closed, opened = await clocks.apply(session, report, loaded.office.timezone, plan)
    await _event(session, principal, report, "forwarded", {**entry, "closed": closed})
    # The KPU follow-up clock this forwarding opened (if any) goes with its KPU record.
    await kpu_forwardings.track(session, report, entry, opened[0] if opened else None)
    await outbox.emit(session, "report.forwarded", report, {"forwarding": entry})


async def announce(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: AnnouncementIn
) -> None:
    report = loaded.report
    _require(report, "announcement")
    now = utcnow()
    report.announcement = {"notice": body.notice, "status": report.status.value}
    report.announced_at = now
    await _event(session, principal, report, "announced", {"notice": body.notice})
    await outbox.emit(session, "report.announced", report, {"notice": body.notice})


async def transfer(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: TransferIn
) -> None:
    report = loaded.report
    _require(report, "transfer")
    # Delegation goes down the caller's subtree; a take-over by a higher office is done by
    # its own staff, whose subtree contains the case's office.
    target = await scope.office_in_scope(
        session, principal, body.office, unknown=UnknownReference, outside=OutsideJurisdiction
    )
    old = loaded.office.code
    report.office_id, report.office_path, report.province_code = (
        target.id,
        target.path,
        target.province_code,
    )
    await clocks.follow_case(session, report.id, target.path)
    await _event(
        session, principal, report, "transferred",
        {"from": old, "to": target.code, "reason": body.reason},
    )  # fmt: skip


# ---------------------------------------------------------------- privacy


async def reveal(
    session: AsyncSession, principal: Principal, loaded: Loaded, reason: str
) -> ReportIdentity:
    """The unmasked personal data, with the reason on the access log and the timeline."""
    await record_access(session, principal.subject, loaded.report.id, "reveal", reason)
    await _event(session, principal, loaded.report, "personal_data_revealed", {"reason": reason})
    if loaded.identity is None:
        raise ReportNotFound(
            Text("Laporan ini tidak memiliki data pelapor.", "This case has no reporter data.")
        )
    return loaded.identity


async def set_sensitivity(
    session: AsyncSession, principal: Principal, loaded: Loaded, sensitive: bool, reason: str
) -> None:
    loaded.report.sensitive = sensitive
    await _event(
        session, principal, loaded.report, "sensitivity_changed",
        {"sensitive": sensitive, "reason": reason},
    )  # fmt: skip
