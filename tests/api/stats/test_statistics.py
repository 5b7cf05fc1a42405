"""The staff statistics: a known mix of cases (conftest.py) gives known figures."""

from __future__ import annotations

from typing import Any

import httpx
from tests.api.stats.conftest import Mix

URL = "/v1/statistics"
FEBRUARY = {"from": "2024-02-01", "to": "2024-02-29"}


def counts(buckets: list[dict[str, Any]]) -> dict[str, int]:
    return {b["key"]: b["count"] for b in buckets}


async def get(client: httpx.AsyncClient, headers: dict[str, str], **params: Any) -> Any:
    response = await client.get(URL, params=params, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


async def test_the_office_question_in_one_call(client: httpx.AsyncClient, mix: Mix) -> None:
    """Issue 15's "done means": money politics in the logistics stage at Lombok Timur in
    February 2024: how many received, registered, and was the 7-day decision clock kept."""
    body = await get(
        client, mix.ntb, office="52.03", subject="money_politics", stage="logistics", **FEBRUARY
    )
    assert body["scope"]["office"] == "52.03"
    assert body["totals"]["received"] == 4
    assert body["totals"]["registered"] == 4
    decision = {r["rule_id"]: r for r in body["deadlines"]}["case.decision"]
    assert (decision["met"], decision["missed"], decision["pending"]) == (2, 1, 1)
    assert decision["overdue"] == 1  # the registered case's clock ran out in February 2024
    assert decision["overridden"] == 1
    assert decision["compliance_rate"] == round(2 / 3, 4)
    assert decision["label"].startswith("7 hari kerja")


async def test_counts_durations_and_rates_of_an_office(client: httpx.AsyncClient, mix: Mix) -> None:
    body = await get(client, mix.lotim, **FEBRUARY)
    totals = body["totals"]
    assert totals == {
        "received": 7,
        "registered": 5,
        "under_initial_review": 1,
        "settled": 6,
        "registration_rate": round(5 / 6, 4),
        "decided": 4,
        "open": 2,
    }
    # registration days 1, 1, 2, 2, 3; decision days 5, 6, 7, 9 (continuous percentiles)
    assert body["registration_days"] == {"cases": 5, "median": 2.0, "p90": 2.6}
    assert body["decision_days"] == {"cases": 4, "median": 6.5, "p90": 8.4}
    assert counts(body["by_stage"]) == {"logistics": 5, "campaign": 1, "unclassified": 1}
    assert counts(body["by_subject"]) == {
        "money_politics": 5, "neutrality_asn": 1, "campaign_props": 1, "unclassified": 1,
    }  # fmt: skip
    assert counts(body["by_status"]) == {
        "forwarded": 2, "decided": 2, "registered": 1, "received": 1, "not_registered": 1,
    }  # fmt: skip
    assert counts(body["by_outcome"]) == {"violation": 2, "not_violation": 2}
    assert counts(body["by_category"]) == {"administrative": 1, "crime": 1}
    assert counts(body["by_kind"]) == {"report": 7}
    assert counts(body["by_channel"]) == {"walk_in": 7}
    assert counts(body["by_office_level"]) == {"regency": 7}
    assert counts(body["forwarded_to"]) == {"kpu": 1, "police": 1}
    assert counts(body["kpu_followups"]) == {"acknowledged": 1}
    # both open cases (received, registered) were received more than 31 days ago
    assert counts(body["open_by_age"]) == {"0-7": 0, "8-14": 0, "15-30": 0, "31+": 2}
    labels = {b["key"]: b["label"] for b in body["by_stage"]}
    assert labels["logistics"] == "Logistik"
    assert body["by_office"] == [
        {
            "code": "52.03", "name": body["scope"]["office_name"], "level": "regency",
            "received": 7, "registered": 5, "decided": 4,
            "registration_days": {"cases": 5, "median": 2.0, "p90": 2.6},
            "decision_days": {"cases": 4, "median": 6.5, "p90": 8.4},
        }
    ]  # fmt: skip
    weeks = {w["week"]: w for w in body["weekly"]}
    assert weeks["2024-W06"] == {
        "week": "2024-W06", "week_start": "2024-02-05", "received": 7, "registered": 5,
        "decided": 0,
    }  # fmt: skip
    assert weeks["2024-W07"]["decided"] == 4


async def test_a_province_sees_both_regencies_and_each_office_below(
    client: httpx.AsyncClient, mix: Mix
) -> None:
    body = await get(client, mix.ntb, **FEBRUARY)
    assert body["totals"]["received"] == 9
    offices = {o["code"]: o for o in body["by_office"]}
    assert set(offices) == {"52.03", "52.01"}
    assert offices["52.01"]["received"] == 2
    assert offices["52.01"]["registration_days"] == {"cases": 2, "median": 4.0, "p90": 4.0}
    assert body["by_office"][0]["code"] == "52.03"  # largest first
    narrowed = await get(client, mix.ntb, office="52.01", **FEBRUARY)
    assert narrowed["totals"]["received"] == 2


async def test_a_regency_sees_only_its_own(client: httpx.AsyncClient, mix: Mix) -> None:
    lobar = await get(client, mix.lobar, **FEBRUARY)
    assert lobar["totals"]["received"] == 2
    assert counts(lobar["by_subject"]) == {"money_politics": 1, "neutrality_asn": 1}
    for outside in ("52.03", "52", "ID"):
        response = await client.get(URL, params={"office": outside}, headers=mix.lobar)
        assert response.status_code == 404, outside
        assert response.json()["code"] == "office_not_found"
    unknown = await client.get(URL, params={"office": "99.99"}, headers=mix.lobar)
    assert unknown.status_code == 404
    assert unknown.json()["detail"] == response.json()["detail"].replace("ID", "99.99")


async def test_filters_narrow_the_cohort(client: httpx.AsyncClient, mix: Mix) -> None:
    assert (await get(client, mix.lotim, stage="unclassified"))["totals"]["received"] == 1
    assert (await get(client, mix.lotim, subject="campaign_props"))["totals"]["received"] == 1
    assert (await get(client, mix.lotim, kind="finding"))["totals"]["received"] == 0
    assert (await get(client, mix.lotim, election="pemilu-2024"))["totals"]["received"] == 7
    march = await get(client, mix.lotim, **{"from": "2024-03-01"})
    assert march["totals"]["received"] == 0
    assert march["totals"]["registration_rate"] is None
    assert march["registration_days"] == {"cases": 0, "median": None, "p90": None}
    # one day: only the cases received on 6 February
    one_day = await get(client, mix.lotim, **{"from": "2024-02-06", "to": "2024-02-06"})
    assert one_day["totals"]["received"] == 2


async def test_bad_filters_are_422_naming_the_parameter(
    client: httpx.AsyncClient, mix: Mix
) -> None:
    for params, where in (
        ({"stage": "harvest"}, "query.stage"),
        ({"subject": "gossip"}, "query.subject"),
        ({"from": "2024-02-30"}, "query.from"),
        ({"to": "yesterday"}, "query.to"),
        ({"kind": "rumour"}, "query.kind"),
        ({"election": "pemilu-1955"}, "query.election"),
    ):
        response = await client.get(URL, params=params, headers=mix.lotim)
        assert response.status_code == 422, params
        assert [e["location"] for e in response.json()["errors"]] == [where]


async def test_only_staff(client: httpx.AsyncClient) -> None:
    assert (await client.get(URL)).status_code == 401


async def test_a_period_that_ends_before_it_starts_is_422(
    client: httpx.AsyncClient, auth: Any
) -> None:
    staff = await auth("viewer", "52.03")
    response = await client.get(
        "/v1/statistics", params={"from": "2024-03-01", "to": "2024-02-01"}, headers=staff
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["location"] == "query.to"
    public = await client.get("/v1/public/statistics", params={"from": "0000-01"})
    assert public.status_code == 422  # a month of year 0 is no month
