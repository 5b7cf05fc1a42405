"""What clarification refuses, each with a problem naming the field and, where the law
decides, its article: a session that invitations cannot reach 1 Hari ahead (Perbawaslu
7/2022 Art. 29(1)-(4)), a session in the past or after the decision is due, online without
a ground or a recording (Art. 28(2)-(3), 29(4)), an invitation received after the session,
an absent person sworn (Art. 30), a case not registered."""

from __future__ import annotations

from typing import Any

import httpx
from tests.api.clarifications.conftest import PAPER_CASE, add_person
from tests.api.reports.conftest import complete_report

URL = "/v1/reports/{rid}/clarifications"


def _session(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "scheduled_at": "2024-02-12T10:00:00+08:00",
        "place": "Kantor Bawaslu Kabupaten Lombok Timur",
        "occurred_at": "2024-02-06T14:00:00+08:00",
        "invitees": [{"role": "reporter", "channel": "in_person"}],
    }
    body.update(overrides)
    return body


async def _schedule(
    client: httpx.AsyncClient, rid: str, headers: dict[str, str], **overrides: Any
) -> httpx.Response:
    return await client.post(URL.format(rid=rid), json=_session(**overrides), headers=headers)


async def test_a_schedule_invitations_cannot_reach_one_working_day_ahead_is_refused(
    client: httpx.AsyncClient, handler: dict[str, str], case: str
) -> None:
    """Scheduled on Fri 9 Feb 2024 (cuti bersama) for Mon 12 Feb: the last working day
    before the session is Wed 7 Feb, so the invitation cannot arrive 1 Hari ahead
    (Art. 29(1)-(4)); an invitation sent on 7 Feb is in time. Nothing is stored."""
    late = await _schedule(client, case, handler, occurred_at="2024-02-09T09:00:00+08:00")
    assert late.status_code == 422, late.text
    problem = late.json()
    assert problem["code"] == "invitation_lead_time"
    assert "Perbawaslu 7/2022 Art. 29(1)-(4)" in problem["detail"]
    assert "2024-02-07" in problem["detail"]
    assert problem["errors"][0]["loc"] == ["body", "scheduled_at"]
    assert problem["errors"][0]["code"] == "invitation_too_late"
    listed = (await client.get(URL.format(rid=case), headers=handler)).json()
    assert listed["items"] == []

    sent_late = await _schedule(
        client, case, handler,
        invitees=[{"role": "reporter", "channel": "in_person",
                   "sent_at": "2024-02-08T09:00:00+08:00"}],
    )  # fmt: skip
    assert sent_late.status_code == 422
    assert sent_late.json()["errors"][0]["loc"] == ["body", "invitees", 0, "sent_at"]

    in_time = await _schedule(client, case, handler, occurred_at="2024-02-07T09:00:00+08:00")
    assert in_time.status_code == 201, in_time.text


async def test_a_calendar_day_policy_lets_a_weekend_receipt_count(
    client: httpx.AsyncClient, handler: dict[str, str], case: str, auth: Any
) -> None:
    """Whether "Hari" is a calendar or a working day is not settled (policy
    `clarification.invitation_day`, LOW): set to `calendar_day`, an invitation received on
    Sun 11 Feb for a session on Mon 12 Feb is in time."""
    national = await auth("admin", "ID")
    put = await client.put(
        "/v1/rules/policies/clarification.invitation_day",
        json={"value": "calendar_day", "reason": "Surat edaran uji"},
        headers=national,
    )
    assert put.status_code == 200, put.text
    scheduled = await _schedule(client, case, handler, occurred_at="2024-02-09T09:00:00+08:00")
    assert scheduled.status_code == 201, scheduled.text
    body = scheduled.json()
    assert body["latest_receipt_on"] == "2024-02-11"
    assert body["invitation_rule"]["unit"] == "calendar_day"
    assert body["invitation_rule"]["policy"]["clarification.invitation_day"] == "calendar_day"
    receipt = await client.post(
        f"{URL.format(rid=case)}/{body['id']}/receipts",
        json={
            "invitee": body["invitees"][0]["id"],
            "received_at": "2024-02-11T16:00:00+08:00",
            "received_by": "Siti Aminah",
        },
        headers=handler,
    )
    assert receipt.status_code == 200, receipt.text


async def test_a_session_in_the_past_or_after_the_decision_is_due_is_refused(
    client: httpx.AsyncClient, handler: dict[str, str], case: str
) -> None:
    """A session before the moment it is scheduled is impossible; one after the decision
    clock's due time (Tue 20 Feb 2024) is outside the handling period (UU 7/2017
    Art. 454(7)), which keeps running during clarification."""
    past = await _schedule(client, case, handler, scheduled_at="2024-02-05T10:00:00+08:00")
    assert past.status_code == 422
    assert past.json()["code"] == "impossible_date"
    assert past.json()["errors"][0]["code"] == "session_in_past"
    after = await _schedule(client, case, handler, scheduled_at="2024-02-21T10:00:00+08:00")
    assert after.status_code == 422
    assert after.json()["code"] == "outside_decision_clock"
    assert "2024-02-20" in after.json()["detail"]
    before_registration = await _schedule(
        client, case, handler, occurred_at="2024-02-05T14:00:00+08:00"
    )
    assert before_registration.status_code == 422
    assert before_registration.json()["errors"][0]["code"] == "before_previous_event"


async def test_online_only_on_a_listed_ground_and_recorded(
    client: httpx.AsyncClient, handler: dict[str, str], case: str
) -> None:
    """Art. 28(2)-(3): online only for geography, security, facilities or disaster;
    Art. 29(4): recorded audio-visually."""
    no_ground = await _schedule(client, case, handler, mode="online", place="Zoom")
    assert no_ground.status_code == 422
    assert no_ground.json()["code"] == "validation_failed"
    other = await _schedule(
        client, case, handler, mode="online", place="Zoom",
        online={"ground": "convenience", "justification": "x", "recorded": True},
    )  # fmt: skip
    assert other.status_code == 422
    unrecorded = await _schedule(
        client, case, handler, mode="online", place="Zoom",
        online={"ground": "disaster", "justification": "Banjir di Selong", "recorded": False},
    )  # fmt: skip
    assert unrecorded.status_code == 422
    assert unrecorded.json()["code"] == "online_not_allowed"
    assert unrecorded.json()["errors"][0]["loc"] == ["body", "online", "recorded"]
    online = await _schedule(
        client, case, handler, mode="online", place="https://zoom.example/j/1",
        online={"ground": "disaster", "justification": "Banjir di Selong", "recorded": True},
    )  # fmt: skip
    assert online.status_code == 201, online.text
    assert online.json()["online"]["ground"] == "disaster"


async def test_receipt_after_the_session_and_in_the_future_are_refused(
    client: httpx.AsyncClient, handler: dict[str, str], case: str
) -> None:
    scheduled = (await _schedule(client, case, handler)).json()
    invitee = scheduled["invitees"][0]["id"]
    url = f"{URL.format(rid=case)}/{scheduled['id']}/receipts"
    after = await client.post(
        url,
        json={"invitee": invitee, "received_at": "2024-02-12T11:00:00+08:00",
              "received_by": "Siti"},
        headers=handler,
    )  # fmt: skip
    assert after.status_code == 422
    assert after.json()["errors"][0]["code"] == "received_after_session"
    future = await client.post(
        url,
        json={"invitee": invitee, "received_at": "2999-01-01T00:00:00+00:00",
              "received_by": "Siti"},
        headers=handler,
    )  # fmt: skip
    assert future.status_code == 422
    assert future.json()["code"] == "impossible_date"
    unknown_evidence = await client.post(
        url,
        json={"invitee": invitee, "received_at": "2024-02-07T11:00:00+08:00",
              "received_by": "Siti", "evidence": "01a24e65-cbae-7372-b53a-2ce14b100f7a"},
        headers=handler,
    )  # fmt: skip
    assert unknown_evidence.status_code == 422
    assert unknown_evidence.json()["errors"][0]["loc"] == ["body", "evidence"]


async def test_an_absent_person_cannot_be_sworn_and_a_present_one_has_minutes(
    client: httpx.AsyncClient, handler: dict[str, str], case: str
) -> None:
    """Art. 30: the oath is offered to the person present; the clarification of a person
    present is written in minutes (Form B.12). An outcome before the session is
    impossible."""
    expert = await add_person(
        client, case, handler, role="expert", name="Dr. Ketut Ahli", expertise="Hukum pemilu"
    )
    scheduled = (
        await _schedule(
            client, case, handler,
            invitees=[{"role": "reporter", "channel": "in_person"},
                      {"role": "expert", "person": expert["id"], "channel": "in_person"}],
        )
    ).json()  # fmt: skip
    reporter, ahli = (i["id"] for i in scheduled["invitees"])
    url = f"{URL.format(rid=case)}/{scheduled['id']}/outcome"
    bad = await client.post(
        url,
        json={
            "occurred_at": "2024-02-12T12:00:00+08:00",
            "results": [
                {"invitee": reporter, "attendance": "absent", "oath": "taken"},
                {"invitee": ahli, "attendance": "attended", "oath": "taken"},
            ],
        },
        headers=handler,
    )
    assert bad.status_code == 422, bad.text
    problem = bad.json()
    assert problem["code"] == "invalid_outcome"
    codes = {(tuple(e["loc"]), e["code"]) for e in problem["errors"]}
    assert codes == {
        (("body", "results", 0, "oath"), "absent_sworn"),
        (("body", "results", 1, "minutes"), "minutes_required"),
    }
    early = await client.post(
        url,
        json={
            "occurred_at": "2024-02-12T09:00:00+08:00",
            "results": [{"invitee": reporter, "attendance": "absent"},
                        {"invitee": ahli, "attendance": "absent"}],
        },
        headers=handler,
    )  # fmt: skip
    assert early.status_code == 422
    assert early.json()["code"] == "impossible_date"
    missing = await client.post(
        url,
        json={"occurred_at": "2024-02-12T12:00:00+08:00",
              "results": [{"invitee": reporter, "attendance": "absent"}]},
        headers=handler,
    )  # fmt: skip
    assert missing.status_code == 422
    assert missing.json()["errors"][0]["code"] == "result_missing"
    ok = await client.post(
        url,
        json={
            "occurred_at": "2024-02-12T12:00:00+08:00",
            "results": [
                {"invitee": reporter, "attendance": "absent"},
                {"invitee": ahli, "attendance": "attended", "oath": "taken",
                 "minutes": {"questions": [{"question": "Pendapat ahli?", "answer": "..."}],
                             "read_back": True, "signed": True}},
            ],
        },
        headers=handler,
    )  # fmt: skip
    assert ok.status_code == 200, ok.text
    assert {i["role"]: i["oath_form"] for i in ok.json()["invitees"]} == {
        "reporter": None,
        "expert": "B.11",
    }
    twice = await client.post(url, json={"results": [{"invitee": reporter,
                                                       "attendance": "absent"}]},
                              headers=handler)  # fmt: skip
    assert twice.status_code == 409
    assert twice.json()["code"] == "clarification_conflict"


async def test_a_person_is_not_invited_twice_to_sessions_not_yet_held(
    client: httpx.AsyncClient, handler: dict[str, str], case: str
) -> None:
    first = await _schedule(client, case, handler)
    assert first.status_code == 201
    second = await _schedule(client, case, handler, scheduled_at="2024-02-13T10:00:00+08:00")
    assert second.status_code == 409
    assert second.json()["code"] == "clarification_conflict"
    unknown = await _schedule(
        client, case, handler,
        invitees=[{"role": "reported_party", "party": 5, "channel": "in_person"},
                  {"role": "witness", "person": "01a24e65-cbae-7372-b53a-2ce14b100f7a",
                   "channel": "in_person"}],
    )  # fmt: skip
    assert unknown.status_code == 422
    assert unknown.json()["code"] == "unknown_reference"
    assert len(unknown.json()["errors"]) == 2


async def test_only_a_registered_case_is_clarified_and_if_match_guards_it(
    client: httpx.AsyncClient, handler: dict[str, str], case: str
) -> None:
    """The lifecycle action `clarification` (bawaslu_rules) allows registered cases
    only; every step moves the case's version, so a stale `If-Match` is 412."""
    received = await client.post("/v1/reports", json=complete_report(**PAPER_CASE), headers=handler)
    rid = received.json()["id"]
    refused = await _schedule(client, rid, handler, occurred_at=None)
    assert refused.status_code == 409
    assert refused.json()["code"] == "invalid_transition"

    etag = (await client.get(f"/v1/reports/{case}", headers=handler)).headers["ETag"]
    done = await _schedule(client, case, handler)
    assert done.headers["ETag"] != etag
    stale = await client.post(
        URL.format(rid=case),
        json=_session(scheduled_at="2024-02-13T10:00:00+08:00",
                      invitees=[{"role": "reported_party", "party": 0, "channel": "in_person"}]),
        headers={**handler, "If-Match": etag},
    )  # fmt: skip
    assert stale.status_code == 412


async def test_a_session_whose_invitation_came_too_late_is_cancelled_and_rescheduled(
    client: httpx.AsyncClient, handler: dict[str, str], case: str
) -> None:
    """The reporter got the invitation on Fri 9 Feb for Mon 12 Feb: not 1 working day
    ahead (Art. 29(1)-(4)), so the receipt is refused; the office calls the session off
    and invites her again. A cancelled invitation is not a missed one (attempt 1)."""
    first = (await _schedule(client, case, handler)).json()
    invitee = first["invitees"][0]["id"]
    url = f"{URL.format(rid=case)}/{first['id']}"
    late = await client.post(
        f"{url}/receipts",
        json={"invitee": invitee, "received_at": "2024-02-09T10:00:00+08:00",
              "received_by": "Siti Aminah"},
        headers=handler,
    )  # fmt: skip
    assert late.json()["errors"][0]["code"] == "received_too_late"
    cancelled = await client.post(
        f"{url}/cancellation",
        json={"reason": "Undangan tidak diterima 1 hari sebelumnya",
              "occurred_at": "2024-02-09T11:00:00+08:00"},
        headers=handler,
    )  # fmt: skip
    assert cancelled.status_code == 200, cancelled.text
    assert cancelled.json()["status"] == "cancelled"
    again = await client.post(f"{url}/cancellation", json={"reason": "lagi"}, headers=handler)
    assert again.status_code == 409
    closed = await client.post(
        f"{url}/outcome",
        json={"results": [{"invitee": invitee, "attendance": "absent"}]},
        headers=handler,
    )
    assert closed.status_code == 409
    rescheduled = await _schedule(
        client, case, handler,
        scheduled_at="2024-02-15T10:00:00+08:00", occurred_at="2024-02-09T12:00:00+08:00",
    )  # fmt: skip
    assert rescheduled.status_code == 201, rescheduled.text
    assert rescheduled.json()["invitees"][0]["attempt_no"] == 1
    assert rescheduled.json()["latest_receipt_on"] == "2024-02-13"
