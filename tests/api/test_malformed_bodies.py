"""A JSON body that is not UTF-8 is a 422 problem naming ``body``, as malformed JSON is
(issue 16: schemathesis found an undocumented 400 on 35-41 operations); every operation
with a body declares the 413 of a body over the size limit."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

NOT_UTF8 = b'{"description": "\xff\xfe uang"}'


def _not_utf8(response: httpx.Response) -> None:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["code"] == "validation_failed"
    assert [(e["location"], e["code"]) for e in body["errors"]] == [("body", "json_invalid")]


@pytest.mark.parametrize(
    "content_type", ["application/json", "application/json; charset=utf-8", None]
)
async def test_a_body_that_is_not_utf8_is_a_422_naming_the_body(
    client: httpx.AsyncClient, content_type: str | None
) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    _not_utf8(await client.post("/v1/public/reports", content=NOT_UTF8, headers=headers))


async def test_malformed_json_is_the_same_422(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/v1/public/reports", content=b"{", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["code"] == "json_invalid"
    assert response.json()["errors"][0]["loc"][0] == "body"


async def test_staff_routes_too(client: httpx.AsyncClient, auth: Any) -> None:
    headers = {**await auth("admin", "ID"), "Content-Type": "application/json"}
    _not_utf8(await client.post("/v1/elections", content=NOT_UTF8, headers=headers))
    _not_utf8(await client.post("/v1/imports/reports", content=b"\x80", headers=headers))


async def test_every_operation_with_a_body_declares_the_size_limit(
    client: httpx.AsyncClient,
) -> None:
    spec = (await client.get("/openapi.json")).json()
    missing = [
        f"{method.upper()} {path}"
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if "requestBody" in operation and "413" not in operation["responses"]
    ]
    assert missing == []
