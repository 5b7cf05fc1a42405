"""A report not completed within `report.completion` is not registered (Perbawaslu 7/2022
Art. 15(3)-(4); docs/legal/rules.md §4-5, MED): the late completion and the registration answer 409
`completion_expired` naming the clock, the office records the outcome with a rejection
(reason `completion_expired`), and only an audited override extends or waives the clock."""

from __future__ import annotations

from typing import Any

import httpx
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession
from tests.api.reports.conftest import complete_report

# Received Fri 12 Jan 2024 10:00 WITA; the notice to complete is handed over at 11:00 the
# same day: 2 working days -> due Tue 16 Jan 2024, 16:00 WITA (08:00 UTC).
NOTICE_AT = "2024-01-12T11:00:00+08:00"
COMPLETION_DUE_AT = "2024-01-16T08:00:00Z"


async def _incomplete_case_asked_to_complete(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> str:
    created = await client.post("/v1/reports", json=complete_report(evidence=[]), headers=handler)
    assert created.status_code == 201, created.text
    assert created.json()["admissibility"]["verdict"] == "incomplete"
    rid = str(created.json()["id"])
    asked = await client.post(
        f"/v1/reports/{rid}/completion-requests",
        json={
            "missing": ["evidence_missing"],
            "notice_received_at": NOTICE_AT,
            "occurred_at": NOTICE_AT,
        },
        headers=handler,
    )
    assert asked.status_code == 200, asked.text
    return rid


async def _completion_clock(client: httpx.AsyncClient, rid: str, headers: dict[str, str]) -> Any:
    clocks = (await client.get(f"/v1/reports/{rid}/deadlines", headers=headers)).json()["items"]
    return next(d for d in clocks if d["rule"] == "report.completion")


ADDITIONS = {"evidence": [{"kind": "video", "description": "Rekaman pembagian uang"}]}


async def test_late_completion_is_409_completion_expired_naming_the_clock_art_15_3_4(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    """Perbawaslu 7/2022 Art. 15(3)-(4): the additions arrive (now, in 2026) long after the
    completion period ended on 16 Jan 2024; nothing of them is stored."""
    rid = await _incomplete_case_asked_to_complete(client, handler)
    clock = await _completion_clock(client, rid, handler)
    assert clock["due_at"].replace("+00:00", "Z") == COMPLETION_DUE_AT
    before = await client.get(f"/v1/reports/{rid}", headers=handler)
    timeline_before = (await client.get(f"/v1/reports/{rid}/timeline", headers=handler)).json()

    late = await client.post(
        f"/v1/reports/{rid}/completions",
        json=ADDITIONS,
        headers={**handler, "Accept-Language": "en"},
    )
    assert late.status_code == 409, late.text
    assert late.headers["content-type"].startswith("application/problem+json")
    problem = late.json()
    assert problem["code"] == "completion_expired"
    for named in ("report.completion", clock["id"], "2024-01-16T08:00:00+00:00", clock["basis"]):
        assert named in problem["detail"]

    after = await client.get(f"/v1/reports/{rid}", headers=handler)
    assert after.json() == before.json()  # nothing changed, not even the version
    assert (await client.get(f"/v1/reports/{rid}/timeline", headers=handler)).json() == (
        timeline_before
    )
    assert (await _completion_clock(client, rid, handler))["status"] == "pending"

    # The same moment entered as a backdated completion (17 Jan 2024) is late too.
    backdated = await client.post(
        f"/v1/reports/{rid}/completions",
        json={**ADDITIONS, "occurred_at": "2024-01-17T09:00:00+08:00"},
        headers=handler,
    )
    assert backdated.status_code == 409
    assert backdated.json()["code"] == "completion_expired"


async def test_the_office_records_the_expired_report_as_not_registered_art_15_3_4(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    """Perbawaslu 7/2022 Art. 15(3)-(4): not completed in time -> not registered
    (tidak diregistrasi), with the reason `completion_expired`; the completion clock closes
    as missed."""
    rid = await _incomplete_case_asked_to_complete(client, handler)
    refused = await client.post(f"/v1/reports/{rid}/registration", headers=handler)
    assert refused.status_code == 409  # still completion_requested: invalid_transition
    rejected = await client.post(
        f"/v1/reports/{rid}/rejection",
        json={"reasons": ["completion_expired"], "note": "Tidak dilengkapi dalam 2 hari kerja."},
        headers=handler,
    )
    assert rejected.status_code == 200, rejected.text
    assert rejected.json()["status"] == "not_registered"
    assert (await _completion_clock(client, rid, handler))["status"] == "missed"
    events = (await client.get(f"/v1/reports/{rid}/timeline", headers=handler)).json()["items"]
    assert events[-1]["action"] == "not_registered"
    assert events[-1]["changes"]["reasons"] == ["completion_expired"]


async def test_completion_within_a_clock_extended_by_override_is_accepted(
    client: httpx.AsyncClient, handler: dict[str, str], commissioner: dict[str, str]
) -> None:
    """An audited override may move the completion clock later (Perbawaslu 7/2022 Art.
    15(3)-(4) with the office's extension): the completion is then on time."""
    rid = await _incomplete_case_asked_to_complete(client, handler)
    clock = await _completion_clock(client, rid, handler)
    url = f"/v1/deadlines/{clock['id']}/override"
    earlier = await client.post(
        url, json={"due_at": "2024-01-15T16:00:00+08:00", "reason": "mundur"}, headers=commissioner
    )
    assert earlier.status_code == 422
    assert earlier.json()["code"] == "invalid_deadline_override"
    assert earlier.json()["errors"][0]["location"] == "body.due_at"
    no_reason = await client.post(
        url, json={"due_at": "2024-01-19T16:00:00+08:00"}, headers=commissioner
    )
    assert no_reason.status_code == 422
    by_handler = await client.post(
        url, json={"due_at": "2024-01-19T16:00:00+08:00", "reason": "x" * 10}, headers=handler
    )
    assert by_handler.status_code == 403
    extended = await client.post(
        url,
        json={
            "due_at": "2024-01-19T16:00:00+08:00",
            "reason": "Pelapor sakit; surat keterangan dokter terlampir.",
        },
        headers=commissioner,
    )
    assert extended.status_code == 200, extended.text
    assert extended.json()["due"] == "2024-01-19"
    assert extended.json()["status"] == "pending"

    completed = await client.post(
        f"/v1/reports/{rid}/completions",
        json={**ADDITIONS, "occurred_at": "2024-01-18T10:00:00+08:00"},
        headers=handler,
    )
    assert completed.status_code == 200, completed.text
    assert completed.json()["admissibility"]["verdict"] == "registrable"
    assert (await _completion_clock(client, rid, handler))["status"] == "met"
    registered = await client.post(
        f"/v1/reports/{rid}/registration",
        json={"occurred_at": "2024-01-18T11:00:00+08:00"},
        headers=handler,
    )
    assert registered.status_code == 200, registered.text

    events = (await client.get(f"/v1/reports/{rid}/timeline", headers=handler)).json()["items"]
    override = next(e for e in events if e["action"] == "deadline_overridden")
    assert override["changes"]["due"] == {"from": "2024-01-16", "to": "2024-01-19"}
    assert override["changes"]["due_at"] == {
        "from": "2024-01-16T08:00:00+00:00",
        "to": "2024-01-19T08:00:00+00:00",
    }
    assert override["changes"]["reason"].startswith("Pelapor sakit")


async def test_a_waived_completion_clock_does_not_expire(
    client: httpx.AsyncClient, handler: dict[str, str], commissioner: dict[str, str]
) -> None:
    """A waived clock is neither met nor missed: the completion is accepted."""
    rid = await _incomplete_case_asked_to_complete(client, handler)
    clock = await _completion_clock(client, rid, handler)
    waived = await client.post(
        f"/v1/deadlines/{clock['id']}/override",
        json={"status": "waived", "reason": "Pemberitahuan tidak sampai ke pelapor."},
        headers=commissioner,
    )
    assert waived.status_code == 200, waived.text
    completed = await client.post(f"/v1/reports/{rid}/completions", json=ADDITIONS, headers=handler)
    assert completed.status_code == 200, completed.text
    assert (await _completion_clock(client, rid, handler))["status"] == "waived"


async def test_registration_is_refused_when_the_completion_clock_was_missed(
    client: httpx.AsyncClient,
    handler: dict[str, str],
    commissioner: dict[str, str],
    db: AsyncSession,
) -> None:
    """Perbawaslu 7/2022 Art. 15(3)-(4): a case completed late before this was checked (its
    completion clock closed as missed) is not registered: 409 `completion_expired`."""
    rid = await _incomplete_case_asked_to_complete(client, handler)
    completed = await client.post(
        f"/v1/reports/{rid}/completions",
        json={**ADDITIONS, "occurred_at": "2024-01-15T10:00:00+08:00"},
        headers=handler,
    )
    assert completed.status_code == 200, completed.text
    # As the service used to store a late completion: the clock closed as missed.
    await db.execute(
        text(
            "UPDATE deadline SET status = 'missed', met_at = '2026-01-05T00:00:00Z' "
            "WHERE report_id = :r AND rule_id = 'report.completion'"
        ),
        {"r": rid},
    )
    await db.commit()
    refused = await client.post(f"/v1/reports/{rid}/registration", headers=handler)
    assert refused.status_code == 409, refused.text
    assert refused.json()["code"] == "completion_expired"
    assert (await client.get(f"/v1/reports/{rid}", headers=handler)).json()["status"] == "received"
    # An audited override (waived) lifts it.
    clock = await _completion_clock(client, rid, handler)
    await client.post(
        f"/v1/deadlines/{clock['id']}/override",
        json={"status": "waived", "reason": "Keputusan pleno: kelengkapan diterima."},
        headers=commissioner,
    )
    accepted = await client.post(f"/v1/reports/{rid}/registration", headers=handler)
    assert accepted.status_code == 200, accepted.text
