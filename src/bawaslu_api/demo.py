"""Demo data for ``make run``: a handful of cases in several states, in two offices.

Idempotent: nothing is added when the demo cases exist. Demo staff accounts (documented
in the README, all with :data:`DEMO_PASSWORD`) are created outside production only.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases import repository as cases
from bawaslu_api.cases.models import Outcome, Report, ViolationCategory
from bawaslu_api.deliberation import service as deliberation
from bawaslu_api.deliberation.schemas import (
    AnalysisIn,
    PartyIn,
    PlenaryIn,
    PlenaryMemberIn,
    RecommendationIn,
)
from bawaslu_api.documents.models import OfficeLetterhead
from bawaslu_api.offices.models import Office
from bawaslu_api.reports import service
from bawaslu_api.reports.intake import intake as intake_one
from bawaslu_api.reports.schemas import (
    AnnouncementIn,
    DecisionIn,
    RegistrationIn,
    RejectionIn,
    ReportCreate,
)
from bawaslu_api.security.principals import Principal, Role

DEMO_PREFIX = "[DEMO] "
WITA = timezone(timedelta(hours=8))


def _at(day: int) -> datetime:
    """11:00 WITA on ``day`` January 2024."""
    return datetime(2024, 1, day, 11, 0, tzinfo=WITA)


def _body(office: str, day: int, description: str, **overrides: Any) -> ReportCreate:
    data: dict[str, Any] = {
        "kind": "report",
        "election": "pemilu-2024",
        "office": office,
        "channel": "walk_in",
        "received_at": datetime(2024, 1, day, 10, 0, tzinfo=WITA),
        "reporter": {
            "category": "citizen",
            "name": "Pelapor Contoh",
            "nik": "5203014708900001",
            "address": "Jl. Contoh 1",
            "phone": "081200000000",
            "age": 30,
        },
        "reported_parties": [{"name": "Terlapor Contoh", "address": "Alamat terlapor"}],
        "witnesses": [{"name": "Saksi Contoh"}],
        "incident": {"date": date(2024, 1, day - 1), "office": office, "address": "Pasar"},
        "known_on": date(2024, 1, day - 1),
        "description": DEMO_PREFIX + description,
        "evidence": [{"kind": "photo", "description": "Foto kejadian"}],
        "signature": {"present": True, "matches": True},
    }
    data.update(overrides)
    return ReportCreate.model_validate(data)


# A published password: these accounts exist only where demo data is seeded, never when
# BAWASLU_ENVIRONMENT=production.
DEMO_PASSWORD = "demo-bawaslu-2024"  # noqa: S105
DEMO_USERS: tuple[tuple[str, str, str, tuple[Role, ...]], ...] = (
    ("handler.lotim", "Penanganan Pelanggaran Lombok Timur", "52.03", (Role.handler,)),
    ("commissioner.lotim", "Anggota Bawaslu Lombok Timur", "52.03", (Role.commissioner,)),
    ("viewer.ntb", "Pemantau Bawaslu NTB", "52", (Role.viewer,)),
    ("admin.ri", "Admin Bawaslu RI", "ID", (Role.admin,)),
)


async def load_demo_users(session: AsyncSession) -> dict[str, int]:
    """Create the demo accounts that do not exist yet. Refuses in production."""
    from bawaslu_api.security.dependencies import utc_now
    from bawaslu_api.settings import get_settings
    from bawaslu_api.users.schemas import UserCreate
    from bawaslu_api.users.service import create_user, find_by_username

    if get_settings().environment == "production":
        return {"demo_users_inserted": 0}
    national = (await session.execute(select(Office).where(Office.code == "ID"))).scalar_one()
    seeder = Principal.staff(
        "demo-seed",
        {Role.admin},
        office_id=national.id,
        office_code=national.code,
        office_path=national.path,
    )
    created = 0
    for username, name, office, roles in DEMO_USERS:
        if await find_by_username(session, username) is not None:
            continue
        body = UserCreate(
            username=username,
            display_name=name,
            office=office,
            roles=list(roles),
            password=DEMO_PASSWORD,
        )
        await create_user(session, seeder, body, now=utc_now())
        created += 1
    return {"demo_users_inserted": created}


DEMO_LETTERHEADS = {
    "52.03": {
        "address": "Jl. Prof. M. Yamin No. 2, Selong, Kabupaten Lombok Timur",
        "phone": "(0376) 000000",
        "email": "contoh-lotim@bawaslu.example",
        "website": "lotim.bawaslu.example",
        "city": "Selong",
        "chair_name": "Ketua Contoh",
    },
}
"""Letterheads of the demo offices (invented contacts: ``.example`` addresses)."""


async def _load_demo_letterheads(session: AsyncSession) -> dict[str, int]:
    created = 0
    for code, fields in DEMO_LETTERHEADS.items():
        office = (await session.execute(select(Office).where(Office.code == code))).scalar_one()
        if await session.get(OfficeLetterhead, office.id) is not None:
            continue
        session.add(
            OfficeLetterhead(
                office_id=office.id, chair_title="", updated_by="demo-seed",
                updated_at=datetime.now(UTC), **fields,
            )
        )  # fmt: skip
        created += 1
    await session.flush()
    return {"demo_letterheads_inserted": created}


async def load_demo(session: AsyncSession) -> dict[str, int]:
    """Create the demo users and cases unless they exist; returns how many were created."""
    users = await load_demo_users(session)
    letterheads = await _load_demo_letterheads(session)
    return {**users, **letterheads, **await _load_demo_cases(session)}


async def _load_demo_cases(session: AsyncSession) -> dict[str, int]:
    existing = (
        await session.execute(
            select(func.count())
            .select_from(Report)
            .where(Report.description.startswith(DEMO_PREFIX))
        )
    ).scalar_one()
    if existing:
        return {"demo_reports_inserted": 0}
    office = (await session.execute(select(Office).where(Office.code == "52.03"))).scalar_one()

    def actor(role: Role) -> Principal:
        # The demo accounts of the office (DEMO_USERS): documents print their names.
        return Principal.staff(
            f"{role.value}.lotim",
            {role},
            office_id=office.id,
            office_code=office.code,
            office_path=office.path,
        )

    handler, commissioner = actor(Role.handler), actor(Role.commissioner)
    created = 0

    async def intake(body: ReportCreate) -> cases.Loaded:
        nonlocal created
        created += 1
        created_case = await intake_one(session, handler, body)
        # Acted on below: the stored case, locked as every action expects.
        return await cases.load(session, created_case.loaded.report.id, handler, for_update=True)

    await intake(_body("52.03", 15, "Alat peraga kampanye dipasang di sekolah."))
    await intake(_body("52.03", 16, "Dugaan ASN ikut kampanye.", evidence=[]))
    registered = await intake(_body("52.03", 17, "Pembagian sembako oleh tim kampanye."))
    # The 2024 cases' steps are entered with the dates they happened on (register numbers
    # of January 2024, clocks judged then).
    await service.register(session, handler, registered, RegistrationIn(occurred_at=_at(18)))
    decided = await intake(_body("52.03", 18, "Politik uang di TPS 03."))
    await service.register(session, handler, decided, RegistrationIn(occurred_at=_at(19)))
    # The analysis, its approval and the plenary that decided (docs/procedure.md).
    await deliberation.create(
        session,
        handler,
        decided,
        AnalysisIn(
            summary="Tim kampanye membagikan uang kepada pemilih di sekitar TPS 03.",
            parties=[
                PartyIn(role="reporter", ref="Pelapor"),
                PartyIn(role="reported_party", name="Tim kampanye Caleg X"),
            ],
            facts_and_analysis="Keterangan pelapor dan saksi bersesuaian dengan foto.",
            conclusion="Unsur UU 7/2017 Pasal 523 terpenuhi.",
            recommendation=RecommendationIn(
                kind="forward", forward_to=["police"], category=ViolationCategory.crime
            ),
        ),
    )
    await deliberation.finalize(session, handler, decided, None)
    approved = await deliberation.approve(session, commissioner, decided, None)
    await deliberation.record_plenary(
        session,
        commissioner,
        decided,
        PlenaryIn(
            held_at=_at(24),
            analysis_id=approved.id,
            members_in_office=3,
            members=[
                PlenaryMemberIn(name="Ketua Contoh", role="chair"),
                PlenaryMemberIn(name="Anggota Contoh", role="member"),
            ],
            outcome=Outcome.violation,
            category=ViolationCategory.crime,
            legal_basis="UU 7/2017 Pasal 523",
        ),
    )
    await service.decide(
        session,
        commissioner,
        decided,
        DecisionIn(
            outcome=Outcome.violation,
            category=ViolationCategory.crime,
            legal_basis="UU 7/2017 Pasal 523",
            summary="Terbukti memberikan uang kepada pemilih.",
            occurred_at=_at(24),
        ),
    )
    await service.announce(
        session,
        commissioner,
        decided,
        AnnouncementIn(notice="Pelanggaran pidana pemilu.", occurred_at=_at(25)),
    )
    late = await intake(
        _body(
            "52.03",
            19,
            "Laporan terlambat.",
            known_on=date(2023, 12, 1),
            incident={"date": date(2023, 12, 1), "office": "52.03", "address": "Pasar"},
        )
    )
    await service.reject(
        session,
        handler,
        late,
        RejectionIn(reasons=["late"], note="Kedaluwarsa", occurred_at=_at(22)),
    )
    await session.flush()
    return {"demo_reports_inserted": created}
