"""Every keyset-paginated list answers a cursor that is not its own with 422 invalid_cursor."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from bawaslu_api.pagination import encode_cursor


@pytest.mark.parametrize(
    ("path", "role", "office"),
    [
        ("/v1/reports", "viewer", "52"),
        ("/v1/deadlines", "viewer", "52"),
        ("/v1/offices", "viewer", "52"),
        ("/v1/users", "admin", "52"),
        ("/v1/webhooks", "admin", "52"),
        ("/v1/public/announcements", "viewer", "52"),
    ],
)
@pytest.mark.parametrize(
    "cursor", ["not-a-cursor!", encode_cursor(["x", "y", "z"]), encode_cursor(["nope", "nope"])]
)
async def test_foreign_cursors_are_refused(
    client: httpx.AsyncClient, auth: Any, path: str, role: str, office: str, cursor: str
) -> None:
    headers = await auth(role, office)
    response = await client.get(path, params={"cursor": cursor}, headers=headers)
    assert response.status_code == 422, (path, response.text)
    assert response.json()["code"] == "invalid_cursor"
