"""The demo cases of ``make run``: Pemilu 2024 at Bawaslu Kabupaten Lombok Timur (52.03,
WITA), one case per state an office meets and, between them, every step an official
document is issued from (issue 14; docs/documents.md). Find a case by its description
(each starts with :data:`DEMO_PREFIX`):

1. "Alat peraga kampanye dipasang di sekolah.": received, not yet reviewed;
2. "Dugaan ASN ikut kampanye.": received, incomplete (no evidence);
3. "Pembagian sembako oleh tim kampanye.": registered;
4. "Politik uang di TPS 03.": an election crime. The intake witness and an expert are
   persons of the case; the reporter, the witness and the expert are clarified under oath
   with minutes; Sentra Gakkumdu discussions 1 and 2 (UU 7/2017 Pasal 523 ayat (1)); the
   analysis, plenary and decision; the dossier; forwarded to the police within 24 hours,
   with the police report number; announced;
5. "Laporan terlambat.": not registered (late);
6. "Guru berstatus ASN ...": a violation of other law forwarded to KASN, announced;
7. "Anggota PPS Desa ...": an ethics violation forwarded to DKPP, announced;
8. "Spanduk calon ...": asked to be completed, the notice to complete pending;
9. "Temuan: kampanye di rumah ibadah ...": a finding, registered;
10. "KPPS TPS 07 ...": an administrative violation forwarded to KPU (received, so KPU's
    follow-up clock runs), announced.

Every step is entered after the fact with the moment it happened (January and February
2024), in the order the services enforce: invitations received at least a day before the
session, decisions within the decision clock (``case.decision``: 7 working days from
registration, skipping holidays: Isra Mi'raj on 8 February, cuti bersama on 9 February,
voting day on 14 February; the administrative case's ``admin.decision`` is longer), a crime
forwarded to the police within 24 hours of the decision.

Every case has its subjects (the registered "Pembagian sembako" also an officer's stage).
``demo_spread`` adds 27 simpler cases over the stages, subjects and four offices of the
province (issue 15: statistics).

Each report carries a published receipt code, ``BWS-DEMO-2024-0000-00nn`` (nn: its number
above, e.g. ``BWS-DEMO-2024-0000-0004`` for the crime; :func:`demo_receipt_code`), so that
its receipt can be issued from the demo data.
Names are invented ("... Contoh"), e-mail addresses end in ``.example``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, Literal

from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases import receipts
from bawaslu_api.cases import repository as cases
from bawaslu_api.cases.models import Outcome, ReportKind, ViolationCategory
from bawaslu_api.clarifications import repository as clarification_rows
from bawaslu_api.clarifications import service as clarifications
from bawaslu_api.clarifications.models import Attendance, InvitationChannel, InviteeRole, Oath
from bawaslu_api.clarifications.schemas import (
    ClarificationSessionIn,
    InviteeIn,
    MinutesIn,
    OutcomeIn,
    QuestionAnswer,
    ReceiptIn,
    ResultIn,
)
from bawaslu_api.deliberation import service as deliberation
from bawaslu_api.deliberation.schemas import (
    AnalysisIn,
    PartyIn,
    PlenaryIn,
    PlenaryMemberIn,
    RecommendationIn,
)
from bawaslu_api.gakkumdu import service as gakkumdu
from bawaslu_api.gakkumdu.schemas import (
    Conclusion,
    DiscussionIn,
    DossierIn,
    DossierTick,
    Participant,
    PoliceReportIn,
)
from bawaslu_api.persons import service as persons
from bawaslu_api.persons.models import PersonRole
from bawaslu_api.persons.schemas import PersonIn
from bawaslu_api.reports import service
from bawaslu_api.reports.intake import intake as intake_one
from bawaslu_api.reports.schemas import (
    AnnouncementIn,
    CompletionRequestIn,
    DecisionIn,
    ForwardingIn,
    RegistrationIn,
    RejectionIn,
    ReportCreate,
)
from bawaslu_api.security.principals import Principal
from bawaslu_rules.gakkumdu import DOSSIER

DEMO_PREFIX = "[DEMO] "
WITA = timezone(timedelta(hours=8))
OFFICE = "52.03"
PLACE = "Kantor Bawaslu Kabupaten Lombok Timur, Selong"
PLENARY_MEMBERS = [
    PlenaryMemberIn(name="Ketua Contoh", role="chair"),
    PlenaryMemberIn(name="Anggota Contoh", role="member"),
]
GAKKUMDU_OFFICIALS = [
    Participant(name="Ketua Contoh", institution="bawaslu", position="Koordinator"),
    Participant(name="AKP Penyidik Contoh", institution="police", position="Penyidik"),
    Participant(name="Jaksa Contoh", institution="prosecutor", position="Jaksa"),
]


def wita(moment: str) -> datetime:
    """``"2024-01-19 11:00"`` in Lombok Timur (WITA, UTC+8)."""
    return datetime.fromisoformat(moment).replace(tzinfo=WITA)


def demo_receipt_code(n: int) -> str:
    """The published receipt code of the ``n``-th demo report (from 1)."""
    return f"BWS-DEMO-2024-0000-{n:04d}"


def report_body(received: str, description: str, **overrides: Any) -> ReportCreate:
    """A walk-in report received at ``received`` (WITA), known and happened the day before."""
    received_at = wita(received)
    before = received_at.date() - timedelta(days=1)
    data: dict[str, Any] = {
        "kind": "report",
        "election": "pemilu-2024",
        "office": OFFICE,
        "channel": "walk_in",
        "received_at": received_at,
        "reporter": {
            "category": "citizen",
            "name": "Pelapor Contoh",
            "nik": "5203014708900001",
            "address": "Jl. Contoh 1",
            "phone": "081200000000",
            "email": "pelapor.contoh@mail.example",
            "age": 30,
        },
        "reported_parties": [{"name": "Terlapor Contoh", "address": "Alamat terlapor"}],
        "witnesses": [{"name": "Saksi Contoh"}],
        "incident": {"date": before, "office": OFFICE, "address": "Pasar"},
        "known_on": before,
        "description": DEMO_PREFIX + description,
        "evidence": [{"kind": "photo", "description": "Foto kejadian"}],
        "signature": {"present": True, "matches": True},
    }
    data.update(overrides)
    return ReportCreate.model_validate(data)


def reporter(name: str, nik: str, email: str, address: str) -> dict[str, Any]:
    return {
        "category": "voter",
        "name": name,
        "nik": nik,
        "address": address,
        "phone": "081300000000",
        "email": email,
        "age": 35,
        "registered_voter": True,
    }


@dataclass
class Demo:
    """The office's demo staff, the session, and how many cases were created."""

    session: AsyncSession
    handler: Principal
    commissioner: Principal
    created: int = 0

    async def intake(self, body: ReportCreate) -> cases.Loaded:
        self.created += 1
        made = await intake_one(self.session, self.handler, body)
        # Acted on below: the stored case, locked as every action expects.
        case = await cases.load(self.session, made.loaded.report.id, self.handler, for_update=True)
        if case.report.kind is ReportKind.report:
            # Shown once at a real intake; published for the demo (its receipt document).
            case.report.receipt_hash = receipts.digest(demo_receipt_code(self.created))
        return case

    async def register(self, case: cases.Loaded, at: str) -> None:
        await service.register(
            self.session, self.handler, case, RegistrationIn(occurred_at=wita(at))
        )


# ---------------------------------------------------------------- steps


@dataclass(frozen=True)
class Verdict:
    """What the analysis finds and the plenary decides: a violation, and where it goes."""

    category: ViolationCategory
    legal_basis: str
    summary: str
    facts_and_analysis: str
    conclusion: str
    decision: str
    to: Literal["kpu", "dkpp", "police", "agency"]
    reported_party: str
    agency_name: str = ""
    parties: list[PartyIn] = field(default_factory=list)


async def deliberate(
    demo: Demo, case: cases.Loaded, verdict: Verdict, *, plenary_at: str, decided_at: str
) -> None:
    """The analysis (drafted, final, approved), the plenary that decides on it, the
    decision (docs/procedure.md)."""
    session, handler, commissioner = demo.session, demo.handler, demo.commissioner
    await deliberation.create(
        session,
        handler,
        case,
        AnalysisIn(
            summary=verdict.summary,
            parties=[
                PartyIn(role="reporter", ref="Pelapor"),
                PartyIn(role="reported_party", name=verdict.reported_party),
                *verdict.parties,
            ],
            facts_and_analysis=verdict.facts_and_analysis,
            conclusion=verdict.conclusion,
            recommendation=RecommendationIn(
                kind="forward",
                forward_to=[verdict.to],
                agency_name=verdict.agency_name,
                category=verdict.category,
            ),
        ),
    )
    await deliberation.finalize(session, handler, case, None)
    approved = await deliberation.approve(session, commissioner, case, None)
    await deliberation.record_plenary(
        session,
        commissioner,
        case,
        PlenaryIn(
            held_at=wita(plenary_at),
            place=PLACE,
            analysis_id=approved.id,
            members_in_office=3,
            members=PLENARY_MEMBERS,
            outcome=Outcome.violation,
            category=verdict.category,
            legal_basis=verdict.legal_basis,
            summary=verdict.conclusion,
        ),
    )
    await service.decide(
        session,
        commissioner,
        case,
        DecisionIn(
            outcome=Outcome.violation,
            category=verdict.category,
            legal_basis=verdict.legal_basis,
            summary=verdict.decision,
            occurred_at=wita(decided_at),
        ),
    )


async def forward(
    demo: Demo,
    case: cases.Loaded,
    verdict: Verdict,
    *,
    sent_at: str,
    reference: str,
    received_at: str | None = None,
) -> None:
    await service.forward(
        demo.session,
        demo.handler,
        case,
        ForwardingIn(
            to=verdict.to,
            agency_name=verdict.agency_name or None,
            reference=reference,
            received_at=wita(received_at) if received_at else None,
            occurred_at=wita(sent_at),
        ),
    )


async def announce(demo: Demo, case: cases.Loaded, notice: str, at: str) -> None:
    await service.announce(
        demo.session, demo.commissioner, case, AnnouncementIn(notice=notice, occurred_at=wita(at))
    )


@dataclass(frozen=True)
class Heard:
    """Someone invited to a clarification who received the invitation, came, took the oath
    and answered (Perbawaslu 7/2022 Art. 28-30)."""

    role: InviteeRole
    received_at: str
    received_by: str
    answers: tuple[tuple[str, str], ...]
    person: uuid.UUID | None = None

    @property
    def subject(self) -> str:
        return "reporter" if self.person is None else f"person:{self.person}"


async def clarify(
    demo: Demo, case: cases.Loaded, *, scheduled_on: str, session_at: str, held_at: str,
    heard: list[Heard],
) -> None:  # fmt: skip
    """A face-to-face clarification: scheduled, the invitations' receipts, held."""
    session, handler = demo.session, demo.handler
    sess = await clarifications.schedule(
        session,
        handler,
        case,
        ClarificationSessionIn(
            scheduled_at=wita(session_at),
            place=PLACE,
            occurred_at=wita(scheduled_on),
            invitees=[
                InviteeIn(role=h.role, person=h.person, channel=InvitationChannel.in_person)
                for h in heard
            ],
        ),
    )
    rows = await clarification_rows.invitees_of_case(session, case.report.id)
    invitee = {inv.subject: inv.id for inv, of in rows if of.id == sess.id}
    for h in heard:
        await clarifications.record_receipt(
            session,
            handler,
            case,
            sess.id,
            ReceiptIn(
                invitee=invitee[h.subject], received_at=wita(h.received_at),
                received_by=h.received_by,
            ),
        )  # fmt: skip
    await clarifications.record_outcome(
        session,
        handler,
        case,
        sess.id,
        OutcomeIn(
            occurred_at=wita(held_at),
            results=[
                ResultIn(
                    invitee=invitee[h.subject],
                    attendance=Attendance.attended,
                    oath=Oath.taken,
                    minutes=MinutesIn(
                        questions=[QuestionAnswer(question=q, answer=a) for q, a in h.answers],
                        read_back=True,
                        signed=True,
                    ),
                )
                for h in heard
            ],
        ),
    )


async def discuss(
    demo: Demo, case: cases.Loaded, number: int, held_at: str, conclusion: Conclusion, notes: str
) -> None:
    """A Sentra Gakkumdu discussion (pembahasan) of UU 7/2017 Pasal 523 ayat (1)."""
    await gakkumdu.record_discussion(
        demo.session,
        demo.handler,
        case,
        DiscussionIn(
            number=number,
            held_at=wita(held_at),
            place="Sekretariat Sentra Gakkumdu Kabupaten Lombok Timur",
            participants=GAKKUMDU_OFFICIALS,
            conclusion=conclusion,
            articles=["UU 7/2017 Pasal 523 ayat (1)"],
            notes=notes,
        ),
    )


# ---------------------------------------------------------------- the cases


MONEY_POLITICS = Verdict(
    category=ViolationCategory.crime,
    legal_basis="UU 7/2017 Pasal 523 ayat (1)",
    summary="Tim kampanye membagikan uang kepada pemilih di sekitar TPS 03.",
    facts_and_analysis=(
        "Keterangan pelapor dan saksi di bawah sumpah bersesuaian dengan foto: pada 17 "
        "Januari 2024 tim kampanye membagikan amplop berisi uang Rp50.000 kepada warga. "
        "Menurut ahli, pemberian uang dengan ajakan memilih pada masa kampanye memenuhi "
        "unsur menjanjikan atau memberikan uang sebagai imbalan kepada peserta kampanye."
    ),
    conclusion="Unsur UU 7/2017 Pasal 523 ayat (1) terpenuhi; Sentra Gakkumdu meneruskan "
    "ke penyidikan.",
    decision="Terbukti memberikan uang kepada pemilih; diteruskan ke Kepolisian.",
    to="police",
    reported_party="Tim kampanye Caleg X",
    parties=[PartyIn(role="witness", ref="Saksi 1"), PartyIn(role="expert", ref="Ahli 1")],
)


async def crime_case(demo: Demo) -> None:
    """Money politics near TPS 03: received Thu 18 Jan 2024, registered Fri 19 Jan (the
    decision is due Tue 30 Jan), decided Wed 24 Jan 14:00, forwarded to the police Thu 25
    Jan 09:00 (within the 24 hours of UU 7/2017 Art. 476), announced after."""
    session, handler = demo.session, demo.handler
    case = await demo.intake(
        report_body(
            "2024-01-18 10:00",
            "Politik uang di TPS 03.",
            violation_type="criminal",
            subjects=["money_politics"],
        )
    )
    await demo.register(case, "2024-01-19 11:00")
    witness = await persons.add(
        session, handler, case, PersonIn(role=PersonRole.witness, intake_witness=0)
    )
    expert = await persons.add(
        session,
        handler,
        case,
        PersonIn(
            role=PersonRole.expert,
            name="Dr. Ahli Contoh, S.H., M.H.",
            address="Fakultas Hukum Universitas Contoh, Mataram",
            phone="081900000000",
            email="ahli.contoh@kampus.example",
            expertise="Hukum pidana pemilu",
        ),
    )
    await clarify(
        demo, case, scheduled_on="2024-01-19 14:00", session_at="2024-01-23 09:00",
        held_at="2024-01-23 12:00",
        heard=[
            Heard(InviteeRole.reporter, "2024-01-19 15:00", "Pelapor Contoh", (
                ("Apa yang Saudara lihat pada 17 Januari 2024?",
                 "Tim kampanye membagikan amplop berisi uang kepada warga di dekat TPS 03."),
                ("Berapa isi amplop itu?", "Rp50.000, kata warga yang menerimanya."),
            )),
            Heard(InviteeRole.witness, "2024-01-19 16:00", "Saksi Contoh", (
                ("Apakah Saudara menerima amplop?",
                 "Ya, disertai ajakan memilih Caleg X; amplop saya serahkan ke Bawaslu."),
            ), person=witness.id),
            Heard(InviteeRole.expert, "2024-01-19 16:30", "Staf Fakultas Hukum", (
                ("Apakah perbuatan itu memenuhi unsur Pasal 523 ayat (1) UU 7/2017?",
                 "Ya: pelaksana kampanye memberikan uang sebagai imbalan secara langsung."),
            ), person=expert.id),
        ],
    )  # fmt: skip
    await discuss(
        demo, case, 1, "2024-01-22 10:00", "crime_indicated",
        "Terdapat dugaan tindak pidana pemilu; penyidik mengikuti klarifikasi.",
    )  # fmt: skip
    await discuss(
        demo, case, 2, "2024-01-24 10:00", "forward_to_investigation",
        "Hasil kajian dan penyelidikan bersesuaian; diteruskan ke penyidikan.",
    )  # fmt: skip
    await deliberate(
        demo, case, MONEY_POLITICS, plenary_at="2024-01-24 13:00", decided_at="2024-01-24 14:00"
    )
    await gakkumdu.tick_dossier(
        session,
        handler,
        case,
        DossierIn(
            items=[DossierTick(code=item.code) for item in DOSSIER],
            occurred_at=wita("2024-01-24 16:00"),
        ),
    )
    await forward(
        demo, case, MONEY_POLITICS, sent_at="2024-01-25 09:00",
        reference="B-12/PP.01/K.NB-03/01/2024",
    )  # fmt: skip
    await gakkumdu.record_police_report(
        session,
        handler,
        case,
        PoliceReportIn(
            number="LP/B/12/I/2024/SPKT/POLRES LOMBOK TIMUR",
            received_by="Bripka SPKT Contoh",
            received_at=wita("2024-01-25 10:00"),
            complainant="reporter",
        ),
    )
    await announce(demo, case, "Pelanggaran pidana pemilu.", "2024-01-25 11:00")


CIVIL_SERVANT = Verdict(
    category=ViolationCategory.other_law,
    legal_basis="UU 5/2014 Pasal 2 huruf f; PP 94/2021 Pasal 5 huruf n",
    summary="Seorang guru berstatus ASN mengunggah ajakan memilih calon anggota DPR.",
    facts_and_analysis=(
        "Tangkapan layar unggahan dan keterangan pelapor menunjukkan terlapor, guru ASN, "
        "mengunggah foto bersama calon dengan ajakan memilih pada 20 Januari 2024."
    ),
    conclusion="Terlapor melanggar asas netralitas ASN; diteruskan ke Komisi Aparatur Sipil "
    "Negara.",
    decision="Terbukti melanggar netralitas ASN; diteruskan ke KASN.",
    to="agency",
    agency_name="Komisi Aparatur Sipil Negara",
    reported_party="Guru ASN Contoh",
)


async def civil_servant_case(demo: Demo) -> None:
    """Received Mon 22 Jan, registered Tue 23 Jan (decision due Thu 1 Feb), decided Wed 31
    Jan, forwarded to KASN Thu 1 Feb, announced."""
    case = await demo.intake(
        report_body(
            "2024-01-22 09:30",
            "Guru berstatus ASN di SMP Negeri Contoh mengunggah ajakan memilih calon anggota "
            "DPR di media sosial.",
            subjects=["neutrality_asn", "campaign_content"],
            violation_type="other",
            reporter=reporter(
                "Hendra Contoh", "5203011203850002", "hendra.contoh@mail.example",
                "Jl. Contoh 2, Selong",
            ),
            reported_parties=[{"name": "Guru ASN Contoh", "address": "SMP Negeri Contoh"}],
            witnesses=[{"name": "Yuliana Contoh", "address": "Jl. Contoh 3, Selong"}],
            evidence=[{"kind": "document", "description": "Tangkapan layar unggahan"}],
        )
    )  # fmt: skip
    await demo.register(case, "2024-01-23 10:00")
    await deliberate(
        demo, case, CIVIL_SERVANT, plenary_at="2024-01-31 10:00", decided_at="2024-01-31 13:00"
    )
    await forward(
        demo, case, CIVIL_SERVANT, sent_at="2024-02-01 10:00",
        received_at="2024-02-01 14:00", reference="B-15/PP.01/K.NB-03/02/2024",
    )  # fmt: skip
    await announce(
        demo, case, "Pelanggaran peraturan perundang-undangan lainnya (netralitas ASN); "
        "diteruskan ke Komisi Aparatur Sipil Negara.", "2024-02-01 15:00",
    )  # fmt: skip


ETHICS = Verdict(
    category=ViolationCategory.ethics,
    legal_basis="UU 7/2017 Pasal 456 dan 457; Peraturan DKPP 2/2017 Pasal 8",
    summary="Anggota PPS menghadiri kampanye calon anggota DPRD dan berfoto dengan atribut partai.",
    facts_and_analysis=(
        "Foto dan keterangan pelapor menunjukkan terlapor, anggota PPS, hadir dalam "
        "kampanye pada 27 Januari 2024 dengan atribut partai politik."
    ),
    conclusion="Terlapor diduga melanggar kode etik penyelenggara pemilu (prinsip mandiri); "
    "diteruskan ke DKPP.",
    decision="Dugaan pelanggaran kode etik penyelenggara pemilu; diteruskan ke DKPP.",
    to="dkpp",
    reported_party="Anggota PPS Desa Contoh",
)


async def ethics_case(demo: Demo) -> None:
    """Received Mon 29 Jan, registered Tue 30 Jan (decision due after the holidays of 8-9
    Feb), decided Tue 6 Feb, forwarded to DKPP Wed 7 Feb, announced."""
    case = await demo.intake(
        report_body(
            "2024-01-29 10:00",
            "Anggota PPS Desa Contoh menghadiri kampanye calon anggota DPRD dan berfoto "
            "dengan atribut partai.",
            subjects=["official_ethics"],
            violation_type="ethics",
            reporter=reporter(
                "Rina Contoh", "5203016105920003", "rina.contoh@mail.example",
                "Jl. Contoh 4, Selong",
            ),
            reported_parties=[
                {"name": "Anggota PPS Desa Contoh", "address": "Kantor Desa Contoh",
                 "type": "pps"},
            ],
            witnesses=[{"name": "Made Contoh"}],
        )
    )  # fmt: skip
    await demo.register(case, "2024-01-30 10:00")
    await deliberate(
        demo, case, ETHICS, plenary_at="2024-02-06 10:00", decided_at="2024-02-06 13:00"
    )
    await forward(
        demo, case, ETHICS, sent_at="2024-02-07 10:00", reference="B-21/PP.01/K.NB-03/02/2024"
    )
    await announce(
        demo, case, "Dugaan pelanggaran kode etik penyelenggara pemilu; diteruskan ke DKPP.",
        "2024-02-07 14:00",
    )  # fmt: skip


ADMINISTRATIVE = Verdict(
    category=ViolationCategory.administrative,
    legal_basis="UU 7/2017 Pasal 460 dan 461; PKPU 25/2023",
    summary="KPPS TPS 07 tidak memberikan salinan formulir Model C.Hasil kepada saksi.",
    facts_and_analysis=(
        "Keterangan pelapor, saksi partai politik di TPS 07, bersesuaian dengan laporan "
        "hasil pengawasan pengawas TPS: salinan tidak diberikan seusai penghitungan suara "
        "pada 14 Februari 2024."
    ),
    conclusion="Terbukti pelanggaran administratif pemilu; direkomendasikan kepada KPU "
    "Kabupaten Lombok Timur.",
    decision="Terbukti pelanggaran administratif pemilu; diteruskan ke KPU Kabupaten Lombok Timur.",
    to="kpu",
    reported_party="KPPS TPS 07 Desa Contoh",
)


async def administrative_case(demo: Demo) -> None:
    """After voting day: received Fri 16 Feb, registered Mon 19 Feb, decided Mon 26 Feb
    (within 7 working days, inside ``admin.decision``), forwarded to KPU Tue 27 Feb and
    received there the same morning, announced."""
    case = await demo.intake(
        report_body(
            "2024-02-16 10:00",
            "KPPS TPS 07 Desa Contoh tidak memberikan salinan formulir Model C.Hasil kepada "
            "saksi peserta pemilu.",
            subjects=["voting_counting"],
            violation_type="administrative",
            reporter=reporter(
                "Ahmad Contoh", "5203010101800004", "ahmad.contoh@mail.example",
                "Jl. Contoh 5, Selong",
            ),
            reported_parties=[
                {"name": "KPPS TPS 07 Desa Contoh", "address": "TPS 07 Desa Contoh",
                 "type": "kpps"},
            ],
            witnesses=[{"name": "Lalu Contoh"}],
            incident={"date": "2024-02-14", "office": OFFICE, "address": "TPS 07 Desa Contoh"},
            known_on="2024-02-14",
        )
    )  # fmt: skip
    await demo.register(case, "2024-02-19 10:00")
    await deliberate(
        demo, case, ADMINISTRATIVE, plenary_at="2024-02-26 10:00", decided_at="2024-02-26 13:00"
    )
    await forward(
        demo, case, ADMINISTRATIVE, sent_at="2024-02-27 09:00",
        received_at="2024-02-27 11:00", reference="B-34/PP.01/K.NB-03/02/2024",
    )  # fmt: skip
    await announce(
        demo, case, "Laporan terbukti sebagai pelanggaran administratif pemilu; "
        "direkomendasikan kepada KPU Kabupaten Lombok Timur.", "2024-02-27 14:00",
    )  # fmt: skip


async def completion_case(demo: Demo) -> None:
    """No evidence: the initial review asks the reporter to complete the report (the
    notice received Thu 1 Feb; still pending)."""
    case = await demo.intake(
        report_body(
            "2024-02-01 10:00",
            "Spanduk calon anggota DPD dipasang di tiang listrik dan pohon peneduh jalan.",
            subjects=["campaign_props"],
            reporter=reporter(
                "Dewi Contoh", "5203015507880005", "dewi.contoh@mail.example",
                "Jl. Contoh 6, Selong",
            ),
            reported_parties=[{"name": "Tim kampanye calon DPD Contoh", "address": "Selong"}],
            witnesses=[],
            evidence=[],
        )
    )  # fmt: skip
    missing = [f["code"] for f in case.report.admissibility.get("failures", [])]
    await service.request_completion(
        demo.session,
        demo.handler,
        case,
        CompletionRequestIn(
            missing=missing,
            notice_received_at=wita("2024-02-01 14:00"),
            occurred_at=wita("2024-02-01 13:00"),
        ),
    )


async def finding_case(demo: Demo) -> None:
    """A finding of the supervisors (no reporter), registered."""
    case = await demo.intake(
        report_body(
            "2024-02-05 09:00",
            "Temuan: kampanye di rumah ibadah oleh tim kampanye calon anggota DPRD "
            "Kabupaten Lombok Timur.",
            kind="finding",
            subjects=["campaign_place"],
            reporter=None,
            witnesses=[],
            reported_parties=[{"name": "Tim kampanye Caleg Y", "address": "Selong"}],
            evidence=[{"kind": "video", "description": "Rekaman pengawas kecamatan"}],
        )
    )
    await demo.register(case, "2024-02-05 14:00")


async def load_cases(session: AsyncSession, handler: Principal, commissioner: Principal) -> int:
    """Create the demo cases (the caller checks they do not exist); how many."""
    demo = Demo(session, handler, commissioner)
    await demo.intake(
        report_body(
            "2024-01-15 10:00",
            "Alat peraga kampanye dipasang di sekolah.",
            subjects=["campaign_props", "campaign_place"],
        )
    )
    await demo.intake(
        report_body(
            "2024-01-16 10:00",
            "Dugaan ASN ikut kampanye.",
            evidence=[],
            subjects=["neutrality_asn"],
        )
    )
    registered = await demo.intake(
        report_body(
            "2024-01-17 10:00",
            "Pembagian sembako oleh tim kampanye.",
            subjects=["money_politics"],
            stage="campaign",
        )
    )
    await demo.register(registered, "2024-01-18 11:00")
    await crime_case(demo)
    late = await demo.intake(
        report_body(
            "2024-01-19 10:00",
            "Laporan terlambat.",
            subjects=["money_politics"],
            known_on="2023-12-01",
            incident={"date": "2023-12-01", "office": OFFICE, "address": "Pasar"},
        )
    )
    await service.reject(
        session,
        handler,
        late,
        RejectionIn(reasons=["late"], note="Kedaluwarsa", occurred_at=wita("2024-01-22 11:00")),
    )
    await civil_servant_case(demo)
    await ethics_case(demo)
    await completion_case(demo)
    await finding_case(demo)
    await administrative_case(demo)
    await session.flush()
    return demo.created
