"""The analysis (kajian dugaan pelanggaran) and the plenary meeting (rapat pleno) of a
registered case (docs/legal/procedure.md §1.1 rows 7-9; docs/procedure.md).

Every function works on a case the router loaded and locked in the caller's jurisdiction
(``cases.repository.load(..., for_update=True)``): the lock makes the steps of one case
serial. Each step checks the case's status with ``bawaslu_rules.can``, changes the record,
appends one event to the case's hash-chained timeline and queues one webhook event, in the
request's transaction.

The analysis is one record per case in versions: a draft (edited with ``If-Match`` on its
``revision``), then final (never edited again), then approved by a commissioner. A final
or approved version is replaced only by a new draft with a reason (supersession), while the
case is not decided. The plenary refers to the approved analysis; the decision
(``reports.service.decide``) must follow the latest plenary (:func:`require_plenary`).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import column, select, table
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases import repository as cases
from bawaslu_api.cases.errors import ImpossibleDate
from bawaslu_api.cases.models import Outcome, Report, ViolationCategory
from bawaslu_api.cases.repository import Loaded
from bawaslu_api.clock import latest_allowed, utcnow
from bawaslu_api.deliberation.errors import (
    AnalysisConflict,
    AnalysisIncomplete,
    InvalidAnalysis,
    InvalidPlenary,
    PlenaryMismatch,
    PlenaryRequired,
    QuorumNotMet,
    StaleAnalysis,
)
from bawaslu_api.deliberation.models import AnalysisStatus, CaseAnalysis, CasePlenary
from bawaslu_api.deliberation.schemas import NAMED_ROLES, AnalysisIn, PlenaryIn, SupersessionIn
from bawaslu_api.errors import FieldError
from bawaslu_api.http.conditional import parse_if_match
from bawaslu_api.i18n import Text
from bawaslu_api.policies.service import current_policies
from bawaslu_api.security.principals import Principal
from bawaslu_api.timeline.service import append_event, last_occurred, occurred_iso
from bawaslu_api.webhooks import outbox
from bawaslu_rules import POLICIES, PlenaryQuorum, quorum_needed

# The evidence package sits above this one (it serves files); the analysis only checks
# that the ids it cites are items of the same case, on the table itself.
_evidence_item = table("evidence_item", column("id"), column("report_id"))

PLENARY_AFTER = ("registered", "decision_extended")
"""The case steps a plenary meeting cannot precede."""


# ---------------------------------------------------------------- common


async def _event(
    session: AsyncSession,
    principal: Principal,
    report: Report,
    action: str,
    changes: dict[str, Any],
    occurred_at: datetime | None = None,
) -> None:
    if occurred_at is not None:
        changes = {**changes, "occurred_at": occurred_iso(occurred_at)}
    await append_event(session, report.id, principal.subject, action, changes)


# ---------------------------------------------------------------- analysis: reads


async def current(session: AsyncSession, report_id: uuid.UUID) -> CaseAnalysis | None:
    """The case's analysis version that is not superseded, if any."""
    return (
        await session.execute(
            select(CaseAnalysis).where(
                CaseAnalysis.report_id == report_id,
                CaseAnalysis.status != AnalysisStatus.superseded,
            )
        )
    ).scalar_one_or_none()


async def versions(session: AsyncSession, report_id: uuid.UUID) -> list[CaseAnalysis]:
    """Every version of the case's analysis, oldest first."""
    return list(
        (
            await session.execute(
                select(CaseAnalysis)
                .where(CaseAnalysis.report_id == report_id)
                .order_by(CaseAnalysis.number)
            )
        ).scalars()
    )


async def _existing(session: AsyncSession, report: Report) -> CaseAnalysis:
    analysis = await current(session, report.id)
    if analysis is None:
        raise AnalysisConflict(
            Text(
                "Laporan ini belum memiliki kajian: buat draf dengan POST .../analysis.",
                "This case has no analysis yet: create a draft with POST .../analysis.",
            )
        )
    return analysis


def _check_revision(analysis: CaseAnalysis, if_match: str | None) -> None:
    """412 when ``If-Match`` names another revision of the analysis."""
    if if_match is None:
        return
    accepted = parse_if_match(if_match)
    if accepted is not None and analysis.revision not in accepted:
        raise StaleAnalysis(
            Text(
                "Revisi kajian saat ini {revision}; muat ulang kajian.",
                "The analysis is at revision {revision}; reload it.",
            ),
            revision=analysis.revision,
        )


# ---------------------------------------------------------------- analysis: content


async def _check_content(session: AsyncSession, report: Report, body: AnalysisIn) -> None:
    """422 naming each cited evidence id that is not an item of this case (an item of
    another case and an id that does not exist answer alike) and each protected person
    named by name."""
    problems: list[FieldError] = []
    for i, party in enumerate(body.parties):
        if party.name and party.role not in NAMED_ROLES:
            problems.append(
                FieldError(
                    ("parties", i, "name"),
                    "protected_person_named",
                    Text(
                        "Pelapor, saksi dan ahli tidak ditulis namanya dalam kajian: "
                        "rujuk dengan ref (misalnya 'Saksi 1'); identitas mereka "
                        "dilindungi dalam berkas laporan.",
                        "The reporter, witnesses and experts are not named in the "
                        "analysis: refer to them with ref (e.g. 'Witness 1'); their "
                        "identities stay protected in the case's records.",
                    ),
                )
            )
    if body.recommendation is not None:
        rec = body.recommendation
        if rec.kind == "forward" and not rec.forward_to:
            problems.append(
                FieldError(
                    ("recommendation", "forward_to"),
                    "missing",
                    Text("Sebutkan tujuan penerusan.", "Name where it is forwarded."),
                )
            )
        if "agency" in rec.forward_to and not rec.agency_name.strip():
            problems.append(
                FieldError(
                    ("recommendation", "agency_name"),
                    "missing",
                    Text("Sebutkan nama instansi.", "Name the agency."),
                )
            )
    cited = [ref.evidence_id for ref in body.evidence]
    if cited:
        ours = set(
            (
                await session.execute(
                    select(_evidence_item.c.id).where(
                        _evidence_item.c.report_id == report.id,
                        _evidence_item.c.id.in_(cited),
                    )
                )
            ).scalars()
        )
        for i, evidence_id in enumerate(cited):
            if evidence_id not in ours:
                problems.append(
                    FieldError(
                        ("evidence", i, "evidence_id"),
                        "evidence_not_in_case",
                        Text(
                            "Barang bukti {id} bukan barang bukti laporan ini.",
                            "Evidence item {id} is not an item of this case.",
                        ),
                        {"id": str(evidence_id)},
                    )
                )
    if problems:
        raise InvalidAnalysis(
            Text(
                "Kajian tidak dapat disimpan: {names}.",
                "The analysis cannot be stored: {names}.",
            ),
            fields=problems,
            names=_names(problems),
        )


def _names(problems: Sequence[FieldError]) -> str:
    return ", ".join(".".join(str(p) for p in problem.loc) for problem in problems)


def _apply(analysis: CaseAnalysis, body: AnalysisIn) -> list[str]:
    """Write ``body`` into the draft; the names of the parts that changed."""
    new = {
        "summary": body.summary,
        "parties": [p.model_dump(mode="json") for p in body.parties],
        "evidence": [e.model_dump(mode="json") for e in body.evidence],
        "facts_and_analysis": body.facts_and_analysis,
        "conclusion": body.conclusion,
        "recommendation": (
            body.recommendation.model_dump(mode="json") if body.recommendation else None
        ),
    }
    changed = [name for name, value in new.items() if getattr(analysis, name, None) != value]
    for name, value in new.items():
        setattr(analysis, name, value)
    return changed


def _ref(analysis: CaseAnalysis) -> dict[str, Any]:
    """What the timeline and webhooks say about a version (no content, no names)."""
    rec = analysis.recommendation or {}
    return {
        "id": str(analysis.id),
        "number": analysis.number,
        "revision": analysis.revision,
        "status": analysis.status.value,
        "recommendation": rec.get("kind"),
    }


# ---------------------------------------------------------------- analysis: steps


async def create(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: AnalysisIn
) -> CaseAnalysis:
    """The case's first draft (409 when it has an analysis: revise or supersede it)."""
    report = loaded.report
    cases.require(report, "analysis")
    existing = await current(session, report.id)
    if existing is not None:
        raise AnalysisConflict(
            Text(
                "Laporan ini sudah memiliki kajian (versi {number}, {status}): ubah drafnya "
                "atau gantikan versi finalnya.",
                "This case already has an analysis (version {number}, {status}): revise "
                "the draft or supersede the final version.",
            ),
            number=existing.number,
            status=existing.status.value,
        )
    await _check_content(session, report, body)
    now = utcnow()
    previous = await versions(session, report.id)
    analysis = CaseAnalysis(
        report_id=report.id,
        number=len(previous) + 1,
        revision=max((v.revision for v in previous), default=0) + 1,
        status=AnalysisStatus.draft,
        written_by=principal.subject,
        updated_by=principal.subject,
        created_at=now,
        updated_at=now,
    )
    _apply(analysis, body)
    session.add(analysis)
    await session.flush()
    await _event(session, principal, report, "analysis_drafted", {"analysis": _ref(analysis)})
    await outbox.emit(session, "analysis.drafted", report, {"analysis": _ref(analysis)})
    return analysis


async def revise(
    session: AsyncSession,
    principal: Principal,
    loaded: Loaded,
    body: AnalysisIn,
    if_match: str | None,
) -> CaseAnalysis:
    """Replace the draft's content (a final version is not edited: 409)."""
    report = loaded.report
    cases.require(report, "analysis")
    analysis = await _existing(session, report)
    _check_revision(analysis, if_match)
    if analysis.status is not AnalysisStatus.draft:
        raise AnalysisConflict(
            Text(
                "Kajian versi {number} sudah {status} dan tidak dapat diubah; gantikan dengan "
                "draf baru beserta alasannya (POST .../analysis/supersession).",
                "Analysis version {number} is {status} and cannot be edited; supersede it "
                "with a new draft and a reason (POST .../analysis/supersession).",
            ),
            number=analysis.number,
            status=analysis.status.value,
        )
    await _check_content(session, report, body)
    changed = _apply(analysis, body)
    analysis.revision += 1
    analysis.updated_by = principal.subject
    analysis.updated_at = utcnow()
    await session.flush()
    await _event(
        session, principal, report, "analysis_revised",
        {"analysis": _ref(analysis), "changed": changed},
    )  # fmt: skip
    await outbox.emit(
        session, "analysis.revised", report, {"analysis": _ref(analysis), "changed": changed}
    )
    return analysis


_REQUIRED = (
    ("summary", Text("Kasus posisi wajib diisi.", "The case summary is required.")),
    ("parties", Text("Sebutkan para pihak.", "Name the parties.")),
    (
        "facts_and_analysis",
        Text("Fakta dan analisis wajib diisi.", "The facts and analysis are required."),
    ),
    ("conclusion", Text("Kesimpulan wajib diisi.", "The conclusion is required.")),
    ("recommendation", Text("Rekomendasi wajib diisi.", "The recommendation is required.")),
)
"""What a final analysis contains (Perbawaslu 7/2022 Art. 36(1), read second-hand;
docs/legal/procedure.md §1.1 row 7). The evidence list may be empty: a case may rest on
the clarifications alone."""


def _empty(value: object) -> bool:
    return not value or (isinstance(value, str) and not value.strip())


async def finalize(
    session: AsyncSession, principal: Principal, loaded: Loaded, if_match: str | None
) -> CaseAnalysis:
    """The draft becomes final (422 naming each required part still empty)."""
    report = loaded.report
    cases.require(report, "analysis")
    analysis = await _existing(session, report)
    _check_revision(analysis, if_match)
    if analysis.status is not AnalysisStatus.draft:
        raise AnalysisConflict(
            Text("Kajian versi {number} sudah {status}.", "Analysis version {number} is {status}."),
            number=analysis.number,
            status=analysis.status.value,
        )
    missing = [
        FieldError((name,), "required", message)
        for name, message in _REQUIRED
        if _empty(getattr(analysis, name))
    ]
    if missing:
        raise AnalysisIncomplete(
            Text(
                "Kajian belum lengkap: {names}.",
                "The analysis is incomplete: {names}.",
            ),
            fields=missing,
            names=_names(missing),
        )
    analysis.status = AnalysisStatus.final
    analysis.revision += 1
    analysis.finalized_by = principal.subject
    analysis.finalized_at = utcnow()
    await session.flush()
    await _event(session, principal, report, "analysis_finalized", {"analysis": _ref(analysis)})
    await outbox.emit(session, "analysis.finalized", report, {"analysis": _ref(analysis)})
    return analysis


async def approve(
    session: AsyncSession, principal: Principal, loaded: Loaded, if_match: str | None
) -> CaseAnalysis:
    """A commissioner approves the final version (a draft is finalised first: 409)."""
    report = loaded.report
    cases.require(report, "analysis")
    analysis = await _existing(session, report)
    _check_revision(analysis, if_match)
    if analysis.status is not AnalysisStatus.final:
        raise AnalysisConflict(
            Text(
                "Hanya kajian final yang disetujui; versi {number} {status}.",
                "Only a final analysis is approved; version {number} is {status}.",
            ),
            number=analysis.number,
            status=analysis.status.value,
        )
    analysis.status = AnalysisStatus.approved
    analysis.revision += 1
    analysis.approved_by = principal.subject
    analysis.approved_at = utcnow()
    await session.flush()
    await _event(session, principal, report, "analysis_approved", {"analysis": _ref(analysis)})
    await outbox.emit(session, "analysis.approved", report, {"analysis": _ref(analysis)})
    return analysis


async def supersede(
    session: AsyncSession,
    principal: Principal,
    loaded: Loaded,
    body: SupersessionIn,
    if_match: str | None,
) -> CaseAnalysis:
    """A final (or approved) version gives way to a new draft with its content, with a
    reason, while the case is not decided (409 after the decision: the lifecycle)."""
    report = loaded.report
    cases.require(report, "analysis_supersession")
    old = await _existing(session, report)
    _check_revision(old, if_match)
    if old.status is AnalysisStatus.draft:
        raise AnalysisConflict(
            Text(
                "Kajian versi {number} masih draf: ubah saja drafnya.",
                "Analysis version {number} is still a draft: revise it instead.",
            ),
            number=old.number,
        )
    now = utcnow()
    old.status = AnalysisStatus.superseded
    old.superseded_by = principal.subject
    old.superseded_at = now
    old.supersede_reason = body.reason
    await session.flush()  # the current-version index must see the old one go first
    new = CaseAnalysis(
        report_id=report.id,
        number=old.number + 1,
        revision=old.revision + 1,
        status=AnalysisStatus.draft,
        summary=old.summary,
        parties=list(old.parties),
        evidence=list(old.evidence),
        facts_and_analysis=old.facts_and_analysis,
        conclusion=old.conclusion,
        recommendation=old.recommendation,
        written_by=principal.subject,
        updated_by=principal.subject,
        created_at=now,
        updated_at=now,
        supersedes_id=old.id,
    )
    session.add(new)
    await session.flush()
    changes = {"superseded": _ref(old), "analysis": _ref(new), "reason": body.reason}
    await _event(session, principal, report, "analysis_superseded", changes)
    await outbox.emit(session, "analysis.superseded", report, changes)
    return new


# ---------------------------------------------------------------- plenary


async def plenaries(session: AsyncSession, report_id: uuid.UUID) -> list[CasePlenary]:
    """The case's plenary records, oldest first (by when they were held)."""
    return list(
        (
            await session.execute(
                select(CasePlenary)
                .where(CasePlenary.report_id == report_id)
                .order_by(CasePlenary.held_at, CasePlenary.created_at)
            )
        ).scalars()
    )


async def latest_plenary(session: AsyncSession, report_id: uuid.UUID) -> CasePlenary | None:
    """The last plenary held on the case: the one its decision follows."""
    found = await plenaries(session, report_id)
    return found[-1] if found else None


async def quorum_rule(session: AsyncSession) -> PlenaryQuorum:
    """The deployment's ``plenary_quorum`` policy (bawaslu_rules; LOW: the rule was not
    found)."""
    policies = await current_policies(session)
    return PlenaryQuorum(policies.get("plenary_quorum", POLICIES["plenary_quorum"].default))


async def _check_held_at(session: AsyncSession, report: Report, held_at: datetime) -> None:
    now = utcnow()
    if held_at > latest_allowed(now):
        raise ImpossibleDate(
            Text(
                "Waktu {value} belum terjadi (sekarang {now}).",
                "The time {value} has not happened yet (now is {now}).",
            ),
            fields=[
                FieldError(
                    ("held_at",),
                    "date_in_future",
                    Text("Rapat pleno belum terjadi.", "The meeting has not happened yet."),
                )
            ],
            value=held_at.astimezone(UTC).isoformat(),
            now=now.isoformat(),
        )
    previous = await last_occurred(session, report.id, PLENARY_AFTER)
    if previous is not None and held_at < previous[1]:
        raise ImpossibleDate(
            Text(
                "Waktu {value} sebelum langkah sebelumnya ({previous_action}, {previous}).",
                "The time {value} is before the case's previous step "
                "({previous_action}, {previous}).",
            ),
            fields=[
                FieldError(
                    ("held_at",),
                    "before_previous_event",
                    Text(
                        "Rapat pleno sebelum langkah sebelumnya.",
                        "The meeting is before the case's previous step.",
                    ),
                )
            ],
            value=held_at.astimezone(UTC).isoformat(),
            previous_action=previous[0],
            previous=previous[1].astimezone(UTC).isoformat(),
        )


def _check_minutes(body: PlenaryIn) -> None:
    """422 naming each field of minutes that cannot be right."""
    problems: list[FieldError] = []
    chairs = [i for i, m in enumerate(body.members) if m.role == "chair"]
    if len(chairs) != 1:
        problems.append(
            FieldError(
                ("members",),
                "one_chair",
                Text(
                    "Satu anggota yang hadir memimpin rapat (ditemukan {n}).",
                    "One member present chairs the meeting (found {n}).",
                ),
                {"n": len(chairs)},
            )
        )
    seen: set[str] = set()
    for i, member in enumerate(body.members):
        key = (member.subject or "").strip().lower() or member.name.strip().lower()
        if key in seen:
            problems.append(
                FieldError(
                    ("members", i),
                    "duplicate_member",
                    Text("Anggota dicatat dua kali.", "A member is listed twice."),
                )
            )
        seen.add(key)
    if len(body.members) > body.members_in_office:
        problems.append(
            FieldError(
                ("members_in_office",),
                "fewer_than_present",
                Text(
                    "Hadir {present} anggota, lebih dari jumlah anggota {n}.",
                    "{present} members present, more than the office's {n}.",
                ),
                {"present": len(body.members), "n": body.members_in_office},
            )
        )
    if body.outcome is Outcome.violation and body.category is None:
        problems.append(
            FieldError(
                ("category",),
                "required",
                Text("Kategori pelanggaran wajib diisi.", "A violation needs a category."),
            )
        )
    if body.outcome is Outcome.not_violation and body.category is not None:
        problems.append(
            FieldError(
                ("category",),
                "not_allowed",
                Text(
                    "Bukan pelanggaran tidak memiliki kategori.",
                    "Not a violation has no category.",
                ),
            )
        )
    if problems:
        raise InvalidPlenary(
            Text(
                "Berita acara pleno tidak valid: {names}.",
                "Invalid plenary record: {names}.",
            ),
            fields=problems,
            names=_names(problems),
        )


async def record_plenary(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: PlenaryIn
) -> CasePlenary:
    """Record the plenary meeting that decided the case's status, on the approved
    analysis, if the members present make the ``plenary_quorum``."""
    report = loaded.report
    cases.require(report, "plenary")
    _check_minutes(body)
    analysis = await current(session, report.id)
    if (
        analysis is None
        or analysis.id != body.analysis_id
        or analysis.status is not AnalysisStatus.approved
    ):
        raise AnalysisConflict(
            Text(
                "Rapat pleno memutus atas kajian yang disetujui; kajian saat ini: {state}.",
                "A plenary decides on the approved analysis; the current analysis: {state}.",
            ),
            state=(
                "none"
                if analysis is None
                else f"{analysis.id} (version {analysis.number}, {analysis.status.value})"
            ),
        )
    await _check_held_at(session, report, body.held_at)
    rule = await quorum_rule(session)
    needed = quorum_needed(body.members_in_office, rule)
    present = len(body.members)
    if present < needed:
        raise QuorumNotMet(
            Text(
                "Hadir {present} dari {n} anggota; kuorum (kebijakan plenary_quorum = {rule}) "
                "memerlukan {needed}.",
                "{present} of {n} members present; the quorum (policy plenary_quorum = "
                "{rule}) needs {needed}.",
            ),
            fields=[
                FieldError(
                    ("members",),
                    "quorum_not_met",
                    Text("Kuorum tidak terpenuhi.", "The quorum is not met."),
                )
            ],
            present=present,
            n=body.members_in_office,
            rule=rule.value,
            needed=needed,
        )
    plenary = CasePlenary(
        report_id=report.id,
        analysis_id=analysis.id,
        held_at=body.held_at.astimezone(UTC),
        place=body.place,
        minutes_reference=body.minutes_reference,
        members_in_office=body.members_in_office,
        members=[m.model_dump(mode="json") for m in body.members],
        quorum_rule=rule.value,
        quorum_needed=needed,
        outcome=body.outcome,
        category=body.category,
        legal_basis=body.legal_basis,
        summary=body.summary,
        recorded_by=principal.subject,
        created_at=utcnow(),
    )
    session.add(plenary)
    await session.flush()
    changes = {"plenary": _plenary_ref(plenary)}
    await _event(session, principal, report, "plenary_held", changes, plenary.held_at)
    await outbox.emit(session, "plenary.held", report, changes)
    return plenary


def _plenary_ref(plenary: CasePlenary) -> dict[str, Any]:
    """What the timeline, webhooks and the decision say about a plenary."""
    return {
        "id": str(plenary.id),
        "held_at": plenary.held_at.astimezone(UTC).isoformat(),
        "analysis_id": str(plenary.analysis_id),
        "present": len(plenary.members),
        "members_in_office": plenary.members_in_office,
        "quorum": {"rule": plenary.quorum_rule, "needed": plenary.quorum_needed},
        "outcome": plenary.outcome.value,
        "category": plenary.category.value if plenary.category else None,
        "legal_basis": plenary.legal_basis,
    }


async def require_plenary(
    session: AsyncSession,
    report: Report,
    outcome: Outcome,
    category: ViolationCategory | None,
) -> dict[str, Any]:
    """The plenary a decision of ``outcome`` (and ``category``) follows, as a reference
    for the decision; 409 naming what is missing: no plenary recorded, a plenary on an
    analysis superseded since, or a plenary that decided otherwise. The status is decided
    in plenary (docs/legal/procedure.md §1.1 row 8, MED); no source lets an office decide
    without one, so this is not a policy."""
    plenary = await latest_plenary(session, report.id)
    if plenary is None:
        raise PlenaryRequired(
            Text(
                "Status laporan ditetapkan dalam rapat pleno: belum ada rapat pleno yang "
                "dicatat (POST .../plenaries, atas kajian yang disetujui).",
                "A case's status is decided in a plenary meeting: no plenary is recorded "
                "(POST .../plenaries, on the approved analysis).",
            )
        )
    analysis = await current(session, report.id)
    if analysis is None or analysis.id != plenary.analysis_id:
        raise PlenaryRequired(
            Text(
                "Rapat pleno {plenary} memutus atas kajian {analysis} yang telah digantikan: "
                "catat rapat pleno atas kajian yang berlaku.",
                "Plenary {plenary} decided on analysis {analysis}, superseded since: record "
                "a plenary on the current analysis.",
            ),
            plenary=plenary.id,
            analysis=plenary.analysis_id,
        )
    if plenary.outcome is not outcome or (
        outcome is Outcome.violation and plenary.category is not category
    ):
        decided = plenary.outcome.value + (
            f" ({plenary.category.value})" if plenary.category else ""
        )
        asked = outcome.value + (f" ({category.value})" if category else "")
        raise PlenaryMismatch(
            Text(
                "Rapat pleno {plenary} ({held_at}) memutus {decided}, bukan {asked}.",
                "Plenary {plenary} ({held_at}) decided {decided}, not {asked}.",
            ),
            plenary=plenary.id,
            held_at=plenary.held_at.astimezone(UTC).isoformat(),
            decided=decided,
            asked=asked,
        )
    return _plenary_ref(plenary)
