"""A timestamp UTC cannot hold (year 1 at +14:00, year 9999 at -12:00) is bad input like
any impossible date: 422 naming the field, never a 500."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from tests.api.clarifications.conftest import registered_case

SESSION = {"place": "Kantor", "invitees": [{"role": "reporter", "channel": "in_person"}]}


@pytest.mark.parametrize(
    "times",
    [
        {"occurred_at": "0001-01-01T00:00:00+14:00", "scheduled_at": "2024-02-12T10:00:00+08:00"},
        {"scheduled_at": "0001-01-01T00:00:00+14:00"},
        {"scheduled_at": "9999-12-31T23:59:59-12:00"},
    ],
)
async def test_times_utc_cannot_hold_are_422(
    client: httpx.AsyncClient, auth: Any, times: dict[str, str]
) -> None:
    handler = await auth("handler", "52.03")
    rid = await registered_case(client, handler)
    response = await client.post(
        f"/v1/reports/{rid}/clarifications", json={**SESSION, **times}, headers=handler
    )
    assert response.status_code == 422, response.text
    assert response.json()["code"] in ("impossible_date", "outside_decision_clock")
