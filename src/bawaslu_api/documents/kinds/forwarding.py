"""The forwarding letters (surat penerusan): the recommendation to KPU for an administrative
violation with the follow-up deadline KPU must meet, the ethics case to DKPP with its
dossier, the alleged election crime to the police (via Sentra Gakkumdu) with the dossier
list, and a violation of other law to the competent agency.

Each letter records a forwarding already entered on the case (``Report.forwardings``):
before it, the letter is not issuable (409). The violation and its basis come from the
decision and the plenary it followed; the KPU deadline from the deadline row the
forwarding opened (the rules' ``admin.kpu_followup``), never from a constant.
"""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from bawaslu_api.cases.models import ReportKind
from bawaslu_api.deadlines import clocks
from bawaslu_api.deadlines.models import Deadline
from bawaslu_api.deliberation.models import CaseAnalysis, CasePlenary
from bawaslu_api.documents import idn
from bawaslu_api.documents.errors import NotIssuable
from bawaslu_api.documents.gather import (
    Gathered,
    Kind,
    Source,
    case_facts,
    chair_signer,
    label,
)
from bawaslu_api.documents.models import IssuedDocument
from bawaslu_api.evidence.models import EvidenceItem, EvidenceStatus
from bawaslu_api.gakkumdu.models import (
    GakkumduDiscussion,
    GakkumduDossierItem,
    GakkumduPoliceReport,
)
from bawaslu_api.i18n import Text
from bawaslu_api.integrations.kpu.models import KpuForwarding
from bawaslu_api.offices.models import Office, OfficeLevel
from bawaslu_rules.gakkumdu import DISCUSSIONS, DOSSIER

RECIPIENTS = {
    "kpu": ("KPU", "KPU"),
    "dkpp": ("DKPP", "DKPP"),
    "police": ("kepolisian", "the police"),
    "agency": ("instansi berwenang lainnya", "another agency"),
}
"""How the 409 names each recipient (Indonesian, English)."""


CONCLUSIONS = {
    "crime_indicated": "terdapat dugaan tindak pidana",
    "not_indicated": "tidak terdapat dugaan tindak pidana",
    "forward_to_investigation": "diteruskan ke tahap penyidikan",
    "forward_to_prosecution": "diteruskan ke tahap penuntutan",
    "stop": "dihentikan",
}
"""What a Gakkumdu discussion concluded, as the letter states it."""

DKPP = "Ketua Dewan Kehormatan Penyelenggara Pemilu Republik Indonesia"


# ---------------------------------------------------------------- addressees


def _region(office: Office) -> str:
    """The office's region as its name states it (``Kabupaten Lombok Timur``)."""
    name = office.name.strip()
    for prefix in ("Bawaslu ", "Panwaslu "):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def kpu_of(office: Office) -> str:
    """The KPU of the office's level: the office's name with ``Bawaslu`` as ``KPU``
    (``Bawaslu Kabupaten Lombok Timur`` -> ``KPU Kabupaten Lombok Timur``); Bawaslu RI's
    counterpart is KPU RI, a Panwaslu Kecamatan's the PPK."""
    if office.level is OfficeLevel.national:
        return "Komisi Pemilihan Umum Republik Indonesia"
    if office.level is OfficeLevel.district:
        return f"PPK {_region(office)}"
    if office.level is OfficeLevel.overseas:
        return f"PPLN {_region(office)}"
    return re.sub(r"\bBawaslu\b", "KPU", office.name)


def police_of(office: Office) -> str:
    """The police of the office's level, Sentra Gakkumdu's partner: Polri for Bawaslu RI,
    the Polda for a province, the Polres (Kota) for a kabupaten (kota), the Polsek for a
    kecamatan."""
    region = _region(office)
    if office.level is OfficeLevel.national:
        return "Kepolisian Negara Republik Indonesia"
    if office.level is OfficeLevel.province:
        return f"Kepolisian Daerah {region.removeprefix('Provinsi ')}"
    if office.level is OfficeLevel.regency:
        return f"Kepolisian Resor {region.removeprefix('Kabupaten ')}"
    if office.level is OfficeLevel.city:
        return f"Kepolisian Resor {region}"
    if office.level is OfficeLevel.district:
        return f"Kepolisian Sektor {region.removeprefix('Kecamatan ')}"
    return f"Kepolisian {region}"


# ---------------------------------------------------------------- what every letter says


def forwarding_to(src: Source, to: str) -> dict[str, Any]:
    """The last forwarding of the case to ``to``; 409 when the case was not forwarded
    there (the letter records a forwarding entered on the case)."""
    found = [f for f in src.report.forwardings or [] if f.get("to") == to]
    if not found:
        ind, en = RECIPIENTS[to]
        raise NotIssuable(
            Text(
                "Kasus {register} belum diteruskan kepada {ind}: catat penerusannya dahulu "
                "(POST .../forwardings).",
                "Case {register} was not forwarded to {en}: record the forwarding first "
                "(POST .../forwardings).",
            ),
            register=src.report.register_number or src.report.id,
            ind=ind,
            en=en,
        )
    return found[-1]


def _moment(value: object) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


async def _analysis(src: Source) -> tuple[CasePlenary | None, CaseAnalysis | None]:
    """The plenary the decision followed and the analysis it decided on."""
    plenary_ref = (src.report.decision or {}).get("plenary") or {}
    plenary = None
    if plenary_ref.get("id"):
        plenary = await src.session.get(CasePlenary, uuid.UUID(plenary_ref["id"]))
    analysis_id = plenary.analysis_id if plenary else plenary_ref.get("analysis_id")
    analysis = None
    if analysis_id:
        analysis = await src.session.get(
            CaseAnalysis,
            analysis_id if isinstance(analysis_id, uuid.UUID) else uuid.UUID(analysis_id),
        )
    return plenary, analysis


async def _issued(src: Source, *kinds: str) -> dict[str, str]:
    """The numbers of the case's documents of ``kinds`` in force (not superseded)."""
    rows = await src.session.execute(
        select(IssuedDocument.kind, IssuedDocument.number)
        .where(
            IssuedDocument.report_id == src.report.id,
            IssuedDocument.kind.in_(kinds),
            IssuedDocument.superseded_at.is_(None),
        )
        .order_by(IssuedDocument.issued_at)
    )
    return {str(kind): str(number) for kind, number in rows.all()}


async def common(src: Source, to: str) -> dict[str, Any]:
    """What every forwarding letter states: the case, the decision with its basis, the
    plenary and analysis it follows, and the forwarding."""
    forwarding = forwarding_to(src, to)
    decision = src.report.decision or {}
    plenary, analysis = await _analysis(src)
    recommendation = (analysis.recommendation or {}) if analysis else {}
    return {
        **case_facts(src),
        "decided": src.day(_moment(decision.get("at"))),
        "legal_basis": decision.get("legal_basis") or (plenary.legal_basis if plenary else ""),
        "decision_summary": decision.get("summary") or "",
        "plenary_held": src.day(plenary.held_at) if plenary else "",
        "plenary_basis": plenary.legal_basis if plenary else "",
        "analysis_number": analysis.number if analysis else None,
        "analysis_approved": src.date(analysis.approved_at) if analysis else "",
        "conclusion": analysis.conclusion if analysis else "",
        "recommendation_note": str(recommendation.get("note") or ""),
        "sent": src.day(_moment(forwarding.get("sent_at"))),
        "reference": forwarding.get("reference") or "",
        "forwarding_received": src.day(_moment(forwarding.get("received_at"))),
        "regarding": "Laporan" if src.report.kind is ReportKind.report else "Temuan",
    }


# ---------------------------------------------------------------- KPU


async def _kpu_deadline(src: Source, forwarding: dict[str, Any]) -> Deadline | None:
    """The follow-up deadline row of the KPU forwarding (the one sent with ``forwarding``,
    else the latest)."""
    rows = (
        (
            await src.session.execute(
                select(KpuForwarding)
                .where(KpuForwarding.report_id == src.report.id)
                .order_by(KpuForwarding.sent_at, KpuForwarding.id)
            )
        )
        .scalars()
        .all()
    )
    sent = _moment(forwarding.get("sent_at"))
    chosen = next((r for r in rows if r.sent_at == sent), rows[-1] if rows else None)
    if chosen is None or chosen.deadline_id is None:
        return None
    return await src.session.get(Deadline, chosen.deadline_id)


async def forward_kpu(src: Source) -> Gathered:
    """The recommendation to KPU (administrative violation) with the follow-up deadline
    KPU must meet, from the deadline row the forwarding opened."""
    forwarding = forwarding_to(src, "kpu")
    body = await common(src, "kpu")
    addressee = f"Ketua {kpu_of(src.office)}"
    deadline = await _kpu_deadline(src, forwarding)
    due: date | None = deadline.due_on if deadline else None
    if deadline is not None:
        term = {
            "date": idn.hari_tanggal(deadline.due_on),
            "count": idn.period(deadline.amount, deadline.unit),
            "basis": deadline.basis,
            "trigger": deadline.trigger,
            "status": label("deadline_status", deadline.status),
        }
    else:
        # Not open yet (Pilkada: it runs from KPU's receipt, not yet known): the rule.
        rs = await clocks.case_ruleset(src.session, src.report)
        rule = rs.rules.get("admin.kpu_followup")
        term = {
            "date": "",
            "count": idn.period(rule.amount, rule.unit.value) if rule else "",
            "basis": rule.basis if rule else "",
            "trigger": rule.trigger if rule else "",
            "status": "",
        }
    return Gathered(
        body={**body, "addressee": addressee, "recipient": kpu_of(src.office), "deadline": term},
        signers=[chair_signer(src)],
        facts={"addressee": addressee, "deadline": due.isoformat() if due else None},
    )


# ---------------------------------------------------------------- DKPP


async def _evidence(src: Source) -> list[str]:
    """The evidence list: the case's active evidence items, else what intake listed."""
    rows = await src.session.execute(
        select(EvidenceItem.description)
        .where(
            EvidenceItem.report_id == src.report.id,
            EvidenceItem.status == EvidenceStatus.active,
        )
        .order_by(EvidenceItem.recorded_at, EvidenceItem.id)
    )
    items = [d.strip() for (d,) in rows.all() if d and d.strip()]
    if items:
        return items
    intake = (
        str(e.get("description") or e.get("type") or "").strip()
        for e in src.report.evidence_items or []
    )
    return [e for e in intake if e]


async def forward_dkpp(src: Source) -> Gathered:
    """The ethics case to DKPP with its dossier: the report or finding form, the analysis
    and the evidence list (Perbawaslu 8/2020 Art. 33 for Pilkada, form A.13)."""
    body = await common(src, "dkpp")
    issued = await _issued(src, "report_form", "finding_form", "analysis")
    form = "report_form" if src.report.kind is ReportKind.report else "finding_form"
    form_title = "Formulir Laporan" if form == "report_form" else "Formulir Temuan"
    analysis_title = "Kajian dugaan pelanggaran"
    if body["analysis_number"]:
        analysis_title += f" (versi {body['analysis_number']}"
        analysis_title += (
            f", disetujui {body['analysis_approved']})" if body["analysis_approved"] else ")"
        )
    evidence = await _evidence(src)
    dossier = [
        f"{form_title}" + (f" Nomor {issued[form]}" if form in issued else ""),
        analysis_title + (f" Nomor {issued['analysis']}" if "analysis" in issued else ""),
        f"Daftar bukti ({len(evidence)} bukti)",
    ]
    return Gathered(
        body={**body, "addressee": DKPP, "dossier": dossier, "evidence": evidence},
        signers=[chair_signer(src)],
        facts={"addressee": DKPP},
    )


# ---------------------------------------------------------------- police


async def forward_police(src: Source) -> Gathered:
    """The alleged election crime to the police: the articles of the Gakkumdu
    discussions, the ticked dossier (Perbawaslu 3/2023 Art. 27) and the police report
    number when recorded."""
    body = await common(src, "police")
    discussions = (
        (
            await src.session.execute(
                select(GakkumduDiscussion)
                .where(GakkumduDiscussion.report_id == src.report.id)
                .order_by(GakkumduDiscussion.number)
            )
        )
        .scalars()
        .all()
    )
    articles: list[str] = []
    for d in discussions:
        articles += [a for a in d.articles or [] if a not in articles]
    ticked = {
        item.code: item
        for item in (
            await src.session.execute(
                select(GakkumduDossierItem).where(GakkumduDossierItem.report_id == src.report.id)
            )
        ).scalars()
    }
    dossier = [
        {"title": item.title_id, "note": ticked[item.code].note or ""}
        for item in DOSSIER
        if item.code in ticked
    ]
    police_report = await src.session.get(GakkumduPoliceReport, src.report.id)
    recipient = police_of(src.office)
    addressee = f"Kepala {recipient}"
    return Gathered(
        body={
            **body,
            "addressee": addressee,
            "recipient": recipient,
            "articles": articles,
            "discussions": [
                {
                    "title": DISCUSSIONS[d.number].title if d.number in DISCUSSIONS else "",
                    "held": src.day(d.held_at),
                    "place": d.place,
                    "conclusion": CONCLUSIONS.get(d.conclusion, d.conclusion),
                }
                for d in discussions
            ],
            "dossier": dossier,
            "police_report": police_report.number if police_report else "",
            "police_received": src.when(police_report.received_at) if police_report else "",
        },
        signers=[chair_signer(src)],
        facts={
            "addressee": addressee,
            "police_report": police_report.number if police_report else None,
            "dossier": [item.code for item in DOSSIER if item.code in ticked],
        },
    )


# ---------------------------------------------------------------- another agency


async def forward_other(src: Source) -> Gathered:
    """A violation of other law to the competent agency: the one named in the forwarding,
    or ``agency`` in the request."""
    forwarding = forwarding_to(src, "agency")
    body = await common(src, "agency")
    agency = str(src.options.get("agency") or forwarding.get("agency_name") or "").strip()
    if not agency:
        agency = "Instansi yang berwenang"
    addressee = f"Pimpinan {agency}"
    return Gathered(
        body={**body, "addressee": addressee, "recipient": agency},
        signers=[chair_signer(src)],
        facts={"addressee": addressee, "agency": agency},
    )


KINDS: tuple[Kind, ...] = (
    Kind("forward_kpu", forward_kpu),
    Kind("forward_dkpp", forward_dkpp),
    Kind("forward_police", forward_police),
    Kind("forward_other", forward_other),
)
