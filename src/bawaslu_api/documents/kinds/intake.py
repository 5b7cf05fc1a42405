"""Documents of intake and initial review: the report form, the receipt, the finding form,
the initial-review result, the notice to complete, the status announcement."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any

import segno
from sqlalchemy import select

from bawaslu_api.cases import receipts
from bawaslu_api.cases.models import ReportKind, ReportStatus
from bawaslu_api.deadlines.clocks import trigger_of
from bawaslu_api.deadlines.models import Deadline, DeadlineStatus
from bawaslu_api.documents import idn
from bawaslu_api.documents.errors import NotIssuable, ReceiptCodeMismatch
from bawaslu_api.documents.gather import (
    Gathered,
    Kind,
    Source,
    case_facts,
    chair_signer,
    label,
    parties,
    staff_names,
)
from bawaslu_api.errors import FieldError
from bawaslu_api.i18n import Text
from bawaslu_api.persons.models import CasePerson
from bawaslu_api.rules_api.messages import message
from bawaslu_api.timeline.service import events
from bawaslu_rules import CODES, Code


def qr_svg(target: str) -> str:
    """A QR code of ``target`` as SVG text (segno; medium error correction)."""
    buf = io.BytesIO()
    segno.make(target, error="m").save(buf, kind="svg", xmldecl=False, scale=4, border=0)
    return buf.getvalue().decode()


def status_target(src: Source, code: str) -> str:
    """Where the QR code points: the public status page with the code in the fragment
    (``#``), which browsers never send to a server, so the code stays out of access logs."""
    return f"{src.settings.public_status_url}#{code}"


async def receipt(src: Source) -> Gathered:
    """The receipt of a report. Its code is shown only once, at filing (only its hash is
    kept): the officer passes it back in ``receipt_code``, which must match."""
    report = src.report
    if report.receipt_hash is None:
        raise NotIssuable(
            Text(
                "Kasus ini tidak memiliki kode tanda terima (temuan atau impor).",
                "This case has no receipt code (a finding or an import).",
            )
        )
    code = str(src.options.get("receipt_code") or "")
    if receipts.digest(code) != report.receipt_hash:
        raise ReceiptCodeMismatch(
            Text(
                "Kode tanda terima tidak cocok dengan laporan ini.",
                "The receipt code does not match this case.",
            ),
            fields=[
                FieldError(
                    ("receipt_code",),
                    "mismatch",
                    Text("Tidak cocok dengan laporan ini.", "Does not match this case."),
                )
            ],
        )
    code = receipts.display(code)
    facts = case_facts(src)
    evidence = [
        str(e.get("description") or e.get("type") or "").strip()
        for e in (report.evidence_items or [])
    ]
    officer = await staff_names(src.session, [src.principal.subject])
    return Gathered(
        body={
            **facts,
            "reporter": src.identity.name if src.identity else "",
            "intake": report.register_number or "-",
            "evidence": [e for e in evidence if e],
            "receipt_code": code,
            "status_url": src.settings.public_status_url,
            "qr_target": status_target(src, code),
            "qr_svg": qr_svg(status_target(src, code)),
        },
        signers=[
            {
                "role": "Petugas penerima",
                "name": officer.get(src.principal.subject, src.principal.subject),
            }
        ],
    )


# ---------------------------------------------------------------- shared pieces

REPORTER_CATEGORIES = {
    "voter": "Pemilih",
    "citizen": "Warga negara Indonesia",
    "participant": "Peserta pemilu/pemilihan",
    "candidate": "Calon",
    "monitor": "Pemantau pemilu/pemilihan",
    "representative": "Kuasa pelapor",
    "other": "Lainnya",
}
EVIDENCE_KINDS = {
    "document": "Dokumen",
    "photo": "Foto",
    "video": "Video",
    "audio": "Rekaman suara",
    "object": "Benda",
    "storage_media": "Media penyimpanan",
    "other": "Lainnya",
}
REJECTION_REASONS = {
    "late": "Laporan disampaikan melewati batas waktu penyampaian laporan.",
    "incomplete": "Syarat formal dan/atau syarat materiel laporan tidak terpenuhi.",
    "completion_expired": "Laporan tidak dilengkapi dalam batas waktu melengkapi laporan.",
    "not_election_matter": "Yang dilaporkan bukan dugaan pelanggaran pemilu/pemilihan.",
    "not_eligible": "Pelapor tidak memenuhi syarat sebagai pelapor.",
    "other": "Alasan lain (lihat catatan).",
}
FORWARD_TO = {
    "kpu": "Komisi Pemilihan Umum (KPU)",
    "dkpp": "Dewan Kehormatan Penyelenggara Pemilu (DKPP)",
    "police": "Kepolisian Negara Republik Indonesia (melalui Sentra Gakkumdu)",
    "agency": "Instansi yang berwenang",
}
WITHHELD = "[disamarkan]"


def _moment(value: object) -> datetime | None:
    """A moment stored as ISO text in a JSON column (None if absent)."""
    return datetime.fromisoformat(value) if isinstance(value, str) else None


def _dash(value: object) -> str:
    text = str(value or "").strip()
    return text or "-"


def _evidence(report_items: Iterable[dict[str, Any]]) -> list[dict[str, str]]:
    out = []
    for e in report_items:
        copies = e.get("copies")
        out.append(
            {
                "kind": EVIDENCE_KINDS.get(str(e.get("kind") or ""), str(e.get("kind") or "")),
                "description": str(e.get("description") or "").strip() or "-",
                "copies": str(copies) if copies else "-",
            }
        )
    return out


def _incident_time(src: Source) -> str:
    t = src.report.incident_time
    if t is None:
        return ""
    return f"{t:%H.%M} {idn.ZONES.get(src.zone, src.zone)}"


def _event(src: Source) -> dict[str, str]:
    r = src.report
    day = idn.hari_tanggal(r.incident_date)
    at = _incident_time(src)
    return {
        "summary": r.description,
        "place": r.incident_address or "",
        "date": f"{day}, pukul {at}" if day and at else day,
        "known_on": idn.hari_tanggal(r.known_on),
    }


def _parties_full(src: Source) -> list[dict[str, str]]:
    return [
        {
            "name": _dash(p.get("name")),
            "role": str(p.get("position") or p.get("type") or "").strip(),
            "address": _dash(p.get("address")),
            "phone": _dash(p.get("phone")),
        }
        for p in (src.report.reported_parties or [])
    ]


def _witnesses(src: Source) -> list[dict[str, str]]:
    return [
        {"name": _dash(w.get("name")), "address": _dash(w.get("address")),
         "phone": _dash(w.get("phone"))}
        for w in (src.identity.witnesses if src.identity else [])
    ]  # fmt: skip


async def _recorder(src: Source) -> str:
    """Who entered the case (the first event's actor): the receiving officer of a report,
    the supervisor who recorded a finding; the issuer when that was not a staff member
    (an online filing)."""
    chain = await events(src.session, src.report.id)
    actor = chain[0].actor if chain else src.principal.subject
    if actor.startswith("public:"):
        actor = src.principal.subject
    names = await staff_names(src.session, [actor])
    return names.get(actor, actor)


def _requirement(code: str) -> str:
    try:
        return message(Code(code), "id")
    except ValueError:  # a code from a newer rules engine than this service words
        return code


def _basis(code: str) -> str:
    try:
        return CODES[Code(code)].basis
    except ValueError:
        return ""


def _failures(src: Source, extra: Iterable[str] = ()) -> list[dict[str, str]]:
    """The unmet conditions of the initial review (and codes the officer named), worded."""
    stored = list(src.report.admissibility.get("failures", []))
    seen = {f["code"] for f in stored}
    stored += [{"code": c, "basis": _basis(c)} for c in extra if c not in seen]
    return [
        {"code": f["code"], "text": _requirement(f["code"]), "basis": f.get("basis", "")}
        for f in stored
    ]


def _reporter(src: Source) -> dict[str, str]:
    i = src.identity
    if i is None:
        return {"name": "", "nik": "", "address": "", "phone": "", "email": "", "category": "",
                "age": ""}  # fmt: skip
    age = (src.report.admissibility.get("reporter_facts") or {}).get("age")
    return {
        "name": i.name,
        "nik": i.nik,
        "address": i.address,
        "phone": i.phone,
        "email": i.email,
        "category": REPORTER_CATEGORIES.get(i.reporter_category or "", i.reporter_category or ""),
        "age": f"{age} tahun" if age is not None else "",
    }


def _place(src: Source) -> str:
    return src.office.name


# ---------------------------------------------------------------- report form (B.1 / A.1)


async def report_form(src: Source) -> Gathered:
    """The report form as filled at intake, for the reporter and the receiving officer to
    sign. Personal (the reporter's and witnesses' identities)."""
    report = src.report
    if report.kind is not ReportKind.report:
        raise NotIssuable(
            Text(
                "Temuan tidak memiliki formulir laporan; terbitkan formulir temuan.",
                "A finding has no report form; issue the finding form.",
            )
        )
    facts = case_facts(src)
    reporter = _reporter(src)
    officer = await _recorder(src)
    return Gathered(
        body={
            **facts,
            "reporter": reporter,
            "parties_full": _parties_full(src),
            "event": _event(src),
            "witnesses": _witnesses(src),
            "evidence": _evidence(report.evidence_items or []),
            "reported_place": src.office.name,
        },
        signers=[
            {"role": "Pelapor", "name": reporter["name"]},
            {"role": "Petugas penerima laporan", "name": officer},
        ],
    )


# ---------------------------------------------------------------- finding form (B.2 / A.2)


async def _clock(src: Source, rule_id: str, *, pending: bool = False) -> Deadline | None:
    stmt = select(Deadline).where(Deadline.report_id == src.report.id, Deadline.rule_id == rule_id)
    if pending:
        stmt = stmt.where(Deadline.status == DeadlineStatus.pending)
    rows = (await src.session.execute(stmt.order_by(Deadline.due_at.desc()))).scalars()
    return rows.first()


def _clock_text(src: Source, row: Deadline) -> dict[str, str]:
    start = trigger_of(row)
    return {
        "from": src.when(start) if isinstance(start, datetime) else idn.hari_tanggal(start),
        "due": src.when(row.due_at),
        "due_day": src.day(row.due_at),
        "period": f"{row.amount} {idn.UNITS.get(row.unit, row.unit)}",
        "basis": row.basis,
        "status": label("deadline_status", row.status),
    }


async def finding_form(src: Source) -> Gathered:
    """The finding form: who found what, when, against whom, with what evidence."""
    report = src.report
    if report.kind is not ReportKind.finding:
        raise NotIssuable(
            Text(
                "Formulir temuan hanya untuk temuan; laporan memakai formulir laporan.",
                "The finding form is for findings; a report has the report form.",
            )
        )
    facts = case_facts(src)
    finder = await _recorder(src)
    clock = await _clock(src, "finding.set")
    return Gathered(
        body={
            **facts,
            "finder_office": src.office.name,
            "finder": finder,
            "parties_full": _parties_full(src),
            "event": _event(src),
            "witnesses": _witnesses(src),
            "evidence": _evidence(report.evidence_items or []),
            "set_clock": _clock_text(src, clock) if clock else None,
        },
        signers=[{"role": "Pengawas yang menemukan", "name": finder}],
    )


# ---------------------------------------------------------------- initial-review result


async def review_result(src: Source) -> Gathered:
    """The result of the initial review, to the reporter: registered with its number and
    date, or not registered with the reasons and the conditions found unmet."""
    report = src.report
    if report.kind is not ReportKind.report:
        raise NotIssuable(
            Text(
                "Temuan tidak memiliki pelapor yang diberi tahu hasil kajian awal.",
                "A finding has no reporter to notify of the initial review.",
            )
        )
    registered = report.register_number is not None
    rejection = report.rejection if report.status is ReportStatus.not_registered else None
    if not registered and rejection is None:
        raise NotIssuable(
            Text(
                "Kajian awal belum selesai: laporan belum diregistrasi maupun dinyatakan "
                "tidak diregistrasi (status {status}).",
                "The initial review has not concluded: the report is neither registered "
                "nor rejected (status {status}).",
            ),
            status=report.status.value,
        )
    facts = case_facts(src)
    rejected_at = _moment((rejection or {}).get("at"))
    return Gathered(
        body={
            **facts,
            "reporter": _reporter(src),
            "registered_flag": registered,
            "rejected_on": src.day(rejected_at),
            "reasons": [REJECTION_REASONS.get(r, r) for r in (rejection or {}).get("reasons", [])],
            "note": (rejection or {}).get("note", ""),
            "failures": _failures(src),
        },
        signers=[chair_signer(src)],
        facts={"result": "registered" if registered else "not_registered"},
    )


# ---------------------------------------------------------------- notice to complete


async def completion_notice(src: Source) -> Gathered:
    """The notice to complete: what is missing and the deadline (the case's
    ``report.completion`` clock, in the office's zone, with its basis)."""
    report = src.report
    if report.status is not ReportStatus.completion_requested:
        raise NotIssuable(
            Text(
                "Tidak ada permintaan melengkapi laporan yang berjalan (status {status}).",
                "No request to complete the report is pending (status {status}).",
            ),
            status=report.status.value,
        )
    clock = await _clock(src, "report.completion", pending=True)
    if clock is None:
        raise NotIssuable(
            Text(
                "Kasus ini tidak memiliki tenggat report.completion yang berjalan.",
                "This case has no pending report.completion clock.",
            )
        )
    missing: list[str] = []
    for event in await events(src.session, report.id):
        if event.action == "completion_requested":  # the last request names what it asked
            missing = [str(c) for c in event.changes.get("missing", [])]
    facts = case_facts(src)
    return Gathered(
        body={
            **facts,
            "reporter": _reporter(src),
            "failures": _failures(src, missing),
            "deadline": _clock_text(src, clock),
        },
        signers=[chair_signer(src)],
        facts={"deadline": clock.due_at.isoformat(), "rule": clock.rule_id},
    )


# ---------------------------------------------------------------- status announcement


async def _personal_values(src: Source) -> list[str]:
    """Every personal value of the case's reporter, witnesses and experts (to withhold)."""
    values: list[str] = []
    i = src.identity
    if i is not None:
        values += [i.name, i.nik, i.address, i.phone, i.email]
        for w in i.witnesses or []:
            values += [str(w.get(k) or "") for k in ("name", "address", "phone", "email")]
    people = await src.session.scalars(
        select(CasePerson).where(CasePerson.report_id == src.report.id)
    )
    for p in people.all():
        values += [p.name, p.address, p.phone, p.email]
    return sorted({v.strip() for v in values if len(v.strip()) >= 3}, key=len, reverse=True)


def withhold(text: str, values: list[str]) -> str:
    """``text`` with every personal value replaced by a mark (case-insensitive)."""
    for value in values:
        text = re.sub(re.escape(value), WITHHELD, text, flags=re.IGNORECASE)
    return text


async def announcement(src: Source) -> Gathered:
    """The public status announcement, as the case was announced (``POST .../announcement``:
    its status and the public notice the office wrote). Public: the reported parties and,
    for a finding, the finder office; the reporter's own account (the description, the
    incident address) is never printed, since it is free text that may name anyone; the
    values of the case's reporter, witnesses and experts are withheld wherever they occur."""
    report = src.report
    registered = report.register_number is not None
    if report.announced_at is None or report.announcement is None:
        raise NotIssuable(
            Text(
                "Kasus belum diumumkan (POST .../announcement): pengumuman memuat status dan "
                "teks yang diumumkan.",
                "The case has not been announced (POST .../announcement): the document "
                "carries the announced status and notice.",
            )
        )
    hidden = await _personal_values(src)
    facts = case_facts(src)
    forwarded = [
        {
            "to": (f.get("agency_name") or FORWARD_TO["agency"])
            if f.get("to") == "agency"
            else FORWARD_TO.get(str(f.get("to")), str(f.get("to"))),
            "sent": src.day(_moment(f.get("sent_at"))),
            "reference": str(f.get("reference") or ""),
        }
        for f in report.forwardings or []
    ]
    notice = report.announcement.get("notice", "")
    rejection = report.rejection or {}
    return Gathered(
        body={
            "kind": facts["kind"],
            "register_number": facts["register_number"],
            "registered": facts["registered"],
            "received_day": facts["received_day"],
            "election": facts["election"],
            "status": facts["status"],
            "outcome": facts["outcome"],
            "category": facts["category"],
            "parties": [withhold(p, hidden) for p in parties(report)],
            "incident_date": facts["incident_date"],
            "finder": src.office.name if report.kind is ReportKind.finding else "",
            "is_finding": report.kind is ReportKind.finding,
            "registered_flag": registered,
            "reasons": [REJECTION_REASONS.get(r, r) for r in rejection.get("reasons", [])]
            if not registered
            else [],
            "forwarded": forwarded,
            "notice": withhold(str(notice), hidden),
            "announced": src.day(report.announced_at),
        },
        signers=[chair_signer(src)],
    )


KINDS: tuple[Kind, ...] = (
    Kind("report_form", report_form),
    Kind("receipt", receipt),
    Kind("finding_form", finding_form),
    Kind("review_result", review_result),
    Kind("completion_notice", completion_notice),
    Kind("announcement", announcement),
)
