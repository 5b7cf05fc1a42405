"""The read path (``reports/reads.py``) answers exactly what the ORM path answers.

``GET /v1/reports/{id}`` runs its own statement on the driver; its JSON is held, byte for
byte, to what ``service.load`` and the presenters produce. ``GET /v1/reports`` is held to a
reference query written here with the ORM (every filter, scope, order and page).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import httpx
import pytest
from sqlalchemy import any_, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from tests.api.reports.conftest import complete_report

from bawaslu_api.cases import repository
from bawaslu_api.cases.errors import ReportNotFound
from bawaslu_api.cases.models import Report, ReportIdentity, ReportKind, ReportStatus
from bawaslu_api.deadlines.models import Deadline, DeadlineStatus
from bawaslu_api.elections.models import Election
from bawaslu_api.offices import scope as jurisdiction
from bawaslu_api.offices.models import Office
from bawaslu_api.pagination import encode_cursor, keyset_after
from bawaslu_api.reports import presenters
from bawaslu_api.reports.reads import ReportFilter
from bawaslu_api.reports.schemas import ReportPage, ReportSummary
from bawaslu_api.security.principals import Principal, Role


async def _principal(db: AsyncSession, office: str) -> Principal:
    row = (await db.execute(select(Office).where(Office.code == office))).scalar_one()
    return Principal.staff(
        f"viewer@{office}",
        [Role.viewer],
        office_id=row.id,
        office_code=row.code,
        office_path=row.path,
    )


@pytest.fixture
async def cases(client: httpx.AsyncClient, auth: Any) -> list[str]:
    """Reports of several shapes in 52.03 and 52.04: with and without a reporter, a finding,
    non-ASCII text, coordinates, one registered."""
    lotim = await auth("handler", "52.03")
    province = await auth("handler", "52")
    bodies = [
        (lotim, complete_report()),
        (
            lotim,
            complete_report(
                reporter={
                    "category": "monitor",
                    "name": "Ni Luh Putu Ayu Ésa",
                    "nik": "52030",
                    "address": "Desa Sakra “Timur” — Blok 3",
                    "phone": "12",
                    "email": "no-at-sign",
                },
                known_on="2024-01-11",
                incident={
                    "date": "2024-01-11",
                    "time": "21:15:00",
                    "office": "52.03",
                    "address": "Lapangan",
                    "lat": -8.583312,
                    "lng": 116.5,
                },
                description="Politik uang — “serangan fajar” 💸 " + "x" * 300,
                received_at="2024-01-12T11:30:00+08:00",
            ),
        ),
        (
            lotim,
            {
                "kind": "finding",
                "election": "pemilu-2024",
                "office": "52.03",
                "received_at": "2024-01-13T08:00:00+08:00",
                "known_on": "2024-01-12",
                "description": "Temuan pengawas.",
            },
        ),
        (province, complete_report(office="52.04", received_at="2024-01-14T09:00:00+08:00")),
        (lotim, complete_report(received_at="2024-01-15T09:00:00+08:00", description="pasar")),
    ]
    ids = []
    for headers, body in bodies:
        created = await client.post("/v1/reports", json=body, headers=headers)
        assert created.status_code == 201, created.text
        ids.append(created.json()["id"])
    registered = await client.post(f"/v1/reports/{ids[0]}/registration", headers=lotim)
    assert registered.status_code == 200, registered.text
    return ids


@pytest.mark.parametrize("office", ["ID", "52", "52.03", "52.04"])
@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_read_is_byte_for_byte_the_presenters_json(
    client: httpx.AsyncClient, auth: Any, db: AsyncSession, cases: list[str], office: str, lang: str
) -> None:
    viewer = await auth("viewer", office)
    principal = await _principal(db, office)
    for rid in cases:
        response = await client.get(
            f"/v1/reports/{rid}", headers={**viewer, "Accept-Language": lang}
        )
        try:
            loaded = await repository.load(db, uuid.UUID(rid), principal)
        except ReportNotFound:
            assert response.status_code == 404
            assert response.json()["code"] == "report_not_found"
            continue
        assert response.status_code == 200
        expected = presenters.report_out(loaded, lang).model_dump_json()  # type: ignore[arg-type]
        assert response.content == expected.encode()
        assert response.headers["ETag"] == f'"{loaded.report.version}"'


LIST_QUERIES: list[dict[str, Any]] = [
    {},
    {"limit": 2},
    {"office": "52"},
    {"office": "52.03"},
    {"office": "52.03", "sort": "received_at", "limit": 2},
    {"office": "33"},
    {"status": "registered"},
    {"kind": "finding"},
    {"election": "pemilu-2024", "kind": "report"},
    {"election": "pilkada-tidak-ada"},
    {"q": "pasar"},
    {"overdue": "true"},
    {"overdue": "false"},
    {"received_from": "2024-01-12T03:00:00Z", "received_to": "2024-01-14T00:00:00+00:00"},
    {"stage": "campaign"},
    {"stage": "none"},
    {"subject": "money_politics"},
]


@pytest.mark.parametrize("office", ["ID", "52", "52.03"])
@pytest.mark.parametrize("query", LIST_QUERIES)
async def test_a_list_is_byte_for_byte_the_presenters_json(
    client: httpx.AsyncClient,
    auth: Any,
    db: AsyncSession,
    cases: list[str],
    office: str,
    query: dict[str, Any],
) -> None:
    viewer = await auth("viewer", office)
    principal = await _principal(db, office)
    filters = ReportFilter(
        election=query.get("election"),
        office=query.get("office"),
        kind=ReportKind(query["kind"]) if "kind" in query else None,
        status=ReportStatus(query["status"]) if "status" in query else None,
        received_from=_dt(query.get("received_from")),
        received_to=_dt(query.get("received_to")),
        overdue={"true": True, "false": False}.get(query.get("overdue", "")),
        q=query.get("q"),
        stage=query.get("stage"),
        subject=query.get("subject"),
    )
    cursor = None
    pages = 0
    while True:
        params = {**query, **({"cursor": cursor} if cursor else {})}
        response = await client.get("/v1/reports", params=params, headers=viewer)
        assert response.status_code == 200, response.text
        expected = await _reference_page(
            db,
            principal,
            filters,
            cursor=cursor,
            limit=int(query.get("limit", 50)),
            newest_first=not query.get("sort"),
        )
        assert response.content == expected.model_dump_json().encode()
        next_cursor = expected.next_cursor
        pages += 1
        cursor = next_cursor
        if cursor is None:
            break
    assert pages >= 1


async def _reference_page(
    db: AsyncSession,
    principal: Principal,
    filters: ReportFilter,
    *,
    cursor: str | None,
    limit: int,
    newest_first: bool,
) -> ReportPage:
    """What a page of the list must hold, stated with the ORM."""
    scope = principal.office_path
    if filters.office is not None:
        scope = await jurisdiction.office_path_by_code(db, filters.office)
        if not jurisdiction.sees(principal, scope):
            return ReportPage(items=[], next_cursor=None)
    stmt = (
        select(Report, Office.code, Election.slug, ReportIdentity.name)
        .join(Office, Office.id == Report.office_id)
        .join(Election, Election.id == Report.election_id)
        .outerjoin(ReportIdentity, ReportIdentity.report_id == Report.id)
        .where(repository.in_scope(scope))
    )
    for column, value in (
        (Election.slug, filters.election),
        (Report.kind, filters.kind),
        (Report.status, filters.status),
        (Report.outcome_category, filters.outcome_category),
    ):
        if value:
            stmt = stmt.where(column == value)
    if filters.received_from:
        stmt = stmt.where(Report.received_at >= filters.received_from)
    if filters.received_to:
        stmt = stmt.where(Report.received_at < filters.received_to)
    if filters.q:
        stmt = stmt.where(Report.search.op("@@")(func.plainto_tsquery("simple", filters.q)))
    if filters.stage:
        stage = None if filters.stage == "none" else filters.stage
        stmt = stmt.where(Report.stage.is_(None) if stage is None else Report.stage == stage)
    if filters.subject:
        stmt = stmt.where(any_(Report.subjects) == filters.subject)
    if filters.overdue is not None:
        overdue = (
            select(Deadline.id)
            .where(
                Deadline.report_id == Report.id,
                Deadline.status == DeadlineStatus.pending,
                Deadline.due_at < func.now(),
            )
            .exists()
        )
        stmt = stmt.where(overdue if filters.overdue else ~overdue)
    after = keyset_after((Report.received_at, Report.id), cursor, descending=newest_first)
    if after is not None:
        stmt = stmt.where(after)
    order = (Report.received_at, Report.id)
    stmt = stmt.order_by(*(c.desc() for c in order) if newest_first else order)
    rows = (await db.execute(stmt.limit(limit + 1))).all()
    items = [
        ReportSummary(
            id=r.id, kind=r.kind, status=r.status, office=code, election=slug,
            received_at=r.received_at, register_number=r.register_number, outcome=r.outcome,
            outcome_category=r.outcome_category, stage=r.stage, subjects=r.subjects,
            reporter_name=presenters.mask_name(name or ""),
            description=r.description[:200],
        )
        for r, code, slug, name in rows[:limit]
    ]  # fmt: skip
    next_cursor = None
    if len(rows) > limit:
        last = items[-1]
        next_cursor = encode_cursor([last.received_at.isoformat(), str(last.id)])
    return ReportPage(items=items, next_cursor=next_cursor)


def _dt(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


async def test_the_list_refuses_an_unknown_office_and_a_forged_cursor(
    client: httpx.AsyncClient, auth: Any
) -> None:
    viewer = await auth("viewer", "52")
    unknown = await client.get("/v1/reports", params={"office": "99.99"}, headers=viewer)
    assert unknown.status_code == 422
    assert unknown.json()["code"] == "unknown_reference"
    forged = await client.get("/v1/reports", params={"cursor": "bm90LWEtY3Vyc29y"}, headers=viewer)
    assert forged.status_code == 422
    assert forged.json()["code"] == "invalid_cursor"


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("Siti Aminah", "S*** A*****"),
        ("Ni Luh Putu Ayu Ésa", "N* L** P*** A** É**"),
        ("I Gede  Made", "* G*** M***"),
        ("", ""),
        ("  ", ""),
    ],
)
def test_names_in_lists_keep_the_first_letter_of_each_word(name: str, masked: str) -> None:
    assert presenters.mask_name(name) == masked
    assert masked == " ".join(presenters.mask(p, keep_start=1) for p in name.split())
