"""The cases the law decides at its edges, entered as an office enters them: a report at
23:59 in the quiet period, a finding set on a Sunday, a reporter who is 17 only on voting
day, a Pilkada candidate pair, a Pilkada voter with a NIK from elsewhere, and a report
against a party outside the closed list of administrative respondents (docs/legal/rules.md
§2, §4, §5). The expired completion and the backdated registration have their own files
(test_expired_completion.py, test_backdated_actions.py)."""

from __future__ import annotations

from typing import Any

import httpx
from tests.api.reports.conftest import complete_report

NOT_ADMINISTRATIVE_PARTY = {"name": "Kepala Desa Y", "address": "Selong", "type": "other"}


def _incident(day: str) -> dict[str, Any]:
    return {"date": day, "office": "52.03", "address": "Pasar Selong"}


def _filing(case: dict[str, Any]) -> dict[str, Any]:
    return next(d for d in case["deadlines"] if d["rule"] in ("report.filing", "finding.set"))


async def test_report_at_2359_on_the_last_quiet_period_day_is_received_that_day(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    """Perbawaslu 7/2022 Art. 11: in the quiet period (11-13 Feb 2024) reports are received
    24 hours a day. Known Wed 31 Jan: 7 working days (UU 7/2017 Art. 454(6)) end Tue 13 Feb
    (8 Feb Isra Mi'raj, 9 Feb cuti bersama skipped), so a report at 23:59 WITA that day is
    on time."""
    body = complete_report(
        received_at="2024-02-13T23:59:00+08:00", known_on="2024-01-31",
        incident=_incident("2024-01-31"),
    )  # fmt: skip
    response = await client.post("/v1/reports", json=body, headers=handler)
    assert response.status_code == 201, response.text
    case = response.json()
    assert case["received_on"] == "2024-02-13"
    assert case["admissibility"]["verdict"] == "registrable"
    filing = _filing(case)
    assert (filing["due"], filing["status"]) == ("2024-02-13", "met")


async def test_pilkada_finding_set_on_a_sunday_evening_is_on_time(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    """A finding is set by a supervisor, not handed in: office hours do not apply
    (docs/legal/rules.md §2, §5). Discovered Sun 10 Nov 2024, 7 calendar days (UU 1/2015
    Art. 134(4)) end Sun 17 Nov; set that Sunday at 20:00 WITA, it is on time."""
    body = complete_report(
        kind="finding", election="pilkada-2024", reporter=None,
        received_at="2024-11-17T20:00:00+08:00", known_on="2024-11-10",
        incident=_incident("2024-11-10"),
    )  # fmt: skip
    response = await client.post("/v1/reports", json=body, headers=handler)
    assert response.status_code == 201, response.text
    case = response.json()
    assert case["received_on"] == "2024-11-17"
    assert case["admissibility"]["verdict"] == "registrable"
    filing = _filing(case)
    assert (filing["rule"], filing["due"], filing["status"]) == ("finding.set", "2024-11-17", "met")


def _young(nik: str, **reporter: Any) -> dict[str, Any]:
    base = complete_report()["reporter"]
    return complete_report(
        received_at="2023-12-20T10:00:00+08:00", known_on="2023-12-18",
        incident=_incident("2023-12-18"),
        reporter={**base, "nik": nik, "age": None, **reporter},
    )  # fmt: skip


async def test_voting_age_is_reached_on_voting_day(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    """UU 7/2017 Art. 198(1): the right to vote belongs to whoever is 17 on voting day
    (14 Feb 2024). Born 20 Jan 2007 (NIK ...200107...): 16 when reporting on 20 Dec 2023,
    17 on voting day, so the reporter has standing. Aged 15 on 20 Dec 2023: at most 16 on
    voting day, so not."""
    turns_17 = await client.post("/v1/reports", json=_young("5203012001070001"), headers=handler)
    assert turns_17.status_code == 201, turns_17.text
    assert turns_17.json()["admissibility"]["verdict"] == "registrable"
    too_young = await client.post(
        "/v1/reports", json=_young("5203012001080001", age=15), headers=handler
    )
    assert too_young.json()["admissibility"]["verdict"] == "reporter_not_eligible"
    codes = [f["code"] for f in too_young.json()["admissibility"]["failures"]]
    assert codes == ["reporter_underage"]


async def test_nik_born_1920_is_not_read_as_a_child(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    """A NIK's year has two digits: ...200120... is 1920 or 2020. A reporter born in 1920
    is not a 3-year-old; without the age the right to vote is only not yet shown
    (incomplete), never a refusal."""
    response = await client.post("/v1/reports", json=_young("5203012001200001"), headers=handler)
    admissibility = response.json()["admissibility"]
    assert admissibility["verdict"] == "incomplete"
    assert [f["code"] for f in admissibility["failures"]] == ["reporter_voting_right_unknown"]


def _pilkada(**reporter: Any) -> dict[str, Any]:
    base = complete_report()["reporter"]
    return complete_report(
        election="pilkada-2024", received_at="2024-11-20T10:00:00+08:00",
        known_on="2024-11-18", incident=_incident("2024-11-18"),
        reporter={**base, **reporter},
    )  # fmt: skip


async def test_pilkada_candidate_pair_has_standing(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    """UU 1/2015 Art. 134(2): a participant of the regional election (a candidate pair)
    may report; it used to be refused as not eligible."""
    response = await client.post(
        "/v1/reports", json=_pilkada(category="participant"), headers=handler
    )
    assert response.status_code == 201, response.text
    assert response.json()["admissibility"]["verdict"] == "registrable"


async def test_pilkada_voter_with_a_nik_from_another_province(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    """UU 1/2015 Art. 134(2): a voter *of that regional election*. Pilkada serentak 2024 at
    the Lombok Timur office: a NIK issued in NTB (52) fits; one issued in Central Java (33)
    does not show it (policy nik_region_mismatch=incomplete: the NIK region is where it was
    first issued, not where the voter lives); being on the voter list settles it."""
    here = await client.post("/v1/reports", json=_pilkada(category="voter"), headers=handler)
    assert here.json()["admissibility"]["verdict"] == "registrable"
    elsewhere = await client.post(
        "/v1/reports", json=_pilkada(category="voter", nik="3372014708900001"), headers=handler
    )
    admissibility = elsewhere.json()["admissibility"]
    assert admissibility["verdict"] == "incomplete"
    assert [f["code"] for f in admissibility["failures"]] == ["reporter_nik_outside_election_area"]
    on_the_list = await client.post(
        "/v1/reports",
        json=_pilkada(category="voter", nik="3372014708900001", registered_voter=True),
        headers=handler,
    )
    assert on_the_list.json()["admissibility"]["verdict"] == "registrable"


async def test_monitor_with_unknown_accreditation_can_complete(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    """UU 7/2017 Art. 454(2): an accredited monitor may report. Accreditation not yet shown
    is a missing requirement (incomplete), not a refusal; shown as absent, it is."""
    unknown = complete_report(reporter={**complete_report()["reporter"], "category": "monitor"})
    body = (await client.post("/v1/reports", json=unknown, headers=handler)).json()
    assert body["admissibility"]["verdict"] == "incomplete"
    assert [f["code"] for f in body["admissibility"]["failures"]] == [
        "monitor_accreditation_unknown"
    ]
    refused = complete_report(
        reporter={**complete_report()["reporter"], "category": "monitor", "accredited": False}
    )
    body = (await client.post("/v1/reports", json=refused, headers=handler)).json()
    assert body["admissibility"]["verdict"] == "reporter_not_eligible"


async def test_party_outside_the_closed_list_is_not_administrative_until_reclassified(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    """Perbawaslu 8/2022 Art. 8: only the listed parties commit administrative violations.
    A report of one against a village head is not an administrative case (it cannot be
    'completed' into one); the office reclassifies it, the initial review runs again, and
    then it can be registered."""
    body = complete_report(
        violation_type="administrative", reported_parties=[NOT_ADMINISTRATIVE_PARTY]
    )
    case = (await client.post("/v1/reports", json=body, headers=handler)).json()
    assert case["admissibility"]["verdict"] == "not_administrative"
    assert [f["code"] for f in case["admissibility"]["failures"]] == ["reported_type_not_allowed"]
    url = f"/v1/reports/{case['id']}"
    refused = await client.post(f"{url}/registration", headers=handler)
    assert refused.status_code == 409
    assert "not_administrative" in refused.json()["detail"]
    reclassified = await client.post(
        f"{url}/reclassification",
        json={"violation_type": "other", "reason": "Netralitas kepala desa: hukum lain"},
        headers=handler,
    )
    assert reclassified.status_code == 200, reclassified.text
    assert reclassified.json()["admissibility"]["verdict"] == "registrable"
    assert (await client.post(f"{url}/registration", headers=handler)).status_code == 200
    timeline = (await client.get(f"{url}/timeline", headers=handler)).json()["items"]
    step = next(e for e in timeline if e["action"] == "reclassified")
    assert step["changes"]["from"]["violation_type"] == "administrative"
    assert step["changes"]["to"]["violation_type"] == "other"
    assert step["changes"]["verdict"] == "registrable"
    # Only before registration: the decision clock depends on the kind.
    late = await client.post(
        f"{url}/reclassification",
        json={"violation_type": "administrative", "reason": "salah klasifikasi"},
        headers=handler,
    )
    assert late.status_code == 409


def test_the_party_types_of_the_api_are_the_closed_list_of_the_rules() -> None:
    from bawaslu_api.reports.schemas import ReportedPartyType
    from bawaslu_rules.admissibility import ADMIN_REPORTABLE_PARTIES

    assert {t.value for t in ReportedPartyType} == {*ADMIN_REPORTABLE_PARTIES, "other"}


async def test_a_party_type_outside_the_list_is_refused_naming_the_field(
    client: httpx.AsyncClient, auth: Any
) -> None:
    body = complete_report(reported_parties=[{**NOT_ADMINISTRATIVE_PARTY, "type": "village_head"}])
    response = await client.post("/v1/reports", json=body, headers=await auth("handler", "52.03"))
    assert response.status_code == 422, response.text
    assert "body.reported_parties.0.type" in [e["location"] for e in response.json()["errors"]]


def test_a_party_stored_with_a_free_text_type_reads_back_as_other_with_that_position() -> None:
    from bawaslu_api.reports.schemas import ReportedPartyOut

    legacy = ReportedPartyOut.model_validate({"name": "Kepala Desa Y", "type": "Kepala Desa"})
    assert (legacy.type, legacy.position) == ("other", "Kepala Desa")
    listed = ReportedPartyOut.model_validate({"name": "KPPS 03", "type": "kpps"})
    assert (listed.type, listed.position) == ("kpps", "")
