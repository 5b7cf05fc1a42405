"""The clarification minutes (Form B.12) are personal and confidential
(docs/legal/procedure.md §2): what a person said is read by those who work cases
(handlers, commissioners, admins), not by viewers; a viewer learns that minutes exist."""

from __future__ import annotations

from typing import Any

import httpx


async def test_a_viewer_does_not_read_what_was_said(
    client: httpx.AsyncClient, handler: dict[str, str], case: str, auth: Any
) -> None:
    url = f"/v1/reports/{case}/clarifications"
    scheduled = await client.post(
        url,
        json={
            "scheduled_at": "2024-02-12T10:00:00+08:00",
            "place": "Kantor Bawaslu Kabupaten Lombok Timur",
            "occurred_at": "2024-02-06T14:00:00+08:00",
            "invitees": [{"role": "reporter", "channel": "in_person"}],
        },
        headers=handler,
    )
    assert scheduled.status_code == 201, scheduled.text
    sid = scheduled.json()["id"]
    reporter = scheduled.json()["invitees"][0]["id"]
    receipt = await client.post(
        f"{url}/{sid}/receipts",
        json={"invitee": reporter, "received_at": "2024-02-06T16:00:00+08:00",
              "received_by": "Siti Aminah"},
        headers=handler,
    )  # fmt: skip
    assert receipt.status_code == 200, receipt.text
    said = "Saya melihat tim kampanye membagikan amplop."
    held = await client.post(
        f"{url}/{sid}/outcome",
        json={
            "occurred_at": "2024-02-12T12:00:00+08:00",
            "results": [
                {
                    "invitee": reporter,
                    "attendance": "attended",
                    "oath": "taken",
                    "minutes": {
                        "questions": [{"question": "Apa yang Saudari lihat?", "answer": said}],
                        "read_back": True,
                        "signed": True,
                    },
                }
            ],
        },
        headers=handler,
    )
    assert held.status_code == 200, held.text
    assert said in str(held.json()["invitees"][0]["minutes"])
    viewer = await auth("viewer", "52.03")
    for response in (
        await client.get(f"{url}/{sid}", headers=viewer),
        await client.get(url, headers=viewer),
    ):
        assert response.status_code == 200, response.text
        assert said not in response.text
    one = (await client.get(f"{url}/{sid}", headers=viewer)).json()["invitees"][0]
    assert (one["minutes"], one["minutes_withheld"]) == (None, True)
    commissioner = await auth("commissioner", "52.03")
    assert said in (await client.get(f"{url}/{sid}", headers=commissioner)).text
