"""The cross-case deadline view and audited overrides."""

from __future__ import annotations

from typing import Any

import httpx
from tests.api.reports.conftest import complete_report


async def _report(client: httpx.AsyncClient, headers: dict[str, str], **kw: Any) -> str:
    response = await client.post("/v1/reports", json=complete_report(**kw), headers=headers)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def test_overdue_view_lists_pending_clocks_past_due(
    client: httpx.AsyncClient, auth: Any
) -> None:
    handler = await auth("handler", "52.03")
    rid = await _report(client, handler)  # received Jan 2024: initial review long overdue
    page = (await client.get("/v1/deadlines", params={"overdue": "true"}, headers=handler)).json()
    mine = [d for d in page["items"] if d["report_id"] == rid]
    assert [d["rule"] for d in mine] == ["report.initial_review"]
    assert mine[0]["overdue"] is True
    not_overdue = (
        await client.get("/v1/deadlines", params={"overdue": "false"}, headers=handler)
    ).json()
    assert rid in {d["report_id"] for d in not_overdue["items"]}  # the met filing clock


async def test_deadlines_are_scoped_and_paginated(client: httpx.AsyncClient, auth: Any) -> None:
    handler = await auth("handler", "52.03")
    for _ in range(3):
        await _report(client, handler)
    outsider = await auth("viewer", "33")
    assert (await client.get("/v1/deadlines", headers=outsider)).json()["items"] == []
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 2, "office": "52.03", "rule": "report.initial_review"}
        if cursor:
            params["cursor"] = cursor
        page = (await client.get("/v1/deadlines", params=params, headers=handler)).json()
        seen += [d["id"] for d in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert len(seen) == len(set(seen)) == 3


async def test_override_needs_a_reason_a_commissioner_and_is_audited(
    client: httpx.AsyncClient, auth: Any
) -> None:
    handler = await auth("handler", "52.03")
    commissioner = await auth("commissioner", "52.03")
    rid = await _report(client, handler)
    clocks = (await client.get(f"/v1/reports/{rid}/deadlines", headers=handler)).json()["items"]
    review = next(d for d in clocks if d["rule"] == "report.initial_review")
    url = f"/v1/deadlines/{review['id']}/override"
    assert (
        await client.post(url, json={"status": "waived", "reason": "banjir"}, headers=handler)
    ).status_code == 403
    missing = await client.post(url, json={"status": "waived"}, headers=commissioner)
    assert missing.status_code == 422
    assert missing.json()["errors"][0]["location"] == "body.reason"
    done = await client.post(
        url, json={"status": "waived", "reason": "Kantor tutup karena banjir"}, headers=commissioner
    )
    assert done.status_code == 200
    assert done.json()["status"] == "waived"
    assert done.json()["override_reason"] == "Kantor tutup karena banjir"
    events = (await client.get(f"/v1/reports/{rid}/timeline", headers=handler)).json()["items"]
    assert events[-1]["action"] == "deadline_overridden"
    assert events[-1]["changes"]["reason"] == "Kantor tutup karena banjir"
    other = await auth("commissioner", "33")
    assert (
        await client.post(url, json={"status": "met", "reason": "xxxxx"}, headers=other)
    ).status_code == 404
