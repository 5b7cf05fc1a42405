"""Documents of the investigation: the clarification invitation (Pemilu B.9), the oath
minutes (B.10, experts B.11), the clarification minutes (B.12), the analysis (kajian dugaan
pelanggaran) and the minutes of the plenary meeting (berita acara rapat pleno).

The invitation and the minutes are about one invitee of a clarification session
(``subject_id`` = the invitee's id, ``ClarificationInvitee``); the analysis and the plenary
minutes default to the case's current analysis and latest plenary."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select

from bawaslu_api.assignments.models import AssignmentRole, CaseAssignment
from bawaslu_api.clarifications import repository as clarifications
from bawaslu_api.clarifications.models import (
    Attendance,
    ClarificationInvitee,
    ClarificationSession,
    InvitationChannel,
    InviteeRole,
    Oath,
    OnlineGround,
    SessionMode,
    SessionStatus,
)
from bawaslu_api.deliberation import service as deliberation
from bawaslu_api.deliberation.models import AnalysisStatus, CaseAnalysis, CasePlenary
from bawaslu_api.documents import idn
from bawaslu_api.documents.errors import NotIssuable
from bawaslu_api.documents.gather import (
    Gathered,
    Kind,
    Source,
    case_facts,
    chair_signer,
    label,
    staff_names,
)
from bawaslu_api.evidence.models import EvidenceItem
from bawaslu_api.i18n import Text
from bawaslu_api.persons.models import CasePerson
from bawaslu_api.timeline.models import CaseEvent

ROLES = {
    InviteeRole.reporter: "Pelapor",
    InviteeRole.reported_party: "Terlapor",
    InviteeRole.witness: "Saksi",
    InviteeRole.expert: "Ahli",
}
MODES = {SessionMode.in_person: "Tatap muka", SessionMode.online: "Daring"}
GROUNDS = {
    OnlineGround.geography: "kondisi geografis",
    OnlineGround.security: "keamanan",
    OnlineGround.facilities: "keterbatasan sarana dan prasarana",
    OnlineGround.disaster: "bencana alam atau bencana non-alam",
}
CHANNELS = {
    InvitationChannel.in_person: "secara langsung",
    InvitationChannel.sigaplapor: "melalui SigapLapor",
    InvitationChannel.telecommunication: "melalui media telekomunikasi",
}
RECOMMENDATIONS = {
    "forward": "Diteruskan kepada instansi yang berwenang",
    "sanction": "Dikenai sanksi",
    "not_violation": "Bukan pelanggaran",
    "other": "Lainnya",
}
FORWARD_TO = {
    "kpu": "Komisi Pemilihan Umum (KPU)",
    "dkpp": "Dewan Kehormatan Penyelenggara Pemilu (DKPP)",
    "police": "Kepolisian (Sentra Gakkumdu)",
    "agency": "Instansi lain yang berwenang",
}
PARTY_ROLES = {
    "finder": "Penemu",
    "reporter": "Pelapor",
    "reported_party": "Terlapor",
    "witness": "Saksi",
    "expert": "Ahli",
    "other": "Pihak lain",
}
ANALYSIS_STATUSES = {
    AnalysisStatus.draft: "Draf",
    AnalysisStatus.final: "Final (belum disetujui)",
    AnalysisStatus.approved: "Disetujui",
    AnalysisStatus.superseded: "Digantikan oleh versi yang lebih baru",
}
QUORUMS = {
    "majority": "lebih dari separuh jumlah anggota",
    "two_thirds": "paling sedikit dua pertiga jumlah anggota",
    "all": "seluruh anggota",
}


# ---------------------------------------------------------------- shared pieces


async def _invitee(
    src: Source,
) -> tuple[
    ClarificationInvitee,
    ClarificationSession,
    list[tuple[ClarificationInvitee, ClarificationSession]],
]:
    """The invitee named by ``subject_id``, its session and the person's earlier
    invitations (oldest first); 422 if the case has no such invitee."""
    wanted = src.subject("undangan klarifikasi (invitee)")
    rows = await clarifications.invitees_of_case(src.session, src.report.id)
    for invitee, sess in rows:
        if invitee.id == wanted:
            earlier = []
            for other, held in rows:
                if other.id == wanted:
                    break
                if other.subject == invitee.subject:
                    earlier.append((other, held))
            return invitee, sess, earlier
    raise src.missing("Undangan klarifikasi")


async def _identity(src: Source, invitee: ClarificationInvitee) -> dict[str, str]:
    """Who the invitee is: name, role and what the case holds about them (personal data:
    these documents are of the personal class)."""
    out = {
        "role": ROLES[invitee.role],
        "name": "",
        "nik": "",
        "address": "",
        "phone": "",
        "email": "",
        "position": "",
        "expertise": "",
    }
    if invitee.role is InviteeRole.reporter:
        ident = src.identity
        if ident is not None:
            out |= {
                "name": ident.name,
                "nik": ident.nik,
                "address": ident.address,
                "phone": ident.phone,
                "email": ident.email,
            }
    elif invitee.role is InviteeRole.reported_party:
        parties = src.report.reported_parties or []
        index = invitee.party_index or 0
        party = parties[index] if index < len(parties) else {}
        out |= {
            "name": str(party.get("name") or ""),
            "address": str(party.get("address") or ""),
            "position": str(party.get("position") or party.get("type") or ""),
        }
    elif invitee.person_id is not None:
        person = await src.session.get(CasePerson, invitee.person_id)
        if person is not None:
            out |= {
                "name": person.name,
                "address": person.address,
                "phone": person.phone,
                "email": person.email,
                "expertise": person.expertise,
            }
    return out


def _identity_rows(who: dict[str, str]) -> list[list[str]]:
    """Label/value rows of an identity, the empty ones left out (the name always shown)."""
    rows = [["Nama", who["name"] or "-"]]
    for key, title in (
        ("nik", "NIK"),
        ("position", "Jabatan/keterangan"),
        ("expertise", "Bidang keahlian"),
        ("address", "Alamat"),
    ):
        if who[key]:
            rows.append([title, who[key]])
    rows.append(["Kedudukan dalam perkara", who["role"]])
    return rows


def _session_body(src: Source, sess: ClarificationSession) -> dict[str, Any]:
    """When, where and how a session takes place (office time). A held session is dated
    by the day it was held, at its scheduled hour when held that day."""
    held = sess.held_at
    at = sess.scheduled_at
    if held is not None and idn.local(held, src.zone).date() != idn.local(at, src.zone).date():
        at = held
    online = sess.mode is SessionMode.online
    return {
        "day": src.day(at),
        "date": src.date(at),
        "time": src.time(at),
        "when": src.when(at),
        "place": sess.place or "-",
        "mode": MODES[sess.mode],
        "online": online,
        "recorded": bool(online and sess.recorded),
        "online_ground": GROUNDS.get(sess.online_ground, "") if sess.online_ground else "",
        "status": sess.status.value,
    }


async def _clarifiers(src: Source, sess: ClarificationSession) -> list[dict[str, str]]:
    """Who carried out the clarification and signs its minutes: the clarifiers assigned to
    the case at the session (Perbawaslu 7/2022 Art. 28(4)) and the officer who recorded its
    outcome; the officer who scheduled it if neither is known."""
    at = sess.held_at or sess.scheduled_at
    assigned = (
        (
            await src.session.execute(
                select(CaseAssignment.officer)
                .where(
                    CaseAssignment.report_id == src.report.id,
                    CaseAssignment.role == AssignmentRole.clarifier,
                    CaseAssignment.assigned_at <= at,
                )
                .where((CaseAssignment.released_at.is_(None)) | (CaseAssignment.released_at >= at))
                .order_by(CaseAssignment.assigned_at, CaseAssignment.id)
            )
        )
        .scalars()
        .all()
    )
    events = (
        (
            await src.session.execute(
                select(CaseEvent)
                .where(
                    CaseEvent.report_id == src.report.id,
                    CaseEvent.action == "clarification_held",
                )
                .order_by(CaseEvent.seq)
            )
        )
        .scalars()
        .all()
    )
    recorders = [
        e.actor
        for e in events
        if str((e.changes or {}).get("clarification", {}).get("id")) == str(sess.id)
    ]
    officers = list(dict.fromkeys([*assigned, *recorders])) or [sess.scheduled_by]
    names = await staff_names(src.session, officers)
    return [{"role": "Petugas klarifikasi", "name": names.get(o, o)} for o in officers]


def _not_yet(
    invitee: ClarificationInvitee, sess: ClarificationSession, what: Text, **params: Any
) -> None:
    """409 unless the session was held and the invitee attended it."""
    if sess.status is SessionStatus.cancelled:
        raise NotIssuable(
            Text(
                "{what}: sesi klarifikasi dibatalkan.",
                "{what}: the clarification session was cancelled.",
            ),
            what=what.id,
        )
    if sess.status is not SessionStatus.held:
        raise NotIssuable(
            Text(
                "{what}: sesi klarifikasi belum dilaksanakan.",
                "{what}: the clarification session has not been held.",
            ),
            what=what.id,
        )
    if invitee.attendance is not Attendance.attended:
        raise NotIssuable(
            Text(
                "{what}: {role} tidak hadir pada sesi klarifikasi.",
                "{what}: the {role} did not attend the clarification session.",
            ),
            what=what.id,
            role=ROLES[invitee.role],
        )


def _subject_case(src: Source) -> dict[str, Any]:
    facts = case_facts(src)
    return {
        "register_number": facts["register_number"] or "-",
        "kind": facts["kind"],
        "election": facts["election"],
        "summary": facts["summary"],
        "parties": facts["parties"],
        "incident_date": facts["incident_date"],
        "incident_place": facts["incident_place"],
    }


# ---------------------------------------------------------------- invitation (B.9)


async def invitation(src: Source) -> Gathered:
    """The invitation to a clarification session (Pemilu B.9; Pilkada the service's own
    code), to one invitee; signed by the chair. A cancelled session invites nobody (409)."""
    invitee, sess, earlier = await _invitee(src)
    if sess.status is SessionStatus.cancelled:
        raise NotIssuable(
            Text(
                "Sesi klarifikasi {at} dibatalkan: undangannya tidak dapat diterbitkan.",
                "The clarification session of {at} was cancelled: no invitation for it.",
            ),
            at=src.when(sess.scheduled_at),
        )
    who = await _identity(src, invitee)
    missed = [src.day(s.scheduled_at) for e, s in earlier if e.attendance is Attendance.absent]
    return Gathered(
        body={
            **_subject_case(src),
            "addressee": who,
            "session": _session_body(src, sess),
            "attempt_no": invitee.attempt_no,
            "missed_days": missed,
            "channel": CHANNELS[invitee.channel],
        },
        signers=[chair_signer(src)],
        facts={
            "addressee_role": who["role"],
            "session": src.when(sess.scheduled_at),
            "attempt_no": invitee.attempt_no,
        },
    )


# ---------------------------------------------------------------- oath minutes (B.10/B.11)


async def _oath(src: Source, *, expert: bool) -> Gathered:
    invitee, sess, _ = await _invitee(src)
    what = (
        Text("Berita acara sumpah/janji ahli", "The expert's oath minutes")
        if expert
        else Text("Berita acara sumpah/janji", "The oath minutes")
    )
    if expert and invitee.role is not InviteeRole.expert:
        raise NotIssuable(
            Text(
                "Berita acara sumpah/janji ahli hanya untuk ahli; {role} disumpah dengan "
                "berita acara sumpah/janji (oath_minutes).",
                "The expert's oath minutes are for experts only; a {role} is sworn with "
                "the oath minutes (oath_minutes).",
            ),
            role=ROLES[invitee.role],
        )
    if not expert and invitee.role is InviteeRole.expert:
        raise NotIssuable(
            Text(
                "Ahli disumpah dengan berita acara sumpah/janji ahli (expert_oath_minutes).",
                "An expert is sworn with the expert's oath minutes (expert_oath_minutes).",
            )
        )
    _not_yet(invitee, sess, what)
    if invitee.oath is not Oath.taken:
        raise NotIssuable(
            Text(
                "{role} tidak mengucapkan sumpah/janji ({state}).",
                "The {role} did not take the oath ({state}).",
            ),
            role=ROLES[invitee.role],
            state="menolak" if invitee.oath is Oath.refused else "tidak ditawarkan",
        )
    who = await _identity(src, invitee)
    clarifiers = await _clarifiers(src, sess)
    return Gathered(
        body={
            **_subject_case(src),
            "person": who,
            "identity": _identity_rows(who),
            "session": _session_body(src, sess),
            "expert": expert,
            "oath_form": invitee.oath_form or "",
        },
        signers=[
            {"role": f"Yang mengucapkan sumpah/janji ({who['role']})", "name": who["name"]},
            *clarifiers,
        ],
        facts={"person_role": who["role"], "held": src.day(sess.held_at)},
    )


async def oath_minutes(src: Source) -> Gathered:
    """The minutes of the oath or promise of a reporter, reported party or witness (Pemilu
    B.10), issued only when the person attended and took it (409 otherwise; an expert
    has its own form, ``expert_oath_minutes``)."""
    return await _oath(src, expert=False)


async def expert_oath_minutes(src: Source) -> Gathered:
    """The minutes of an expert's oath or promise (Pemilu B.11), issued only when the
    expert attended and took it (409 otherwise, and for anyone who is not an expert)."""
    return await _oath(src, expert=True)


# ---------------------------------------------------------------- clarification minutes (B.12)


async def clarification_minutes(src: Source) -> Gathered:
    """The minutes of the clarification of one person (Pemilu B.12): issued when the
    session was held, the person attended and the minutes were recorded (409 otherwise)."""
    invitee, sess, _ = await _invitee(src)
    what = Text("Berita acara klarifikasi", "The clarification minutes")
    _not_yet(invitee, sess, what)
    minutes = invitee.minutes
    if not minutes:
        raise NotIssuable(
            Text(
                "Berita acara klarifikasi: keterangan {role} belum dicatat.",
                "The clarification minutes: the {role}'s statement was not recorded.",
            ),
            role=ROLES[invitee.role],
        )
    who = await _identity(src, invitee)
    clarifiers = await _clarifiers(src, sess)
    questions = [
        {"question": str(q.get("question") or ""), "answer": str(q.get("answer") or "")}
        for q in minutes.get("questions") or []
    ]
    oath = {Oath.taken: "taken", Oath.refused: "refused"}.get(invitee.oath, "none")  # type: ignore[arg-type]
    return Gathered(
        body={
            **_subject_case(src),
            "person": who,
            "identity": _identity_rows(who),
            "session": _session_body(src, sess),
            "questions": questions,
            "read_back": bool(minutes.get("read_back")),
            "signed": bool(minutes.get("signed")),
            "note": str(minutes.get("note") or ""),
            "oath": oath,
            "oath_form": invitee.oath_form or "",
        },
        signers=[
            {"role": f"Yang memberikan keterangan ({who['role']})", "name": who["name"]},
            *clarifiers,
        ],
        facts={
            "person_role": who["role"],
            "held": src.day(sess.held_at),
            "questions": len(questions),
        },
    )


# ---------------------------------------------------------------- analysis


async def _analysis(src: Source) -> CaseAnalysis:
    if src.subject_id is not None:
        found = await src.session.get(CaseAnalysis, src.subject_id)
        if found is None or found.report_id != src.report.id:
            raise src.missing("Kajian")
        return found
    current = await deliberation.current(src.session, src.report.id)
    if current is None:
        raise NotIssuable(Text("Kasus ini belum memiliki kajian.", "The case has no analysis yet."))
    return current


async def analysis(src: Source) -> Gathered:
    """The analysis of the case (kajian dugaan pelanggaran): the current version, or the
    version ``subject_id`` names. Issuable once the version was written out (finalized:
    status ``final`` or ``approved``, or a finalized version later superseded, printed as
    such): a final version is never edited again, so the paper matches the record; its
    approval is printed when given. A draft is 409."""
    version = await _analysis(src)
    if version.status is AnalysisStatus.draft or version.finalized_at is None:
        raise NotIssuable(
            Text(
                "Kajian versi {n} masih draf: finalkan terlebih dahulu.",
                "Analysis version {n} is still a draft: finalize it first.",
            ),
            n=version.number,
        )
    ids = []
    for e in version.evidence or []:
        try:
            ids.append(uuid.UUID(str(e.get("evidence_id"))))
        except ValueError:
            continue
    described: dict[uuid.UUID, str] = {}
    if ids:
        rows = await src.session.execute(
            select(EvidenceItem.id, EvidenceItem.description).where(
                EvidenceItem.report_id == src.report.id, EvidenceItem.id.in_(ids)
            )
        )
        described = dict(rows.tuples())
    evidence = []
    for e in version.evidence or []:
        try:
            key = uuid.UUID(str(e.get("evidence_id")))
        except ValueError:
            key = None
        evidence.append([described.get(key, "") if key else "", str(e.get("relevance") or "")])
    parties = [
        [
            PARTY_ROLES.get(str(p.get("role")), str(p.get("role") or "")),
            str(p.get("name") or p.get("ref") or ""),
            str(p.get("note") or ""),
        ]
        for p in version.parties or []
    ]
    rec = version.recommendation or {}
    recommendation = {
        "kind": RECOMMENDATIONS.get(str(rec.get("kind")), "") if rec else "",
        "forward_to": [
            (rec.get("agency_name") or FORWARD_TO["agency"])
            if t == "agency"
            else FORWARD_TO.get(str(t), str(t))
            for t in rec.get("forward_to") or []
        ],
        "category": label("violation_category", rec.get("category")),
        "note": str(rec.get("note") or ""),
    }
    names = await staff_names(
        src.session, [version.written_by, version.finalized_by or "", version.approved_by or ""]
    )
    signers = [{"role": "Penyusun kajian", "name": names.get(version.written_by, "")}]
    if version.finalized_by and version.finalized_by != version.written_by:
        signers.append({"role": "Yang memfinalkan kajian", "name": names[version.finalized_by]})
    if version.approved_by:
        signers.append({"role": "Menyetujui", "name": names[version.approved_by]})
    return Gathered(
        body={
            **_subject_case(src),
            "version": version.number,
            "status": ANALYSIS_STATUSES[version.status],
            "superseded": version.status is AnalysisStatus.superseded,
            "summary": version.summary,
            "parties": parties,
            "evidence": evidence,
            "facts_and_analysis": version.facts_and_analysis,
            "conclusion": version.conclusion,
            "recommendation": recommendation,
            "written_by": names.get(version.written_by, version.written_by),
            "finalized": src.day(version.finalized_at),
            "approved": src.day(version.approved_at),
            "approved_by": names.get(version.approved_by, "") if version.approved_by else "",
        },
        signers=signers,
        facts={"version": version.number, "status": version.status.value},
        subject_id=version.id,
    )


# ---------------------------------------------------------------- plenary minutes


async def _plenary(src: Source) -> CasePlenary:
    if src.subject_id is not None:
        found = await src.session.get(CasePlenary, src.subject_id)
        if found is None or found.report_id != src.report.id:
            raise src.missing("Rapat pleno")
        return found
    latest = await deliberation.latest_plenary(src.session, src.report.id)
    if latest is None:
        raise NotIssuable(
            Text(
                "Rapat pleno atas kasus ini belum diselenggarakan.",
                "No plenary meeting has been held on this case.",
            )
        )
    return latest


async def plenary_minutes(src: Source) -> Gathered:
    """The minutes of the plenary meeting that decided the case's status: the latest
    meeting (the one the decision follows), or the one ``subject_id`` names; 409 if none
    was held. Signed by the members present."""
    plenary = await _plenary(src)
    decided_on = await src.session.get(CaseAnalysis, plenary.analysis_id)
    members = [
        {
            "name": str(m.get("name") or ""),
            "role": "Ketua rapat" if m.get("role") == "chair" else "Anggota",
        }
        for m in plenary.members or []
    ]
    members.sort(key=lambda m: m["role"] != "Ketua rapat")
    return Gathered(
        body={
            **_subject_case(src),
            "day": src.day(plenary.held_at),
            "date": src.date(plenary.held_at),
            "time": src.time(plenary.held_at),
            "place": plenary.place or "",
            "reference": plenary.minutes_reference,
            "members": [[str(i + 1), m["name"], m["role"]] for i, m in enumerate(members)],
            "present": len(members),
            "in_office": plenary.members_in_office,
            "quorum_rule": QUORUMS.get(plenary.quorum_rule, plenary.quorum_rule),
            "quorum_needed": plenary.quorum_needed,
            "quorum_met": len(members) >= plenary.quorum_needed,
            "analysis": {
                "version": decided_on.number if decided_on else "",
                "approved": src.day(decided_on.approved_at) if decided_on else "",
                "conclusion": decided_on.conclusion if decided_on else "",
            },
            "outcome": label("outcome", plenary.outcome),
            "category": label("violation_category", plenary.category),
            "legal_basis": plenary.legal_basis,
            "summary": plenary.summary,
        },
        signers=[{"role": m["role"], "name": m["name"]} for m in members],
        facts={"held": src.day(plenary.held_at), "outcome": plenary.outcome.value},
        subject_id=plenary.id,
    )


KINDS: tuple[Kind, ...] = (
    Kind("invitation", invitation, subject_required=True),
    Kind("oath_minutes", oath_minutes, subject_required=True),
    Kind("expert_oath_minutes", expert_oath_minutes, subject_required=True),
    Kind("clarification_minutes", clarification_minutes, subject_required=True),
    Kind("analysis", analysis),
    Kind("plenary_minutes", plenary_minutes),
)
"""Document kinds (see ``kinds/__init__.py``)."""
