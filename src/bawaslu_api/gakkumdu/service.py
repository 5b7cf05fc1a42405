"""The Sentra Gakkumdu steps of a case (docs/legal/procedure.md §1.3; docs/procedure.md,
"Sentra Gakkumdu").

Each step loads and locks the case in the caller's jurisdiction (:func:`for_step`), checks
the lifecycle (``bawaslu_rules.can``) and that the case is an alleged crime
(``bawaslu_rules.gakkumdu.is_gakkumdu_case``), records the step, appends one event to the
case's hash-chained timeline (its ``occurred_at``: when the discussion was held, when the
police received the file) and queues a webhook event, in the request's transaction.

Bawaslu's declaration that the act is an alleged crime is the case's decision with the
category ``crime`` (``POST /v1/reports/{id}/decision``): the rules engine's
``decision_clocks`` opens ``crime.forward_to_police`` (1x24 hours, UU 7/2017 Art. 476;
UU 1/2015 Art. 135(2)) and ``forwarding_clocks`` closes it when the case is forwarded to
the police (``POST /v1/reports/{id}/forwardings``, ``to: police``). Nothing here opens
or closes that clock a second time. Recording the police's receipt starts
``crime.investigation`` through the same ``forwarding_clocks`` plan when the forwarding
did not carry the receipt.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases import repository as cases
from bawaslu_api.cases.dates import check_occurred_at
from bawaslu_api.cases.errors import InvalidTransition
from bawaslu_api.cases.models import Report
from bawaslu_api.cases.repository import Loaded
from bawaslu_api.clock import utcnow
from bawaslu_api.deadlines import clocks
from bawaslu_api.errors import FieldError
from bawaslu_api.gakkumdu import repository
from bawaslu_api.gakkumdu.errors import (
    DiscussionOutOfOrder,
    GakkumduInputInvalid,
    NoPoliceForwarding,
    NotAGakkumduCase,
    PoliceReportRecorded,
)
from bawaslu_api.gakkumdu.models import (
    GakkumduDiscussion,
    GakkumduDossierItem,
    GakkumduPoliceReport,
)
from bawaslu_api.gakkumdu.schemas import (
    DiscussionIn,
    DiscussionOut,
    DossierIn,
    DossierItemOut,
    DossierOut,
    GakkumduOut,
    Participant,
    PoliceReportIn,
    PoliceReportOut,
)
from bawaslu_api.i18n import Text
from bawaslu_api.security.principals import Principal
from bawaslu_api.timeline.service import append_event, occurred_iso
from bawaslu_api.webhooks import outbox
from bawaslu_rules import forwarding_clocks
from bawaslu_rules.gakkumdu import (
    DISCUSSIONS,
    DOSSIER,
    DOSSIER_BASIS,
    DOSSIER_CONFIDENCE,
    GAKKUMDU_APPLIES,
    discussion_refusal,
    is_gakkumdu_case,
    missing_institutions,
)

TIME_LIMITS = (
    "No time limit per discussion was found in the law (docs/legal/procedure.md §1.3, LOW): "
    "none is applied. The discussions run inside the case's decision clock; "
    "crime.forward_to_police (1x24 hours) runs from the decision (Bawaslu's declaration)."
)

WITH_ARTICLE = ("crime_indicated", "forward_to_investigation")
"""Conclusions that name the criminal provision(s) indicated."""

# ---------------------------------------------------------------- loading and checks


async def for_step(
    session: AsyncSession, report_id: uuid.UUID, principal: Principal, if_match: str | None
) -> Loaded:
    """The case, locked for this transaction, if the caller's ``If-Match`` is current."""
    loaded = await cases.load(session, report_id, principal, for_update=True)
    cases.check_version(loaded.report, if_match)
    return loaded


def _require(report: Report, action: str) -> None:
    """409 unless the case is an alleged crime and its status allows ``action``."""
    category = report.outcome_category.value if report.outcome_category else None
    if not is_gakkumdu_case(report.violation_type, category):
        raise NotAGakkumduCase(
            Text(
                "Jenis pelanggaran {type}, kategori putusan {category}: Sentra Gakkumdu "
                "menangani dugaan tindak pidana pemilu ({basis}).",
                "Violation type {type}, decision category {category}: Sentra Gakkumdu "
                "handles alleged election crimes ({basis}).",
            ),
            type=report.violation_type,
            category=category,
            basis=GAKKUMDU_APPLIES,
        )
    cases.require(report, action)


async def _check_evidence(
    session: AsyncSession, report: Report, loc: tuple[str | int, ...], evidence_id: uuid.UUID
) -> None:
    """422 naming ``loc`` unless ``evidence_id`` is an evidence item of this case."""
    if await repository.evidence_case(session, evidence_id) == report.id:
        return
    raise GakkumduInputInvalid(
        fields=[
            FieldError(
                loc,
                "unknown_evidence",
                Text(
                    "Barang bukti {id} bukan bagian dari laporan ini.",
                    "Evidence item {id} is not part of this case.",
                ),
                {"id": str(evidence_id)},
            )
        ]
    )


def _police_forwardings(report: Report) -> list[dict[str, Any]]:
    return [f for f in report.forwardings if f.get("to") == "police"]


# ---------------------------------------------------------------- discussions


async def record_discussion(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: DiscussionIn
) -> GakkumduDiscussion:
    """Pembahasan ``body.number``: in order (2 after 1, 3 after 2 and only where policy
    ``gakkumdu.third_discussion`` expects it), with officials of the three institutions."""
    report = loaded.report
    _require(report, "gakkumdu_discussion")
    held = await repository.discussions(session, report.id)
    rs = await clocks.case_ruleset(session, report)
    refusal = discussion_refusal(
        body.number,
        status=report.status.value,
        held={d.number: d.conclusion for d in held},
        third_discussion=rs.policies.gakkumdu_third_discussion,
    )
    if refusal is not None:
        kind, why = refusal
        conflict = DiscussionOutOfOrder if kind == "order" else InvalidTransition
        raise conflict(
            Text("Pembahasan {n} ditolak: {why}.", "Discussion {n} refused: {why}."),
            n=body.number,
            why=why,
        )
    stage = DISCUSSIONS[body.number]
    problems: list[FieldError] = []
    if body.conclusion not in stage.conclusions:
        problems.append(
            FieldError(
                ("conclusion",),
                "conclusion_not_allowed",
                Text(
                    "Pembahasan {n} menyimpulkan salah satu dari: {allowed}.",
                    "Discussion {n} concludes one of: {allowed}.",
                ),
                {"n": body.number, "allowed": ", ".join(stage.conclusions)},
            )
        )
    missing = missing_institutions({p.institution for p in body.participants})
    if missing:
        problems.append(
            FieldError(
                ("participants",),
                "gakkumdu_member_missing",
                Text(
                    "Tidak ada peserta dari: {missing} (Perbawaslu 3/2023 Pasal 1 angka 2).",
                    "No participant from: {missing} (Perbawaslu 3/2023 Art. 1(2)).",
                ),
                {"missing": ", ".join(missing)},
            )
        )
    if body.conclusion in WITH_ARTICLE and not [a for a in body.articles if a.strip()]:
        problems.append(
            FieldError(
                ("articles",),
                "article_required",
                Text(
                    "Kesimpulan {conclusion} menyebut pasal tindak pidana yang diduga.",
                    "The conclusion {conclusion} names the criminal provision(s) indicated.",
                ),
                {"conclusion": body.conclusion},
            )
        )
    if problems:
        raise GakkumduInputInvalid(fields=problems)
    previous: tuple[str, datetime] | None = None
    if held:
        previous = (f"discussion {held[-1].number}", held[-1].held_at)
    elif report.registered_at is not None:
        previous = ("registered", report.registered_at)
    if body.number == 3 and _police_forwardings(report):
        sent = _police_forwardings(report)[-1]["sent_at"]
        previous = ("forwarded to the police", datetime.fromisoformat(sent))
    check_occurred_at(body.held_at, now=utcnow(), previous=previous, field="held_at")
    if body.minutes_evidence_id is not None:
        await _check_evidence(session, report, ("minutes_evidence_id",), body.minutes_evidence_id)
    row = GakkumduDiscussion(
        report_id=report.id,
        number=body.number,
        held_at=body.held_at.astimezone(UTC),
        place=body.place,
        participants=[p.model_dump() for p in body.participants],
        conclusion=body.conclusion,
        articles=[a.strip() for a in body.articles if a.strip()],
        notes=body.notes,
        minutes_evidence_id=body.minutes_evidence_id,
        recorded_by=principal.subject,
    )
    session.add(row)
    cases.touch(report, utcnow())
    await session.flush()
    await append_event(
        session,
        report.id,
        principal.subject,
        "gakkumdu_discussion_held",
        {
            "discussion_id": str(row.id),
            "number": row.number,
            "conclusion": row.conclusion,
            "articles": row.articles,
            "participants": row.participants,
            "place": row.place,
            "minutes_evidence_id": str(row.minutes_evidence_id)
            if row.minutes_evidence_id
            else None,
            "occurred_at": occurred_iso(row.held_at),
        },
    )
    await outbox.emit(
        session,
        "gakkumdu.discussion_held",
        report,
        {
            "discussion": {
                "number": row.number,
                "held_at": row.held_at,
                "conclusion": row.conclusion,
                "articles": row.articles,
            }
        },
    )
    return row


# ---------------------------------------------------------------- the dossier


async def tick_dossier(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: DossierIn
) -> None:
    """Tick (or untick) documents of the dossier handed to the police (Perbawaslu 3/2023
    Art. 27), each with an optional evidence item of the case."""
    report = loaded.report
    _require(report, "gakkumdu_dossier")
    now = utcnow()
    at = body.occurred_at or now
    if body.occurred_at is not None:
        check_occurred_at(body.occurred_at, now=utcnow(), previous=None, field="occurred_at")
    codes = [t.code for t in body.items]
    if len(set(codes)) != len(codes):
        raise GakkumduInputInvalid(
            fields=[
                FieldError(
                    ("items",),
                    "duplicate_item",
                    Text("Dokumen disebut lebih dari sekali.", "A document is listed twice."),
                )
            ]
        )
    for i, tick in enumerate(body.items):
        if tick.evidence_id is not None:
            await _check_evidence(session, report, ("items", i, "evidence_id"), tick.evidence_id)
    current = await repository.dossier(session, report.id)
    changes: list[dict[str, Any]] = []
    for tick in body.items:
        row = current.get(tick.code)
        if not tick.included:
            if row is not None:
                await session.delete(row)
            changes.append({"code": tick.code, "included": False})
            continue
        if row is None:
            row = GakkumduDossierItem(report_id=report.id, code=tick.code)
            session.add(row)
        row.evidence_id = tick.evidence_id
        row.note = tick.note
        row.ticked_by = principal.subject
        row.ticked_at = at.astimezone(UTC)
        changes.append(
            {
                "code": tick.code,
                "included": True,
                "evidence_id": str(tick.evidence_id) if tick.evidence_id else None,
            }
        )
    cases.touch(report, now)
    await session.flush()
    ticked = await repository.dossier(session, report.id)
    missing = [item.code for item in DOSSIER if item.code not in ticked]
    event: dict[str, Any] = {"items": changes, "complete": not missing, "missing": missing}
    if body.occurred_at is not None:
        event["occurred_at"] = occurred_iso(body.occurred_at)
    await append_event(session, report.id, principal.subject, "gakkumdu_dossier_updated", event)
    await outbox.emit(
        session,
        "gakkumdu.dossier_updated",
        report,
        {"dossier": {"items": changes, "complete": not missing, "missing": missing}},
    )


# ---------------------------------------------------------------- the police report


async def record_police_report(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: PoliceReportIn
) -> None:
    """The police report number the SPKT issued and who received the file, when; once.

    When the case's forwarding to the police did not give the receipt, the rules engine's
    ``forwarding_clocks`` plan starts ``crime.investigation`` from it (UU 7/2017 Art.
    480(1)); ``crime.forward_to_police`` was already closed by the forwarding."""
    report = loaded.report
    _require(report, "police_report")
    forwardings = _police_forwardings(report)
    if not forwardings:
        raise NoPoliceForwarding(
            Text(
                "Catat penerusan ke kepolisian (POST /v1/reports/{id}/forwardings, to: "
                "police) sebelum laporan polisi.",
                "Record the forwarding to the police (POST /v1/reports/{id}/forwardings, "
                "to: police) before the police report.",
            ),
            id=report.id,
        )
    if await repository.police_report(session, report.id) is not None:
        raise PoliceReportRecorded(
            Text(
                "Laporan polisi untuk kasus ini sudah dicatat.",
                "The police report of this case is already recorded.",
            )
        )
    forwarding = forwardings[-1]
    sent_at = datetime.fromisoformat(forwarding["sent_at"])
    check_occurred_at(
        body.received_at,
        now=utcnow(),
        previous=("forwarded to the police", sent_at),
        field="received_at",
    )
    now = utcnow()
    row = GakkumduPoliceReport(
        report_id=report.id,
        number=body.number,
        received_by=body.received_by,
        received_at=body.received_at.astimezone(UTC),
        complainant=body.complainant,
        note=body.note,
        recorded_by=principal.subject,
    )
    session.add(row)
    opened: list[str] = []
    if not forwarding.get("received_at"):
        running = {d.rule_id for d in await clocks.deadlines_of(session, report.id)}
        if "crime.investigation" not in running:
            rs = await clocks.case_ruleset(session, report)
            category = report.outcome_category.value if report.outcome_category else None
            plan = forwarding_clocks(
                rs, to="police", category=category, sent_at=sent_at, received_at=body.received_at
            )
            _, rows = await clocks.apply(session, report, loaded.office.timezone, plan)
            opened = [r.rule_id for r in rows]
    cases.touch(report, now)
    await session.flush()
    await append_event(
        session,
        report.id,
        principal.subject,
        "police_report_recorded",
        {
            "number": body.number,
            "received_by": body.received_by,
            "complainant": body.complainant,
            "note": body.note,
            "opened": opened,
            "occurred_at": occurred_iso(body.received_at),
        },
    )
    await outbox.emit(
        session,
        "gakkumdu.police_report_recorded",
        report,
        {
            "police_report": {
                "number": body.number,
                "received_at": body.received_at,
                "complainant": body.complainant,
            }
        },
    )


# ---------------------------------------------------------------- reading


def discussion_out(row: GakkumduDiscussion) -> DiscussionOut:
    stage = DISCUSSIONS[row.number]
    return DiscussionOut(
        id=row.id,
        number=row.number,
        title=stage.title,
        held_at=row.held_at.astimezone(UTC),
        place=row.place,
        participants=[Participant(**p) for p in row.participants],
        conclusion=row.conclusion,
        articles=row.articles,
        notes=row.notes,
        minutes_evidence_id=row.minutes_evidence_id,
        recorded_by=row.recorded_by,
        recorded_at=row.recorded_at,
        basis=stage.basis,
        confidence=stage.confidence.value,
    )


async def record_of(session: AsyncSession, loaded: Loaded) -> GakkumduOut:
    """The case's Sentra Gakkumdu record (the caller loaded the case in its jurisdiction)."""
    report = loaded.report
    category = report.outcome_category.value if report.outcome_category else None
    ticked = await repository.dossier(session, report.id)
    items = []
    for item in DOSSIER:
        row = ticked.get(item.code)
        items.append(
            DossierItemOut(
                code=item.code,
                title=item.title,
                title_id=item.title_id,
                included=row is not None,
                evidence_id=row.evidence_id if row else None,
                note=row.note if row else "",
                ticked_by=row.ticked_by if row else None,
                ticked_at=row.ticked_at.astimezone(UTC) if row else None,
            )
        )
    missing = [i.code for i in items if not i.included]
    police = await repository.police_report(session, report.id)
    rs = await clocks.case_ruleset(session, report)
    return GakkumduOut(
        report_id=report.id,
        applies=is_gakkumdu_case(report.violation_type, category),
        applies_basis=GAKKUMDU_APPLIES,
        third_discussion_expected=rs.policies.gakkumdu_third_discussion,
        time_limits=TIME_LIMITS,
        discussions=[discussion_out(d) for d in await repository.discussions(session, report.id)],
        dossier=DossierOut(
            basis=DOSSIER_BASIS,
            confidence=DOSSIER_CONFIDENCE.value,
            complete=not missing,
            missing=missing,
            items=items,
        ),
        police_report=None
        if police is None
        else PoliceReportOut(
            number=police.number,
            received_by=police.received_by,
            received_at=police.received_at.astimezone(UTC),
            complainant=police.complainant,
            note=police.note,
            recorded_by=police.recorded_by,
            recorded_at=police.recorded_at,
        ),
    )
