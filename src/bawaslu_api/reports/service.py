"""The actions of the case workflow (docs/legal/rules.md §5).

Each action is a use case on a case the router loaded and locked in the caller's
jurisdiction (``cases.repository.for_action``): it checks that the case's status allows it (the
lifecycle of ``bawaslu_rules``), changes the case, closes and opens the clocks the rules
engine names, appends one event to the case's hash-chained timeline and, where a
subscriber may care, queues a webhook event, all in the request's transaction. Services
flush; the unit of work commits.

Every action takes an optional ``occurred_at`` (offices enter paper cases after the
fact): checked by :func:`_occurred` (not in the future, not before the case's previous
step), it stands in for "now" everywhere the action uses the time (the clocks it judges
and starts, ``registered_at``, the decision's ``at``, the register number's month and
year) and is kept in the event's ``changes``; the event's ``at`` and ``actor`` stay who
entered the step and when.
"""

from __future__ import annotations

from datetime import UTC, datetime
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
from bawaslu_api.clock import latest_allowed, utcnow
from bawaslu_api.deadlines import clocks
from bawaslu_api.deliberation import service as deliberation
from bawaslu_api.i18n import Text
from bawaslu_api.integrations.kpu import service as kpu_forwardings
from bawaslu_api.links.models import LinkKind
from bawaslu_api.links.service import add_link
from bawaslu_api.offices import scope
from bawaslu_api.reports import admissibility, classification
from bawaslu_api.reports.dates import check_case_dates, check_occurred_at
from bawaslu_api.reports.errors import (
    CompletionExpired,
    InvalidTransition,
    NothingToCorrect,
    NotRegistrable,
)
from bawaslu_api.reports.intake import Prepared, apply_details, correction_view, intake
from bawaslu_api.reports.schemas import (
    AnnouncementIn,
    CompletionIn,
    CompletionRequestIn,
    CorrectionIn,
    DecisionIn,
    ExtensionIn,
    ForwardingIn,
    IncidentIn,
    PreliminaryInformationIn,
    ReclassificationIn,
    RegistrationIn,
    RejectionIn,
    ReportCreate,
    TransferIn,
    WithdrawalIn,
)
from bawaslu_api.security.principals import Principal
from bawaslu_api.timeline.service import append_event, last_occurred, occurred_iso, record_access
from bawaslu_api.webhooks import outbox
from bawaslu_rules import (
    ClockPlan,
    completion_clocks,
    completion_request_clocks,
    decision_clocks,
    extension_clocks,
    forwarding_clocks,
    level_powers,
    register_number,
    registration_clocks,
    rejection_clocks,
    withdrawal_clocks,
)

# ---------------------------------------------------------------- loading


def _level_may(loaded: Loaded, power: str, action: str) -> None:
    """409 unless the case's office level has ``power`` under the case's regime (an ad hoc
    Panwaslu Kelurahan/Desa receives reports and passes them up; bawaslu_rules.levels)."""
    report, level = loaded.report, loaded.office.level.value
    powers = level_powers(report.regime, level)
    if not powers.may(power):
        raise InvalidTransition(
            Text(
                "Kantor tingkat {level} tidak melakukan {action} pada perkara {regime} "
                "({basis}); teruskan ke tingkat {up} (POST /v1/reports/{{id}}/transfer).",
                "An office of level {level} does not do {action} on a {regime} case "
                "({basis}); pass it up to the {up} level (POST /v1/reports/{{id}}/transfer).",
            ),
            level=level,
            action=action,
            regime=report.regime,
            basis=powers.basis,
            up=powers.forwards_to,
        )


async def _clocks(session: AsyncSession, loaded: Loaded, plan: ClockPlan) -> list[str]:
    """Carry out what the rules engine says the action does to the case's clocks."""
    closed, _ = await clocks.apply(session, loaded.report, loaded.office.timezone, plan)
    return closed


CASE_STEPS = (
    "received",
    "completion_requested",
    "completed",
    "reclassified",
    "registered",
    "not_registered",
    "withdrawn",
    "decision_extended",
    "plenary_held",
    "decided",
    "forwarded",
    "announced",
    "transferred",
)
"""The timeline events that are steps of the case (what happened to it), in the order of
which a backdated step must fit. Other events (reveals, evidence, overrides, the KPU
follow-up) record work on the record and do not order the steps."""


async def _occurred(session: AsyncSession, report: Report, given: datetime | None) -> datetime:
    """When the action happened: ``given`` (checked: not in the future beyond the allowed
    skew, not before the case's previous step; 422 ``impossible_date`` naming both
    times) or now."""
    now = utcnow()
    if given is None:
        return now
    previous = await last_occurred(session, report.id, CASE_STEPS)
    check_occurred_at(given, now=now, previous=previous)
    return given.astimezone(UTC)


async def _moment(
    session: AsyncSession,
    report: Report,
    field: str,
    value: datetime,
    after: tuple[str, datetime] | None = None,
) -> datetime:
    """A moment an action's clocks run from, other than its ``occurred_at`` (the notice's
    receipt, a forwarding's sending or receipt): 422 ``impossible_date`` on ``field`` when
    it is in the future or before the case's previous step (or before ``after``)."""
    previous = after or await last_occurred(session, report.id, CASE_STEPS)
    check_occurred_at(value, now=utcnow(), previous=previous, field=field)
    return value


async def _event(
    session: AsyncSession,
    principal: Principal,
    report: Report,
    action: str,
    changes: dict[str, Any],
    occurred_at: datetime | None = None,
) -> None:
    """Append the step; a given ``occurred_at`` goes into its (hashed) ``changes``."""
    if occurred_at is not None:
        changes = {**changes, "occurred_at": occurred_iso(occurred_at)}
    await append_event(session, report.id, principal.subject, action, changes)


async def _check_completion_window(session: AsyncSession, report: Report, at: datetime) -> None:
    """409 ``completion_expired`` when the case's ``report.completion`` clock has expired
    at ``at``: still pending past its ``due_at``, or closed as missed. A report not
    completed within it is not registered (Perbawaslu 7/2022 Art. 15(3)-(4); docs/legal/rules.md
    §4-5, MED). A clock moved later or waived by an audited override does not expire."""
    row = await clocks.expired(session, report.id, "report.completion", at=at)
    if row is None:
        return
    raise CompletionExpired(
        Text(
            "Tenggat {rule} (id {deadline}) berakhir {due_at} ({basis}); status {status}. "
            "Laporan yang tidak dilengkapi dalam tenggat tidak diregistrasi: catat penolakan "
            "dengan alasan completion_expired, kecuali tenggat diperpanjang atau dikesampingkan "
            "melalui koreksi tenggat.",
            "The clock {rule} (id {deadline}) expired at {due_at} ({basis}); status {status}. "
            "A report not completed in time is not registered: record a rejection with reason "
            "completion_expired, unless the clock is extended or waived by a deadline override.",
        ),
        rule=row.rule_id,
        deadline=row.id,
        due_at=row.due_at.astimezone(UTC).isoformat(),
        basis=row.basis,
        status=row.status.value,
    )


# ---------------------------------------------------------------- before registration


async def request_completion(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: CompletionRequestIn
) -> None:
    report = loaded.report
    cases.require(report, "completion_request")
    if report.kind is not ReportKind.report:
        raise InvalidTransition(
            Text(
                "Temuan tidak perlu dilengkapi pelapor.",
                "Findings have no reporter to complete them.",
            )
        )
    now = await _occurred(session, report, body.occurred_at)
    if body.notice_received_at is not None:
        # The completion clock runs from it: a future notice would keep it from expiring.
        await _moment(session, report, "notice_received_at", body.notice_received_at)
    notice = body.notice_received_at or now
    report.status = ReportStatus.completion_requested
    rs = await clocks.case_ruleset(session, report)
    plan = completion_request_clocks(
        rs,
        at=now,
        notice_received_at=body.notice_received_at,
    )
    closed = await _clocks(session, loaded, plan)
    await _event(
        session, principal, report, "completion_requested",
        {"missing": body.missing, "notice_received_at": notice, "closed": closed},
        body.occurred_at,
    )  # fmt: skip


async def complete(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: CompletionIn
) -> None:
    report = loaded.report
    cases.require(report, "completion")
    assert loaded.identity is not None
    now = await _occurred(session, report, body.occurred_at)
    await _check_completion_window(session, report, now)
    # The merged result must hold together (the stored receipt is not in question here).
    check_case_dates(
        zone=loaded.office.timezone,
        now=utcnow(),
        received_at=report.received_at if report.received_at <= latest_allowed() else None,
        known_on=body.known_on if body.known_on is not None else report.known_on,
        incident_date=body.incident.date if body.incident is not None else report.incident_date,
    )
    apply_details(report, loaded.identity, body)
    # An incident date given only now classifies the case (a derived stage, never an
    # officer's).
    stage = classification.rederive(report, loaded.election.slug)
    rs = await clocks.case_ruleset(session, report)
    closed = await _clocks(session, loaded, completion_clocks(rs, at=now))
    report.status = ReportStatus.received
    verdict = await admissibility.assess(session, loaded)
    await _event(
        session, principal, report, "completed",
        {
            "fields": sorted(body.model_dump(exclude_none=True, exclude={"occurred_at"})),
            "verdict": verdict.verdict.value,
            "closed": closed,
            **({"stage": stage} if stage else {}),
        },
        body.occurred_at,
    )  # fmt: skip


async def register(
    session: AsyncSession,
    principal: Principal,
    loaded: Loaded,
    body: RegistrationIn | None = None,
) -> None:
    report = loaded.report
    cases.require(report, "registration")
    _level_may(loaded, "register", "registration")
    given = body.occurred_at if body is not None else None
    now = await _occurred(session, report, given)
    # Not completed in time: not registered (Perbawaslu 7/2022 Art. 15(3)-(4)), even if the
    # completion was accepted late before this was checked.
    await _check_completion_window(session, report, now)
    verdict = report.admissibility.get("verdict")
    if verdict != "registrable":
        raise NotRegistrable(
            Text("Hasil kajian awal: {verdict}.", "Initial review verdict: {verdict}."),
            verdict=verdict,
        )
    report.register_number = await _register_number(session, loaded, now)
    report.registered_at = now
    report.registration_days = await classification.days_to(session, loaded, now)
    report.status = ReportStatus.registered
    rs = await clocks.case_ruleset(session, report)
    plan = registration_clocks(
        rs,
        at=now,
        tsm=report.tsm,
        violation_type=report.violation_type,
    )
    closed = await _clocks(session, loaded, plan)
    await _event(
        session, principal, report, "registered",
        {"register_number": report.register_number, "closed": closed}, given,
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
    cases.require(report, "rejection")
    now = await _occurred(session, report, body.occurred_at)
    report.status = ReportStatus.not_registered
    report.rejection = {"reasons": body.reasons, "note": body.note, "at": now.isoformat()}
    rs = await clocks.case_ruleset(session, report)
    closed = await _clocks(session, loaded, rejection_clocks(rs, at=now))
    await _event(
        session, principal, report, "not_registered",
        {"reasons": body.reasons, "note": body.note, "closed": closed}, body.occurred_at,
    )  # fmt: skip


async def withdraw(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: WithdrawalIn
) -> None:
    report = loaded.report
    cases.require(report, "withdrawal")  # after registration a withdrawal does not stop handling
    now = await _occurred(session, report, body.occurred_at)
    report.status = ReportStatus.withdrawn
    rs = await clocks.case_ruleset(session, report)
    closed = await _clocks(session, loaded, withdrawal_clocks(rs, at=now))
    await _event(
        session, principal, report, "withdrawn", {"reason": body.reason, "closed": closed},
        body.occurred_at,
    )  # fmt: skip


_FIXED_AFTER_REGISTRATION = ("known_on", "incident.date", "reported_parties")


async def correct(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: CorrectionIn
) -> None:
    """Staff correct what was recorded wrongly (``PATCH /v1/reports/{id}``). Each changed
    field goes on the timeline with before and after. Before registration the initial
    review runs again (a corrected date known may make the report late) and the filing
    clock is computed again from the corrected date; after registration the date known,
    the incident date and the reported parties are fixed (the filing clock and the
    registered case rest on them): 409 naming them."""
    report = loaded.report
    cases.require(report, "correction")
    assert loaded.identity is not None
    registered = report.status is ReportStatus.registered
    given = body.model_dump(exclude_unset=True, exclude={"occurred_at", "reason"})
    incident = body.incident.model_dump(exclude_unset=True) if body.incident else {}
    await _occurred(session, report, body.occurred_at)
    check_case_dates(
        zone=loaded.office.timezone,
        now=utcnow(),
        received_at=report.received_at if report.received_at <= latest_allowed() else None,
        known_on=body.known_on if "known_on" in given else report.known_on,
        incident_date=incident.get("date", report.incident_date),
    )
    before = correction_view(report)
    # Only the given fields of the incident change: merge them over what is recorded.
    apply_details(
        report,
        loaded.identity,
        CompletionIn(
            description=body.description,
            known_on=body.known_on,
            reported_parties=body.reported_parties,
            incident=_merged_incident(report, incident) if body.incident else None,
        ),
    )
    after = correction_view(report)
    changes = {
        key: {"before": before[key], "after": after[key]}
        for key in after
        if before[key] != after[key]
    }
    if "incident.date" in changes:
        # A derived stage follows the incident date; an officer's stays.
        stage = classification.rederive(report, loaded.election.slug)
        if stage is not None:
            changes["stage"] = stage
    # What changes decides, not what was sent: a client may send back the incident it
    # read with only the address changed. (Raising rolls back what was applied above.)
    fixed = [f for f in _FIXED_AFTER_REGISTRATION if f in changes]
    if registered and fixed:
        raise InvalidTransition(
            Text(
                "Setelah registrasi, {names} tidak dapat dikoreksi: tenggat penyampaian "
                "laporan dan perkara yang diregistrasi bergantung padanya.",
                "After registration {names} cannot be corrected: the filing clock and the "
                "registered case rest on them.",
            ),
            names=", ".join(fixed),
        )
    if not changes:
        raise NothingToCorrect(
            Text(
                "Tidak ada yang berubah: isian yang dikirim sama dengan yang tercatat.",
                "Nothing changes: the fields sent equal what is recorded.",
            )
        )
    verdict = None
    if not registered:
        verdict = (await admissibility.assess(session, loaded)).verdict.value
        if "known_on" in changes:
            await clocks.refile(session, report, loaded.office.timezone)
    await _event(
        session, principal, report, "corrected",
        {"changes": changes, "reason": body.reason, "verdict": verdict},
        body.occurred_at,
    )  # fmt: skip
    await outbox.emit(session, "report.corrected", report, {"fields": sorted(changes)})


def _merged_incident(report: Report, given: dict[str, Any]) -> IncidentIn:
    return IncidentIn(
        date=given.get("date", report.incident_date),
        time=given.get("time", report.incident_time),
        office=given.get("office", report.incident_office_code),
        address=given.get("address", report.incident_address),
        lat=given.get("lat", report.incident_lat),
        lng=given.get("lng", report.incident_lng),
    )


async def to_finding(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: PreliminaryInformationIn
) -> Prepared:
    """Set a finding from this report, used as preliminary information (informasi awal,
    docs/legal/procedure.md §5; e.g. a report that failed the filing deadline): a new case of
    kind finding with the report's facts (no reporter: a finding has none), discovered on
    ``discovered_on``, set at ``occurred_at`` (or now) at ``office``; its own initial review
    and finding.set clock; linked from the report as ``preliminary_information``."""
    report = loaded.report
    cases.require(report, "preliminary_information")
    if report.kind is not ReportKind.report:
        raise InvalidTransition(
            Text(
                "Hanya laporan yang dapat menjadi informasi awal temuan.",
                "Only a report can be preliminary information for a finding.",
            )
        )
    now = await _occurred(session, report, body.occurred_at)
    finding = ReportCreate.model_validate(
        {
            "kind": ReportKind.finding,
            "election": loaded.election.slug,
            "office": body.office or loaded.office.code,
            "channel": report.channel,
            "received_at": now if body.occurred_at is not None else None,
            "reported_parties": report.reported_parties,
            "incident": {
                "date": report.incident_date,
                "time": report.incident_time,
                "office": report.incident_office_code,
                "address": report.incident_address,
                "lat": report.incident_lat,
                "lng": report.incident_lng,
            },
            "known_on": body.discovered_on,
            "description": report.description,
            "violation_type": report.violation_type,
            "tsm": report.tsm,
            "evidence": report.evidence_items,
            "subjects": report.subjects,
            "stage": report.stage if report.stage_set_by == classification.OFFICER else None,
        }
    )
    prepared = await intake(session, principal, finding)
    await add_link(
        session, principal, report, prepared.loaded.report,
        LinkKind.preliminary_information, body.reason,
    )  # fmt: skip
    return prepared


async def reclassify(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: ReclassificationIn
) -> None:
    """The office changes what the report is about (docs/legal/rules.md §4): e.g. a report
    of an administrative violation against a party outside Perbawaslu 8/2022 Art. 8
    (verdict ``not_administrative``) handled as another kind. The initial review runs
    again; the clocks already running are not changed."""
    report = loaded.report
    cases.require(report, "reclassification")
    await _occurred(session, report, body.occurred_at)
    before = {"violation_type": report.violation_type, "tsm": report.tsm}
    report.violation_type = body.violation_type
    if body.tsm is not None:
        report.tsm = body.tsm
    verdict = await admissibility.assess(session, loaded)
    await _event(
        session, principal, report, "reclassified",
        {
            "from": before,
            "to": {"violation_type": report.violation_type, "tsm": report.tsm},
            "reason": body.reason,
            "verdict": verdict.verdict.value,
        },
        body.occurred_at,
    )  # fmt: skip


# ---------------------------------------------------------------- after registration


async def extend(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: ExtensionIn
) -> None:
    report = loaded.report
    cases.require(report, "extension")
    if report.decision_extended:
        raise InvalidTransition(
            Text("Tenggat sudah diperpanjang.", "The deadline was already extended.")
        )
    rs = await clocks.case_ruleset(session, report)
    if "case.decision_extended" not in rs.rules:
        raise RuleNotApplicable(
            Text("Tidak ada perpanjangan dalam aturan ini.", "This ruleset has no extension.")
        )
    assert report.registered_at is not None
    now = await _occurred(session, report, body.occurred_at)
    # "14 in total" / "5 in total": counted from the same trigger, the registration.
    plan = extension_clocks(rs, at=now, registered_at=report.registered_at)
    closed = await _clocks(session, loaded, plan)
    report.decision_extended = True
    await _event(
        session, principal, report, "decision_extended", {"reason": body.reason, "closed": closed},
        body.occurred_at,
    )  # fmt: skip


async def decide(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: DecisionIn
) -> None:
    report = loaded.report
    cases.require(report, "decision")
    _level_may(loaded, "decide", "decision")
    if body.outcome is Outcome.violation and body.category is None:
        raise UnknownReference(
            Text("Kategori pelanggaran wajib diisi.", "A violation needs a category.")
        )
    # The status is decided in plenary (docs/legal/procedure.md §1.1 row 8): 409 naming
    # what is missing when no plenary decided this.
    plenary = await deliberation.require_plenary(session, report, body.outcome, body.category)
    # Not before the plenary it follows (plenary_held is a step, at its held_at).
    now = await _occurred(session, report, body.occurred_at)
    report.status = ReportStatus.decided
    report.outcome = body.outcome
    report.outcome_category = body.category if body.outcome is Outcome.violation else None
    report.decision = {
        **body.model_dump(mode="json", exclude={"occurred_at"}),
        "at": now.isoformat(),
        "by": principal.subject,
        "plenary": plenary,
    }
    report.decision_days = await classification.days_to(session, loaded, now)
    category = report.outcome_category.value if report.outcome_category else None
    rs = await clocks.case_ruleset(session, report)
    plan = decision_clocks(rs, at=now, category=category)
    closed = await _clocks(session, loaded, plan)
    await _event(
        session, principal, report, "decided",
        {
            "outcome": body.outcome.value,
            "category": body.category,
            "plenary": plenary["id"],
            "closed": closed,
        },
        body.occurred_at,
    )  # fmt: skip
    await outbox.emit(session, "report.decided", report, {"decision": report.decision})


async def forward(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: ForwardingIn
) -> None:
    report = loaded.report
    cases.require(report, "forwarding")
    if report.outcome is not Outcome.violation:
        raise InvalidTransition(
            Text("Hanya pelanggaran yang diteruskan.", "Only violations are forwarded.")
        )
    now = await _occurred(session, report, body.occurred_at)
    if body.sent_at is not None:
        await _moment(session, report, "sent_at", body.sent_at)
    sent = body.sent_at or now
    if body.received_at is not None:
        # The recipient's follow-up clock runs from it (e.g. admin.kpu_followup).
        await _moment(session, report, "received_at", body.received_at, ("sent_at", sent))
    entry = {
        **body.model_dump(mode="json", exclude={"occurred_at"}),
        "sent_at": sent.isoformat(),
        "recorded_by": principal.subject,
    }
    report.forwardings = [*report.forwardings, entry]
    report.status = ReportStatus.forwarded
    decided_at = datetime.fromisoformat(report.decision["at"]) if report.decision else None
    rs = await clocks.case_ruleset(session, report)
    plan = forwarding_clocks(
        rs,
        to=body.to,
        category=report.outcome_category.value if report.outcome_category else None,
        sent_at=sent,
        received_at=body.received_at,
        decided_at=decided_at,
    )
    closed, opened = await clocks.apply(session, report, loaded.office.timezone, plan)
    await _event(
        session, principal, report, "forwarded", {**entry, "closed": closed}, body.occurred_at
    )
    # The KPU follow-up clock this forwarding opened (if any) goes with its KPU record.
    await kpu_forwardings.track(session, report, entry, opened[0] if opened else None)
    await outbox.emit(session, "report.forwarded", report, {"forwarding": entry})


async def announce(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: AnnouncementIn
) -> None:
    report = loaded.report
    cases.require(report, "announcement")
    now = await _occurred(session, report, body.occurred_at)
    # What the plenary decided (the decision must match it) is what is announced.
    plenary = (report.decision or {}).get("plenary")
    report.announcement = {
        "notice": body.notice,
        "status": report.status.value,
        "outcome": report.outcome.value if report.outcome else None,
        "category": report.outcome_category.value if report.outcome_category else None,
        "plenary": (
            {"id": plenary["id"], "held_at": plenary["held_at"]}
            if isinstance(plenary, dict)
            else None
        ),
    }
    report.announced_at = now
    await _event(session, principal, report, "announced", {"notice": body.notice}, body.occurred_at)
    await outbox.emit(session, "report.announced", report, {"notice": body.notice})


async def transfer(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: TransferIn
) -> None:
    report = loaded.report
    cases.require(report, "transfer")
    await _occurred(session, report, body.occurred_at)
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
        {"from": old, "to": target.code, "reason": body.reason}, body.occurred_at,
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
