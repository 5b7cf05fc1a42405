"""Staff correct the facts they recorded (PATCH /v1/reports/{id}): every change on the
timeline with before and after; before registration the initial review runs again and the
filing clock follows a corrected date known (UU 7/2017 Art. 454(6)); after registration
what the filing clock and the registered case rest on is fixed."""

from __future__ import annotations

from typing import Any

import httpx
from tests.api.reports.conftest import complete_report


def _filing(clocks: list[dict[str, Any]]) -> dict[str, Any]:
    return next(d for d in clocks if d["rule"] == "report.filing")


async def test_a_corrected_date_known_can_make_a_report_late(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    """Received Fri 12 Jan 2024, known 10 Jan: on time. The officer typed the wrong date;
    known on 20 Dec 2023, 7 working days (Art. 454(6)) ended 2 Jan 2024: late, and the
    filing clock says so."""
    case = (await client.post("/v1/reports", json=complete_report(), headers=handler)).json()
    url = f"/v1/reports/{case['id']}"
    assert _filing(case["deadlines"])["status"] == "met"
    corrected = await client.patch(
        url,
        json={
            "known_on": "2023-12-20",
            "incident": {"date": "2023-12-20"},
            "reason": "salah ketik tanggal",
        },
        headers={**handler, "If-Match": '"1"'},
    )
    assert corrected.status_code == 200, corrected.text
    body = corrected.json()
    assert body["known_on"] == "2023-12-20"
    assert body["incident"]["address"] == "Pasar Selong"  # not given: kept
    assert body["admissibility"]["verdict"] == "late"
    filing = _filing((await client.get(f"{url}/deadlines", headers=handler)).json()["items"])
    assert (filing["trigger"], filing["status"]) == ("2023-12-20", "missed")
    timeline = (await client.get(f"{url}/timeline", headers=handler)).json()["items"]
    step = timeline[-1]
    assert step["action"] == "corrected"
    assert step["changes"]["changes"]["known_on"] == {
        "before": "2024-01-10",
        "after": "2023-12-20",
    }
    assert "incident.address" not in step["changes"]["changes"]
    assert step["changes"]["reason"] == "salah ketik tanggal"
    stale = await client.patch(
        url,
        json={"description": "x", "reason": "sekali lagi"},
        headers={**handler, "If-Match": '"1"'},
    )
    assert stale.status_code == 412


async def test_after_registration_the_date_known_is_fixed(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    case = (await client.post("/v1/reports", json=complete_report(), headers=handler)).json()
    url = f"/v1/reports/{case['id']}"
    assert (await client.post(f"{url}/registration", headers=handler)).status_code == 200
    fixed = await client.patch(
        url,
        json={"known_on": "2024-01-11", "reported_parties": [], "reason": "koreksi"},
        headers=handler,
    )
    assert fixed.status_code == 409
    assert "known_on, reported_parties" in fixed.json()["detail"]
    described = await client.patch(
        url,
        json={"description": "Pembagian uang dan sembako di pasar.", "reason": "uraian lengkap"},
        headers=handler,
    )
    assert described.status_code == 200, described.text
    assert described.json()["description"] == "Pembagian uang dan sembako di pasar."
    place = await client.patch(
        url,
        json={"incident": {"address": "Pasar Selong, blok B", "time": "09:00"}, "reason": "tempat"},
        headers=handler,
    )
    assert place.status_code == 200, place.text
    assert place.json()["incident"]["date"] == "2024-01-10"  # not given: kept


async def test_a_future_date_known_is_refused_and_nothing_changes(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    case = (await client.post("/v1/reports", json=complete_report(), headers=handler)).json()
    url = f"/v1/reports/{case['id']}"
    refused = await client.patch(
        url, json={"known_on": "2099-01-01", "reason": "salah"}, headers=handler
    )
    assert refused.status_code == 422
    assert refused.json()["code"] == "impossible_date"
    assert (await client.get(url, headers=handler)).json()["known_on"] == "2024-01-10"


async def test_what_changes_decides_not_what_is_sent(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    """After registration a client may send back the incident it read with only the
    office corrected: the unchanged date is not a correction of the date. Sending nothing
    new is refused (422), and nothing goes on the timeline."""
    case = (await client.post("/v1/reports", json=complete_report(), headers=handler)).json()
    url = f"/v1/reports/{case['id']}"
    assert (await client.post(f"{url}/registration", headers=handler)).status_code == 200
    resent = await client.patch(
        url,
        json={
            "incident": {"date": "2024-01-10", "office": "52.03", "address": "Pasar Labuhan Haji"},
            "reason": "salah tempat",
        },
        headers=handler,
    )
    assert resent.status_code == 200, resent.text
    assert resent.json()["incident"]["address"] == "Pasar Labuhan Haji"
    same = await client.patch(
        url, json={"description": resent.json()["description"], "reason": "tidak ada"},
        headers=handler,
    )  # fmt: skip
    assert same.status_code == 422
    assert same.json()["code"] == "nothing_to_correct"
    steps = [
        e["action"] for e in (await client.get(f"{url}/timeline", headers=handler)).json()["items"]
    ]
    assert steps.count("corrected") == 1
