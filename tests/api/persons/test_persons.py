"""Persons in a case: witnesses (saksi) and experts (ahli) beside the reporter and the
reported parties (Perbawaslu 7/2022 Art. 28(1)). Their contact data are protected exactly
like the reporter's: masked in every response, revealed only to commissioners and admins
with a reason (on the access log and the timeline), never on the timeline, in a webhook
or in public."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from tests.api.clarifications.conftest import PAPER_CASE
from tests.api.reports.conftest import complete_report

from bawaslu_api.webhooks.models import WebhookEvent


async def _case(client: httpx.AsyncClient, headers: dict[str, str]) -> str:
    created = await client.post("/v1/reports", json=complete_report(**PAPER_CASE), headers=headers)
    assert created.status_code == 201, created.text
    return str(created.json()["id"])


async def test_an_intake_witness_becomes_a_person_with_masked_contact_data(
    client: httpx.AsyncClient, auth: Any
) -> None:
    """The report form names two witnesses (Form B.1); the office makes the first a person
    of the case: name, address and phone come from intake, which stays as it was."""
    handler = await auth("handler", "52.03")
    rid = await _case(client, handler)
    before = (await client.get(f"/v1/reports/{rid}/persons", headers=handler)).json()
    assert before["items"] == []
    assert [w["name"] for w in before["intake_witnesses"]] == ["Budi Santoso", "Wayan Sudarma"]
    assert before["intake_witnesses"][0]["phone"] == "*******111"
    assert before["intake_witnesses"][0]["person_id"] is None

    added = await client.post(
        f"/v1/reports/{rid}/persons",
        json={"role": "witness", "intake_witness": 0, "email": "budi@example.org"},
        headers={**handler, "Idempotency-Key": "saksi-1"},
    )
    assert added.status_code == 201, added.text
    person = added.json()
    assert added.headers["Location"] == f"/v1/reports/{rid}/persons/{person['id']}"
    assert person["name"] == "Budi Santoso"
    assert person["phone"] == "*******111"
    assert person["address"] == "*" * len("Jl. Melati 3, Selong")
    assert person["email"] == "b***@example.org"
    assert person["intake_witness"] == 0

    after = (await client.get(f"/v1/reports/{rid}/persons", headers=handler)).json()
    assert after["intake_witnesses"][0]["person_id"] == person["id"]
    assert [p["id"] for p in after["items"]] == [person["id"]]

    taken = await client.post(
        f"/v1/reports/{rid}/persons",
        json={"role": "witness", "intake_witness": 0},
        headers=handler,
    )
    assert taken.status_code == 409
    assert taken.json()["code"] == "intake_witness_taken"
    unknown = await client.post(
        f"/v1/reports/{rid}/persons",
        json={"role": "witness", "intake_witness": 7},
        headers=handler,
    )
    assert unknown.status_code == 422
    assert unknown.json()["errors"][0]["loc"] == ["body", "intake_witness"]
    nameless = await client.post(
        f"/v1/reports/{rid}/persons", json={"role": "expert"}, headers=handler
    )
    assert nameless.status_code == 422


async def test_an_expert_corrected_and_revealed_with_a_reason(
    client: httpx.AsyncClient, auth: Any, db: AsyncSession
) -> None:
    """A correction names the fields changed, never their values; the reveal needs a
    commissioner or admin and a reason, recorded on the access log and the timeline."""
    handler = await auth("handler", "52.03")
    commissioner = await auth("commissioner", "52.03")
    rid = await _case(client, handler)
    expert = (
        await client.post(
            f"/v1/reports/{rid}/persons",
            json={"role": "expert", "name": "Dr. Ketut Ahli", "phone": "0361123456",
                  "expertise": "Hukum tata negara"},
            headers=handler,
        )
    ).json()  # fmt: skip
    assert expert["expertise"] == "Hukum tata negara"
    etag = (await client.get(f"/v1/reports/{rid}", headers=handler)).headers["ETag"]
    patched = await client.patch(
        f"/v1/reports/{rid}/persons/{expert['id']}",
        json={"phone": "0361999888"},
        headers={**handler, "If-Match": etag},
    )
    assert patched.status_code == 200, patched.text
    assert patched.json()["phone"] == "*******888"
    stale = await client.patch(
        f"/v1/reports/{rid}/persons/{expert['id']}",
        json={"phone": "0361000000"},
        headers={**handler, "If-Match": etag},
    )
    assert stale.status_code == 412

    forbidden = await client.post(
        f"/v1/reports/{rid}/persons/{expert['id']}/reveal",
        json={"reason": "Untuk mengirim undangan klarifikasi"},
        headers=handler,
    )
    assert forbidden.status_code == 403
    short = await client.post(
        f"/v1/reports/{rid}/persons/{expert['id']}/reveal",
        json={"reason": "x"},
        headers=commissioner,
    )
    assert short.status_code == 422
    revealed = await client.post(
        f"/v1/reports/{rid}/persons/{expert['id']}/reveal",
        json={"reason": "Untuk mengirim undangan klarifikasi"},
        headers=commissioner,
    )
    assert revealed.status_code == 200, revealed.text
    assert revealed.json()["phone"] == "0361999888"

    log = (await client.get(f"/v1/reports/{rid}/access-log", headers=commissioner)).json()["items"]
    entries = log["items"] if isinstance(log, dict) else log
    assert any(
        e["action"] == "reveal_person" and e["reason"] == "Untuk mengirim undangan klarifikasi"
        for e in entries
    )
    timeline = (await client.get(f"/v1/reports/{rid}/timeline", headers=handler)).json()
    events = {e["action"]: e for e in timeline["items"]}
    assert events["person_updated"]["changes"]["fields"] == ["phone"]
    assert events["personal_data_revealed"]["changes"]["person"] == expert["id"]
    text = str(timeline)
    assert "0361" not in text
    assert "Ketut" not in text

    payloads = (
        await db.execute(
            select(WebhookEvent.type, WebhookEvent.payload).where(
                WebhookEvent.report_id == uuid.UUID(rid)
            )
        )
    ).all()
    mine = [p for t, p in payloads if t.startswith("person.")]
    assert len(mine) == 2
    assert "0361" not in str(mine)
    assert "Ketut" not in str(mine)


async def test_persons_are_recorded_until_the_decision_only(
    client: httpx.AsyncClient, auth: Any
) -> None:
    """The lifecycle action `persons` (bawaslu_rules, LOW: the law is silent on statuses):
    received, completion requested, registered."""
    handler = await auth("handler", "52.03")
    rid = await _case(client, handler)
    rejected = await client.post(
        f"/v1/reports/{rid}/rejection", json={"reasons": ["other"]}, headers=handler
    )
    assert rejected.status_code == 200, rejected.text
    refused = await client.post(
        f"/v1/reports/{rid}/persons",
        json={"role": "witness", "name": "Made"},
        headers=handler,
    )
    assert refused.status_code == 409
    assert refused.json()["code"] == "invalid_transition"


async def test_public_reads_never_show_persons(client: httpx.AsyncClient, auth: Any) -> None:
    handler = await auth("handler", "52.03")
    rid = await _case(client, handler)
    await client.post(
        f"/v1/reports/{rid}/persons",
        json={"role": "witness", "intake_witness": 1},
        headers=handler,
    )
    anonymous = await client.get(f"/v1/reports/{rid}/persons")
    assert anonymous.status_code == 401
    # Announced in public (the notice board): the announcement never carries them.
    registered = await client.post(f"/v1/reports/{rid}/registration", headers=handler)
    assert registered.status_code == 200, registered.text
    commissioner = await auth("commissioner", "52.03")
    announced = await client.post(
        f"/v1/reports/{rid}/announcement", json={"notice": "Diregistrasi"}, headers=commissioner
    )
    assert announced.status_code == 200, announced.text
    public = await client.get("/v1/public/announcements", params={"limit": 100})
    assert public.status_code == 200, public.text
    assert rid in public.text
    assert "0822222222" not in public.text
    assert "Wayan" not in public.text
