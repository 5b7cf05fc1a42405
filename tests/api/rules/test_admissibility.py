"""POST /v1/rules/admissibility: verdicts, failures with messages, and the deadlines."""

from __future__ import annotations

import copy
from typing import Any

import httpx

from bawaslu_api.rules_api.messages import MESSAGES
from bawaslu_rules import CODES, Code

URL = "/v1/rules/admissibility"

# A complete pemilu report: handed in Monday 12 Feb 2024, 10:00 WIB, about a violation the
# reporter came to know of on Friday 9 Feb (filing deadline 21 Feb, see test_deadline.py).
COMPLETE: dict[str, Any] = {
    "kind": "report",
    "regime": "pemilu",
    "received_at": "2024-02-12T10:00:00+07:00",
    "known_on": "2024-02-09",
    "reporter": {
        "category": "citizen",
        "name": "Siti Aminah",
        "address": "Jl. Pejanggik 12, Selong",
        "nik": "5203015505900001",
        "age": 33,
    },
    "reported_party": {"name": "Tim Kampanye X", "address": "Selong", "type": "campaign_team"},
    "violation_type": "administrative",
    "incident": {"date": "2024-02-09", "time": "09:00", "place": "Pasar Selong"},
    "description": "Pembagian uang kepada pemilih di pasar.",
    "evidence": [{"kind": "photo", "description": "Foto pembagian uang"}],
    "witnesses": ["Budi", {"name": "Wayan"}],
    "signature": {"present": True, "matches_identity": True},
}


async def test_complete_report_is_registrable(client: httpx.AsyncClient, auth: Any) -> None:
    headers = await auth("handler", "52.03")
    response = await client.post(URL, json=COMPLETE, headers=headers)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["verdict"] == "registrable"
    assert body["failures"] == []
    assert body["advisories"] == []
    assert body["received_on"] == "2024-02-12"
    assert body["ruleset"] == "pemilu:2022.1"
    assert body["filing_deadline"] == "2024-02-21"
    assert body["filing"]["due_at"] == "2024-02-21T16:00:00+07:00"
    assert body["completion_deadline"] is None
    assert body["completion"] is None


async def test_late_report(client: httpx.AsyncClient, auth: Any) -> None:
    # Known Friday 19 Jan 2024: 7 working days -> Mon 22 ... Tue 30 Jan (no holidays in
    # between), so a report on 12 Feb is late; being late decides the verdict.
    late = {**COMPLETE, "known_on": "2024-01-19"}
    response = await client.post(URL, json=late, headers=await auth("handler", "52.03"))
    body = response.json()
    assert body["verdict"] == "late"
    assert [f["code"] for f in body["failures"]] == ["filing_late"]
    assert body["failures"][0]["kind"] == "formal"
    assert body["filing_deadline"] == "2024-01-30"
    assert body["failures"][0]["message"] == (
        "Laporan disampaikan melewati batas waktu pelaporan (kedaluwarsa)."
    )


async def test_incomplete_report_has_a_completion_deadline(
    client: httpx.AsyncClient, auth: Any
) -> None:
    incomplete = copy.deepcopy(COMPLETE)
    incomplete["evidence"] = []
    incomplete["description"] = ""
    del incomplete["witnesses"]
    response = await client.post(URL, json=incomplete, headers=await auth("handler", "52.03"))
    body = response.json()
    assert body["verdict"] == "incomplete"
    assert {f["code"]: f["kind"] for f in body["failures"]} == {
        "description_missing": "material",
        "evidence_missing": "material",
    }
    assert [a["code"] for a in body["advisories"]] == ["witnesses_missing"]
    # report.completion (pemilu) = 2 working days from the notice, here the receipt day
    # Mon 12 Feb: Tue 13 day 1, Wed 14 voting-day holiday, Thu 15 day 2 -> 15 Feb 16:00.
    assert body["completion_deadline"] == "2024-02-15"
    assert body["completion_due_at"] == "2024-02-15T16:00:00+07:00"
    assert body["completion"]["rule"] == "report.completion"
    assert body["completion"]["basis"].startswith("Perbawaslu 7/2022")


async def test_messages_in_indonesian_by_default_and_english_on_request(
    client: httpx.AsyncClient, auth: Any
) -> None:
    headers = await auth("handler", "52.03")
    incomplete = {**COMPLETE, "evidence": []}
    indonesian = (await client.post(URL, json=incomplete, headers=headers)).json()
    assert indonesian["failures"][0]["code"] == "evidence_missing"
    assert indonesian["failures"][0]["message"].startswith("Belum ada bukti")
    english = (
        await client.post(URL, json=incomplete, headers={**headers, "Accept-Language": "en"})
    ).json()
    assert english["failures"][0]["message"].startswith("No evidence is attached")
    assert english["failures"][0]["basis"] == CODES[Code.EVIDENCE_MISSING].basis


PILKADA: dict[str, Any] = {
    **COMPLETE,
    "regime": "pemilihan",
    "received_at": "2024-11-20T15:30:00",  # no offset: office local time (WITA)
    "known_on": "2024-11-18",
    "violation_type": None,
    "office": "52.03",
}


async def test_ineligible_reporter_and_office_zone(client: httpx.AsyncClient, auth: Any) -> None:
    # In a Pilkada voters, monitors and candidates / candidate pairs may report (UU 1/2015
    # Art. 134(2)); a citizen who does not claim to be a voter there may not.
    pilkada = {**PILKADA, "reporter": {**COMPLETE["reporter"], "category": "citizen"}}
    response = await client.post(URL, json=pilkada, headers=await auth("handler", "52.03"))
    body = response.json()
    assert body["verdict"] == "reporter_not_eligible"
    assert [f["code"] for f in body["failures"]] == ["reporter_category_not_allowed"]
    assert body["ruleset"] == "pemilihan:2024.1"
    assert body["filing"]["due_at"] == "2024-11-25T16:00:00+08:00"


async def test_pilkada_candidate_pair_may_report(client: httpx.AsyncClient, auth: Any) -> None:
    """UU 1/2015 Art. 134(2): a participant of the regional election (peserta pemilihan, a
    candidate pair) has standing; it used to be refused."""
    pilkada = {**PILKADA, "reporter": {**COMPLETE["reporter"], "category": "participant"}}
    response = await client.post(URL, json=pilkada, headers=await auth("handler", "52.03"))
    body = response.json()
    assert body["verdict"] == "registrable", body["failures"]
    assert body["election"] == "pilkada-2024"  # the covering election, found by the engine


async def test_pilkada_voter_nik_outside_the_area_is_not_yet_shown(
    client: httpx.AsyncClient, auth: Any
) -> None:
    """UU 1/2015 Art. 134(2) "a voter in that regional election": a NIK issued in another
    province does not prove it either way (the NIK region is where it was first issued),
    so by default (policy nik_region_mismatch=incomplete) the report is incomplete."""
    voter = {**COMPLETE["reporter"], "category": "voter"}
    headers = await auth("handler", "52.03")
    inside = {**PILKADA, "reporter": voter, "election_area": ["52"]}
    assert (await client.post(URL, json=inside, headers=headers)).json()["verdict"] == (
        "registrable"
    )
    outside = {**PILKADA, "reporter": voter, "election_area": ["33.72"]}
    body = (await client.post(URL, json=outside, headers=headers)).json()
    assert body["verdict"] == "incomplete"
    assert [f["code"] for f in body["failures"]] == ["reporter_nik_outside_election_area"]
    assert body["failures"][0]["message"].startswith("Wilayah NIK pelapor")


async def test_pilkada_completion_runs_48_hours_from_the_notice(
    client: httpx.AsyncClient, auth: Any
) -> None:
    # report.completion (pemilihan, Perbawaslu 9/2024 practice "2x24 jam") = 48 hours from
    # the moment the reporter received the notice: Thu 21 Nov 09:00 WITA -> Sat 23 Nov 09:00.
    pilkada = {
        **COMPLETE,
        "regime": "pemilihan",
        "received_at": "2024-11-20T10:00:00+08:00",
        "known_on": "2024-11-18",
        "violation_type": None,
        "reporter": {**COMPLETE["reporter"], "category": "voter", "registered_voter": True},
        "evidence": [],
        "office": "52.03",
        "notice_at": "2024-11-21T09:00:00+08:00",
    }
    response = await client.post(URL, json=pilkada, headers=await auth("handler", "52.03"))
    body = response.json()
    assert body["verdict"] == "incomplete"
    assert body["completion_due_at"] == "2024-11-23T09:00:00+08:00"
    assert (body["completion"]["amount"], body["completion"]["unit"]) == (48, "hours")


async def test_bad_submission_is_a_validation_problem(client: httpx.AsyncClient, auth: Any) -> None:
    bad = {**COMPLETE, "known_on": "2024-02-31", "kind": "complaint"}
    response = await client.post(URL, json=bad, headers=await auth("handler", "52.03"))
    assert response.status_code == 422
    assert {e["location"] for e in response.json()["errors"]} == {"body.kind", "body.known_on"}


def test_every_code_has_an_indonesian_and_an_english_message() -> None:
    assert set(MESSAGES) == set(CODES)
    for code, text in MESSAGES.items():
        assert text.id.strip(), code
        assert text.en.strip(), code
        assert text.id != text.en, code
