"""A registered paper case of Pemilu 2024 at Bawaslu Lombok Timur (WITA), for
clarification: received Mon 5 Feb 2024, registered Tue 6 Feb 2024 10:00 WITA. Its decision
clock (7 working days, UU 7/2017 Art. 454(7)) skips Thu 8 Feb (Isra Mi'raj), Fri 9 Feb
(cuti bersama), Wed 14 Feb (voting day): due Tue 20 Feb 2024."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from tests.api.reports.conftest import complete_report

PAPER_CASE = {
    "received_at": "2024-02-05T10:00:00+08:00",
    "known_on": "2024-02-02",
    "incident": {"date": "2024-02-02", "office": "52.03", "address": "Pasar Selong"},
    "witnesses": [
        {"name": "Budi Santoso", "phone": "0811111111", "address": "Jl. Melati 3, Selong"},
        {"name": "Wayan Sudarma", "phone": "0822222222"},
    ],
}


async def registered_case(client: httpx.AsyncClient, headers: dict[str, str]) -> str:
    created = await client.post("/v1/reports", json=complete_report(**PAPER_CASE), headers=headers)
    assert created.status_code == 201, created.text
    rid = str(created.json()["id"])
    registered = await client.post(
        f"/v1/reports/{rid}/registration",
        json={"occurred_at": "2024-02-06T10:00:00+08:00"},
        headers=headers,
    )
    assert registered.status_code == 200, registered.text
    return rid


async def add_person(
    client: httpx.AsyncClient, rid: str, headers: dict[str, str], **body: Any
) -> dict[str, Any]:
    response = await client.post(f"/v1/reports/{rid}/persons", json=body, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()  # type: ignore[no-any-return]


@pytest.fixture
async def handler(auth: Any) -> dict[str, str]:
    return await auth("handler", "52.03")  # type: ignore[no-any-return]


@pytest.fixture
async def case(client: httpx.AsyncClient, handler: dict[str, str]) -> str:
    return await registered_case(client, handler)
