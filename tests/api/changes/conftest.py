"""Helpers of the changes feed's tests: a client's sync, page by page."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from tests.api.reports.conftest import complete_report

RAW_PERSONAL_DATA = ("5203014708900001", "081234567890", "siti@example.org", "Pejanggik")


async def sync(
    client: httpx.AsyncClient, headers: dict[str, str], since: str | None = None
) -> tuple[list[dict[str, Any]], str]:
    """Everything after ``since`` (from nothing without it), page by page, as a client
    does: (the items in order, the cursor to keep)."""
    items: list[dict[str, Any]] = []
    while True:
        params: dict[str, Any] = {"limit": 500}
        if since is not None:
            params["since"] = since
        response = await client.get("/v1/changes", params=params, headers=headers)
        assert response.status_code == 200, response.text
        page = response.json()
        items += page["items"]
        assert page["next_cursor"]
        since = page["next_cursor"]
        if not page["more"]:
            return items, since


def of_case(items: list[dict[str, Any]], rid: str) -> list[dict[str, Any]]:
    return [i for i in items if i["case_id"] == rid]


async def create(client: httpx.AsyncClient, headers: dict[str, str], **overrides: Any) -> str:
    response = await client.post("/v1/reports", json=complete_report(**overrides), headers=headers)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


@pytest.fixture
async def handler(auth: Any) -> dict[str, str]:
    return await auth("handler", "52.03")  # type: ignore[no-any-return]
