"""Sentra Gakkumdu through HTTP (docs/legal/procedure.md §1.3; docs/procedure.md).

A paper case of money politics at Bawaslu Lombok Timur, registered as a criminal
violation on Mon 15 Jan 2024: the first discussion (pembahasan 1) finds a crime indicated
under UU 7/2017 Art. 523(1); the second, on Mon 22 Jan, forwards it to investigation;
Bawaslu declares it an alleged crime (the decision, category crime), which starts the
1x24-hour clock `crime.forward_to_police` (UU 7/2017 Art. 476; UU 1/2015 Art. 135(2));
the supervisor hands the file (Perbawaslu 3/2023 Art. 27) to the police SPKT the next
morning, which closes the clock on time; the SPKT's police report number and receipt are
recorded, and `crime.investigation` runs from the receipt (UU 7/2017 Art. 480(1)).
"""

from __future__ import annotations

from typing import Any

import httpx
from sqlalchemy import text
from tests.api.reports.conftest import complete_report, hold_plenary

PAPER_CASE = {
    "received_at": "2024-01-12T10:00:00+08:00",
    "violation_type": "criminal",
}
OFFICIALS = [
    {"name": "Ketua Bawaslu Lotim", "institution": "bawaslu", "position": "Koordinator"},
    {"name": "AKP Penyidik", "institution": "police", "position": "Penyidik"},
    {"name": "Jaksa Fungsional", "institution": "prosecutor", "position": "Jaksa"},
]


def discussion(number: int, held_at: str, conclusion: str, **kw: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "number": number,
        "held_at": held_at,
        "place": "Sekretariat Sentra Gakkumdu Lombok Timur",
        "participants": OFFICIALS,
        "conclusion": conclusion,
        "articles": ["UU 7/2017 Pasal 523 ayat (1)"],
    }
    body.update(kw)
    return body


async def registered_case(client: httpx.AsyncClient, handler: dict[str, str], **kw: Any) -> str:
    created = await client.post(
        "/v1/reports", json=complete_report(**{**PAPER_CASE, **kw}), headers=handler
    )
    assert created.status_code == 201, created.text
    rid = str(created.json()["id"])
    registered = await client.post(
        f"/v1/reports/{rid}/registration",
        json={"occurred_at": "2024-01-15T09:00:00+08:00"},
        headers=handler,
    )
    assert registered.status_code == 200, registered.text
    return rid


async def _clocks(client: httpx.AsyncClient, rid: str, headers: dict[str, str]) -> Any:
    return {
        d["rule"]: d
        for d in (await client.get(f"/v1/reports/{rid}/deadlines", headers=headers)).json()["items"]
    }


async def _evidence(client: httpx.AsyncClient, rid: str, headers: dict[str, str]) -> str:
    response = await client.post(
        f"/v1/reports/{rid}/evidence/physical",
        json={
            "category": "document",
            "description": "Berita acara pembahasan kedua (ditandatangani)",
            "receipt": {
                "received_by": "Staf Bawaslu",
                "received_at": "2024-01-22T16:00:00+08:00",
                "kept_at": "Lemari arsip",
            },
        },
        headers=headers,
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def test_a_crime_case_from_the_first_discussion_to_the_police_report(
    client: httpx.AsyncClient, handler: dict[str, str], commissioner: dict[str, str], db: Any
) -> None:
    """Pembahasan 1 and 2, the declaration opening the 24-hour clock
    (UU 7/2017 Art. 476), the forwarding closing it on time, the dossier of Perbawaslu
    3/2023 Art. 27 and the police report number; every step on the timeline, which
    verifies, and a webhook event each."""
    rid = await registered_case(client, handler)
    base = f"/v1/reports/{rid}/gakkumdu"

    before = (await client.get(base, headers=handler)).json()
    assert before["applies"] is True
    assert before["third_discussion_expected"] is False
    assert "No time limit per discussion was found" in before["time_limits"]
    assert before["dossier"]["complete"] is False
    assert len(before["dossier"]["missing"]) == 14
    assert before["dossier"]["basis"].startswith("Perbawaslu 3/2023 Art. 27")

    first = await client.post(
        f"{base}/discussions",
        json=discussion(1, "2024-01-16T10:00:00+08:00", "crime_indicated"),
        headers={**handler, "Idempotency-Key": "sg-1"},
    )
    assert first.status_code == 201, first.text
    assert first.json()["title"] == "Pembahasan pertama"
    assert first.json()["articles"] == ["UU 7/2017 Pasal 523 ayat (1)"]
    # A retry of the same request is not a second discussion.
    again = await client.post(
        f"{base}/discussions",
        json=discussion(1, "2024-01-16T10:00:00+08:00", "crime_indicated"),
        headers={**handler, "Idempotency-Key": "sg-1"},
    )
    assert again.status_code == 201
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json()["id"] == first.json()["id"]

    minutes = await _evidence(client, rid, handler)
    etag = (await client.get(f"/v1/reports/{rid}", headers=handler)).headers["ETag"]
    second = await client.post(
        f"{base}/discussions",
        json=discussion(
            2, "2024-01-22T14:00:00+08:00", "forward_to_investigation",
            minutes_evidence_id=minutes,
        ),
        headers={**handler, "If-Match": etag},
    )  # fmt: skip
    assert second.status_code == 201, second.text
    assert second.json()["minutes_evidence_id"] == minutes
    assert second.headers["ETag"] != etag

    # Bawaslu's declaration: the decision, category crime, taken in plenary, opens the
    # 24-hour clock.
    await hold_plenary(
        client, rid, handler, commissioner, "violation", "crime",
        held_at="2024-01-22T14:30:00+08:00",
    )  # fmt: skip
    decided = await client.post(
        f"/v1/reports/{rid}/decision",
        json={
            "outcome": "violation",
            "category": "crime",
            "legal_basis": "UU 7/2017 Pasal 523 ayat (1)",
            "summary": "Sentra Gakkumdu: diteruskan ke penyidikan.",
            "occurred_at": "2024-01-22T15:00:00+08:00",
        },
        headers=commissioner,
    )
    assert decided.status_code == 200, decided.text
    clock = (await _clocks(client, rid, handler))["crime.forward_to_police"]
    assert (clock["status"], clock["amount"], clock["unit"]) == ("pending", 24, "hours")
    assert clock["due_at"].startswith("2024-01-23T07:00:00")  # 15:00 WITA + 24 h

    dossier = await client.post(
        f"{base}/dossier",
        json={
            "items": [
                {"code": "cover_letter"},
                {"code": "discussion_minutes", "evidence_id": minutes},
                {"code": "analysis", "note": "Kajian 22 Januari 2024"},
            ]
        },
        headers=handler,
    )
    assert dossier.status_code == 200, dossier.text
    ticked = {i["code"]: i for i in dossier.json()["dossier"]["items"]}
    assert ticked["discussion_minutes"]["included"] is True
    assert ticked["discussion_minutes"]["evidence_id"] == minutes
    assert ticked["inquiry_report"]["included"] is False
    assert "inquiry_report" in dossier.json()["dossier"]["missing"]

    forwarded = await client.post(
        f"/v1/reports/{rid}/forwardings",
        json={
            "to": "police",
            "reference": "B-12/PP.01/K.NB-03/01/2024",
            "occurred_at": "2024-01-23T10:00:00+08:00",
        },
        headers=handler,
    )
    assert forwarded.status_code == 200, forwarded.text
    clocks = await _clocks(client, rid, handler)
    assert clocks["crime.forward_to_police"]["status"] == "met"
    assert "crime.investigation" not in clocks  # the receipt is not known yet

    police = await client.post(
        f"{base}/police-report",
        json={
            "number": "LP/B/12/I/2024/SPKT/POLRES LOMBOK TIMUR",
            "received_by": "Bripka SPKT",
            "received_at": "2024-01-23T10:30:00+08:00",
            "complainant": "reporter",
        },
        headers=handler,
    )
    assert police.status_code == 201, police.text
    assert police.json()["police_report"]["number"].startswith("LP/B/12/I/2024")
    assert police.json()["police_report"]["received_at"].startswith("2024-01-23T02:30:00")
    investigation = (await _clocks(client, rid, handler))["crime.investigation"]
    assert investigation["status"] == "pending"
    assert investigation["trigger"].startswith("2024-01-23")
    twice = await client.post(
        f"{base}/police-report",
        json={
            "number": "LP/B/13",
            "received_by": "x",
            "received_at": "2024-01-23T11:00:00+08:00",
            "complainant": "reporter",
        },
        headers=handler,
    )
    assert twice.status_code == 409
    assert twice.json()["code"] == "police_report_recorded"

    events = (await client.get(f"/v1/reports/{rid}/timeline", headers=handler)).json()["items"]
    steps = [e["action"] for e in events if e["action"] != "evidence_recorded"]
    assert steps[:2] == ["received", "registered"]
    assert [s for s in steps if s.startswith(("gakkumdu", "police", "decided", "forwarded"))] == [
        "gakkumdu_discussion_held",
        "gakkumdu_discussion_held",
        "decided",
        "gakkumdu_dossier_updated",
        "forwarded",
        "police_report_recorded",
    ]
    held = [e for e in events if e["action"] == "gakkumdu_discussion_held"]
    assert held[0]["occurred_at"].startswith("2024-01-16T02:00:00")
    assert held[0]["changes"]["conclusion"] == "crime_indicated"
    verify = (await client.get(f"/v1/reports/{rid}/timeline/verify", headers=handler)).json()
    assert verify["valid"] is True

    types = (
        await db.execute(
            text("SELECT type FROM webhook_event WHERE report_id = :r ORDER BY seq"), {"r": rid}
        )
    ).scalars()
    assert [t for t in types if t.startswith("gakkumdu.")] == [
        "gakkumdu.discussion_held",
        "gakkumdu.discussion_held",
        "gakkumdu.dossier_updated",
        "gakkumdu.police_report_recorded",
    ]


async def test_the_second_discussion_before_the_first_is_refused(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    """Pembahasan 2 compares the analysis with the police inquiry that pembahasan 1 set
    going (docs/legal/procedure.md §1.3): 409 before it, nothing stored."""
    rid = await registered_case(client, handler)
    early = await client.post(
        f"/v1/reports/{rid}/gakkumdu/discussions",
        json=discussion(2, "2024-01-22T14:00:00+08:00", "forward_to_investigation"),
        headers=handler,
    )
    assert early.status_code == 409
    assert early.json()["code"] == "discussion_out_of_order"
    assert "follows discussion 1" in early.json()["detail"]
    record = (await client.get(f"/v1/reports/{rid}/gakkumdu", headers=handler)).json()
    assert record["discussions"] == []


async def test_a_first_discussion_finding_no_crime_ends_the_handling(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    rid = await registered_case(client, handler)
    base = f"/v1/reports/{rid}/gakkumdu/discussions"
    first = await client.post(
        base,
        json=discussion(1, "2024-01-16T10:00:00+08:00", "not_indicated", articles=[]),
        headers=handler,
    )
    assert first.status_code == 201, first.text
    twice = await client.post(
        base,
        json=discussion(1, "2024-01-17T10:00:00+08:00", "crime_indicated"),
        headers=handler,
    )
    assert (twice.status_code, twice.json()["code"]) == (409, "discussion_out_of_order")
    second = await client.post(
        base, json=discussion(2, "2024-01-22T14:00:00+08:00", "stop"), headers=handler
    )
    assert second.status_code == 409
    assert "ended there" in second.json()["detail"]


async def test_a_third_discussion_is_not_expected_unless_the_policy_says_so(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    """Pembahasan 3 is LOW (2019 practice, not used in 2024): refused naming the policy
    `gakkumdu.third_discussion`."""
    rid = await registered_case(client, handler)
    third = await client.post(
        f"/v1/reports/{rid}/gakkumdu/discussions",
        json=discussion(3, "2024-02-10T10:00:00+08:00", "forward_to_prosecution"),
        headers=handler,
    )
    assert third.status_code == 409
    assert "gakkumdu.third_discussion" in third.json()["detail"]


async def test_a_case_that_is_not_a_crime_has_no_gakkumdu_steps(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    """Sentra Gakkumdu handles alleged election crimes (UU 7/2017 Art. 476; Perbawaslu
    3/2023 Art. 1(2)): an ethics case is refused with 409 naming why."""
    rid = await registered_case(client, handler, violation_type="ethics")
    refused = await client.post(
        f"/v1/reports/{rid}/gakkumdu/discussions",
        json=discussion(1, "2024-01-16T10:00:00+08:00", "crime_indicated"),
        headers=handler,
    )
    assert refused.status_code == 409
    assert refused.json()["code"] == "not_a_gakkumdu_case"
    dossier = await client.post(
        f"/v1/reports/{rid}/gakkumdu/dossier",
        json={"items": [{"code": "cover_letter"}]},
        headers=handler,
    )
    assert dossier.json()["code"] == "not_a_gakkumdu_case"
    record = (await client.get(f"/v1/reports/{rid}/gakkumdu", headers=handler)).json()
    assert record["applies"] is False


async def test_wrong_status_is_refused(client: httpx.AsyncClient, handler: dict[str, str]) -> None:
    """Discussions follow registration; the police report follows the forwarding to the
    police (Perbawaslu 3/2023 Art. 27)."""
    created = await client.post("/v1/reports", json=complete_report(**PAPER_CASE), headers=handler)
    rid = created.json()["id"]
    before = await client.post(
        f"/v1/reports/{rid}/gakkumdu/discussions",
        json=discussion(1, "2024-01-12T11:00:00+08:00", "crime_indicated"),
        headers=handler,
    )
    assert (before.status_code, before.json()["code"]) == (409, "invalid_transition")
    rid = await registered_case(client, handler)
    police = await client.post(
        f"/v1/reports/{rid}/gakkumdu/police-report",
        json={
            "number": "LP/1",
            "received_by": "x",
            "received_at": "2024-01-23T10:30:00+08:00",
            "complainant": "reporter",
        },
        headers=handler,
    )
    assert (police.status_code, police.json()["code"]) == (409, "invalid_transition")


async def test_bad_input_names_the_field(
    client: httpx.AsyncClient, handler: dict[str, str], auth: Any
) -> None:
    """Every Gakkumdu member takes part (Perbawaslu 3/2023 Art. 1(2)); an indicated crime
    names its article; a discussion is not in the future nor before the registration; the
    minutes are an evidence item of this case."""
    rid = await registered_case(client, handler)
    base = f"/v1/reports/{rid}/gakkumdu/discussions"
    no_prosecutor = await client.post(
        base,
        json=discussion(
            1, "2024-01-16T10:00:00+08:00", "crime_indicated",
            participants=OFFICIALS[:2], articles=[],
        ),
        headers=handler,
    )  # fmt: skip
    assert no_prosecutor.status_code == 422
    fields = {e["location"]: e["code"] for e in no_prosecutor.json()["errors"]}
    assert fields == {
        "body.participants": "gakkumdu_member_missing",
        "body.articles": "article_required",
    }
    wrong = await client.post(
        base, json=discussion(1, "2024-01-16T10:00:00+08:00", "stop"), headers=handler
    )
    assert wrong.json()["errors"][0]["code"] == "conclusion_not_allowed"
    future = await client.post(
        base, json=discussion(1, "2099-01-16T10:00:00+08:00", "crime_indicated"), headers=handler
    )
    assert (future.status_code, future.json()["code"]) == (422, "impossible_date")
    early = await client.post(
        base, json=discussion(1, "2024-01-14T10:00:00+08:00", "crime_indicated"), headers=handler
    )
    assert early.json()["errors"][0]["code"] == "before_previous_event"
    other = await registered_case(client, handler)
    foreign = await _evidence(client, other, handler)
    minutes = await client.post(
        base,
        json=discussion(
            1, "2024-01-16T10:00:00+08:00", "crime_indicated", minutes_evidence_id=foreign
        ),
        headers=handler,
    )
    assert minutes.status_code == 422
    assert minutes.json()["errors"][0]["location"] == "body.minutes_evidence_id"
    stale = await client.post(
        base,
        json=discussion(1, "2024-01-16T10:00:00+08:00", "crime_indicated"),
        headers={**handler, "If-Match": '"1"'},
    )
    assert stale.status_code == 412
    unknown = await client.post(
        f"/v1/reports/{rid}/gakkumdu/dossier",
        json={"items": [{"code": "no_such_document"}]},
        headers=handler,
    )
    assert unknown.status_code == 422
    viewer = await auth("viewer", "52.03")
    read_only = await client.post(
        base,
        json=discussion(1, "2024-01-16T10:00:00+08:00", "crime_indicated"),
        headers=viewer,
    )
    assert read_only.status_code == 403


async def test_the_police_report_before_the_forwarding_is_refused_and_the_receipt_follows_it(
    client: httpx.AsyncClient, handler: dict[str, str], commissioner: dict[str, str]
) -> None:
    rid = await registered_case(client, handler)
    await hold_plenary(
        client, rid, handler, commissioner, "violation", "crime",
        held_at="2024-01-22T14:30:00+08:00",
    )  # fmt: skip
    await client.post(
        f"/v1/reports/{rid}/decision",
        json={
            "outcome": "violation",
            "category": "crime",
            "legal_basis": "UU 7/2017 Pasal 523",
            "summary": "x",
            "occurred_at": "2024-01-22T15:00:00+08:00",
        },
        headers=commissioner,
    )
    body = {
        "number": "LP/1",
        "received_by": "x",
        "received_at": "2024-01-23T09:00:00+08:00",
        "complainant": "reporter",
    }
    decided = await client.post(
        f"/v1/reports/{rid}/gakkumdu/police-report", json=body, headers=handler
    )
    assert decided.status_code == 409
    await client.post(
        f"/v1/reports/{rid}/forwardings",
        json={"to": "kpu", "occurred_at": "2024-01-23T08:00:00+08:00"},
        headers=handler,
    )
    no_police = await client.post(
        f"/v1/reports/{rid}/gakkumdu/police-report", json=body, headers=handler
    )
    assert (no_police.status_code, no_police.json()["code"]) == (409, "no_police_forwarding")
    await client.post(
        f"/v1/reports/{rid}/forwardings",
        json={"to": "police", "occurred_at": "2024-01-23T10:00:00+08:00"},
        headers=handler,
    )
    before_sent = await client.post(
        f"/v1/reports/{rid}/gakkumdu/police-report", json=body, headers=handler
    )
    assert before_sent.status_code == 422
    assert before_sent.json()["errors"][0]["location"] == "body.received_at"
