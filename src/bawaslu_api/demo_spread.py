"""More demo cases, spread over election stages, subjects, offices and outcomes, so that the
statistics of ``make run`` show something at once (issue 15). Simple cases: intake,
registration and a decision as the plenary decided it, nothing else. Four Kabupaten/Kota
offices of Nusa Tenggara Barat (52.01 Lombok Barat, 52.02 Lombok Tengah, 52.03 Lombok
Timur, 52.71 Kota Mataram), received November 2023 to March 2024 (Pemilu 2024) and a few
in October and November 2024 (Pilkada 2024, Lombok Timur). Each description starts with
``demo_cases.DEMO_PREFIX`` and "Sebaran:".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases import repository as cases
from bawaslu_api.cases.models import Outcome, ViolationCategory
from bawaslu_api.deliberation import service as deliberation
from bawaslu_api.deliberation.schemas import AnalysisIn, PartyIn, PlenaryIn, RecommendationIn
from bawaslu_api.demo_cases import PLENARY_MEMBERS, Demo, report_body, reporter, wita
from bawaslu_api.offices.models import Office
from bawaslu_api.reports import service
from bawaslu_api.reports.schemas import DecisionIn
from bawaslu_api.security.principals import Principal, Role

Fate = Literal["received", "registered", "not_violation"] | ViolationCategory


@dataclass(frozen=True)
class Spread:
    office: str
    received: str
    """``YYYY-MM-DD``, received at 10:00 local time; the incident happened the day before."""
    text: str
    subjects: tuple[str, ...]
    fate: Fate
    stage: str | None = None
    """An officer's stage (else derived from the incident date)."""
    election: str = "pemilu-2024"


V = ViolationCategory
SPREAD: tuple[Spread, ...] = (
    Spread("52.01", "2023-11-22", "Syarat calon anggota DPRD dipertanyakan.", ("candidacy",),
           "received"),
    Spread("52.02", "2023-11-24", "Pemilih tidak terdaftar di DPT.", ("voter_data",), "received"),
    Spread("52.03", "2023-11-30", "Baliho di jembatan.", ("campaign_props",), "registered"),
    Spread("52.01", "2023-12-04", "Uang transport pada pertemuan warga.", ("money_politics",),
           V.crime),
    Spread("52.02", "2023-12-06", "Kepala desa hadir di acara partai.", ("neutrality_village",),
           "not_violation"),
    Spread("52.03", "2023-12-11", "Ujaran kebencian dalam kampanye.", ("campaign_content",),
           "registered"),
    Spread("52.71", "2023-12-13", "Kampanye rapat umum di luar jadwal.", ("campaign_schedule",),
           V.administrative),
    Spread("52.01", "2023-12-18", "ASN membagikan bahan kampanye.", ("neutrality_asn",),
           V.other_law),
    Spread("52.02", "2023-12-20", "Sumbangan dana kampanye melebihi batas.",
           ("campaign_finance",), "received"),
    Spread("52.03", "2024-01-03", "Kepala dusun membagikan uang.",
           ("money_politics", "neutrality_village"), V.crime),
    Spread("52.01", "2024-01-08", "Kampanye di halaman sekolah.", ("campaign_place",),
           "not_violation"),
    Spread("52.02", "2024-01-10", "Anggota TNI di acara kampanye.", ("neutrality_tni_polri",),
           "registered"),
    Spread("52.71", "2024-01-22", "Alat peraga di taman kota.", ("campaign_props",),
           "not_violation"),
    Spread("52.01", "2024-01-24", "Surat suara rusak di gudang KPU.", ("logistics",),
           "registered", stage="logistics"),
    Spread("52.02", "2024-01-29", "Pembagian sarung oleh calon.", ("money_politics",), V.crime),
    Spread("52.03", "2024-02-07", "Kotak suara tiba terlambat di PPK.", ("logistics",),
           V.administrative, stage="logistics"),
    Spread("52.03", "2024-02-12", "Amplop berisi uang diselipkan pada distribusi logistik ke "
           "KPPS.", ("money_politics", "logistics"), "registered", stage="logistics"),
    Spread("52.01", "2024-02-12", "Serangan fajar pada masa tenang.", ("money_politics",),
           V.crime),
    Spread("52.02", "2024-02-13", "Iklan kampanye pada masa tenang.", ("campaign_schedule",),
           "not_violation"),
    Spread("52.71", "2024-02-15", "Pemilih memilih dua kali di TPS 11.", ("voting_counting",),
           V.administrative),
    Spread("52.01", "2024-02-16", "Pemilih DPK ditolak di TPS.",
           ("voter_data", "voting_counting"), "registered"),
    Spread("52.02", "2024-02-20", "Selisih suara pada rekapitulasi PPK.", ("recapitulation",),
           "not_violation"),
    Spread("52.03", "2024-03-04", "Anggota PPK mengubah hasil rekapitulasi.",
           ("recapitulation", "official_ethics"), V.ethics),
    Spread("52.71", "2024-03-06", "Anggota PPS tidak netral.", ("official_ethics",), "received"),
    Spread("52.02", "2024-03-13", "Keberatan saksi tidak dicatat.", ("recapitulation",),
           "registered"),
    Spread("52.03", "2024-03-25", "Baliho caleg belum diturunkan.", ("campaign_props",),
           "received"),
    Spread("52.03", "2024-10-14", "Pembagian beras oleh tim pasangan calon bupati.",
           ("money_politics",), "registered", election="pilkada-2024"),
    Spread("52.03", "2024-11-25", "Kampanye pasangan calon pada masa tenang.",
           ("campaign_schedule",), "received", election="pilkada-2024"),
)  # fmt: skip
"""The spread cases, in order of receipt per election."""

_FORWARD_TO: dict[ViolationCategory, Literal["kpu", "dkpp", "police", "agency"]] = {
    V.crime: "police",
    V.administrative: "kpu",
    V.ethics: "dkpp",
    V.other_law: "agency",
}


def _working_day_after(day: date, days: int) -> date:
    """``days`` weekdays after ``day`` (holidays not skipped: a demo date only)."""
    while days:
        day += timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


async def _staff(session: AsyncSession, code: str) -> tuple[Principal, Principal]:
    office = (await session.execute(select(Office).where(Office.code == code))).scalar_one()

    def actor(role: Role) -> Principal:
        return Principal.staff(
            f"{role.value}.demo.{code}",
            {role},
            office_id=office.id,
            office_code=office.code,
            office_path=office.path,
        )

    return actor(Role.handler), actor(Role.commissioner)


async def _decide(demo: Demo, case: cases.Loaded, fate: Fate, registered: date) -> None:
    """The analysis, the plenary that decides ``fate``, the decision (a week after the
    registration: plenary at 10:00, decision at 13:00)."""
    session, handler, commissioner = demo.session, demo.handler, demo.commissioner
    category = fate if isinstance(fate, ViolationCategory) else None
    outcome = Outcome.violation if category else Outcome.not_violation
    recommendation = (
        RecommendationIn(kind="forward", forward_to=[_FORWARD_TO[category]], category=category,
                         agency_name="KASN" if category is V.other_law else "")
        if category
        else RecommendationIn(kind="not_violation")
    )  # fmt: skip
    await deliberation.create(
        session, handler, case,
        AnalysisIn(
            summary="Kasus posisi.",
            parties=[PartyIn(role="reporter", ref="Pelapor")],
            facts_and_analysis="Fakta dan analisis.",
            conclusion="Kesimpulan.",
            recommendation=recommendation,
        ),
    )  # fmt: skip
    await deliberation.finalize(session, handler, case, None)
    approved = await deliberation.approve(session, commissioner, case, None)
    day = _working_day_after(registered, 5).isoformat()
    basis = "UU 7/2017" if case.report.regime == "pemilu" else "UU 10/2016"
    await deliberation.record_plenary(
        session, commissioner, case,
        PlenaryIn(
            held_at=wita(f"{day} 10:00"), place="Kantor Bawaslu", analysis_id=approved.id,
            members_in_office=3, members=PLENARY_MEMBERS, outcome=outcome, category=category,
            legal_basis=basis, summary="Kesimpulan.",
        ),
    )  # fmt: skip
    await service.decide(
        session, commissioner, case,
        DecisionIn(
            outcome=outcome, category=category, legal_basis=basis, summary="Putusan pleno.",
            occurred_at=wita(f"{day} 13:00"),
        ),
    )  # fmt: skip


async def load_spread(session: AsyncSession, created: int) -> int:
    """Create the spread cases, each by its office's staff; how many. ``created``: the demo
    cases before them (their receipt codes follow on)."""
    count = created
    staff: dict[str, tuple[Principal, Principal]] = {}
    for item in SPREAD:
        if item.office not in staff:
            staff[item.office] = await _staff(session, item.office)
        handler, commissioner = staff[item.office]
        local = Demo(session, handler, commissioner, created=count)
        received = date.fromisoformat(item.received)
        incident = (received - timedelta(days=1)).isoformat()
        case = await local.intake(
            report_body(
                f"{item.received} 10:00",
                f"Sebaran: {item.text}",
                election=item.election,
                office=item.office,
                incident={"date": incident, "office": item.office, "address": "Desa Contoh"},
                subjects=list(item.subjects),
                stage=item.stage,
                reporter=reporter(
                    "Pelapor Sebaran Contoh",
                    item.office.replace(".", "") + "014708900001",
                    "pelapor.sebaran@mail.example",
                    "Desa Contoh",
                ),
            )
        )
        count = local.created
        if item.fate == "received":
            continue
        registered = _working_day_after(received, 1)
        await local.register(case, f"{registered.isoformat()} 11:00")
        if item.fate != "registered":
            await _decide(local, case, item.fate, registered)
    await session.flush()
    return count - created
