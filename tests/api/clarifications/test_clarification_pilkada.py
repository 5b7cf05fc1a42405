"""Pilkada (docs/legal/procedure.md §1.2): the clarification articles of Perbawaslu 8/2020
jo. 9/2024 were not read, so the Pemilu rule applies by analogy (LOW) and "1 Hari" counts
in calendar days, as the Pilkada decision clock does (3 + 2 calendar days, UU 1/2015
Art. 134); the Pilkada form codes (the A series) were not read."""

from __future__ import annotations

import httpx
from tests.api.reports.conftest import complete_report

URL = "/v1/reports/{rid}/clarifications"


async def _pilkada_finding(client: httpx.AsyncClient, headers: dict[str, str]) -> str:
    """A finding of Pilkada 2024, set Sun 17 Nov 2024, registered Mon 18 Nov 10:00 WITA."""
    body = complete_report(
        kind="finding", election="pilkada-2024", reporter=None,
        received_at="2024-11-17T20:00:00+08:00", known_on="2024-11-10",
        incident={"date": "2024-11-10", "office": "52.03", "address": "Desa Suela"},
    )  # fmt: skip
    created = await client.post("/v1/reports", json=body, headers=headers)
    assert created.status_code == 201, created.text
    rid = str(created.json()["id"])
    registered = await client.post(
        f"/v1/reports/{rid}/registration",
        json={"occurred_at": "2024-11-18T10:00:00+08:00"},
        headers=headers,
    )
    assert registered.status_code == 200, registered.text
    return rid


async def test_pilkada_counts_the_invitation_day_in_calendar_days(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    rid = await _pilkada_finding(client, handler)
    base = {
        "place": "Kantor Bawaslu Kabupaten Lombok Timur",
        "occurred_at": "2024-11-18T11:00:00+08:00",
        "invitees": [{"role": "reported_party", "party": 0, "channel": "telecommunication"}],
    }
    # A finding has no reporter to invite.
    no_reporter = await client.post(
        URL.format(rid=rid),
        json={**base, "scheduled_at": "2024-11-20T10:00:00+08:00",
              "invitees": [{"role": "reporter", "channel": "in_person"}]},
        headers=handler,
    )  # fmt: skip
    assert no_reporter.status_code == 422
    assert no_reporter.json()["errors"][0]["code"] == "no_reporter"
    # After the decision is due (3 calendar days from the registration).
    late = await client.post(
        URL.format(rid=rid), json={**base, "scheduled_at": "2024-11-22T10:00:00+08:00"},
        headers=handler,
    )  # fmt: skip
    assert late.status_code == 422
    assert late.json()["code"] == "outside_decision_clock"
    scheduled = await client.post(
        URL.format(rid=rid), json={**base, "scheduled_at": "2024-11-20T10:00:00+08:00"},
        headers=handler,
    )  # fmt: skip
    assert scheduled.status_code == 201, scheduled.text
    out = scheduled.json()
    assert out["latest_receipt_on"] == "2024-11-19"
    assert out["invitation_rule"]["unit"] == "calendar_day"
    assert out["invitation_rule"]["confidence"] == "LOW"
    assert out["forms"]["invitation"] is None
    assert out["decision_due_at"].startswith("2024-11-21")
