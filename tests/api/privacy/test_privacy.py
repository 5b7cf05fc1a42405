"""Personal data: masked by default, revealed only with a role and a reason, reads of
sensitive cases attributable; reporters follow their own report with a receipt code."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import httpx
from tests.api.reports.conftest import complete_report


async def _create(client: httpx.AsyncClient, headers: dict[str, str]) -> dict[str, Any]:
    response = await client.post("/v1/reports", json=complete_report(), headers=headers)
    assert response.status_code == 201, response.text
    return response.json()  # type: ignore[no-any-return]


async def test_reveal_needs_role_and_reason_and_is_logged(
    client: httpx.AsyncClient, auth: Any
) -> None:
    handler = await auth("handler", "52.03")
    commissioner = await auth("commissioner", "52.03")
    rid = (await _create(client, handler))["id"]
    url = f"/v1/reports/{rid}/reporter/reveal"
    reason = {"reason": "Klarifikasi pelapor oleh komisioner"}
    assert (await client.post(url, json=reason, headers=handler)).status_code == 403
    assert (await client.post(url, json={"reason": ""}, headers=commissioner)).status_code == 422
    revealed = await client.post(url, json=reason, headers=commissioner)
    assert revealed.status_code == 200
    assert revealed.json()["nik"] == "5203014708900001"
    assert revealed.json()["witnesses"][0]["phone"] == "0811111111"
    log = (await client.get(f"/v1/reports/{rid}/access-log", headers=commissioner)).json()["items"]
    assert [(e["action"], e["reason"]) for e in log] == [("reveal", reason["reason"])]
    events = (await client.get(f"/v1/reports/{rid}/timeline", headers=handler)).json()["items"]
    assert events[-1]["action"] == "personal_data_revealed"
    assert "5203014708900001" not in str(events)
    outsider = await auth("commissioner", "33")
    assert (await client.post(url, json=reason, headers=outsider)).status_code == 404


async def test_reads_of_sensitive_cases_are_attributable(
    client: httpx.AsyncClient, auth: Any
) -> None:
    handler = await auth("handler", "52.03", subject="budi")
    commissioner = await auth("commissioner", "52.03")
    rid = (await _create(client, handler))["id"]
    await client.get(f"/v1/reports/{rid}", headers=handler)
    assert (await client.get(f"/v1/reports/{rid}/access-log", headers=commissioner)).json()[
        "items"
    ] == []
    marked = await client.post(
        f"/v1/reports/{rid}/sensitivity",
        json={"sensitive": True, "reason": "Terlapor pejabat"},
        headers=commissioner,
    )
    assert marked.json()["sensitive"] is True
    await client.get(f"/v1/reports/{rid}", headers=handler)
    await client.get(f"/v1/reports/{rid}/timeline", headers=handler)
    log = (await client.get(f"/v1/reports/{rid}/access-log", headers=commissioner)).json()["items"]
    assert [(e["subject"], e["action"]) for e in log] == [("budi", "read"), ("budi", "read")]


async def test_receipt_code_follows_only_that_report(client: httpx.AsyncClient, auth: Any) -> None:
    handler = await auth("handler", "52.03")
    created = await _create(client, handler)
    code = created["receipt_code"]
    assert code.startswith("BWS-")
    other = await _create(client, handler)
    lookup = await client.post(
        "/v1/public/receipts/lookup", json={"code": code.lower().replace("-", " ")}
    )
    assert lookup.status_code == 200
    body = lookup.json()
    assert body["status"] == "received"
    assert body["office"] == "52.03"
    assert other["id"] not in lookup.text
    assert "Siti" not in lookup.text
    assert "5203014708900001" not in lookup.text
    reread = (await client.get(f"/v1/reports/{created['id']}", headers=handler)).json()
    assert "receipt_code" not in reread  # shown once, at filing
    unknown = await client.post(
        "/v1/public/receipts/lookup", json={"code": "BWS-0000-0000-0000-0000"}
    )
    assert unknown.status_code == 404
    assert unknown.json()["code"] == "receipt_not_found"


async def test_online_filing_without_an_account(client: httpx.AsyncClient, auth: Any) -> None:
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    body = complete_report(
        known_on=yesterday, incident={"date": yesterday, "office": "52.03", "address": "Pasar"}
    )
    for key in ("kind", "channel", "received_at", "signature"):
        body.pop(key)
    filed = await client.post("/v1/public/reports", json=body)
    assert filed.status_code == 201, filed.text
    receipt = filed.json()
    # Online forms are not signed: the office asks the reporter to complete (sign) it.
    assert receipt["verdict"] == "incomplete"
    assert receipt["requirements_missing"]
    followed = await client.post(
        "/v1/public/receipts/lookup", json={"code": receipt["receipt_code"]}
    )
    assert followed.json()["status"] == "received"
    handler = await auth("handler", "52.03")
    listed = (await client.get("/v1/reports", params={"limit": 200}, headers=handler)).json()[
        "items"
    ]
    assert any(i["office"] == "52.03" for i in listed)
    forged = await client.post("/v1/public/reports", json={**body, "channel": "walk_in"})
    assert forged.status_code == 422
