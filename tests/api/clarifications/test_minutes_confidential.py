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


async def test_the_agenda_lists_the_sessions_of_a_period(
    client: httpx.AsyncClient, handler: dict[str, str], case: str, auth: Any
) -> None:
    """The office's agenda ("clarifications this week"): sessions scheduled in a period
    of the cases in the caller's jurisdiction, with no names; an outsider sees none."""
    scheduled = await client.post(
        f"/v1/reports/{case}/clarifications",
        json={
            "scheduled_at": "2024-02-12T10:00:00+08:00",
            "place": "Kantor Bawaslu Kabupaten Lombok Timur",
            "occurred_at": "2024-02-06T14:00:00+08:00",
            "invitees": [{"role": "reporter", "channel": "in_person"}],
        },
        headers=handler,
    )
    assert scheduled.status_code == 201, scheduled.text
    week = {"from": "2024-02-12T00:00:00+08:00", "to": "2024-02-19T00:00:00+08:00"}
    agenda = await client.get("/v1/clarifications", params=week, headers=handler)
    assert agenda.status_code == 200, agenda.text
    (item,) = agenda.json()["items"]
    assert (item["report_id"], item["office"], item["invitees"]) == (case, "52.03", 1)
    assert "Siti" not in agenda.text
    later = {"from": "2024-02-19T00:00:00+08:00", "to": "2024-02-26T00:00:00+08:00"}
    assert (await client.get("/v1/clarifications", params=later, headers=handler)).json()[
        "items"
    ] == []
    outsider = await auth("handler", "52.04")
    assert (await client.get("/v1/clarifications", params=week, headers=outsider)).json()[
        "items"
    ] == []


async def test_cases_awaiting_a_plenary(
    client: httpx.AsyncClient, handler: dict[str, str], case: str
) -> None:
    """GET /v1/reports?awaiting_plenary=true: the registered cases with no plenary meeting
    recorded yet (the status is decided in plenary, docs/legal/procedure.md §1.1 row 8)."""
    waiting = await client.get("/v1/reports", params={"awaiting_plenary": "true"}, headers=handler)
    assert waiting.status_code == 200, waiting.text
    assert case in {i["id"] for i in waiting.json()["items"]}
    others = await client.get("/v1/reports", params={"awaiting_plenary": "false"}, headers=handler)
    assert case not in {i["id"] for i in others.json()["items"]}


async def test_the_signed_minutes_scan_is_not_a_back_door(
    client: httpx.AsyncClient, handler: dict[str, str], case: str, auth: Any
) -> None:
    """The scan of the signed minutes (an evidence item referenced as `minutes_evidence`)
    is as confidential as the minutes: a viewer neither lists nor reads it (404, as if it
    did not exist); a handler does."""
    scan = await client.post(
        f"/v1/reports/{case}/evidence/physical",
        json={
            "category": "document",
            "description": "Berita acara klarifikasi (B.12), ditandatangani",
            "receipt": {
                "received_by": "Staf",
                "received_at": "2024-02-12T12:30:00+08:00",
                "kept_at": "Lemari arsip 2",
            },
        },
        headers=handler,
    )
    assert scan.status_code == 201, scan.text
    scan_id = scan.json()["id"]
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
    sid, reporter = scheduled.json()["id"], scheduled.json()["invitees"][0]["id"]
    await client.post(
        f"{url}/{sid}/receipts",
        json={"invitee": reporter, "received_at": "2024-02-06T16:00:00+08:00",
              "received_by": "Siti Aminah"},
        headers=handler,
    )  # fmt: skip
    held = await client.post(
        f"{url}/{sid}/outcome",
        json={
            "occurred_at": "2024-02-12T12:00:00+08:00",
            "results": [
                {
                    "invitee": reporter,
                    "attendance": "attended",
                    "minutes": {
                        "questions": [{"question": "Siapa?", "answer": "Tim kampanye."}],
                        "read_back": True,
                        "signed": True,
                    },
                    "minutes_evidence": scan_id,
                }
            ],
        },
        headers=handler,
    )
    assert held.status_code == 200, held.text
    viewer = await auth("viewer", "52.03")
    listed = (await client.get(f"/v1/reports/{case}/evidence", headers=viewer)).json()
    assert scan_id not in str(listed)
    assert (await client.get(f"/v1/evidence/{scan_id}", headers=viewer)).status_code == 404
    assert (await client.get(f"/v1/evidence/{scan_id}", headers=handler)).status_code == 200
