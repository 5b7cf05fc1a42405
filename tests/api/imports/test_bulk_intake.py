"""Bulk intake is single intake in bulk: the same case, clocks, timeline and outbox; and
concurrent batches sharing external ids create each report once (real commits)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine
from tests.api.reports.conftest import complete_report

from bawaslu_api.auth.service import mint_staff_token
from bawaslu_api.main import create_app
from bawaslu_api.security.principals import Role
from bawaslu_api.settings import Settings

URL = "/v1/imports/reports"
VOLATILE = {"id", "report_id", "due_at_local", "met_at", "at", "hash", "prev_hash", "seq"}


def _stable(value: Any) -> Any:
    """``value`` without the fields that differ between two cases (ids, times, hashes)."""
    if isinstance(value, dict):
        return {k: _stable(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        return [_stable(v) for v in value]
    return value


async def test_an_imported_report_is_the_case_single_intake_makes(
    client: httpx.AsyncClient, auth: Any, db: Any
) -> None:
    headers = await auth("handler", "52.03")
    body = complete_report()
    single = (await client.post("/v1/reports", json=body, headers=headers)).json()
    batch = await client.post(
        URL, json={"items": [{"external_id": "same-1", **body}]}, headers=headers
    )
    imported_id = batch.json()["items"][0]["report_id"]

    async def view(rid: str) -> dict[str, Any]:
        case = (await client.get(f"/v1/reports/{rid}", headers=headers)).json()
        deadlines = (await client.get(f"/v1/reports/{rid}/deadlines", headers=headers)).json()[
            "items"
        ]
        timeline = (await client.get(f"/v1/reports/{rid}/timeline", headers=headers)).json()
        verify = (await client.get(f"/v1/reports/{rid}/timeline/verify", headers=headers)).json()
        outbox = (
            await db.execute(
                text("SELECT type, payload FROM webhook_event WHERE report_id = :r"), {"r": rid}
            )
        ).all()
        return {
            "case": case,
            "deadlines": deadlines,
            "timeline": timeline,
            "verify": verify,
            "outbox": [{"type": t, **p["data"]} for t, p in outbox],
        }

    one, other = await view(single["id"]), await view(imported_id)
    assert _stable(one) == _stable(other)
    # And the comparison compared something: the clocks, the chain and the outbox event.
    clocks = {d["rule"]: d["status"] for d in other["deadlines"]}
    assert clocks == {"report.filing": "met", "report.initial_review": "pending"}
    assert [e["action"] for e in other["timeline"]["items"]] == ["received"]
    assert other["verify"]["valid"] is True
    [event] = other["outbox"]
    assert (event["type"], event["verdict"]) == ("report.created", "registrable")
    assert event["report"]["id"] == imported_id
    assert other["case"]["reporter"]["nik"] == "5203********0001"


async def test_an_item_the_rules_cannot_take_is_invalid_and_the_others_are_stored(
    client: httpx.AsyncClient, auth: Any
) -> None:
    headers = await auth("handler", "52.03")
    old = complete_report(
        received_at="2010-01-05T10:00:00+08:00",
        known_on="2010-01-04",
        incident={"date": "2010-01-04", "office": "52.03", "address": "Pasar Selong"},
    )
    response = await client.post(
        URL,
        json={
            "items": [{"external_id": "old-1", **old}, {"external_id": "ok-1", **complete_report()}]
        },
        headers={**headers, "Accept-Language": "en"},
    )
    assert response.status_code == 200, response.text
    first, second = response.json()["items"]
    assert first["status"] == "invalid"
    assert first["problems"][0]["code"] == "rule_not_applicable"
    assert "2010-01-05" in first["problems"][0]["message"]
    assert second["status"] == "created"
    # Single intake answers the same problem, not a server error.
    single = await client.post("/v1/reports", json=old, headers=headers)
    assert single.status_code == 422
    assert single.json()["code"] == "rule_not_applicable"


@pytest.mark.usefixtures("allow_loopback")
async def test_imported_reports_reach_the_subscriptions_of_their_subtree(
    client: httpx.AsyncClient, auth: Any, db: Any
) -> None:
    admin = await auth("admin", "52.03")
    sub = (
        await client.post(
            "/v1/webhooks",
            json={"url": "http://127.0.0.1:9/hook", "events": ["report.created"]},
            headers=admin,
        )
    ).json()
    elsewhere = complete_report(
        office="52.08", incident={"date": "2024-01-10", "office": "52.08", "address": "Tanjung"}
    )
    items = [
        {"external_id": "w-1", **complete_report()},
        {"external_id": "w-2", **elsewhere},
        {"external_id": "w-3", **complete_report(kind="finding")},
    ]
    province = await auth("handler", "52")
    body = (await client.post(URL, json={"items": items}, headers=province)).json()
    assert body["created"] == 3
    ids = {i["external_id"]: i["report_id"] for i in body["items"]}
    rows = (
        await db.execute(
            text(
                "SELECT d.report_id::text, d.event_seq, e.seq, e.type FROM webhook_delivery d "
                "JOIN webhook_event e ON e.id = d.event_id WHERE d.subscription_id = :s"
            ),
            {"s": sub["id"]},
        )
    ).all()
    assert sorted(r[0] for r in rows) == sorted([ids["w-1"], ids["w-3"]])
    assert all(r[1] == r[2] and r[3] == "report.created" for r in rows)


SUBJECT = "bulk-race"
COLLEAGUE = "bulk-race-colleague"  # another officer of the same office


@pytest.fixture
async def committing(
    database_url: str, test_settings: Settings
) -> AsyncIterator[tuple[httpx.AsyncClient, dict[str, str], AsyncEngine, dict[str, str]]]:
    app: FastAPI = create_app(test_settings, database_url=database_url)
    async with app.router.lifespan_context(app):
        async with app.state.sessionmaker() as session:
            token = await mint_staff_token(
                session, app.state.key_ring, test_settings,
                subject=SUBJECT, role=Role.handler, office_code="52.03",
            )  # fmt: skip
            colleague = await mint_staff_token(
                session, app.state.key_ring, test_settings,
                subject=COLLEAGUE, role=Role.handler, office_code="52.03",
            )  # fmt: skip
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            try:
                yield (
                    c,
                    {"Authorization": f"Bearer {token}"},
                    app.state.engine,
                    {"Authorization": f"Bearer {colleague}"},
                )
            finally:
                async with app.state.engine.begin() as conn:
                    await conn.execute(
                        text(
                            "DELETE FROM report WHERE id IN "
                            "(SELECT report_id FROM import_key WHERE subject IN (:s, :c))"
                        ),
                        {"s": SUBJECT, "c": COLLEAGUE},
                    )


async def test_concurrent_batches_sharing_external_ids_create_each_report_once(
    committing: tuple[httpx.AsyncClient, dict[str, str], AsyncEngine, dict[str, str]],
) -> None:
    client, headers, engine, _ = committing
    shared = [f"race-{n}" for n in range(30)]

    async def send(batch: int) -> dict[str, str]:
        # Each batch: the shared ids in its own order, plus one id of its own.
        order = shared[batch:] + shared[:batch] + [f"own-{batch}"]
        items = [{"external_id": ext, **complete_report()} for ext in order]
        response = await client.post(URL, json={"items": items}, headers=headers)
        assert response.status_code == 200, response.text
        results = response.json()["items"]
        assert all(r["status"] in ("created", "duplicate") for r in results)
        return {r["external_id"]: r["report_id"] for r in results}

    answers = await asyncio.gather(*(send(b) for b in range(6)))
    for ext in shared:
        assert len({a[ext] for a in answers}) == 1, ext  # every batch names the same report
    reports = {rid for a in answers for rid in a.values()}
    assert len(reports) == 30 + 6
    async with engine.connect() as conn:
        # No case was written for a key another batch had claimed: one per key, none more.
        cases = await conn.scalar(
            text("SELECT count(DISTINCT report_id) FROM case_event WHERE actor = :s"),
            {"s": SUBJECT},
        )
        keys = await conn.scalar(
            text("SELECT count(*) FROM import_key WHERE subject = :s"), {"s": SUBJECT}
        )
    assert (cases, keys) == (36, 36)


async def test_two_officers_importing_the_same_rows_at_once_create_each_case_once(
    committing: tuple[httpx.AsyncClient, dict[str, str], AsyncEngine, dict[str, str]],
) -> None:
    """Two officers of one office send the office's file at the same moment (real
    transactions): one case per row, and each row of the other answers `duplicate` naming
    the officer whose batch stored it."""
    client, mine, engine, theirs = committing
    rows = [{"external_id": f"office-sheet-{n}", **complete_report()} for n in range(20)]

    async def send(headers: dict[str, str]) -> list[dict[str, Any]]:
        response = await client.post(URL, json={"items": rows}, headers=headers)
        assert response.status_code == 200, response.text
        return list(response.json()["items"])

    a, b = await asyncio.gather(send(mine), send(theirs))
    for one, other in zip(a, b, strict=True):
        assert one["report_id"] == other["report_id"]
        assert sorted([one["status"], other["status"]]) == ["created", "duplicate"]
        dup = one if one["status"] == "duplicate" else other
        creator = SUBJECT if dup is other else COLLEAGUE
        assert dup["existing"]["imported_by"] == creator
    async with engine.connect() as conn:
        keys = await conn.scalar(
            text("SELECT count(*) FROM import_key WHERE external_id LIKE 'office-sheet-%'")
        )
        cases = await conn.scalar(
            text("SELECT count(DISTINCT report_id) FROM case_event WHERE actor IN (:s, :c)"),
            {"s": SUBJECT, "c": COLLEAGUE},
        )
    assert (keys, cases) == (20, 20)


async def test_an_id_repeated_in_a_batch_is_stored_by_its_first_valid_occurrence(
    client: httpx.AsyncClient, auth: Any
) -> None:
    headers = await auth("handler", "52.03")
    nowhere = complete_report(office="99.99")
    items = [
        {"external_id": "rep-1", **nowhere},  # invalid: answered with its own problem
        {"external_id": "rep-1", **complete_report()},  # the first valid one: stored
        {"external_id": "rep-1", **nowhere},  # after it: a duplicate, as in a later batch
        {"external_id": "rep-1", **complete_report(kind="finding")},
    ]
    body = (await client.post(URL, json={"items": items}, headers=headers)).json()
    statuses = [i["status"] for i in body["items"]]
    assert statuses == ["invalid", "created", "duplicate", "duplicate"]
    assert body["items"][0]["problems"][0]["code"] == "unknown_reference"
    stored = body["items"][1]["report_id"]
    assert [i["report_id"] for i in body["items"][2:]] == [stored, stored]
    case = (await client.get(f"/v1/reports/{stored}", headers=headers)).json()
    assert case["kind"] == "report"

    # A dry run answers each occurrence on its own.
    twice = [
        {"external_id": "rep-2", **complete_report()},
        {"external_id": "rep-2", **nowhere},
    ]
    dry = (await client.post(URL, json={"dry_run": True, "items": twice}, headers=headers)).json()
    assert [i["status"] for i in dry["items"]] == ["valid", "invalid"]


async def test_an_over_long_incident_office_code_is_a_field_problem(
    client: httpx.AsyncClient, auth: Any
) -> None:
    headers = await auth("handler", "52.03")
    body = complete_report(incident={"date": "2024-01-10", "office": "5" * 40, "address": "x"})
    response = await client.post("/v1/reports", json=body, headers=headers)
    assert response.status_code == 422
    assert response.json()["errors"][0]["location"] == "body.incident.office"
