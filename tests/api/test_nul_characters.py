"""A NUL character (U+0000) anywhere a request carries text is a 422 problem naming the
field, before any route runs, so nothing is stored (issue 16: PostgreSQL text cannot hold
it, and these answered 500)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from tests.api.reports.conftest import complete_report


def _named(response: httpx.Response, location: str) -> None:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["code"] == "validation_failed"
    assert [e["location"] for e in body["errors"]] == [location]
    assert body["errors"][0]["code"] == "nul_character"


@pytest.mark.parametrize(
    ("url", "location"),
    [
        ("/v1/public/announcements?election=a%00b", "query.election"),
        ("/v1/public/statistics?office=a%00b", "query.office"),
        ("/v1/reports?q=a%00b", "query.q"),
        ("/v1/offices?q=a%00b", "query.q"),
    ],
)
async def test_query_strings(client: httpx.AsyncClient, auth: Any, url: str, location: str) -> None:
    _named(await client.get(url, headers=await auth("viewer", "52.03")), location)


async def test_the_token_endpoint_form(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/v1/auth/token",
        data={"grant_type": "password", "username": "a\x00b", "password": "x"},
    )
    _named(response, "body.username")


async def test_json_bodies_and_nothing_is_stored(client: httpx.AsyncClient, auth: Any) -> None:
    handler = await auth("handler", "52.03")
    before = (await client.get("/v1/reports", params={"limit": 200}, headers=handler)).json()
    body = complete_report()
    body["reporter"]["name"] = "Siti\x00Aminah"
    _named(await client.post("/v1/reports", json=body, headers=handler), "body.reporter.name")
    public = complete_report()
    public["description"] = "uang\x00"
    response = await client.post("/v1/public/reports", json=public)
    _named(response, "body.description")
    after = (await client.get("/v1/reports", params={"limit": 200}, headers=handler)).json()
    assert len(after["items"]) == len(before["items"])


async def test_an_upload_named_with_nul_stores_nothing(
    client: httpx.AsyncClient, auth: Any
) -> None:
    handler = await auth("handler", "52.03")
    case = (await client.post("/v1/reports", json=complete_report(), headers=handler)).json()
    response = await client.post(
        f"/v1/reports/{case['id']}/evidence",
        params={"description": "Foto", "filename": "a\x00.png"},
        content=b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
        headers={**handler, "Content-Type": "image/png"},
    )
    _named(response, "query.filename")
    items = (await client.get(f"/v1/reports/{case['id']}/evidence", headers=handler)).json()
    assert items["items"] == []


async def test_binary_bodies_pass_untouched(client: httpx.AsyncClient, auth: Any) -> None:
    """A file is bytes: its NUL bytes are not text (the upload is not refused for them)."""
    handler = await auth("handler", "52.03")
    case = (await client.post("/v1/reports", json=complete_report(), headers=handler)).json()
    response = await client.post(
        f"/v1/reports/{case['id']}/evidence",
        params={"description": "Dokumen", "filename": "a.pdf"},
        content=b"%PDF-1.4\n\x00\x00\x00\n%%EOF\n",
        headers={**handler, "Content-Type": "application/pdf"},
    )
    assert response.status_code == 201, response.text
