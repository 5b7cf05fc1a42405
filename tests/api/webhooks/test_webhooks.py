"""Webhook subscriptions: who may manage them, what URLs are allowed, and the outbox."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sqlalchemy import text
from tests.api.reports.conftest import complete_report

ALL = ["report.created", "report.registered", "deadline.missed"]


async def _create(client: httpx.AsyncClient, headers: dict[str, str], **body: Any) -> Any:
    payload = {"url": "http://127.0.0.1:9/hook", "events": ALL, **body}
    return await client.post("/v1/webhooks", json=payload, headers=headers)


@pytest.mark.usefixtures("allow_loopback")
async def test_create_shows_the_secret_once_then_list_get_delete(
    client: httpx.AsyncClient, auth: Any
) -> None:
    admin = await auth("admin", "52.03")
    created = await _create(client, admin, description="SIPP daerah")
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["secret"].startswith("whsec_")
    assert len(body["secret"]) > 40
    assert body["office"] == "52.03"
    assert body["events"] == sorted(ALL)
    assert created.headers["location"] == f"/v1/webhooks/{body['id']}"

    listed = (await client.get("/v1/webhooks", headers=admin)).json()["items"]
    assert [w["id"] for w in listed] == [body["id"]]
    assert "secret" not in listed[0]
    got = await client.get(f"/v1/webhooks/{body['id']}", headers=admin)
    assert got.status_code == 200
    assert "secret" not in got.json()

    assert (await client.delete(f"/v1/webhooks/{body['id']}", headers=admin)).status_code == 204
    gone = await client.get(f"/v1/webhooks/{body['id']}", headers=admin)
    assert gone.status_code == 404
    assert gone.json()["code"] == "webhook_not_found"


@pytest.mark.usefixtures("allow_loopback")
async def test_only_admins_and_webhook_clients_manage_and_only_in_their_subtree(
    client: httpx.AsyncClient, auth: Any
) -> None:
    for role in ("handler", "commissioner", "viewer"):
        refused = await _create(client, await auth(role, "52.03"))
        assert refused.status_code == 403, role
    outside = await _create(client, await auth("admin", "52.03"), office="52.08")
    assert outside.status_code == 422
    assert outside.json()["code"] == "outside_jurisdiction"
    province = await _create(client, await auth("admin", "52"), office="52.08")
    assert province.status_code == 201
    sibling = await client.get(
        f"/v1/webhooks/{province.json()['id']}", headers=await auth("admin", "52.03")
    )
    assert sibling.status_code == 404
    unknown = await _create(client, await auth("admin", "52"), events=["report.deleted"])
    assert unknown.status_code == 422


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.org/hook",
        "file:///etc/passwd",
        "http://127.0.0.1/hook",
        "http://localhost:8000/hook",
        "http://10.1.2.3/hook",
        "http://192.168.0.10/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "http://user:pw@example.org/hook",
    ],
)
async def test_private_loopback_and_non_http_targets_are_refused(
    client: httpx.AsyncClient, auth: Any, url: str
) -> None:
    refused = await _create(client, await auth("admin", "52.03"), url=url)
    assert refused.status_code == 422, refused.text
    assert refused.json()["code"] == "webhook_target_not_allowed"


@pytest.mark.usefixtures("allow_loopback")
async def test_events_go_to_the_outbox_in_the_same_transaction_and_only_matching_ones(
    client: httpx.AsyncClient, auth: Any, db: Any
) -> None:
    admin = await auth("admin", "52.03")
    handler = await auth("handler", "52.03")
    sub = (await _create(client, admin, events=["report.registered"])).json()
    rid = (await client.post("/v1/reports", json=complete_report(), headers=handler)).json()["id"]
    assert (await client.post(f"/v1/reports/{rid}/registration", headers=handler)).is_success
    # A failed action (already registered: 409) is rolled back and leaves no event.
    again = await client.post(f"/v1/reports/{rid}/registration", headers=handler)
    assert again.status_code == 409

    events = (
        await db.execute(
            text("SELECT type, payload FROM webhook_event WHERE report_id = :r ORDER BY seq"),
            {"r": rid},
        )
    ).all()
    assert [e[0] for e in events] == ["report.created", "report.registered"]
    registered = events[1][1]
    assert registered["type"] == "report.registered"
    assert registered["data"]["report"]["register_number"]
    assert "reporter" not in registered["data"]["report"]
    deliveries = (
        await db.execute(
            text(
                "SELECT e.type FROM webhook_delivery d JOIN webhook_event e ON e.id = d.event_id "
                "WHERE d.subscription_id = :s"
            ),
            {"s": sub["id"]},
        )
    ).all()
    assert [d[0] for d in deliveries] == ["report.registered"]  # only what it asked for

    # A case in another office's subtree does not reach this subscription.
    other = await auth("handler", "52.08")
    body = complete_report(
        office="52.08", incident={"date": "2024-01-10", "office": "52.08", "address": "Tanjung"}
    )
    oid = (await client.post("/v1/reports", json=body, headers=other)).json()["id"]
    await client.post(f"/v1/reports/{oid}/registration", headers=other)
    count = await db.execute(
        text("SELECT count(*) FROM webhook_delivery WHERE subscription_id = :s"),
        {"s": sub["id"]},
    )
    assert count.scalar() == 1

    listed = await client.get(f"/v1/webhooks/{sub['id']}/deliveries", headers=admin)
    assert listed.status_code == 200
    [item] = listed.json()["items"]
    assert item["status"] == "pending"
    assert item["attempts"] == 0
    assert item["attempt_log"] == []
    missing = await client.post(
        f"/v1/webhooks/{sub['id']}/deliveries/{sub['id']}/redeliver", headers=admin
    )
    assert missing.status_code == 404
    assert missing.json()["code"] == "delivery_not_found"


@pytest.mark.usefixtures("allow_loopback")
async def test_a_machine_client_with_webhooks_manage_subscribes_for_its_subtree(
    client: httpx.AsyncClient, rollback_app: Any
) -> None:
    from sqlalchemy import select

    from bawaslu_api.offices.models import Office

    async with rollback_app.state.sessionmaker() as session:
        office = (await session.execute(select(Office).where(Office.code == "52"))).scalar_one()
    settings = rollback_app.state.settings

    def token(scope: str) -> dict[str, str]:
        claims = {
            "sub": "client:sipp", "kind": "client", "scope": scope, "office": office.code,
            "office_id": str(office.id), "office_path": office.path,
        }  # fmt: skip
        issued = rollback_app.state.key_ring.issue(
            claims, issuer=settings.jwt_issuer, audience=settings.jwt_audience, ttl_s=300
        )
        return {"Authorization": f"Bearer {issued}"}

    created = await _create(client, token("webhooks:manage"), office="52.03")
    assert created.status_code == 201, created.text
    assert created.json()["created_by"] == "client:sipp"
    refused = await _create(client, token("reports:read"))
    assert refused.status_code == 403
    filtered = await client.get(
        f"/v1/webhooks/{created.json()['id']}/deliveries",
        params={"status": "failed"},
        headers=token("webhooks:manage"),
    )
    assert filtered.status_code == 200
    assert filtered.json()["items"] == []
