"""Use cases of the case workflow. Services flush; the unit of work commits."""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import ColumnElement, literal, select, true, tuple_
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.db import bulk
from bawaslu_api.db.base import uuid7
from bawaslu_api.elections.models import Election
from bawaslu_api.holidays.service import current_calendar
from bawaslu_api.http.conditional import parse_if_match
from bawaslu_api.i18n import Text
from bawaslu_api.integrations.kpu import service as kpu_forwardings
from bawaslu_api.jsonvalue import json_ready
from bawaslu_api.offices.models import Office, OfficeLevel
from bawaslu_api.pagination import decode_cursor, invalid_cursor
from bawaslu_api.reports import receipts, rules
from bawaslu_api.reports.errors import (
    InvalidTransition,
    NotRegistrable,
    OutsideJurisdiction,
    ReportNotFound,
    RuleNotApplicable,
    StaleVersion,
    UnknownReference,
)
from bawaslu_api.reports.models import (
    CaseAccess,
    CaseEvent,
    Deadline,
    DeadlineStatus,
    Outcome,
    RegisterCounter,
    Report,
    ReportIdentity,
    ReportKind,
    ReportStatus,
    ViolationCategory,
)
from bawaslu_api.reports.schemas import (
    AnnouncementIn,
    CompletionIn,
    CompletionRequestIn,
    DecisionIn,
    ExtensionIn,
    ForwardingIn,
    RejectionIn,
    ReportCreate,
    TransferIn,
    WithdrawalIn,
)
from bawaslu_api.security.principals import Principal
from bawaslu_api.webhooks import outbox
from bawaslu_rules import (
    Calendar,
    DateWindow,
    ElectionStages,
    Evidence,
    ReportedParty,
    Reporter,
    ReporterCategory,
    Submission,
    check_admissibility,
)

GENESIS = b"\x00" * 32

# Which actions each status allows (rules-spec §5). Anything else answers 409.
TRANSITIONS: dict[str, frozenset[ReportStatus]] = {
    "completion_request": frozenset({ReportStatus.received}),
    "completion": frozenset({ReportStatus.completion_requested}),
    "registration": frozenset({ReportStatus.received}),
    "rejection": frozenset({ReportStatus.received, ReportStatus.completion_requested}),
    "withdrawal": frozenset({ReportStatus.received, ReportStatus.completion_requested}),
    "extension": frozenset({ReportStatus.registered}),
    "decision": frozenset({ReportStatus.registered}),
    "forwarding": frozenset({ReportStatus.decided, ReportStatus.forwarded}),
    "announcement": frozenset(
        {
            ReportStatus.not_registered,
            ReportStatus.decided,
            ReportStatus.forwarded,
            ReportStatus.registered,
        }
    ),
    "transfer": frozenset(
        {ReportStatus.received, ReportStatus.completion_requested, ReportStatus.registered}
    ),
}

REGISTER_LEVEL = {
    OfficeLevel.national: "RI",
    OfficeLevel.province: "Prov",
    OfficeLevel.regency: "Kab",
    OfficeLevel.city: "Kota",
    OfficeLevel.district: "Kec",
    OfficeLevel.village: "Kel",
    OfficeLevel.overseas: "LN",
}
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


@dataclass(frozen=True, slots=True)
class Loaded:
    """A report with what its responses need."""

    report: Report
    identity: ReportIdentity | None
    office: Office
    election: Election
    receipt_code: str | None = None
    """Only right after intake: the reporter's receipt code, shown once."""
    deadlines: tuple[Deadline, ...] = ()
    """Only right after intake: the clocks it started."""


def utcnow() -> datetime:
    return datetime.now(UTC)


# ---------------------------------------------------------------- loading and scoping


async def office_by_code(session: AsyncSession, code: str) -> Office:
    office = (await session.execute(select(Office).where(Office.code == code))).scalar_one_or_none()
    if office is None:
        raise unknown_office(code)
    return office


def unknown_office(code: str) -> UnknownReference:
    return UnknownReference(Text("Kantor {code} tidak ada.", "No office {code}."), code=code)


def scope_kind(path: str) -> str:
    """How the subtree of the office at ``path`` is matched: Bawaslu RI (``national``) sees
    everything; a ``province`` is matched on ``province_code`` (an equality the
    (province_code, status, received_at, id) indexes serve); lower offices (``office``) by
    path prefix."""
    parts = path.strip("/").split("/")
    return "national" if parts == ["ID"] else "province" if len(parts) == 2 else "office"


def scope_value(path: str) -> str:
    """What :func:`scope_kind`'s match compares with: the province code, or the path."""
    return path.strip("/").split("/")[1] if scope_kind(path) == "province" else path


def in_scope(path: str) -> ColumnElement[bool]:
    """Reports in the subtree of the office at ``path`` (see :func:`scope_kind`)."""
    kind = scope_kind(path)
    if kind == "national":
        return true()
    if kind == "province":
        return Report.province_code == scope_value(path)
    return Report.office_path.startswith(path)


OFFICE_PATHS: dict[str, str] = {}
"""Office code -> path, filled as offices are looked up (an office never moves in the tree);
shared by the ORM path and the read path."""


async def office_path_by_code(session: AsyncSession, code: str) -> str:
    """An office's path; cached per process, since an office never moves in the tree."""
    path = OFFICE_PATHS.get(code)
    if path is None:
        path = (await office_by_code(session, code)).path
        OFFICE_PATHS[code] = path
    return path


async def load(
    session: AsyncSession, report_id: uuid.UUID, principal: Principal, *, for_update: bool = False
) -> Loaded:
    """The report if it is inside the caller's jurisdiction; 404 otherwise (it does not exist
    for them). ``for_update`` locks the row so that actions on one case are serial."""
    stmt = (
        select(Report, Office, Election, ReportIdentity)
        .join(Office, Office.id == Report.office_id)
        .join(Election, Election.id == Report.election_id)
        .outerjoin(ReportIdentity, ReportIdentity.report_id == Report.id)
        .where(Report.id == report_id, in_scope(principal.office_path))
    )
    if for_update:
        stmt = stmt.with_for_update(of=Report)
    row = (await session.execute(stmt)).one_or_none()
    if row is None:
        raise ReportNotFound(Text("Laporan {id} tidak ada.", "No report {id}."), id=report_id)
    report, office, election, identity = row
    return Loaded(report, identity, office, election)


def check_version(report: Report, if_match: str | None) -> None:
    """412 when the client's ``If-Match`` names an older version."""
    if if_match is None:
        return
    versions = parse_if_match(if_match)
    if versions is not None and report.version not in versions:
        raise StaleVersion(
            Text("Versi saat ini {v}; muat ulang laporan.", "Current version is {v}; reload it."),
            v=report.version,
        )


def _require(report: Report, action: str) -> None:
    if report.status not in TRANSITIONS[action]:
        raise InvalidTransition(
            Text(
                "Tindakan {action} tidak dapat dilakukan pada status {status}.",
                "Action {action} is not possible in status {status}.",
            ),
            action=action,
            status=report.status.value,
        )


# ---------------------------------------------------------------- timeline


def event_hash(prev: bytes, seq: int, at: datetime, actor: str, action: str, changes: Any) -> bytes:
    """SHA-256 over the previous hash and the canonical JSON of this event."""
    canonical = json.dumps(
        {
            "seq": seq,
            "at": at.astimezone(UTC).isoformat(),
            "actor": actor,
            "action": action,
            "changes": changes,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        default=str,
    )
    return hashlib.sha256(prev + canonical.encode()).digest()


def new_event(
    report_id: uuid.UUID,
    seq: int,
    prev: bytes,
    actor: str,
    action: str,
    changes: dict[str, Any],
    at: datetime,
) -> CaseEvent:
    """The event after ``prev`` in a case's chain (not yet stored)."""
    changes = json_ready(changes)
    return bulk.new(
        CaseEvent,
        report_id=report_id,
        seq=seq,
        at=at,
        actor=actor,
        action=action,
        changes=changes,
        prev_hash=prev,
        hash=event_hash(prev, seq, at, actor, action, changes),
    )


async def append_event(
    session: AsyncSession, report: Report, actor: str, action: str, changes: dict[str, Any]
) -> CaseEvent:
    """Append an event to the case's chain (the report row is locked by the caller)."""
    last = (
        await session.execute(
            select(CaseEvent.seq, CaseEvent.hash)
            .where(CaseEvent.report_id == report.id)
            .order_by(CaseEvent.seq.desc())
            .limit(1)
        )
    ).one_or_none()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    event = new_event(report.id, seq, prev, actor, action, changes, utcnow())
    session.add(event)
    await session.flush()
    return event


async def timeline(session: AsyncSession, report_id: uuid.UUID) -> list[CaseEvent]:
    return list(
        (
            await session.execute(
                select(CaseEvent).where(CaseEvent.report_id == report_id).order_by(CaseEvent.seq)
            )
        ).scalars()
    )


def verify_chain(events: list[CaseEvent]) -> tuple[bool, int | None, str | None]:
    """Recompute the chain; name the first event whose link or content does not hold."""
    prev = GENESIS
    for expected_seq, event in enumerate(events, start=1):
        if event.seq != expected_seq:
            return False, expected_seq, "missing_event"
        if event.prev_hash != prev:
            return False, event.seq, "broken_link"
        if event.hash != event_hash(
            prev, event.seq, event.at, event.actor, event.action, event.changes
        ):
            return False, event.seq, "content_changed"
        prev = event.hash
    return True, None, None


# ---------------------------------------------------------------- deadlines


def deadline_row(
    report: Report, zone: str, rule_id: str, trigger: date | datetime, calendar: Calendar
) -> Deadline | None:
    """The clock ``rule_id`` of ``report`` as bawaslu_rules computes it (not yet stored);
    None when the case's ruleset has no such rule."""
    rs = rules.ruleset(report.regime, report.ruleset_version)
    if not rules.has_rule(rs, rule_id):
        return None
    result = rules.deadline(rs, rule_id, trigger, calendar=calendar, zone=zone)
    return bulk.new(
        Deadline,
        id=uuid7(),
        report_id=report.id,
        office_path=report.office_path,
        rule_id=rule_id,
        regime=report.regime,
        ruleset_version=result.ruleset_version,
        trigger=trigger.isoformat(),
        due_on=result.due,
        due_at=result.due_at,
        amount=result.amount,
        unit=str(result.unit),
        basis=result.basis,
        confidence=str(result.confidence),
        provisional=result.provisional,
        status=DeadlineStatus.pending,
        met_at=None,
        override_reason=None,
    )


async def open_deadline(
    session: AsyncSession, loaded: Loaded, rule_id: str, trigger: date | datetime
) -> Deadline | None:
    """Start the clock ``rule_id`` if the case's ruleset has that rule."""
    calendar = await current_calendar(session)
    row = deadline_row(loaded.report, loaded.office.timezone, rule_id, trigger, calendar)
    if row is None:
        return None
    session.add(row)
    await session.flush()
    return row


async def close_deadlines(
    session: AsyncSession,
    report: Report,
    rule_ids: tuple[str, ...],
    *,
    at: datetime,
    status: DeadlineStatus | None = None,
) -> list[str]:
    """Close the pending clocks ``rule_ids``: met if on time, missed if late (or ``status``)."""
    closed: list[str] = []
    rows = (
        await session.execute(
            select(Deadline).where(
                Deadline.report_id == report.id,
                Deadline.rule_id.in_(rule_ids),
                Deadline.status == DeadlineStatus.pending,
            )
        )
    ).scalars()
    for row in rows:
        row.status = status or (DeadlineStatus.met if at <= row.due_at else DeadlineStatus.missed)
        row.met_at = at
        closed.append(f"{row.rule_id}:{row.status.value}")
    await session.flush()
    return closed


async def deadlines_of(session: AsyncSession, report_id: uuid.UUID) -> list[Deadline]:
    return list(
        (
            await session.execute(
                select(Deadline).where(Deadline.report_id == report_id).order_by(Deadline.due_at)
            )
        ).scalars()
    )


# ---------------------------------------------------------------- admissibility


def election_stages(election: Election) -> ElectionStages:
    """The stage dates of ``election`` that the admissibility check needs."""
    by_stage: dict[str, list[dict[str, Any]]] = {}
    for window in election.stages:
        by_stage.setdefault(window["stage"], []).append(window)
    set_dates = [
        date.fromisoformat(w["start"])
        for name in ("candidate_list_set", "candidate_pairs_set")
        for w in by_stage.get(name, [])
    ]
    # 24-hour reception: quiet period and voting day (rules-spec §2; counting days are the
    # voting day's night and are covered by the voting window).
    open_windows = tuple(
        DateWindow(date.fromisoformat(w["start"]), date.fromisoformat(w["end"]), name)
        for name in ("quiet_period", "voting")
        for w in by_stage.get(name, [])
    )
    return ElectionStages(
        candidates_set_on=min(set_dates) if set_dates else None,
        voting_day=election.voting_day,
        open_windows=open_windows,
    )


def _submission(
    report: Report, identity: ReportIdentity | None, stages: ElectionStages
) -> Submission:
    reporter = None
    if report.kind is ReportKind.report and identity is not None and identity.reporter_category:
        # Standing facts (age, accreditation, ...) are kept with the admissibility input.
        facts = report.admissibility.get("reporter_facts", {})
        reporter = Reporter(
            category=ReporterCategory(identity.reporter_category),
            name=identity.name,
            address=identity.address,
            nik=identity.nik,
            age=facts.get("age"),
            married=facts.get("married"),
            registered_voter=facts.get("registered_voter"),
            accredited=facts.get("accredited"),
            power_of_attorney=facts.get("power_of_attorney"),
        )
    party = report.reported_parties[0] if report.reported_parties else {}
    return Submission(
        kind=report.kind.value,
        regime=report.regime,
        received_at=report.received_at,
        reporter=reporter,
        reported_party=ReportedParty(
            name=party.get("name", ""), address=party.get("address", ""), type=party.get("type")
        ),
        violation_type=report.violation_type,
        tsm=report.tsm,
        known_on=report.known_on,
        incident_date=report.incident_date,
        incident_time=report.incident_time,
        incident_place=report.incident_address,
        description=report.description,
        evidence=tuple(
            Evidence(kind=e["kind"], description=e.get("description", ""), copies=e.get("copies"))
            for e in report.evidence_items
        ),
        witnesses=tuple(w.get("name", "") for w in (identity.witnesses if identity else [])),
        signature_present=report.signature_present,
        signature_matches=report.admissibility.get("signature_matches"),
        stages=stages,
    )


def assessment(
    report: Report,
    identity: ReportIdentity | None,
    stages: ElectionStages,
    zone: str,
    calendar: Calendar,
) -> dict[str, Any]:
    """Run the rules' admissibility check and keep its result on the report."""
    rs = rules.ruleset(report.regime, report.ruleset_version)
    result = check_admissibility(
        _submission(report, identity, stages), ruleset=rs, calendar=calendar, zone=zone
    )
    data = result.to_dict()
    stored = {
        **{
            k: v
            for k, v in report.admissibility.items()
            if k in ("reporter_facts", "signature_matches")
        },
        "verdict": data["verdict"],
        "failures": data["failures"],
        "ruleset": result.ruleset,
        "received_on": result.received_on.isoformat(),
    }
    report.admissibility = stored
    report.received_on = result.received_on
    return stored


async def assess(session: AsyncSession, loaded: Loaded) -> dict[str, Any]:
    """:func:`assessment` with the calendar in force."""
    calendar = await current_calendar(session)
    stages = election_stages(loaded.election)
    return assessment(loaded.report, loaded.identity, stages, loaded.office.timezone, calendar)


# ---------------------------------------------------------------- intake


def details(
    body: ReportCreate | CompletionIn, admissibility: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The case's and the reporter's column values that ``body`` gives (intake, or the
    fields a completion changes), given the case's current ``admissibility`` record."""
    case: dict[str, Any] = {}
    person: dict[str, Any] = {}
    if body.reporter is not None:
        r = body.reporter
        person.update(
            reporter_category=r.category, name=r.name, nik=r.nik, address=r.address,
            phone=r.phone, email=r.email,
        )  # fmt: skip
        admissibility = {
            **admissibility,
            "reporter_facts": {
                "age": r.age,
                "married": r.married,
                "registered_voter": r.registered_voter,
                "accredited": r.accredited,
                "power_of_attorney": r.power_of_attorney,
            },
        }
        case["admissibility"] = admissibility
    if body.reported_parties is not None:
        case["reported_parties"] = [p.model_dump() for p in body.reported_parties]
    if body.witnesses is not None:
        person["witnesses"] = [w.model_dump() for w in body.witnesses]
    if body.incident is not None:
        i = body.incident
        case.update(
            incident_date=i.date, incident_time=i.time, incident_office_code=i.office,
            incident_address=i.address, incident_lat=i.lat, incident_lng=i.lng,
        )  # fmt: skip
    if body.known_on is not None:
        case["known_on"] = body.known_on
    if body.description is not None:
        case["description"] = body.description
    if body.evidence is not None:
        case["evidence_items"] = [e.model_dump() for e in body.evidence]
    if body.signature is not None:
        case["signature_present"] = body.signature.present
        case["admissibility"] = {**admissibility, "signature_matches": body.signature.matches}
    return case, person


def _apply_details(report: Report, identity: ReportIdentity, body: CompletionIn) -> None:
    case, person = details(body, report.admissibility)
    for key, value in case.items():
        setattr(report, key, value)
    for key, value in person.items():
        setattr(identity, key, value)


# ---------------------------------------------------------------- actions


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
    closed = await close_deadlines(session, report, ("report.initial_review",), at=now)
    await open_deadline(session, loaded, "report.completion", notice)
    await append_event(
        session,
        report,
        principal.subject,
        "completion_requested",
        {"missing": body.missing, "notice_received_at": notice, "closed": closed},
    )


async def complete(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: CompletionIn
) -> None:
    report = loaded.report
    _require(report, "completion")
    assert loaded.identity is not None
    now = utcnow()
    _apply_details(report, loaded.identity, body)
    closed = await close_deadlines(session, report, ("report.completion",), at=now)
    report.status = ReportStatus.received
    verdict = await assess(session, loaded)
    await append_event(
        session,
        report,
        principal.subject,
        "completed",
        {
            "fields": sorted(body.model_dump(exclude_none=True)),
            "verdict": verdict["verdict"],
            "closed": closed,
        },
    )


async def _next_register_number(session: AsyncSession, loaded: Loaded, at: datetime) -> str:
    """Allocate the next number of the office, kind and year inside this transaction.

    The counter row is updated in place (``ON CONFLICT DO UPDATE``), which locks it until
    commit: concurrent registrations in one office queue up and get consecutive numbers,
    and a rolled-back registration gives its number back, so there are no gaps.
    """
    from zoneinfo import ZoneInfo

    local = at.astimezone(ZoneInfo(loaded.office.timezone))
    report = loaded.report
    stmt = (
        insert(RegisterCounter)
        .values(office_id=report.office_id, kind=report.kind.value, year=local.year, last_value=1)
        .on_conflict_do_update(
            index_elements=["office_id", "kind", "year"],
            set_={"last_value": RegisterCounter.last_value + 1},
        )
        .returning(RegisterCounter.last_value)
    )
    seq = (await session.execute(stmt)).scalar_one()
    kind = "LP" if report.kind is ReportKind.report else "TM"
    regime = "PL" if report.regime == "pemilu" else "PB"
    # rules-spec §7: {seq}/Reg/{LP|TM}/{PL|PB}/{level}/{register code}/{Roman month}/{year}
    return (
        f"{seq:03d}/Reg/{kind}/{regime}/{REGISTER_LEVEL[loaded.office.level]}/"
        f"{loaded.office.register_code}/{ROMAN_MONTHS[local.month - 1]}/{local.year}"
    )


def _decision_rule(report: Report) -> str:
    rs = rules.ruleset(report.regime, report.ruleset_version)
    if report.tsm and rules.has_rule(rs, "tsm.decision"):
        return "tsm.decision"
    if report.violation_type == "administrative" and rules.has_rule(rs, "admin.decision"):
        return "admin.decision"
    return "case.decision"


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
    report.register_number = await _next_register_number(session, loaded, now)
    report.registered_at = now
    report.status = ReportStatus.registered
    closed = await close_deadlines(session, report, ("report.initial_review",), at=now)
    await open_deadline(session, loaded, _decision_rule(report), now)
    await append_event(
        session,
        report,
        principal.subject,
        "registered",
        {"register_number": report.register_number, "closed": closed},
    )
    await outbox.emit(session, "report.registered", report, {"registered_at": now})


async def reject(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: RejectionIn
) -> None:
    report = loaded.report
    _require(report, "rejection")
    now = utcnow()
    report.status = ReportStatus.not_registered
    report.rejection = {"reasons": body.reasons, "note": body.note, "at": now.isoformat()}
    closed = await close_deadlines(
        session, report, ("report.initial_review", "report.completion"), at=now
    )
    await append_event(
        session,
        report,
        principal.subject,
        "not_registered",
        {"reasons": body.reasons, "note": body.note, "closed": closed},
    )


async def withdraw(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: WithdrawalIn
) -> None:
    report = loaded.report
    _require(report, "withdrawal")  # after registration a withdrawal does not stop handling
    now = utcnow()
    report.status = ReportStatus.withdrawn
    closed = await close_deadlines(
        session,
        report,
        ("report.initial_review", "report.completion"),
        at=now,
        status=DeadlineStatus.waived,
    )
    await append_event(
        session, report, principal.subject, "withdrawn", {"reason": body.reason, "closed": closed}
    )


async def extend(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: ExtensionIn
) -> None:
    report = loaded.report
    _require(report, "extension")
    if report.decision_extended:
        raise InvalidTransition(
            Text("Tenggat sudah diperpanjang.", "The deadline was already extended.")
        )
    rs = rules.ruleset(report.regime, report.ruleset_version)
    if not rules.has_rule(rs, "case.decision_extended"):
        raise RuleNotApplicable(
            Text("Tidak ada perpanjangan dalam aturan ini.", "This ruleset has no extension.")
        )
    assert report.registered_at is not None
    now = utcnow()
    closed = await close_deadlines(
        session, report, ("case.decision",), at=now, status=DeadlineStatus.waived
    )
    # "14 in total" / "5 in total": counted from the same trigger, the registration.
    await open_deadline(session, loaded, "case.decision_extended", report.registered_at)
    report.decision_extended = True
    await append_event(
        session,
        report,
        principal.subject,
        "decision_extended",
        {"reason": body.reason, "closed": closed},
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
    closed = await close_deadlines(
        session,
        report,
        ("case.decision", "case.decision_extended", "admin.decision", "tsm.decision"),
        at=now,
    )
    if report.outcome_category is ViolationCategory.crime:
        # UU 7/2017 Art. 476 / UU 1/2015 Art. 135(2): forward to the police within 24 hours.
        await open_deadline(session, loaded, "crime.forward_to_police", now)
    await append_event(
        session,
        report,
        principal.subject,
        "decided",
        {"outcome": body.outcome.value, "category": body.category, "closed": closed},
    )
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
    closed: list[str] = []
    if body.to == "police":
        closed = await close_deadlines(session, report, ("crime.forward_to_police",), at=sent)
        if body.received_at is not None:
            await open_deadline(session, loaded, "crime.investigation", body.received_at)
    elif body.to == "kpu" and report.outcome_category is ViolationCategory.administrative:
        # Pemilu: from the decision's reading; Pemilihan: from receipt by KPU (rules-spec §3).
        trigger = (
            body.received_at
            if report.regime == "pemilihan"
            else (datetime.fromisoformat(report.decision["at"]) if report.decision else sent)
        )
        if trigger is not None:
            await open_deadline(session, loaded, "admin.kpu_followup", trigger)
    await append_event(session, report, principal.subject, "forwarded", {**entry, "closed": closed})
    await kpu_forwardings.track(session, loaded, entry)
    await outbox.emit(session, "report.forwarded", report, {"forwarding": entry})


async def announce(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: AnnouncementIn
) -> None:
    report = loaded.report
    _require(report, "announcement")
    now = utcnow()
    report.announcement = {"notice": body.notice, "status": report.status.value}
    report.announced_at = now
    await append_event(session, report, principal.subject, "announced", {"notice": body.notice})
    await outbox.emit(session, "report.announced", report, {"notice": body.notice})


async def transfer(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: TransferIn
) -> None:
    report = loaded.report
    _require(report, "transfer")
    target = await office_by_code(session, body.office)
    # Delegation goes down the caller's subtree; a take-over by a higher office is done by
    # its own staff, whose subtree contains the case's office.
    if not principal.sees(target.path):
        raise OutsideJurisdiction(
            Text(
                "Kantor {code} di luar wilayah Anda.", "Office {code} is outside your jurisdiction."
            ),
            code=body.office,
        )
    old = loaded.office.code
    report.office_id, report.office_path, report.province_code = (
        target.id,
        target.path,
        target.province_code,
    )
    rows = (
        await session.execute(select(Deadline).where(Deadline.report_id == report.id))
    ).scalars()
    for row in rows:  # clocks keep running; they follow the case into the new office's views
        row.office_path = target.path
    await append_event(
        session,
        report,
        principal.subject,
        "transferred",
        {"from": old, "to": target.code, "reason": body.reason},
    )


# ---------------------------------------------------------------- listing


@dataclass(frozen=True, slots=True)
class ReportFilter:
    election: str | None = None
    office: str | None = None
    kind: ReportKind | None = None
    status: ReportStatus | None = None
    outcome_category: ViolationCategory | None = None
    received_from: datetime | None = None
    received_to: datetime | None = None
    overdue: bool | None = None
    q: str | None = None


def keyset_after(
    columns: tuple[Any, Any], cursor: str | None, *, descending: bool
) -> ColumnElement[bool] | None:
    """The condition for rows after ``cursor`` in (time, id) order, as one row comparison,
    so that PostgreSQL starts the index scan at the cursor: page 10,000 costs what page 1
    does."""
    if not cursor:
        return None
    at_raw, id_raw = decode_cursor(cursor, size=2)
    try:
        key = tuple_(literal(datetime.fromisoformat(at_raw)), literal(uuid.UUID(id_raw)))
    except ValueError as exc:
        raise invalid_cursor() from exc
    pair = tuple_(*columns)
    return pair < key if descending else pair > key


# ---------------------------------------------------------------- privacy


async def record_access(
    session: AsyncSession, principal: Principal, report: Report, action: str, reason: str = ""
) -> None:
    """Remember who touched a case. Reads are recorded for sensitive cases only."""
    if action == "read" and not report.sensitive:
        return
    session.add(
        CaseAccess(report_id=report.id, subject=principal.subject, action=action, reason=reason)
    )
    await session.flush()


async def reveal(
    session: AsyncSession, principal: Principal, loaded: Loaded, reason: str
) -> ReportIdentity:
    """The unmasked personal data, with the reason on the access log and the timeline."""
    await record_access(session, principal, loaded.report, "reveal", reason)
    await append_event(
        session, loaded.report, principal.subject, "personal_data_revealed", {"reason": reason}
    )
    if loaded.identity is None:
        raise ReportNotFound(
            Text("Laporan ini tidak memiliki data pelapor.", "This case has no reporter data.")
        )
    return loaded.identity


async def set_sensitivity(
    session: AsyncSession, principal: Principal, loaded: Loaded, sensitive: bool, reason: str
) -> None:
    loaded.report.sensitive = sensitive
    await append_event(
        session,
        loaded.report,
        principal.subject,
        "sensitivity_changed",
        {"sensitive": sensitive, "reason": reason},
    )


async def access_log(session: AsyncSession, report_id: uuid.UUID) -> list[CaseAccess]:
    return list(
        (
            await session.execute(
                select(CaseAccess)
                .where(CaseAccess.report_id == report_id)
                .order_by(CaseAccess.at, CaseAccess.id)
            )
        ).scalars()
    )


async def by_receipt(session: AsyncSession, code: str) -> Loaded | None:
    """The report a receipt code belongs to, or None."""
    row = (
        await session.execute(
            select(Report, Office, Election)
            .join(Office, Office.id == Report.office_id)
            .join(Election, Election.id == Report.election_id)
            .where(Report.receipt_hash == receipts.digest(code))
        )
    ).one_or_none()
    if row is None:
        return None
    report, office, election = row
    return Loaded(report, None, office, election)
