"""Clarification (klarifikasi) of a registered case (Perbawaslu 7/2022 Art. 28-30;
docs/legal/procedure.md §1.1 rows 1-6, §1.2 for Pilkada).

- **Schedule** a session for one or more persons (the reporter, a reported party, a
  witness, an expert: Art. 28(1)), face to face or online only on a ground of the
  regulation's list and with a recording (Art. 28(2)-(3), 29(4)). Each invitee gets an
  invitation (Form B.9) with its channel (Art. 29(2)) and attempt number: after a no-show
  the office may invite again (Art. 29(5)); how many missed invitations let the analysis
  proceed without the person is the named policy
  ``clarification.invitations_before_proceeding`` (LOW).
- **The invitation's receipt**: it reaches the person at least 1 Hari before the session
  (Art. 29(1)-(4); calendar or working day: policy ``clarification.invitation_day``). A
  schedule whose invitations cannot arrive in time, and a receipt after that, are refused
  (422 ``invitation_lead_time``).
- **The outcome** per person: attended or absent, oath taken or refused (Form B.10, experts
  B.11; only a person present can be sworn), the minutes (Form B.12: questions and answers,
  read back, signed) and the signed scan as an evidence item of the case (Art. 30).

Only a registered case is clarified (``bawaslu_rules`` lifecycle action
``clarification``), and only inside its decision clock, which keeps running: a session
after the decision is due is refused (422 ``outside_decision_clock``); every session shows
the clock's ``due_at``. Each step is one event on the case's timeline (without personal
data nor the minutes' content) and one webhook event.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases import repository as cases
from bawaslu_api.cases.dates import check_occurred_at, iso, raise_impossible
from bawaslu_api.cases.errors import UnknownReference
from bawaslu_api.cases.repository import Loaded
from bawaslu_api.clarifications import repository
from bawaslu_api.clarifications.errors import (
    ClarificationConflict,
    InvalidOutcome,
    InvitationLeadTime,
    OnlineNotAllowed,
    OutsideDecisionClock,
)
from bawaslu_api.clarifications.models import (
    Attendance,
    ClarificationInvitee,
    ClarificationSession,
    InviteeRole,
    SessionStatus,
)
from bawaslu_api.clarifications.presenters import (
    Context,
    context,
    histories,
    missed_before,
    people_of,
)
from bawaslu_api.clarifications.schemas import (
    CancellationIn,
    ClarificationSessionIn,
    InviteeIn,
    OutcomeIn,
    ReceiptIn,
)
from bawaslu_api.clock import skew, utcnow
from bawaslu_api.db.base import uuid7
from bawaslu_api.errors import DomainError, FieldError
from bawaslu_api.i18n import Text
from bawaslu_api.persons.models import CasePerson
from bawaslu_api.persons.service import touch
from bawaslu_api.security.principals import Principal
from bawaslu_api.timeline.service import append_event, occurred_iso
from bawaslu_api.webhooks import outbox
from bawaslu_api.webhooks.models import EventType
from bawaslu_rules import clarification_rules, invitation_unit

ACTION = "clarification"
"""The lifecycle action (``bawaslu_rules.TRANSITIONS``): registered cases only."""

ARTICLE = "Perbawaslu 7/2022 Art. 29(1)-(4)"


def _refuse(
    cls: type[DomainError], errors: list[FieldError], summary: Text, **params: object
) -> None:
    """``cls`` naming ``errors`` (one: its message is the detail)."""
    if len(errors) == 1:
        (only,) = errors
        raise cls(only.message, fields=errors, **only.params)
    if errors:
        raise cls(summary, fields=errors, **params)


# ---------------------------------------------------------------- who is invited


def _subject_of(invitee: InviteeIn) -> str:
    if invitee.role is InviteeRole.reporter:
        return "reporter"
    if invitee.role is InviteeRole.reported_party:
        return f"reported_party:{invitee.party}"
    return f"person:{invitee.person}"


def _check_references(
    loaded: Loaded, invitees: Sequence[InviteeIn], people: dict[uuid.UUID, CasePerson]
) -> None:
    """422 ``unknown_reference`` naming every invitee the case does not have (or twice)."""
    errors: list[FieldError] = []
    seen: set[str] = set()
    identity = loaded.identity
    for i, invitee in enumerate(invitees):
        loc: tuple[str | int, ...] = ("invitees", i)
        if invitee.role is InviteeRole.reporter:
            if identity is None or not identity.reporter_category:
                errors.append(
                    FieldError(
                        (*loc, "role"),
                        "no_reporter",
                        Text("Kasus ini tidak memiliki pelapor.", "This case has no reporter."),
                    )
                )
        elif invitee.role is InviteeRole.reported_party:
            assert invitee.party is not None
            if invitee.party >= len(loaded.report.reported_parties):
                errors.append(
                    FieldError(
                        (*loc, "party"),
                        "unknown_party",
                        Text("Tidak ada terlapor nomor {party}.", "No reported party {party}."),
                        {"party": invitee.party},
                    )
                )
        else:
            assert invitee.person is not None
            person = people.get(invitee.person)
            if person is None or person.role.value != invitee.role.value:
                errors.append(
                    FieldError(
                        (*loc, "person"),
                        "unknown_person",
                        Text(
                            "Tidak ada {role} {person} pada laporan ini.",
                            "No {role} {person} in this case.",
                        ),
                        {"role": invitee.role.value, "person": invitee.person},
                    )
                )
        subject = _subject_of(invitee)
        if subject in seen:
            errors.append(
                FieldError(
                    loc,
                    "invited_twice",
                    Text("Orang ini diundang dua kali.", "This person is invited twice."),
                )
            )
        seen.add(subject)
    _refuse(
        UnknownReference,
        errors,
        Text("Undangan tidak dikenal: {n}.", "Unknown invitees: {n}."),
        n=len(errors),
    )


# ---------------------------------------------------------------- scheduling


def _lead_error(
    ctx: Context, loc: tuple[str | int, ...], code: str, moment: datetime, scheduled_at: datetime
) -> FieldError:
    messages = {
        "invitation_too_late": Text(
            "Undangan yang dikirim {moment} tidak dapat diterima paling lambat {latest}, "
            "{lead} hari ({unit}) sebelum klarifikasi {session_at} ({article}).",
            "An invitation sent at {moment} cannot reach the person by {latest}, {lead} Hari "
            "({unit}) before the session at {session_at} ({article}).",
        ),
        "received_too_late": Text(
            "Undangan diterima {moment}, sesudah {latest}: kurang dari {lead} hari ({unit}) "
            "sebelum klarifikasi {session_at} ({article}). Jadwalkan ulang klarifikasi.",
            "The invitation was received at {moment}, after {latest}: less than {lead} Hari "
            "({unit}) before the session at {session_at} ({article}). Reschedule the session.",
        ),
        "received_after_session": Text(
            "Undangan diterima {moment}, sesudah klarifikasi {session_at} ({article}).",
            "The invitation was received at {moment}, after the session at {session_at} "
            "({article}).",
        ),
    }
    return FieldError(
        loc,
        code,
        messages[code],
        {
            "moment": iso(moment),
            "latest": ctx.latest_receipt(scheduled_at),
            "lead": ctx.rules.invitation_lead_days,
            "unit": invitation_unit(ctx.ruleset).value,
            "session_at": iso(scheduled_at),
            "article": ARTICLE,
        },
    )


def _check_mode(body: ClarificationSessionIn) -> None:
    if body.online is not None and not body.online.recorded:
        raise OnlineNotAllowed(
            Text(
                "Klarifikasi daring direkam secara audio-visual dan undangannya "
                "memberitahukannya (Perbawaslu 7/2022 Pasal 29 ayat (4)).",
                "An online clarification is recorded audio-visually and its invitation says "
                "so (Perbawaslu 7/2022 Art. 29(4)).",
            ),
            fields=[
                FieldError(
                    ("online", "recorded"),
                    "recording_required",
                    Text("Rekaman wajib.", "A recording is required."),
                )
            ],
        )


async def schedule(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: ClarificationSessionIn
) -> ClarificationSession:
    report = loaded.report
    cases.require(report, ACTION)
    assert report.registered_at is not None
    now = utcnow()
    registered = ("registered", report.registered_at)
    if body.occurred_at is not None:
        check_occurred_at(body.occurred_at, now=now, previous=registered)
    at = body.occurred_at or now
    if body.scheduled_at < at - skew():
        raise_impossible(
            [
                FieldError(
                    ("scheduled_at",),
                    "session_in_past",
                    Text(
                        "Klarifikasi {value} sudah lewat saat dijadwalkan ({at}).",
                        "The session at {value} is in the past when scheduled ({at}).",
                    ),
                    {"value": iso(body.scheduled_at), "at": iso(at)},
                )
            ]
        )
    _check_mode(body)
    ctx = await context(session, loaded)
    if ctx.decision is not None and body.scheduled_at > ctx.decision.due_at:
        raise OutsideDecisionClock(
            Text(
                "Klarifikasi {value} sesudah tenggat {rule} ({due_at}); tenggat tetap berjalan "
                "selama klarifikasi. Perpanjang tenggat bila perlu (UU 7/2017 Pasal 454 ayat "
                "(7)-(8)).",
                "The session at {value} is after {rule} is due ({due_at}); the decision clock "
                "keeps running during clarification. Extend it where the law allows (UU 7/2017 "
                "Art. 454(7)-(8); UU 1/2015 Art. 134).",
            ),
            fields=[
                FieldError(
                    ("scheduled_at",),
                    "after_decision_due",
                    Text("Sesudah tenggat putusan.", "After the decision is due."),
                )
            ],
            value=iso(body.scheduled_at),
            rule=ctx.decision.rule_id,
            due_at=iso(ctx.decision.due_at),
        )
    people = await people_of(session, report.id)
    _check_references(loaded, body.invitees, people)
    rows = await repository.invitees_of_case(session, report.id)
    by_subject = histories(rows)
    status_of = {of.id: of.status for _, of in rows}
    latest = ctx.latest_receipt(body.scheduled_at)
    late: list[FieldError] = []
    plans: list[tuple[InviteeIn, str, int, datetime]] = []
    for i, invitee in enumerate(body.invitees):
        subject = _subject_of(invitee)
        history = by_subject.get(subject, [])
        pending = [
            h
            for h in history
            if h.attendance is None and status_of[h.session_id] is SessionStatus.scheduled
        ]
        if pending:
            raise ClarificationConflict(
                Text(
                    "Undangan {i} ({subject}) sudah diundang ke sesi {session} yang belum "
                    "dilaksanakan.",
                    "Invitee {i} ({subject}) is already invited to session {session}, not yet "
                    "held.",
                ),
                i=i,
                subject=subject,
                session=pending[0].session_id,
            )
        sent = invitee.sent_at or at
        loc: tuple[str | int, ...] = ("invitees", i, "sent_at")
        if invitee.sent_at is not None:
            check_occurred_at(invitee.sent_at, now=now, previous=registered, field=loc)
        if ctx.local_date(sent) > latest:
            where = loc if invitee.sent_at is not None else ("scheduled_at",)
            late.append(_lead_error(ctx, where, "invitation_too_late", sent, body.scheduled_at))
        plans.append((invitee, subject, missed_before(history) + 1, sent))
    _refuse(
        InvitationLeadTime,
        late,
        Text(
            "{n} undangan tidak dapat diterima paling lambat {latest} ({article}).",
            "{n} invitations cannot arrive by {latest} ({article}).",
        ),
        n=len(late),
        latest=latest,
        article=ARTICLE,
    )
    sess = ClarificationSession(
        id=uuid7(),
        report_id=report.id,
        scheduled_at=body.scheduled_at.astimezone(UTC),
        mode=body.mode,
        place=body.place,
        online_ground=body.online.ground if body.online is not None else None,
        online_justification=body.online.justification if body.online is not None else "",
        recorded=body.online.recorded if body.online is not None else False,
        status=SessionStatus.scheduled,
        held_at=None,
        scheduled_by=principal.subject,
        cancelled_at=None,
        cancel_reason="",
    )
    session.add(sess)
    await session.flush()  # before its invitees (no ORM relationship orders them)
    created: list[ClarificationInvitee] = []
    for invitee, subject, attempt, sent in plans:
        row = ClarificationInvitee(
            id=uuid7(),
            session_id=sess.id,
            report_id=report.id,
            role=invitee.role,
            person_id=invitee.person,
            party_index=invitee.party,
            subject=subject,
            attempt_no=attempt,
            channel=invitee.channel,
            sent_at=sent.astimezone(UTC),
        )
        session.add(row)
        created.append(row)
    await session.flush()
    await touch(session, report)
    summary = {
        "id": str(sess.id),
        "scheduled_at": iso(sess.scheduled_at),
        "mode": sess.mode.value,
        "online_ground": sess.online_ground.value if sess.online_ground else None,
        "invitees": [
            {
                "id": str(r.id),
                "role": r.role.value,
                "subject": r.subject,
                "attempt_no": r.attempt_no,
                "channel": r.channel.value,
                "sent_at": iso(r.sent_at),
            }
            for r in created
        ],
    }
    due = iso(ctx.decision.due_at) if ctx.decision is not None else None
    changes: dict[str, Any] = {
        "clarification": summary,
        "latest_receipt_on": latest.isoformat(),
        "decision_due_at": due,
    }
    if body.occurred_at is not None:
        changes["occurred_at"] = occurred_iso(body.occurred_at)
    await append_event(session, report.id, principal.subject, "clarification_scheduled", changes)
    await outbox.emit(
        session,
        EventType.clarification_scheduled,
        report,
        {"clarification": summary, "decision_due_at": due},
    )
    return sess


# ---------------------------------------------------------------- receipt


def _not_cancelled(sess: ClarificationSession) -> None:
    if sess.status is SessionStatus.cancelled:
        raise ClarificationConflict(
            Text(
                "Sesi {id} dibatalkan ({reason}).",
                "Session {id} was cancelled ({reason}).",
            ),
            id=sess.id,
            reason=sess.cancel_reason,
        )


def _invitee_of(rows: Sequence[tuple[ClarificationInvitee, ClarificationSession]],
                sess: ClarificationSession, invitee_id: uuid.UUID, loc: tuple[str | int, ...]
                ) -> ClarificationInvitee:  # fmt: skip
    for invitee, of in rows:
        if of.id == sess.id and invitee.id == invitee_id:
            return invitee
    raise UnknownReference(
        Text("Tidak ada undangan {id} pada sesi ini.", "No invitee {id} in this session."),
        fields=[
            FieldError(loc, "unknown_invitee", Text("Undangan tidak dikenal.", "Unknown invitee."))
        ],
        id=invitee_id,
    )


async def _check_evidence(
    session: AsyncSession,
    report_id: uuid.UUID,
    given: Sequence[tuple[tuple[str | int, ...], uuid.UUID]],
) -> None:
    missing = await repository.missing_evidence(session, report_id, [e for _, e in given])
    errors = [
        FieldError(
            loc,
            "unknown_evidence",
            Text(
                "Barang bukti {id} bukan milik laporan ini.",
                "Evidence item {id} is not one of this case's.",
            ),
            {"id": evidence},
        )
        for loc, evidence in given
        if evidence in missing
    ]
    _refuse(
        UnknownReference,
        errors,
        Text("Barang bukti tidak dikenal: {n}.", "Unknown evidence items: {n}."),
        n=len(errors),
    )


async def record_receipt(
    session: AsyncSession,
    principal: Principal,
    loaded: Loaded,
    session_id: uuid.UUID,
    body: ReceiptIn,
) -> ClarificationSession:
    """Proof that the invitation reached the person: when, by whom, optionally an evidence
    item of the case (the signed receipt). Refused (422 ``invitation_lead_time``) when it
    arrived less than 1 Hari before the session, or after it (Art. 29(1)-(4))."""
    report = loaded.report
    cases.require(report, ACTION)
    sess = await repository.get_session(session, report.id, session_id)
    _not_cancelled(sess)
    rows = await repository.invitees_of_case(session, report.id)
    invitee = _invitee_of(rows, sess, body.invitee, ("invitee",))
    if invitee.received_at is not None:
        raise ClarificationConflict(
            Text(
                "Tanda terima undangan {id} sudah dicatat ({at}).",
                "The receipt of invitation {id} is already recorded ({at}).",
            ),
            id=invitee.id,
            at=iso(invitee.received_at),
        )
    now = utcnow()
    check_occurred_at(
        body.received_at, now=now, previous=("sent_at", invitee.sent_at), field="received_at"
    )
    ctx = await context(session, loaded)
    code = None
    if body.received_at >= sess.scheduled_at:
        code = "received_after_session"
    elif ctx.local_date(body.received_at) > ctx.latest_receipt(sess.scheduled_at):
        code = "received_too_late"
    if code is not None:
        _refuse(
            InvitationLeadTime,
            [_lead_error(ctx, ("received_at",), code, body.received_at, sess.scheduled_at)],
            Text("", ""),
        )
    if body.evidence is not None:
        await _check_evidence(session, report.id, [(("evidence",), body.evidence)])
    invitee.received_at = body.received_at.astimezone(UTC)
    invitee.received_by = body.received_by
    invitee.receipt_evidence_id = body.evidence
    await session.flush()
    await touch(session, report)
    payload = {
        "clarification": {"id": str(sess.id)},
        "invitee": {
            "id": str(invitee.id),
            "role": invitee.role.value,
            "subject": invitee.subject,
            "attempt_no": invitee.attempt_no,
        },
        "received_at": iso(body.received_at),
        "evidence": str(body.evidence) if body.evidence else None,
        "latest_receipt_on": ctx.latest_receipt(sess.scheduled_at).isoformat(),
    }
    await append_event(
        session, report.id, principal.subject, "clarification_invitation_received", payload
    )
    await outbox.emit(session, EventType.clarification_invitation_received, report, payload)
    return sess


# ---------------------------------------------------------------- outcome


def _check_results(body: OutcomeIn, invitees: dict[uuid.UUID, ClarificationInvitee]) -> None:
    errors: list[FieldError] = []
    seen: set[uuid.UUID] = set()
    for i, result in enumerate(body.results):
        loc: tuple[str | int, ...] = ("results", i)
        if result.invitee not in invitees:
            errors.append(
                FieldError((*loc, "invitee"), "unknown_invitee",
                           Text("Undangan tidak dikenal.", "Unknown invitee."))
            )  # fmt: skip
        elif result.invitee in seen:
            errors.append(
                FieldError((*loc, "invitee"), "result_twice",
                           Text("Hasil orang ini diberikan dua kali.", "This person's result "
                                "is given twice."))
            )  # fmt: skip
        seen.add(result.invitee)
        if result.attendance is Attendance.absent:
            if result.oath is not None:
                errors.append(
                    FieldError(
                        (*loc, "oath"),
                        "absent_sworn",
                        Text(
                            "Orang yang tidak hadir tidak dapat disumpah (Perbawaslu 7/2022 "
                            "Pasal 30).",
                            "A person who is absent cannot take or refuse an oath "
                            "(Perbawaslu 7/2022 Art. 30).",
                        ),
                    )
                )
            if result.minutes is not None or result.minutes_evidence is not None:
                errors.append(
                    FieldError(
                        (*loc, "minutes"),
                        "absent_minutes",
                        Text(
                            "Tidak ada berita acara klarifikasi bagi orang yang tidak hadir.",
                            "A person who is absent has no clarification minutes.",
                        ),
                    )
                )
        elif result.minutes is None:
            errors.append(
                FieldError(
                    (*loc, "minutes"),
                    "minutes_required",
                    Text(
                        "Klarifikasi orang yang hadir dituangkan dalam berita acara (Formulir "
                        "B.12; Perbawaslu 7/2022 Pasal 30 ayat (3)).",
                        "The clarification of a person present is written in minutes (Form "
                        "B.12; Perbawaslu 7/2022 Art. 30(3)).",
                    ),
                )
            )
    for invitee_id in invitees.keys() - seen:
        errors.append(
            FieldError(
                ("results",),
                "result_missing",
                Text("Tidak ada hasil untuk undangan {id}.", "No result for invitee {id}."),
                {"id": invitee_id},
            )
        )
    _refuse(
        InvalidOutcome,
        errors,
        Text("Hasil klarifikasi tidak sesuai: {n}.", "Invalid clarification outcome: {n}."),
        n=len(errors),
    )


async def record_outcome(
    session: AsyncSession,
    principal: Principal,
    loaded: Loaded,
    session_id: uuid.UUID,
    body: OutcomeIn,
) -> ClarificationSession:
    """The session was held: per invitee attendance, oath and minutes (Art. 30)."""
    report = loaded.report
    cases.require(report, ACTION)
    sess = await repository.get_session(session, report.id, session_id)
    _not_cancelled(sess)
    if sess.status is SessionStatus.held:
        raise ClarificationConflict(
            Text(
                "Hasil sesi {id} sudah dicatat ({at}).",
                "The outcome of session {id} is already recorded ({at}).",
            ),
            id=sess.id,
            at=iso(sess.held_at) if sess.held_at else "",
        )
    now = utcnow()
    held = body.occurred_at or now
    check_occurred_at(
        held, now=now, previous=("clarification scheduled_at", sess.scheduled_at),
        field="occurred_at" if body.occurred_at is not None else "scheduled_at",
    )  # fmt: skip
    rows = await repository.invitees_of_case(session, report.id)
    invitees = {inv.id: inv for inv, of in rows if of.id == sess.id}
    _check_results(body, invitees)
    await _check_evidence(
        session,
        report.id,
        [
            (("results", i, "minutes_evidence"), r.minutes_evidence)
            for i, r in enumerate(body.results)
            if r.minutes_evidence is not None
        ],
    )
    rules = clarification_rules(report.regime)
    summary: list[dict[str, Any]] = []
    for result in body.results:
        invitee = invitees[result.invitee]
        invitee.attendance = result.attendance
        invitee.oath = result.oath
        invitee.oath_form = rules.oath_form_of(invitee.role.value) if result.oath else None
        invitee.minutes = (
            {"form": rules.minutes_form, **result.minutes.model_dump(mode="json")}
            if result.minutes is not None
            else None
        )
        invitee.minutes_evidence_id = result.minutes_evidence
        summary.append(
            {
                "invitee": str(invitee.id),
                "role": invitee.role.value,
                "subject": invitee.subject,
                "attempt_no": invitee.attempt_no,
                "attendance": result.attendance.value,
                "oath": result.oath.value if result.oath else None,
                "oath_form": invitee.oath_form,
                # The minutes' content is confidential: the timeline says they exist.
                "minutes": None
                if result.minutes is None
                else {
                    "questions": len(result.minutes.questions),
                    "read_back": result.minutes.read_back,
                    "signed": result.minutes.signed,
                },
                "minutes_evidence": str(result.minutes_evidence)
                if result.minutes_evidence
                else None,
            }
        )
    sess.status = SessionStatus.held
    sess.held_at = held.astimezone(UTC)
    await session.flush()
    await touch(session, report)
    payload = {"clarification": {"id": str(sess.id), "held_at": iso(held)}, "results": summary}
    changes = dict(payload)
    if body.occurred_at is not None:
        changes["occurred_at"] = occurred_iso(body.occurred_at)
    await append_event(session, report.id, principal.subject, "clarification_held", changes)
    await outbox.emit(session, EventType.clarification_held, report, payload)
    return sess


# ---------------------------------------------------------------- cancellation


async def cancel(
    session: AsyncSession,
    principal: Principal,
    loaded: Loaded,
    session_id: uuid.UUID,
    body: CancellationIn,
) -> ClarificationSession:
    """Call off a session not yet held (e.g. an invitation could not arrive 1 Hari ahead):
    its invitees may be invited to another session; a cancelled invitation is not a
    missed one."""
    report = loaded.report
    cases.require(report, ACTION)
    sess = await repository.get_session(session, report.id, session_id)
    _not_cancelled(sess)
    if sess.status is SessionStatus.held:
        raise ClarificationConflict(
            Text("Sesi {id} sudah dilaksanakan.", "Session {id} was already held."), id=sess.id
        )
    now = utcnow()
    if body.occurred_at is not None:
        assert report.registered_at is not None
        check_occurred_at(body.occurred_at, now=now, previous=("registered", report.registered_at))
    at = body.occurred_at or now
    sess.status = SessionStatus.cancelled
    sess.cancelled_at = at.astimezone(UTC)
    sess.cancel_reason = body.reason
    await session.flush()
    await touch(session, report)
    payload: dict[str, Any] = {
        "clarification": {"id": str(sess.id), "scheduled_at": iso(sess.scheduled_at)},
        "reason": body.reason,
    }
    changes = dict(payload)
    if body.occurred_at is not None:
        changes["occurred_at"] = occurred_iso(body.occurred_at)
    await append_event(session, report.id, principal.subject, "clarification_cancelled", changes)
    await outbox.emit(session, EventType.clarification_cancelled, report, payload)
    return sess
