"""The open data: aggregates only, small counts suppressed, cacheable, stable columns."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from tests.api.public.test_cache_control import LIVE
from tests.api.stats.conftest import NIKS, REPORTER_NAMES, Mix

from bawaslu_api.stats.publish import _Cell, _suppress_group, rounded

URL = "/v1/public/statistics"
HEADER = "dimension,key,label,label_en,measure,value,suppressed"


@pytest.fixture(autouse=True)
def exact(rollback_app: FastAPI) -> Iterator[None]:
    """Rounding off (BAWASLU_PUBLIC_STATS_ROUND_TO=1) so that the tests of the small-count
    rule read exact figures; the rounding has its own test."""
    original = rollback_app.state.settings
    rollback_app.state.settings = original.model_copy(update={"public_stats_round_to": 1})
    yield
    rollback_app.state.settings = original


@pytest.fixture
def min_count(rollback_app: FastAPI, exact: None) -> Iterator[Any]:
    """Sets BAWASLU_PUBLIC_STATS_MIN_COUNT for the test."""
    original = rollback_app.state.settings

    def _set(value: int) -> None:
        rollback_app.state.settings = original.model_copy(
            update={"public_stats_min_count": value, "public_stats_round_to": 1}
        )

    yield _set
    rollback_app.state.settings = original


def rows(body: dict[str, Any], dimension: str, measure: str = "cases") -> dict[str, Any]:
    return {
        r["key"]: (None if r["suppressed"] else r["value"])
        for r in body["rows"]
        if r["dimension"] == dimension and r["measure"] == measure
    }


async def test_no_token_and_the_default_rule_hides_every_small_group(
    client: httpx.AsyncClient, mix: Mix
) -> None:
    response = await client.get(URL)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["scope"]["office"] == "ID"
    assert body["rules"] == {"min_count": 5, "min_duration_cases": 10, "round_to": 1}
    assert rows(body, "total")["received"] == 9
    # logistics 5, campaign 3, unclassified 1: 3 and 1 are below 5 and together still
    # below 5, so the total minus logistics would tell; the whole dimension is withheld.
    assert rows(body, "stage") == {"logistics": None, "campaign": None, "unclassified": None}
    # medians over 7 and 4 cases (< 10): withheld, their case counts published
    assert rows(body, "duration", "median_working_days") == {
        "registration_days": None, "decision_days": None,
    }  # fmt: skip
    assert rows(body, "duration") == {"registration_days": 7, "decision_days": None}
    suppressed = [r for r in body["rows"] if r["suppressed"]]
    assert suppressed
    assert all(r["value"] is None for r in suppressed)


async def test_complementary_suppression_with_a_lower_minimum(
    client: httpx.AsyncClient, mix: Mix, min_count: Any
) -> None:
    min_count(2)
    body = (await client.get(URL)).json()
    # unclassified (1) is withheld, and campaign (3) with it, so that 9 - 5 = 4 does not
    # give the 1 away; logistics stays published.
    assert rows(body, "stage") == {"logistics": 5, "campaign": None, "unclassified": None}
    # subjects: money_politics 6, neutrality_asn 2, campaign_props 1, unclassified 1: the
    # two ones are withheld together (two cells adding up to 2)
    assert rows(body, "subject") == {
        "money_politics": 6, "neutrality_asn": 2, "campaign_props": None, "unclassified": None,
    }  # fmt: skip
    offices = rows(body, "office", "received")
    assert offices == {"52": 9}  # the country: the province 52 with its whole subtree
    decision = {
        r["measure"]: r["value"]
        for r in body["rows"]
        if r["dimension"] == "deadline" and r["key"] == "case.decision"
    }
    # met 3, missed 1, waived 0, pending 3: the 1 is withheld with the smallest other
    # count (met, the first of the two 3s), so is the rate; waived 0 and pending 3 stay
    assert (decision["met"], decision["missed"]) == (None, None)
    assert (decision["waived"], decision["pending"]) == (0, 3)
    assert decision["compliance_rate"] is None


def test_the_rule_on_a_single_group() -> None:
    def run(values: list[int], minimum: int = 5) -> list[int | None]:
        cells = [_Cell("d", str(i), "", "", "cases", v) for i, v in enumerate(values)]
        _suppress_group(cells, minimum)
        return [None if c.suppressed else c.value for c in cells]  # type: ignore[misc]

    assert run([10, 7, 0]) == [10, 7, 0]  # nothing small; zero is published
    assert run([10, 7, 2]) == [10, None, None]  # 2 alone would follow from the total
    assert run([10, 7, 2, 3]) == [10, 7, None, None]  # 2 + 3 >= 5: enough
    assert run([20, 1, 1, 6]) == [20, None, None, None]  # 1 + 1 < 5: add the 6
    assert run([3]) == [None]
    assert run([4, 1]) == [None, None]


async def test_nothing_names_a_person(client: httpx.AsyncClient, mix: Mix, min_count: Any) -> None:
    min_count(1)  # publish everything: still no person in it
    for path in (URL, URL + ".csv", URL + "?office=52.03", URL + ".csv?office=52.03"):
        text = (await client.get(path)).text
        for secret in [*REPORTER_NAMES, *NIKS, "Caleg X", "Budi", "0811111111", "Selong"]:
            assert secret not in text, (path, secret)
        for rid in mix.ids:
            assert rid not in text


async def test_etag_and_not_modified(client: httpx.AsyncClient, mix: Mix) -> None:
    for path in (URL, URL + ".csv"):
        first = await client.get(path, params={"office": "52.03"})
        assert first.headers["cache-control"] == LIVE
        tag = first.headers["etag"]
        again = await client.get(path, params={"office": "52.03"}, headers={"If-None-Match": tag})
        assert again.status_code == 304
        assert again.content == b""
        other = await client.get(path, params={"office": "52.01"}, headers={"If-None-Match": tag})
        assert other.status_code == 200
        assert other.headers["etag"] != tag


async def test_csv_columns_are_stable(client: httpx.AsyncClient, mix: Mix) -> None:
    response = await client.get(URL + ".csv", params={"office": "52"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert response.text.splitlines()[0] == HEADER
    table = list(csv.DictReader(io.StringIO(response.text)))
    received = next(r for r in table if r["dimension"] == "total" and r["key"] == "received")
    assert (received["value"], received["suppressed"]) == ("9", "false")
    stage = [r for r in table if r["dimension"] == "stage"]
    assert all(r["value"] == "" and r["suppressed"] == "true" for r in stage)
    json_rows = (await client.get(URL, params={"office": "52"})).json()["rows"]
    assert len(table) == len(json_rows)


async def test_filters_and_their_errors(client: httpx.AsyncClient, mix: Mix) -> None:
    body = (await client.get(URL, params={"from": "2024-02", "to": "2024-02"})).json()
    assert rows(body, "total")["received"] == 9
    assert body["scope"]["from"] == "2024-02-01"
    assert body["scope"]["to"] == "2024-02-29"
    assert rows((await client.get(URL, params={"from": "2024-03"})).json(), "total") == {
        "received": 0, "registered": 0, "under_initial_review": 0, "settled": 0,
        "decided": 0, "open": 0,
    }  # fmt: skip
    for params, where in (
        ({"from": "2024-02-01"}, "query.from"),  # whole months only
        ({"stage": "harvest"}, "query.stage"),
        ({"election": "pemilu-1955"}, "query.election"),
    ):
        response = await client.get(URL, params=params)
        assert response.status_code == 422, params
        assert [e["location"] for e in response.json()["errors"]] == [where]
    assert (await client.get(URL, params={"office": "99.99"})).status_code == 404


async def test_the_data_dictionary_describes_every_column_dimension_and_measure(
    client: httpx.AsyncClient, mix: Mix, min_count: Any
) -> None:
    dictionary = (await client.get(URL + "/dictionary")).json()
    assert ",".join(dictionary["csv_columns"]) == HEADER
    names = {(e["kind"], e["name"]) for e in dictionary["entries"]}
    assert all(e["description"] and e["unit"] and e["source"] for e in dictionary["entries"])
    min_count(1)
    body = (await client.get(URL)).json()
    for column in dictionary["csv_columns"]:
        assert ("column", column) in names
    for r in body["rows"]:
        assert ("dimension", r["dimension"]) in names, r["dimension"]
    measures = {r["measure"] for r in body["rows"]}
    documented = {n for k, n in names if k == "measure"}
    described_in_dimensions = " ".join(e["description"] for e in dictionary["entries"])
    for m in measures - documented:
        assert m.split("_")[0] in described_in_dimensions, m


async def test_the_old_stats_endpoint_is_for_staff_only(
    client: httpx.AsyncClient, mix: Mix, auth: Any
) -> None:
    """Its exact counts would undo the small-count rule: staff of the jurisdiction only."""
    assert (await client.get("/v1/stats", params={"office": "52.03"})).status_code == 401
    staff = await auth("viewer", "52.03")
    body = (await client.get("/v1/stats", params={"office": "52.03"}, headers=staff)).json()
    assert body["total"] == 7


def test_random_rounding_is_unbiased_keyed_and_stable() -> None:
    """Counts become multiples of 5; the same count always rounds the same way under one
    key; over many counts the rounding neither inflates nor deflates (unbiased)."""
    key = b"test-key"
    values = [rounded(v, key=key, base=5) for v in range(0, 2000)]
    assert all(v % 5 == 0 for v in values)
    assert all(abs(v - t) < 5 for t, v in enumerate(values))
    assert values == [rounded(v, key=key, base=5) for v in range(0, 2000)]
    assert abs(sum(values) - sum(range(2000))) < 0.05 * sum(range(2000))
    assert rounded(0, key=key, base=5) == 0
    assert rounded(7, key=key, base=1) == 7
    other = [rounded(v, key=b"another", base=5) for v in range(0, 2000)]
    assert other != values  # the draw depends on the secret


async def test_a_filtered_query_no_longer_singles_out_a_case(
    client: httpx.AsyncClient, mix: Mix, rollback_app: FastAPI
) -> None:
    """With rounding on (the default), the published totals of a month and of the same
    month narrowed by a filter are multiples of 5: their difference does not count cases."""
    settings = rollback_app.state.settings
    rollback_app.state.settings = settings.model_copy(update={"public_stats_round_to": 5})
    try:
        month = {"from": "2024-02", "to": "2024-02"}
        whole = (await client.get(URL, params=month)).json()
        narrow = (await client.get(URL, params={**month, "subject": "money_politics"})).json()
        assert whole["rules"]["round_to"] == 5
        for body in (whole, narrow):
            for r in body["rows"]:
                if r["measure"] == "cases" and r["value"] is not None:
                    assert r["value"] % 5 == 0, r
    finally:
        rollback_app.state.settings = settings
