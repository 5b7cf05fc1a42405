"""Past events entered later: offices enter paper cases after the fact.

Every case action takes `occurred_at`: the clocks are judged and started at that moment,
and the register number carries its month and year (register numbers, docs/legal/rules.md §7:
`{seq}/Reg/LP/PL/{level}/{code}/{month in Roman numerals}/{year}`, sequences per office,
kind and year). The decision clock runs from the registration (UU 7/2017 Art. 454(7)), the
initial review is judged at the registration (Perbawaslu 7/2022 Art. 15(1)). The timeline
keeps who entered the step and when (`at`, `actor`) and when it happened (`occurred_at`).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from tests.api.reports.conftest import complete_report, hold_plenary

# A paper case of Pemilu 2024 at Bawaslu Lombok Timur: received Mon 5 Feb 2024, 10:00 WITA.
RECEIVED_AT = "2024-02-05T10:00:00+08:00"
PAPER_CASE = {
    "received_at": RECEIVED_AT,
    "known_on": "2024-02-02",
    "incident": {"date": "2024-02-02", "office": "52.03", "address": "Pasar Selong"},
}


async def _paper_case(client: httpx.AsyncClient, headers: dict[str, str]) -> str:
    created = await client.post("/v1/reports", json=complete_report(**PAPER_CASE), headers=headers)
    assert created.status_code == 201, created.text
    return str(created.json()["id"])


async def _clocks(client: httpx.AsyncClient, rid: str, headers: dict[str, str]) -> Any:
    return {
        d["rule"]: d
        for d in (await client.get(f"/v1/reports/{rid}/deadlines", headers=headers)).json()["items"]
    }


async def _timeline(client: httpx.AsyncClient, rid: str, headers: dict[str, str]) -> Any:
    return (await client.get(f"/v1/reports/{rid}/timeline", headers=headers)).json()["items"]


async def test_backdated_registration_of_a_2024_paper_case_is_numbered_ii_2024(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    """Registered Tue 6 Feb 2024 (entered in 2026): number `.../II/2024`, the initial review
    met (due Wed 7 Feb), the decision clock from 6 Feb 2024 (UU 7/2017 Art. 454(7)), and the
    timeline shows both times."""
    rid = await _paper_case(client, handler)
    registered = await client.post(
        f"/v1/reports/{rid}/registration",
        json={"occurred_at": "2024-02-06T10:00:00+08:00"},
        headers=handler,
    )
    assert registered.status_code == 200, registered.text
    out = registered.json()
    assert out["register_number"].endswith("/Reg/LP/PL/Kab/52.03/II/2024")
    assert out["registered_at"].startswith("2024-02-06T02:00:00")

    clocks = await _clocks(client, rid, handler)
    assert clocks["report.initial_review"]["due"] == "2024-02-07"
    assert clocks["report.initial_review"]["status"] == "met"  # judged on 6 Feb 2024, not now
    assert clocks["report.initial_review"]["met_at"].startswith("2024-02-06T02:00:00")
    decision = clocks["case.decision"]
    assert decision["trigger"].startswith("2024-02-06")
    assert decision["due"].startswith("2024-02")  # 7 working days from 6 Feb 2024
    assert decision["status"] == "pending"

    received, registration = await _timeline(client, rid, handler)
    assert received["action"] == "received"
    assert received["occurred_at"].startswith("2024-02-05T02:00:00")
    assert received["at"].startswith(str(datetime.now(UTC).year))
    assert registration["action"] == "registered"
    assert registration["occurred_at"].startswith("2024-02-06T02:00:00")
    assert registration["changes"]["occurred_at"] == "2024-02-06T02:00:00+00:00"  # hashed
    assert registration["actor"] == "handler@52.03"
    assert datetime.fromisoformat(registration["at"]) > datetime.now(UTC) - timedelta(minutes=5)
    verify = (await client.get(f"/v1/reports/{rid}/timeline/verify", headers=handler)).json()
    assert verify["valid"] is True

    # The 2024 counter of the office runs on: the next 2024 registration is the next number.
    other = await _paper_case(client, handler)
    second = await client.post(
        f"/v1/reports/{other}/registration",
        json={"occurred_at": "2024-02-07T09:00:00+08:00"},
        headers=handler,
    )
    first_seq = int(out["register_number"].split("/")[0])
    assert second.json()["register_number"].split("/")[0] == f"{first_seq + 1:03d}"
    assert second.json()["register_number"].endswith("/II/2024")


async def test_a_step_not_backdated_shows_occurred_at_equal_to_at(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    created = await client.post("/v1/reports", json=complete_report(), headers=handler)
    rid = created.json()["id"]
    await client.post(f"/v1/reports/{rid}/registration", headers=handler)
    registration = (await _timeline(client, rid, handler))[-1]
    assert registration["occurred_at"] == registration["at"]
    assert "occurred_at" not in registration["changes"]
    number = (await client.get(f"/v1/reports/{rid}", headers=handler)).json()["register_number"]
    assert number.endswith(f"/{datetime.now(UTC).year}")


async def test_occurred_at_in_the_future_is_refused(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    rid = await _paper_case(client, handler)
    before = (await client.get(f"/v1/reports/{rid}", headers=handler)).json()
    future = (datetime.now(UTC) + timedelta(hours=2)).isoformat()
    refused = await client.post(
        f"/v1/reports/{rid}/registration", json={"occurred_at": future}, headers=handler
    )
    assert refused.status_code == 422, refused.text
    problem = refused.json()
    assert problem["code"] == "impossible_date"
    assert problem["errors"][0]["location"] == "body.occurred_at"
    assert problem["errors"][0]["code"] == "date_in_future"
    assert (await client.get(f"/v1/reports/{rid}", headers=handler)).json() == before


async def test_occurred_at_before_the_previous_step_is_refused_naming_both_times(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    rid = await _paper_case(client, handler)
    refused = await client.post(
        f"/v1/reports/{rid}/registration",
        json={"occurred_at": "2024-02-04T10:00:00+08:00"},
        headers={**handler, "Accept-Language": "en"},
    )
    assert refused.status_code == 422, refused.text
    problem = refused.json()
    assert problem["code"] == "impossible_date"
    assert problem["errors"][0]["code"] == "before_previous_event"
    assert "2024-02-04T02:00:00+00:00" in problem["detail"]
    assert "2024-02-05T02:00:00+00:00" in problem["detail"]  # the receipt
    assert "received" in problem["detail"]
    assert len(await _timeline(client, rid, handler)) == 1

    # A step entered without occurred_at happened now: nothing may be backdated before it.
    await client.post(
        f"/v1/reports/{rid}/transfer", json={"office": "52.03", "reason": "arsip"}, headers=handler
    )
    again = await client.post(
        f"/v1/reports/{rid}/registration",
        json={"occurred_at": "2024-02-06T10:00:00+08:00"},
        headers=handler,
    )
    assert again.status_code == 422
    assert again.json()["errors"][0]["code"] == "before_previous_event"


async def test_a_paper_case_entered_step_by_step_keeps_its_2024_clocks(
    client: httpx.AsyncClient, handler: dict[str, str], commissioner: dict[str, str]
) -> None:
    """Decision within 7 working days of the registration (UU 7/2017 Art. 454(7)): met on
    its 2024 date; an election crime goes to the police within 24 hours of the decision
    (UU 7/2017 Art. 476): met when sent the same day; the announcement keeps its date."""
    rid = await _paper_case(client, handler)
    await client.post(
        f"/v1/reports/{rid}/registration",
        json={"occurred_at": "2024-02-06T10:00:00+08:00"},
        headers=handler,
    )
    await hold_plenary(
        client, rid, handler, commissioner, "violation", "crime", "2024-02-13T10:00:00+08:00"
    )
    decided = await client.post(
        f"/v1/reports/{rid}/decision",
        json={
            "outcome": "violation",
            "category": "crime",
            "legal_basis": "UU 7/2017 Pasal 523",
            "summary": "Politik uang terbukti.",
            "occurred_at": "2024-02-13T14:00:00+08:00",
        },
        headers=commissioner,
    )
    assert decided.status_code == 200, decided.text
    forwarded = await client.post(
        f"/v1/reports/{rid}/forwardings",
        json={"to": "police", "occurred_at": "2024-02-13T16:00:00+08:00"},
        headers=handler,
    )
    assert forwarded.status_code == 200, forwarded.text
    announced = await client.post(
        f"/v1/reports/{rid}/announcement",
        json={
            "notice": "Diteruskan ke Sentra Gakkumdu.",
            "occurred_at": "2024-02-15T09:00:00+08:00",
        },
        headers=commissioner,
    )
    assert announced.status_code == 200, announced.text
    assert announced.json()["announced_at"].startswith("2024-02-15T01:00:00")
    clocks = await _clocks(client, rid, handler)
    assert clocks["case.decision"]["status"] == "met"
    assert clocks["case.decision"]["met_at"].startswith("2024-02-13T06:00:00")
    police = clocks["crime.forward_to_police"]
    # A clock that starts at a time: the day in `trigger` (always a date), the moment in UTC.
    assert police["trigger"] == "2024-02-13"
    assert police["triggered_at"] == "2024-02-13T06:00:00Z"
    assert datetime.fromisoformat(police["triggered_at"]) == datetime(2024, 2, 13, 6, tzinfo=UTC)
    assert police["status"] == "met"
    # The case's steps (the analysis' steps are entered as they are written, now).
    events = [
        e for e in await _timeline(client, rid, handler) if not e["action"].startswith("analysis_")
    ]
    assert [(e["action"], e["occurred_at"][:10]) for e in events] == [
        ("received", "2024-02-05"),
        ("registered", "2024-02-06"),
        ("plenary_held", "2024-02-13"),
        ("decided", "2024-02-13"),
        ("forwarded", "2024-02-13"),
        ("announced", "2024-02-15"),
    ]
    assert events[4]["changes"]["sent_at"].startswith("2024-02-13T08:00:00")


async def test_extension_withdrawal_and_transfer_take_occurred_at_too(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    """The extension (UU 7/2017 Art. 454(8)) waives `case.decision` at its own date and
    counts the 14 working days from the registration; a withdrawal before registration
    (Perbawaslu 7/2022 Art. 14, 17(3)) waives the review clocks at its date."""
    rid = await _paper_case(client, handler)
    await client.post(
        f"/v1/reports/{rid}/registration",
        json={"occurred_at": "2024-02-06T10:00:00+08:00"},
        headers=handler,
    )
    moved = await client.post(
        f"/v1/reports/{rid}/transfer",
        json={"office": "52.03", "reason": "arsip", "occurred_at": "2024-02-07T08:00:00+08:00"},
        headers=handler,
    )
    assert moved.status_code == 200, moved.text
    extended = await client.post(
        f"/v1/reports/{rid}/extension",
        json={"reason": "Keterangan saksi", "occurred_at": "2024-02-12T10:00:00+08:00"},
        headers=handler,
    )
    assert extended.status_code == 200, extended.text
    clocks = await _clocks(client, rid, handler)
    assert clocks["case.decision"]["status"] == "waived"
    assert clocks["case.decision"]["met_at"].startswith("2024-02-12T02:00:00")
    assert clocks["case.decision_extended"]["trigger"].startswith("2024-02-06")

    other = await _paper_case(client, handler)
    withdrawn = await client.post(
        f"/v1/reports/{other}/withdrawal",
        json={"reason": "Dicabut pelapor", "occurred_at": "2024-02-06T09:00:00+08:00"},
        headers=handler,
    )
    assert withdrawn.status_code == 200, withdrawn.text
    review = (await _clocks(client, other, handler))["report.initial_review"]
    assert review["status"] == "waived"
    assert review["met_at"].startswith("2024-02-06T01:00:00")
