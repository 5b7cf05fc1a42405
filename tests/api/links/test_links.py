"""Related cases (docs/legal/procedure.md §5): reports and findings about the same event
linked across offices by staff who see both, on both timelines; a report that failed the
filing deadline turned into preliminary information (informasi awal) for a finding."""

from __future__ import annotations

from typing import Any

import httpx
from tests.api.reports.conftest import complete_report


async def _case(client: httpx.AsyncClient, headers: dict[str, str], **overrides: Any) -> Any:
    response = await client.post("/v1/reports", json=complete_report(**overrides), headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


async def test_same_event_across_offices_seen_by_the_province(
    client: httpx.AsyncClient, auth: Any
) -> None:
    lotim = await _case(client, await auth("handler", "52.03"))
    mataram = await _case(client, await auth("handler", "52.71"), office="52.71")
    province = await auth("handler", "52")
    linked = await client.post(
        f"/v1/reports/{lotim['id']}/links",
        json={"report": mataram["id"], "kind": "same_event", "reason": "kejadian yang sama"},
        headers=province,
    )
    assert linked.status_code == 201, linked.text
    assert (linked.json()["direction"], linked.json()["office"]) == ("to", "52.71")
    back = (await client.get(f"/v1/reports/{mataram['id']}/links", headers=province)).json()
    assert [(x["direction"], x["report"], x["kind"]) for x in back["items"]] == [
        ("from", lotim["id"], "same_event")
    ]
    # The Lombok Timur office does not see the Mataram case: the link is left out for it.
    lotim_view = await client.get(
        f"/v1/reports/{lotim['id']}/links", headers=await auth("viewer", "52.03")
    )
    assert lotim_view.json()["items"] == []
    again = await client.post(
        f"/v1/reports/{lotim['id']}/links",
        json={"report": mataram["id"], "kind": "same_event", "reason": "kejadian yang sama"},
        headers=province,
    )
    assert again.status_code == 409
    for rid in (lotim["id"], mataram["id"]):
        timeline = (await client.get(f"/v1/reports/{rid}/timeline", headers=province)).json()
        assert timeline["items"][-1]["action"] == "linked"
        verified = await client.get(f"/v1/reports/{rid}/timeline/verify", headers=province)
        assert verified.json()["valid"] is True


async def test_an_outsider_cannot_link_to_a_case_it_does_not_see(
    client: httpx.AsyncClient, auth: Any
) -> None:
    lotim = await _case(client, await auth("handler", "52.03"))
    mataram = await _case(client, await auth("handler", "52.71"), office="52.71")
    refused = await client.post(
        f"/v1/reports/{lotim['id']}/links",
        json={"report": mataram["id"], "kind": "duplicate", "reason": "laporan ganda"},
        headers=await auth("handler", "52.03"),
    )
    assert refused.status_code == 404
    itself = await client.post(
        f"/v1/reports/{lotim['id']}/links",
        json={"report": lotim["id"], "kind": "duplicate", "reason": "laporan ganda"},
        headers=await auth("handler", "52.03"),
    )
    assert itself.status_code == 422


async def test_a_late_report_becomes_preliminary_information_for_a_finding(
    client: httpx.AsyncClient, auth: Any
) -> None:
    """Known 10 Jan 2024, received 12 Feb: late (UU 7/2017 Art. 454(6)), not registered.
    The supervisor searches (penelusuran) and discovers the violation on 14 Feb: a finding
    set on 15 Feb, within finding.set (Art. 454(5)), linked to the report."""
    handler = await auth("handler", "52.03")
    late = await _case(client, handler, received_at="2024-02-12T10:00:00+08:00")
    assert late["admissibility"]["verdict"] == "late"
    url = f"/v1/reports/{late['id']}"
    rejected = await client.post(
        f"{url}/rejection",
        json={"reasons": ["late"], "occurred_at": "2024-02-13T10:00:00+08:00"},
        headers=handler,
    )
    assert rejected.status_code == 200, rejected.text
    made = await client.post(
        f"{url}/finding",
        json={
            "discovered_on": "2024-02-14",
            "occurred_at": "2024-02-15T09:00:00+08:00",
            "reason": "penelusuran informasi awal",
        },
        headers=handler,
    )
    assert made.status_code == 201, made.text
    finding = made.json()
    assert finding["kind"] == "finding"
    assert finding["reporter"] is None
    assert finding["known_on"] == "2024-02-14"
    assert finding["description"] == late["description"]
    filing = next(d for d in finding["deadlines"] if d["rule"] == "finding.set")
    assert filing["status"] == "met"
    links = (await client.get(f"/v1/reports/{finding['id']}/links", headers=handler)).json()
    assert [(x["direction"], x["kind"], x["report"]) for x in links["items"]] == [
        ("from", "preliminary_information", late["id"])
    ]
    finding_of_a_finding = await client.post(
        f"/v1/reports/{finding['id']}/finding",
        json={"discovered_on": "2024-02-14", "reason": "penelusuran"},
        headers=handler,
    )
    assert finding_of_a_finding.status_code == 409
