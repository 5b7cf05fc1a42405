"""GET /v1/rules/rulesets: every version with its effective dates and rules."""

from __future__ import annotations

from typing import Any

import httpx


async def test_every_ruleset_with_effective_dates_and_rules(
    client: httpx.AsyncClient, auth: Any
) -> None:
    response = await client.get("/v1/rules/rulesets", headers=await auth("viewer", "52"))
    assert response.status_code == 200
    items = {r["id"]: r for r in response.json()["items"]}
    assert set(items) == {"pemilu:2018.1", "pemilu:2022.1", "pemilihan:2020.1", "pemilihan:2024.1"}
    # Each version applies until the day before the next one.
    assert items["pemilihan:2020.1"]["effective_until"] == "2024-09-29"
    assert items["pemilihan:2024.1"]["effective_from"] == "2024-09-30"
    assert items["pemilihan:2024.1"]["effective_until"] is None
    filing = next(r for r in items["pemilu:2022.1"]["rules"] if r["id"] == "report.filing")
    assert filing == {
        "id": "report.filing",
        "trigger": filing["trigger"],
        "amount": 7,
        "unit": "working_day",
        "basis": "UU 7/2017 Art. 454(6); Perbawaslu 7/2022 Art. 8(3)",
        "confidence": "HIGH",
        "confidence_note": "",
        "note": "",
    }
    completion = next(
        r for r in items["pemilihan:2024.1"]["rules"] if r["id"] == "report.completion"
    )
    assert (completion["amount"], completion["unit"], completion["confidence"]) == (
        48,
        "hours",
        "MED",
    )
    assert items["pemilu:2022.1"]["windows"][0]["id"] == "tsm.filing_window"
