"""Administrative violation hearings of a case (Perbawaslu 8/2022;
docs/legal/procedure.md §1.4; docs/procedure.md, "Administrative hearings").

Each step loads and locks the case in the caller's jurisdiction (:func:`for_step`), checks
the lifecycle (``bawaslu_rules.can``) and that the case is heard under Perbawaslu 8/2022
(``bawaslu_rules.hearings.is_hearing_case``), records the step, appends one event to the
case's hash-chained timeline (``occurred_at``: when the panel was formed or the session
held) and queues a webhook event, in the request's transaction.

Every session runs inside the case's decision clock (``admin.decision``, 14 working days
from registration, UU 7/2017 Art. 461), which keeps running: a session after its due time
is recorded and marked ``late``. The final decision read in a session is followed by the
case's decision (``POST /v1/reports/{id}/decision``, category ``administrative``, its
``occurred_at`` the reading), which closes that clock; the forwarding to KPU then starts
``admin.kpu_followup`` from the decision (UU 7/2017 Art. 462), as the case workflow does.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases import repository as cases
from bawaslu_api.cases.dates import check_occurred_at
from bawaslu_api.cases.models import Report
from bawaslu_api.cases.repository import Loaded
from bawaslu_api.clock import utcnow
from bawaslu_api.deadlines import clocks
from bawaslu_api.deadlines.models import Deadline
from bawaslu_api.errors import FieldError
from bawaslu_api.hearings import repository
from bawaslu_api.hearings.errors import (
    AgendaOutOfOrder,
    HearingInputInvalid,
    NoPanel,
    NotAHearingCase,
)
from bawaslu_api.hearings.models import HearingPanel, HearingSession
from bawaslu_api.hearings.schemas import (
    ClockOut,
    FinalOut,
    HearingAttendance,
    HearingOut,
    HearingSessionIn,
    HearingSessionOut,
    Official,
    PanelIn,
    PanelOut,
    PreliminaryOut,
)
from bawaslu_api.i18n import Text
from bawaslu_api.security.principals import Principal
from bawaslu_api.timeline.service import append_event, occurred_iso
from bawaslu_api.webhooks import outbox
from bawaslu_rules import decision_rule
from bawaslu_rules.hearings import (
    AGENDA_CODES,
    AGENDAS,
    HEARINGS_APPLY,
    PANEL_BASIS,
    PANEL_CONFIDENCE,
    PRELIMINARY_GROUNDS,
    agenda_refusal,
    is_hearing_case,
)

TIMETABLE = (
    "No timetable for the intermediate sessions was found (docs/legal/procedure.md §1.4): "
    "none is applied. Every session runs inside the decision clock (admin.decision, 14 "
    "working days from registration, UU 7/2017 Art. 461); KPU follows up within 3 working "
    "days of the decision's reading (admin.kpu_followup, UU 7/2017 Art. 462), started by "
    "the case's decision and forwarding to KPU."
)
TITLES = {a.code: a.title for a in AGENDAS}

# ---------------------------------------------------------------- loading and checks


async def for_step(
    session: AsyncSession, report_id: uuid.UUID, principal: Principal, if_match: str | None
) -> Loaded:
    """The case, locked for this transaction, if the caller's ``If-Match`` is current."""
    loaded = await cases.load(session, report_id, principal, for_update=True)
    cases.check_version(loaded.report, if_match)
    return loaded


def _require(report: Report, action: str) -> None:
    """409 unless the case is heard under Perbawaslu 8/2022 and its status allows it."""
    if not is_hearing_case(report.regime, report.violation_type):
        raise NotAHearingCase(
            Text(
                "Rezim {regime}, jenis pelanggaran {type}: sidang pemeriksaan hanya untuk "
                "pelanggaran administratif pemilu ({basis}).",
                "Regime {regime}, violation type {type}: hearings are for administrative "
                "violations of a pemilu only ({basis}).",
            ),
            regime=report.regime,
            type=report.violation_type,
            basis=HEARINGS_APPLY,
        )
    cases.require(report, action)


def _field(loc: str, code: str, message: Text, **params: object) -> FieldError:
    return FieldError((loc,), code, message, params)


async def _evidence_problem(
    session: AsyncSession, report: Report, loc: str, evidence_id: uuid.UUID | None
) -> FieldError | None:
    if evidence_id is None or await repository.evidence_case(session, evidence_id) == report.id:
        return None
    return _field(
        loc,
        "unknown_evidence",
        Text(
            "Barang bukti {id} bukan bagian dari laporan ini.",
            "Evidence item {id} is not part of this case.",
        ),
        id=str(evidence_id),
    )


async def _decision_clock(session: AsyncSession, report: Report) -> Deadline | None:
    """The case's decision clock row (admin.decision for a pemilu administrative case)."""
    rs = await clocks.case_ruleset(session, report)
    rule = decision_rule(rs, tsm=report.tsm, violation_type=report.violation_type)
    rows = [d for d in await clocks.deadlines_of(session, report.id) if d.rule_id == rule]
    return rows[-1] if rows else None


# ---------------------------------------------------------------- the panel


async def form_panel(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: PanelIn
) -> HearingPanel:
    """The examining panel (Perbawaslu 8/2022 Art. 13-15); a second call recomposes it
    (the timeline keeps both)."""
    report = loaded.report
    _require(report, "hearing_panel")
    now = utcnow()
    formed = body.formed_at or now
    after = ("registered", report.registered_at) if report.registered_at else None
    check_occurred_at(formed, now=utcnow(), previous=after, field="formed_at")
    row = await repository.panel(session, report.id)
    before = None
    if row is None:
        row = HearingPanel(report_id=report.id)
        session.add(row)
    else:
        before = {"chair": row.chair, "members": row.members}
    row.chair = body.chair.model_dump()
    row.members = [m.model_dump() for m in body.members]
    row.secretary = body.secretary.model_dump()
    row.clerk = body.clerk.model_dump()
    row.assistants = [a.model_dump() for a in body.assistants]
    row.formed_at = formed.astimezone(UTC)
    row.recorded_by = principal.subject
    cases.touch(report, now)
    await session.flush()
    await append_event(
        session,
        report.id,
        principal.subject,
        "hearing_panel_formed",
        {
            "chair": row.chair,
            "members": row.members,
            "secretary": row.secretary,
            "clerk": row.clerk,
            "assistants": row.assistants,
            "replaces": before,
            "occurred_at": occurred_iso(formed),
        },
    )
    await outbox.emit(
        session,
        "hearing.panel_formed",
        report,
        {"panel": {"formed_at": formed, "members": len(row.members) + 1}},
    )
    return row


# ---------------------------------------------------------------- sessions


async def record_session(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: HearingSessionIn
) -> HearingSession:
    """A session by agenda, in order (``bawaslu_rules.hearings.agenda_refusal``), with its
    minutes; adjourned when a party is absent and policy
    ``hearings.adjourn_when_party_absent`` says so."""
    report = loaded.report
    _require(report, "hearing_session")
    panel = await repository.panel(session, report.id)
    if panel is None:
        raise NoPanel(
            Text(
                "Bentuk majelis pemeriksa lebih dulu (Perbawaslu 8/2022 Pasal 13-15).",
                "Form the examining panel first (Perbawaslu 8/2022 Art. 13-15).",
            )
        )
    previous = await repository.sessions(session, report.id)
    held = [s.agenda for s in previous if not s.adjourned]
    admitted = _admitted(previous)
    refusal = agenda_refusal(body.agenda, held=held, admitted=admitted)
    if refusal is not None:
        raise AgendaOutOfOrder(
            Text("Sidang {agenda} ditolak: {why}.", "Session {agenda} refused: {why}."),
            agenda=body.agenda,
            why=refusal,
        )
    rs = await clocks.case_ruleset(session, report)
    absent = [p for p, present in body.attendance.model_dump().items() if not present]
    adjourn = bool(absent) and rs.policies.hearing_adjourn_when_party_absent
    problems = await _session_problems(session, report, body, adjourn)
    if problems:
        raise HearingInputInvalid(fields=problems)
    after: tuple[str, datetime] = ("panel formed", panel.formed_at)
    if previous and previous[-1].held_at > after[1]:
        after = (f"session {previous[-1].number}", previous[-1].held_at)
    check_occurred_at(body.held_at, now=utcnow(), previous=after, field="held_at")
    clock = await _decision_clock(session, report)
    late = clock is not None and body.held_at > clock.due_at
    preliminary = None
    if body.preliminary is not None and not adjourn:
        grounds = {g: bool(body.preliminary.grounds[g]) for g in PRELIMINARY_GROUNDS}
        preliminary = {
            "grounds": grounds,
            "admitted": all(grounds.values()),
            "reasons": body.preliminary.reasons,
        }
    final = None
    if body.final is not None and not adjourn:
        final = body.final.model_dump()
    adjournment = ""
    if adjourn:
        adjournment = (
            f"adjourned: {', '.join(absent)} absent (policy hearings.adjourn_when_party_absent "
            "is true; docs/legal/procedure.md §1.4, MED)"
        )
    row = HearingSession(
        report_id=report.id,
        number=len(previous) + 1,
        agenda=body.agenda,
        held_at=body.held_at.astimezone(UTC),
        place=body.place,
        public=body.public,
        reporter_present=body.attendance.reporter,
        reported_present=body.attendance.reported,
        witnesses_heard=body.witnesses_heard,
        experts_heard=body.experts_heard,
        adjourned=adjourn,
        adjournment=adjournment,
        minutes=body.minutes,
        minutes_evidence_id=body.minutes_evidence_id,
        transcript=body.transcript,
        transcript_evidence_id=body.transcript_evidence_id,
        preliminary=preliminary,
        final=final,
        late=late,
        recorded_by=principal.subject,
    )
    session.add(row)
    cases.touch(report, utcnow())
    await session.flush()
    summary: dict[str, Any] = {
        "number": row.number,
        "agenda": row.agenda,
        "adjourned": row.adjourned,
        "late": row.late,
        "public": row.public,
        "attendance": body.attendance.model_dump(),
        "witnesses_heard": row.witnesses_heard,
        "experts_heard": row.experts_heard,
        "preliminary": None if preliminary is None else {"admitted": preliminary["admitted"]},
        "final": None if final is None else {"proven": final["proven"], "orders": final["orders"]},
    }
    await append_event(
        session,
        report.id,
        principal.subject,
        "hearing_session_adjourned" if adjourn else "hearing_session_held",
        {
            **summary,
            "session_id": str(row.id),
            "adjournment": adjournment,
            "minutes_evidence_id": _str(row.minutes_evidence_id),
            "transcript_evidence_id": _str(row.transcript_evidence_id),
            "occurred_at": occurred_iso(row.held_at),
        },
    )
    await outbox.emit(
        session,
        "hearing.session_recorded",
        report,
        {"session": {**summary, "held_at": row.held_at}},
    )
    return row


def _str(value: uuid.UUID | None) -> str | None:
    return None if value is None else str(value)


def _admitted(sessions: list[HearingSession]) -> bool | None:
    for s in sessions:
        if s.preliminary is not None:
            return bool(s.preliminary["admitted"])
    return None


async def _session_problems(
    session: AsyncSession, report: Report, body: HearingSessionIn, adjourn: bool
) -> list[FieldError]:
    problems: list[FieldError] = []
    if not body.minutes.strip() and body.minutes_evidence_id is None:
        problems.append(
            _field(
                "minutes",
                "minutes_required",
                Text(
                    "Berita acara setiap sidang (ADM.BA-SP) wajib: teks atau barang bukti "
                    "(Perbawaslu 8/2022 Pasal 14).",
                    "Every session has its minutes (ADM.BA-SP): text or an evidence item "
                    "(Perbawaslu 8/2022 Art. 14).",
                ),
            )
        )
    for loc, evidence_id in (
        ("minutes_evidence_id", body.minutes_evidence_id),
        ("transcript_evidence_id", body.transcript_evidence_id),
    ):
        problem = await _evidence_problem(session, report, loc, evidence_id)
        if problem is not None:
            problems.append(problem)
    if body.agenda == "preliminary_decision" and not adjourn:
        if body.preliminary is None:
            problems.append(
                _field(
                    "preliminary",
                    "preliminary_required",
                    Text(
                        "Putusan pendahuluan menguji: {grounds}.",
                        "The preliminary decision tests: {grounds}.",
                    ),
                    grounds=", ".join(PRELIMINARY_GROUNDS),
                )
            )
        elif set(body.preliminary.grounds) != set(PRELIMINARY_GROUNDS):
            missing = [g for g in PRELIMINARY_GROUNDS if g not in body.preliminary.grounds]
            problems.append(
                _field(
                    "preliminary.grounds",
                    "ground_missing",
                    Text("Belum diuji: {missing}.", "Not tested: {missing}."),
                    missing=", ".join(missing),
                )
            )
    elif body.preliminary is not None and body.agenda != "preliminary_decision":
        problems.append(
            _field(
                "preliminary",
                "not_this_agenda",
                Text(
                    "Putusan pendahuluan hanya pada agenda preliminary_decision.",
                    "A preliminary decision belongs to the agenda preliminary_decision.",
                ),
            )
        )
    if body.agenda == "final_decision" and not adjourn:
        if body.final is None:
            problems.append(
                _field(
                    "final",
                    "final_required",
                    Text("Isi putusan wajib diisi.", "The final decision is required."),
                )
            )
        else:
            if body.final.proven and not body.final.orders:
                problems.append(
                    _field(
                        "final.orders",
                        "orders_required",
                        Text(
                            "Putusan terbukti memuat perintah atau sanksi.",
                            "A decision finding the violation proven states what it orders.",
                        ),
                    )
                )
            if not body.final.proven and body.final.orders:
                problems.append(
                    _field(
                        "final.orders",
                        "orders_without_violation",
                        Text(
                            "Putusan tidak terbukti tidak memuat perintah.",
                            "A decision finding no violation orders nothing.",
                        ),
                    )
                )
        if not body.public:
            problems.append(
                _field(
                    "public",
                    "decision_read_in_public",
                    Text(
                        "Putusan dibacakan dalam sidang terbuka untuk umum.",
                        "The final decision is read in a session open to the public.",
                    ),
                )
            )
    elif body.final is not None and body.agenda != "final_decision":
        problems.append(
            _field(
                "final",
                "not_this_agenda",
                Text(
                    "Putusan akhir hanya pada agenda final_decision.",
                    "A final decision belongs to the agenda final_decision.",
                ),
            )
        )
    if (
        body.agenda == "witnesses_experts"
        and not adjourn
        and body.witnesses_heard + body.experts_heard == 0
    ):
        problems.append(
            _field(
                "witnesses_heard",
                "nobody_heard",
                Text(
                    "Sidang keterangan saksi dan ahli mendengar sedikitnya satu orang.",
                    "A witnesses and experts session hears at least one person.",
                ),
            )
        )
    return problems


# ---------------------------------------------------------------- reading


def session_out(row: HearingSession) -> HearingSessionOut:
    return HearingSessionOut(
        id=row.id,
        number=row.number,
        agenda=row.agenda,
        title=TITLES[row.agenda],
        held_at=row.held_at.astimezone(UTC),
        place=row.place,
        public=row.public,
        attendance=HearingAttendance(reporter=row.reporter_present, reported=row.reported_present),
        witnesses_heard=row.witnesses_heard,
        experts_heard=row.experts_heard,
        adjourned=row.adjourned,
        adjournment=row.adjournment,
        minutes=row.minutes,
        minutes_evidence_id=row.minutes_evidence_id,
        transcript=row.transcript,
        transcript_evidence_id=row.transcript_evidence_id,
        preliminary=None if row.preliminary is None else PreliminaryOut(**row.preliminary),
        final=None if row.final is None else FinalOut(**row.final),
        late=row.late,
        recorded_by=row.recorded_by,
        recorded_at=row.recorded_at,
    )


async def record_of(session: AsyncSession, loaded: Loaded) -> HearingOut:
    """The case's hearing record (the caller loaded the case in its jurisdiction)."""
    report = loaded.report
    panel = await repository.panel(session, report.id)
    rows = await repository.sessions(session, report.id)
    held = [s.agenda for s in rows if not s.adjourned]
    admitted = _admitted(rows)
    applies = is_hearing_case(report.regime, report.violation_type)
    next_agendas = (
        [a for a in AGENDA_CODES if agenda_refusal(a, held=held, admitted=admitted) is None]
        if applies
        else []
    )
    rs = await clocks.case_ruleset(session, report)
    clock = await _decision_clock(session, report) if applies else None
    return HearingOut(
        report_id=report.id,
        applies=applies,
        applies_basis=HEARINGS_APPLY,
        adjourn_when_party_absent=rs.policies.hearing_adjourn_when_party_absent,
        panel=None
        if panel is None
        else PanelOut(
            chair=Official(**panel.chair),
            members=[Official(**m) for m in panel.members],
            secretary=Official(**panel.secretary),
            clerk=Official(**panel.clerk),
            assistants=[Official(**a) for a in panel.assistants],
            formed_at=panel.formed_at.astimezone(UTC),
            recorded_by=panel.recorded_by,
            basis=PANEL_BASIS,
            confidence=PANEL_CONFIDENCE.value,
        ),
        sessions=[session_out(s) for s in rows],
        admitted=admitted,
        next_agendas=next_agendas,
        decision_clock=None
        if clock is None
        else ClockOut(
            rule=clock.rule_id, due_at=clock.due_at.astimezone(UTC), status=clock.status.value
        ),
        timetable=TIMETABLE,
    )
