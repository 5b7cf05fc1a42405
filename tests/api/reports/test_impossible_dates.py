"""Impossible dates are bad input: 422 `impossible_date` naming the field, nothing stored.

A report is filed within `report.filing` counted from the day the reporter came to know of
the violation (UU 7/2017 Art. 454(6); Perbawaslu 7/2022 Art. 8(3)): a `known_on` in the
future, or before the incident itself, would start that clock from a day that cannot be
true (a future `known_on` used to give a filing clock marked met for a report received
years earlier). The same check answers on every way in: intake, online filing, each item
of a bulk import, and a completion (on the merged result).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession
from tests.api.reports.conftest import complete_report

TOMORROW_ANYWHERE = (datetime.now(UTC) + timedelta(days=2)).date().isoformat()


async def _count(db: AsyncSession) -> tuple[int, int, int]:
    row = (
        await db.execute(
            text(
                "SELECT (SELECT count(*) FROM report), (SELECT count(*) FROM deadline), "
                "(SELECT count(*) FROM case_event)"
            )
        )
    ).one()
    return int(row[0]), int(row[1]), int(row[2])


def _only_error(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["code"] == "impossible_date"
    (error,) = problem["errors"]
    return error  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("overrides", "location", "code"),
    [
        pytest.param(
            {"known_on": TOMORROW_ANYWHERE},
            "body.known_on",
            "date_in_future",
            id="future known_on (UU 7/2017 Art. 454(6))",
        ),
        pytest.param(
            {
                "incident": {"date": TOMORROW_ANYWHERE, "office": "52.03", "address": "Pasar"},
                "known_on": None,
                "received_at": None,
            },
            "body.incident.date",
            "date_in_future",
            id="future incident date (Perbawaslu 7/2022 Art. 15(4))",
        ),
        pytest.param(
            {"received_at": (datetime.now(UTC) + timedelta(hours=1)).isoformat()},
            "body.received_at",
            "date_in_future",
            id="future received_at",
        ),
        pytest.param(
            {"known_on": "2024-01-09"},
            "body.known_on",
            "known_before_incident",
            id="known before the incident (2024-01-10)",
        ),
        pytest.param(
            {"known_on": "2024-01-13"},
            "body.known_on",
            "after_receipt",
            id="known after the report was received (2024-01-12)",
        ),
    ],
)
async def test_impossible_dates_at_intake_are_422_and_nothing_is_stored(
    client: httpx.AsyncClient,
    handler: dict[str, str],
    db: AsyncSession,
    overrides: dict[str, Any],
    location: str,
    code: str,
) -> None:
    body = {k: v for k, v in complete_report(**overrides).items() if v is not None}
    before = await _count(db)
    error = _only_error(await client.post("/v1/reports", json=body, headers=handler))
    assert error["location"] == location
    assert error["code"] == code
    assert await _count(db) == before


async def test_a_date_within_the_clock_skew_is_accepted(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    """`BAWASLU_CLOCK_SKEW_S` (300 s): a device clock a minute ahead is not refused."""
    body = complete_report(
        received_at=(datetime.now(UTC) + timedelta(seconds=60)).isoformat(),
        known_on=None,
        incident={"office": "52.03", "address": "Pasar"},
    )
    del body["known_on"]
    response = await client.post("/v1/reports", json=body, headers=handler)
    assert response.status_code == 201, response.text


async def test_online_filing_refuses_a_future_known_on(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    body = {
        "election": "pemilu-2024",
        "office": "52.03",
        "reporter": complete_report()["reporter"],
        "reported_parties": [{"name": "Caleg X", "address": "Selong"}],
        "incident": {"date": "2024-01-10", "office": "52.03", "address": "Pasar Selong"},
        "known_on": TOMORROW_ANYWHERE,
        "description": "Pembagian uang kepada pemilih di pasar.",
    }
    before = await _count(db)
    error = _only_error(await client.post("/v1/public/reports", json=body))
    assert error["location"] == "body.known_on"
    assert error["code"] == "date_in_future"
    assert await _count(db) == before


async def test_bulk_import_answers_an_impossible_date_per_item(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    future = complete_report(known_on=TOMORROW_ANYWHERE)
    response = await client.post(
        "/v1/imports/reports",
        json={
            "items": [
                {"external_id": "future-1", **future},
                {"external_id": "ok-1", **complete_report()},
            ]
        },
        headers=handler,
    )
    assert response.status_code == 200, response.text
    first, second = response.json()["items"]
    assert first["status"] == "invalid"
    assert first["report_id"] is None
    (problem,) = first["problems"]
    assert problem["location"] == "known_on"
    assert problem["code"] == "date_in_future"
    assert second["status"] == "created"


async def test_a_completion_is_checked_on_the_merged_dates(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    """Only `known_on` is completed, but it is before the stored incident date (10 Jan):
    422 on `known_on`, nothing changed."""
    created = await client.post("/v1/reports", json=complete_report(evidence=[]), headers=handler)
    rid = created.json()["id"]
    at = "2024-01-12T11:00:00+08:00"
    await client.post(
        f"/v1/reports/{rid}/completion-requests",
        json={"missing": ["evidence_missing"], "notice_received_at": at, "occurred_at": at},
        headers=handler,
    )
    before = (await client.get(f"/v1/reports/{rid}", headers=handler)).json()
    error = _only_error(
        await client.post(
            f"/v1/reports/{rid}/completions",
            json={
                "known_on": "2024-01-05",
                "evidence": [{"kind": "photo"}],
                "occurred_at": "2024-01-15T09:00:00+08:00",
            },
            headers=handler,
        )
    )
    assert error["location"] == "body.known_on"
    assert error["code"] == "known_before_incident"
    assert (await client.get(f"/v1/reports/{rid}", headers=handler)).json() == before


def test_a_date_is_in_the_future_by_the_office_s_own_calendar() -> None:
    """At 15:30 UTC it is already tomorrow in WIT (UTC+9) but not yet in WIB (UTC+7)."""
    from bawaslu_api.reports.dates import office_today

    now = datetime(2026, 1, 1, 15, 30, tzinfo=UTC)
    assert office_today("Asia/Jayapura", now) == date(2026, 1, 2)
    assert office_today("Asia/Jakarta", now) == date(2026, 1, 1)


async def test_moments_that_start_clocks_are_checked_too(
    client: httpx.AsyncClient, handler: dict[str, str], db: AsyncSession
) -> None:
    """report.completion runs from the reporter's receipt of the notice: a notice received
    "in 2027" would keep a 2024 case's completion from ever expiring (Perbawaslu 7/2022
    Art. 15(3)-(4)). The notice's receipt, like occurred_at, may be neither in the future
    nor before the case's previous step."""
    body = complete_report(evidence=[])
    rid = (await client.post("/v1/reports", json=body, headers=handler)).json()["id"]
    url = f"/v1/reports/{rid}/completion-requests"
    before = await _count(db)
    future = await client.post(
        url, json={"notice_received_at": f"{TOMORROW_ANYWHERE}T10:00:00+08:00"}, headers=handler
    )
    error = _only_error(future)
    assert (error["location"], error["code"]) == ("body.notice_received_at", "date_in_future")
    too_early = await client.post(
        url, json={"notice_received_at": "2023-12-01T10:00:00+08:00"}, headers=handler
    )
    error = _only_error(too_early)
    assert (error["location"], error["code"]) == (
        "body.notice_received_at", "before_previous_event",
    )  # fmt: skip
    assert await _count(db) == before
