"""Issue 13, "done means": one case handled from intake to announcement without paper, in
the order an office works (docs/procedure.md): assigned, a witness invited with proof of
receipt, the no-show invited again, minutes recorded, analysis written and approved,
plenary held, decided, forwarded, announced, all on a timeline that verifies.

A paper case of Pemilu 2024 at Bawaslu Lombok Timur (WITA), entered after the fact with
`occurred_at`: received Mon 5 Feb 2024, registered Tue 6 Feb; its decision clock (7
working days, UU 7/2017 Art. 454(7)) ends Tue 20 Feb."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
from sqlalchemy import select
from tests.api.clarifications.conftest import PAPER_CASE, add_person
from tests.api.reports.conftest import complete_report, hold_plenary

from bawaslu_api.offices.models import Office
from bawaslu_api.users.models import StaffUser

MINUTES = {
    "questions": [{"question": "Apa yang Saudara lihat?", "answer": "Pembagian uang."}],
    "read_back": True,
    "signed": True,
}


async def _ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json()


async def _officer(db: Any, username: str) -> None:
    """A handler's account at Bawaslu Lombok Timur (who may be assigned must exist)."""
    office = (await db.execute(select(Office).where(Office.code == "52.03"))).scalar_one()
    db.add(
        StaffUser(
            username=username, display_name="Budi", office_id=office.id,
            office_path=office.path, roles=["handler"], password_hash="x",
            password_changed_at=datetime.now(UTC), created_by="test",
        )
    )  # fmt: skip
    await db.commit()


async def test_a_case_from_intake_to_announcement(
    client: httpx.AsyncClient, auth: Any, db: Any
) -> None:
    await _officer(db, "budi.e2e")
    handler = await auth("handler", "52.03", subject="budi.e2e")
    commissioner = await auth("commissioner", "52.03")
    case = await _ok(
        await client.post("/v1/reports", json=complete_report(**PAPER_CASE), headers=handler),
        201,
    )
    rid = case["id"]
    url = f"/v1/reports/{rid}"

    # Assigned to its handling officer, who finds it among "my cases".
    await _ok(
        await client.post(
            f"{url}/assignment",
            json={"officer": "budi.e2e", "role": "handler", "reason": "penanganan"},
            headers=commissioner,
        )
    )
    mine = (await client.get("/v1/me/cases", headers=handler)).json()["items"]
    assert [c["id"] for c in mine] == [rid]

    registered = await _ok(
        await client.post(
            f"{url}/registration", json={"occurred_at": "2024-02-06T10:00:00+08:00"},
            headers=handler,
        )
    )  # fmt: skip
    assert registered["register_number"].endswith("/II/2024")

    # A witness named at intake, invited with proof of receipt; he does not come, and is
    # invited a second time (Art. 29(5)); the reporter attends and the minutes are kept.
    witness = await add_person(client, rid, handler, role="witness", intake_witness=0)
    first = await _ok(
        await client.post(
            f"{url}/clarifications",
            json={
                "scheduled_at": "2024-02-12T10:00:00+08:00",
                "place": "Kantor Bawaslu Kabupaten Lombok Timur",
                "occurred_at": "2024-02-06T14:00:00+08:00",
                "invitees": [
                    {"role": "reporter", "channel": "in_person"},
                    {"role": "witness", "person": witness["id"], "channel": "sigaplapor"},
                ],
            },
            headers=handler,
        ),
        201,
    )
    by_role = {i["role"]: i for i in first["invitees"]}
    for role, day in (("reporter", "2024-02-06T16:00:00+08:00"),
                      ("witness", "2024-02-07T09:00:00+08:00")):  # fmt: skip
        await _ok(
            await client.post(
                f"{url}/clarifications/{first['id']}/receipts",
                json={"invitee": by_role[role]["id"], "received_at": day, "received_by": role},
                headers=handler,
            )
        )
    held = await _ok(
        await client.post(
            f"{url}/clarifications/{first['id']}/outcome",
            json={
                "occurred_at": "2024-02-12T12:00:00+08:00",
                "results": [
                    {"invitee": by_role["reporter"]["id"], "attendance": "attended",
                     "oath": "taken", "minutes": MINUTES},
                    {"invitee": by_role["witness"]["id"], "attendance": "absent"},
                ],
            },
            headers=handler,
        )
    )  # fmt: skip
    assert {i["role"]: i["attendance"] for i in held["invitees"]} == {
        "reporter": "attended",
        "witness": "absent",
    }
    second = await _ok(
        await client.post(
            f"{url}/clarifications",
            json={
                "scheduled_at": "2024-02-16T10:00:00+08:00",
                "place": "Kantor Bawaslu Kabupaten Lombok Timur",
                "occurred_at": "2024-02-12T13:00:00+08:00",
                "invitees": [{"role": "witness", "person": witness["id"], "channel": "in_person"}],
            },
            headers=handler,
        ),
        201,
    )
    assert second["invitees"][0]["attempt_no"] == 2

    # The analysis, approved; the plenary; the decision that matches it.
    await hold_plenary(
        client, rid, handler, commissioner, "violation", "administrative",
        held_at="2024-02-19T10:00:00+08:00",
    )  # fmt: skip
    decided = await _ok(
        await client.post(
            f"{url}/decision",
            json={
                "outcome": "violation", "category": "administrative",
                "legal_basis": "UU 7/2017 Pasal 461", "summary": "Terbukti.",
                "occurred_at": "2024-02-19T14:00:00+08:00",
            },
            headers=commissioner,
        )
    )  # fmt: skip
    assert decided["status"] == "decided"
    clocks = {
        d["rule"]: d
        for d in (await client.get(f"{url}/deadlines", headers=handler)).json()["items"]
    }
    assert clocks["case.decision"]["status"] == "met"  # decided before Tue 20 Feb

    await _ok(
        await client.post(
            f"{url}/forwardings",
            json={"to": "kpu", "occurred_at": "2024-02-19T15:00:00+08:00"},
            headers=handler,
        )
    )
    announced = await _ok(
        await client.post(
            f"{url}/announcement",
            json={"notice": "Laporan terbukti sebagai pelanggaran administratif.",
                  "occurred_at": "2024-02-20T09:00:00+08:00"},
            headers=commissioner,
        )
    )  # fmt: skip
    assert announced["status"] == "forwarded"

    timeline = (await client.get(f"{url}/timeline", headers=handler)).json()["items"]
    steps = [e["action"] for e in timeline]
    expected = (
        "received", "assigned", "registered", "person_added", "clarification_scheduled",
        "clarification_invitation_received", "clarification_held", "analysis_approved",
        "plenary_held", "decided", "forwarded", "announced",
    )  # fmt: skip
    for step in expected:
        assert step in steps, step
    assert steps.index("plenary_held") < steps.index("decided") < steps.index("announced")
    verify = (await client.get(f"{url}/timeline/verify", headers=handler)).json()
    assert verify["valid"] is True
