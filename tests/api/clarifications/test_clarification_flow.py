"""Clarification of a registered case as an office runs it (Perbawaslu 7/2022 Art. 28-30,
docs/legal/procedure.md §1.1 rows 1-6): witnesses invited with proof of receipt, a no-show
invited a second time, oath and minutes recorded, every step on the timeline and as a
webhook event, all inside the running decision clock."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from tests.api.clarifications.conftest import add_person

from bawaslu_api.webhooks.models import WebhookEvent

URL = "/v1/reports/{rid}/clarifications"


async def _evidence(client: httpx.AsyncClient, rid: str, headers: dict[str, str]) -> str:
    """The signed scan of a document handed in on paper: an evidence item of the case."""
    response = await client.post(
        f"/v1/reports/{rid}/evidence/physical",
        json={
            "category": "document",
            "description": "Berita acara klarifikasi (B.12), ditandatangani",
            "receipt": {
                "received_by": "Staf Penanganan",
                "received_at": "2024-02-12T12:30:00+08:00",
                "kept_at": "Lemari arsip 2",
            },
        },
        headers=headers,
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def _by_role(session: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {i["role"]: i for i in session["invitees"]}


async def test_witness_invited_with_receipt_a_no_show_invited_again_and_minutes_recorded(
    client: httpx.AsyncClient, handler: dict[str, str], case: str, db: AsyncSession
) -> None:
    """Art. 28(1): the reporter, the reported party and a witness named at intake are
    invited to a face-to-face session on Mon 12 Feb 2024 (Form B.9, three channels,
    Art. 29(2)). The invitation must arrive 1 Hari before: counted in working days (the
    Pemilu decision clock's unit, policy `clarification.invitation_day`), the last day is
    Wed 7 Feb (8 and 9 Feb are a holiday and cuti bersama). The witness does not come and
    is invited again (attempt 2, Art. 29(5)); the reporter and the reported party attend,
    one sworn (Form B.10), one refusing the oath, which does not stop the session
    (Art. 30); the minutes (Form B.12) are recorded with the signed scan as evidence."""
    rid = case
    witness = await add_person(client, rid, handler, role="witness", intake_witness=0)
    assert witness["name"] == "Budi Santoso"
    scheduled = await client.post(
        URL.format(rid=rid),
        json={
            "scheduled_at": "2024-02-12T10:00:00+08:00",
            "place": "Kantor Bawaslu Kabupaten Lombok Timur, ruang rapat",
            "occurred_at": "2024-02-06T14:00:00+08:00",
            "invitees": [
                {"role": "reporter", "channel": "in_person"},
                {"role": "reported_party", "party": 0, "channel": "telecommunication"},
                {"role": "witness", "person": witness["id"], "channel": "sigaplapor"},
            ],
        },
        headers={**handler, "Idempotency-Key": "klarifikasi-1"},
    )
    assert scheduled.status_code == 201, scheduled.text
    assert scheduled.headers["Location"].endswith(scheduled.json()["id"])
    first = scheduled.json()
    assert first["status"] == "scheduled"
    assert first["latest_receipt_on"] == "2024-02-07"
    assert first["invitation_rule"]["unit"] == "working_day"
    assert "Art. 29(1)-(4)" in first["invitation_rule"]["basis"]
    assert first["forms"] == {
        "invitation": "B.9", "oath": "B.10", "expert_oath": "B.11", "minutes": "B.12",
    }  # fmt: skip
    # The decision clock keeps running: 7 working days from Tue 6 Feb 2024.
    assert first["decision_clock"] == "case.decision"
    assert first["decision_due_at"].startswith("2024-02-20")
    invitees = _by_role(first)
    assert invitees["reporter"]["name"] == "Siti Aminah"
    assert invitees["reported_party"]["name"] == "Caleg X"
    assert invitees["witness"]["name"] == "Budi Santoso"
    assert {i["attempt_no"] for i in first["invitees"]} == {1}
    assert invitees["witness"]["invitation"]["form"] == "B.9"
    assert invitees["witness"]["invitation"]["channel"] == "sigaplapor"

    # A retry with the same key does not schedule twice.
    again = await client.post(
        URL.format(rid=rid),
        json={
            "scheduled_at": "2024-02-12T10:00:00+08:00",
            "place": "Kantor Bawaslu Kabupaten Lombok Timur, ruang rapat",
            "occurred_at": "2024-02-06T14:00:00+08:00",
            "invitees": [
                {"role": "reporter", "channel": "in_person"},
                {"role": "reported_party", "party": 0, "channel": "telecommunication"},
                {"role": "witness", "person": witness["id"], "channel": "sigaplapor"},
            ],
        },
        headers={**handler, "Idempotency-Key": "klarifikasi-1"},
    )
    assert again.headers.get("Idempotent-Replayed") == "true"
    assert again.json()["id"] == first["id"]

    # Proof of receipt (Art. 29(1)): the witness signed for it on Wed 7 Feb.
    receipt = await client.post(
        f"{URL.format(rid=rid)}/{first['id']}/receipts",
        json={
            "invitee": invitees["witness"]["id"],
            "received_at": "2024-02-07T09:00:00+08:00",
            "received_by": "Budi Santoso",
        },
        headers=handler,
    )
    assert receipt.status_code == 200, receipt.text
    got = _by_role(receipt.json())["witness"]["invitation"]
    assert got["received_at"].startswith("2024-02-07T01:00:00")
    assert got["received_by"] == "Budi Santoso"

    # The reporter's invitation reached her on Fri 9 Feb: not 1 working day before.
    late = await client.post(
        f"{URL.format(rid=rid)}/{first['id']}/receipts",
        json={
            "invitee": invitees["reporter"]["id"],
            "received_at": "2024-02-09T10:00:00+08:00",
            "received_by": "Siti Aminah",
        },
        headers=handler,
    )
    assert late.status_code == 422, late.text
    problem = late.json()
    assert problem["code"] == "invitation_lead_time"
    assert "Art. 29(1)-(4)" in problem["detail"]
    assert problem["errors"][0]["code"] == "received_too_late"
    assert problem["errors"][0]["loc"] == ["body", "received_at"]

    scan = await _evidence(client, rid, handler)
    minutes = {
        "questions": [
            {"question": "Di mana Saudari melihat pembagian uang?", "answer": "Di Pasar Selong."}
        ],
        "read_back": True,
        "signed": True,
    }
    outcome = await client.post(
        f"{URL.format(rid=rid)}/{first['id']}/outcome",
        json={
            "occurred_at": "2024-02-12T12:00:00+08:00",
            "results": [
                {
                    "invitee": invitees["reporter"]["id"],
                    "attendance": "attended",
                    "oath": "taken",
                    "minutes": minutes,
                    "minutes_evidence": scan,
                },
                {
                    "invitee": invitees["reported_party"]["id"],
                    "attendance": "attended",
                    "oath": "refused",
                    "minutes": {**minutes, "signed": False, "note": "Menolak menandatangani."},
                },
                {"invitee": invitees["witness"]["id"], "attendance": "absent"},
            ],
        },
        headers=handler,
    )
    assert outcome.status_code == 200, outcome.text
    held = outcome.json()
    assert held["status"] == "held"
    assert held["held_at"].startswith("2024-02-12T04:00:00")
    results = _by_role(held)
    assert results["reporter"]["oath_form"] == "B.10"
    assert results["reporter"]["minutes"]["form"] == "B.12"
    assert results["reporter"]["minutes_evidence_id"] == scan
    assert results["reported_party"]["oath"] == "refused"
    assert results["witness"]["attendance"] == "absent"
    assert results["witness"]["missed_invitations"] == 1
    assert results["witness"]["may_proceed_without"] is False  # policy default: 2

    # A second invitation after the no-show (Art. 29(5)): attempt 2.
    second = await client.post(
        URL.format(rid=rid),
        json={
            "scheduled_at": "2024-02-16T10:00:00+08:00",
            "place": "Kantor Bawaslu Kabupaten Lombok Timur",
            "occurred_at": "2024-02-12T13:00:00+08:00",
            "invitees": [{"role": "witness", "person": witness["id"], "channel": "in_person"}],
        },
        headers=handler,
    )
    assert second.status_code == 201, second.text
    reinvited = second.json()["invitees"][0]
    assert reinvited["attempt_no"] == 2
    assert second.json()["latest_receipt_on"] == "2024-02-15"  # 14 Feb: voting day
    absent_again = await client.post(
        f"{URL.format(rid=rid)}/{second.json()['id']}/outcome",
        json={
            "occurred_at": "2024-02-16T11:00:00+08:00",
            "results": [{"invitee": reinvited["id"], "attendance": "absent"}],
        },
        headers=handler,
    )
    assert absent_again.status_code == 200, absent_again.text
    gone = absent_again.json()["invitees"][0]
    assert gone["missed_invitations"] == 2
    assert gone["may_proceed_without"] is True

    listed = (await client.get(URL.format(rid=rid), headers=handler)).json()["items"]
    assert [s["id"] for s in listed] == [first["id"], second.json()["id"]]

    timeline = (await client.get(f"/v1/reports/{rid}/timeline", headers=handler)).json()
    steps = [
        e["action"]
        for e in timeline["items"]
        if e["action"].startswith(("clarification_", "person_"))
    ]
    assert steps == [
        "person_added",
        "clarification_scheduled",
        "clarification_invitation_received",
        "clarification_held",
        "clarification_scheduled",
        "clarification_held",
    ]
    held_event = next(e for e in timeline["items"] if e["action"] == "clarification_held")
    assert held_event["occurred_at"].startswith("2024-02-12T04:00:00")
    # The minutes' content is confidential: the timeline says they exist.
    assert "Pasar Selong" not in str(held_event["changes"])
    verify = (await client.get(f"/v1/reports/{rid}/timeline/verify", headers=handler)).json()
    assert verify["valid"] is True

    types = (
        await db.execute(select(WebhookEvent.type).where(WebhookEvent.report_id == uuid.UUID(rid)))
    ).scalars()
    assert set(types) >= {
        "person.added",
        "clarification.scheduled",
        "clarification.invitation_received",
        "clarification.held",
    }
