"""The status announcement of an announced case on the public API, as PDF: no token, the
latest issued announcement that no correction superseded, `ETag` (its SHA-256) and
`Cache-Control`, `304` on `If-None-Match`, 404 for a case not announced or without one."""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from tests.api.clarifications.conftest import registered_case
from tests.api.documents.conftest import Case, issue, ok, text_of, walk
from tests.api.public.test_cache_control import LIVE

from bawaslu_api.cases.models import Report


@pytest.fixture
async def case(client: httpx.AsyncClient, auth: Any, db: Any) -> Case:
    """The documents' case, walked to its announcement (tests/api/documents/conftest.py)."""
    return await walk(client, auth, db)


def _url(rid: str) -> str:
    return f"/v1/public/announcements/{rid}/document"


async def test_the_announcement_pdf_is_public_with_etag_and_cache(
    client: httpx.AsyncClient, case: Case
) -> None:
    # Announced, but no announcement document issued yet.
    missing = await client.get(_url(case.id))
    assert missing.status_code == 404, missing.text
    assert missing.json()["code"] == "announcement_document_not_found"

    doc = await issue(client, case, "announcement")
    # The public list names the case by the id the document route takes.
    listed = await ok(await client.get("/v1/public/announcements", params={"office": "52.03"}))
    assert case.id in [item["id"] for item in listed["items"]]

    response = await client.get(_url(case.id))  # no token
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["etag"] == f'"{doc["sha256"]}"'
    assert hashlib.sha256(response.content).hexdigest() == doc["sha256"]
    assert response.headers["cache-control"] == LIVE
    text = text_of(response.content)
    assert "PENGUMUMAN STATUS LAPORAN/TEMUAN" in text
    assert doc["number"] in text
    assert case.register_number in text
    assert "Siti Aminah" not in text  # the reporter is never named
    assert "5203014708900001" not in text

    # The same ETag back: 304 with no body.
    again = await client.get(_url(case.id), headers={"If-None-Match": f'"{doc["sha256"]}"'})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == f'"{doc["sha256"]}"'
    other = await client.get(_url(case.id), headers={"If-None-Match": '"something-else"'})
    assert other.status_code == 200

    # A correction supersedes: the public route serves the new one.
    new = await issue(
        client, case, "announcement", supersedes=doc["id"], reason="ringkasan diperbaiki"
    )
    assert new["number"] != doc["number"]
    latest = await client.get(_url(case.id), headers={"If-None-Match": f'"{doc["sha256"]}"'})
    assert latest.status_code == 200
    assert latest.headers["etag"] == f'"{new["sha256"]}"'
    assert new["number"] in text_of(latest.content)


async def test_a_case_not_announced_has_no_public_document(
    client: httpx.AsyncClient, auth: Any
) -> None:
    """Registered but not announced: no announcement can be issued, nothing is public."""
    handler = await auth("handler", "52.03")
    rid = await registered_case(client, handler)
    issued = await client.post(
        f"/v1/reports/{rid}/documents", json={"kind": "announcement"}, headers=handler
    )
    assert (issued.status_code, issued.json()["code"]) == (409, "document_not_issuable")
    response = await client.get(_url(rid))
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["code"] == "announcement_document_not_found"
    unknown = await client.get(_url("00000000-0000-7000-8000-000000000000"))
    assert unknown.status_code == 404
    assert (await client.get(_url("not-a-uuid"))).status_code == 422


async def test_a_document_older_than_the_announcement_is_not_served(
    client: httpx.AsyncClient, case: Case, db: Any
) -> None:
    """A later announcement (a new status) makes the earlier document stale: the public
    route answers 404 until the office issues the announcement again."""
    await issue(client, case, "announcement")
    assert (await client.get(_url(case.id))).status_code == 200
    report = await db.get(Report, uuid.UUID(case.id))
    assert report is not None
    report.announced_at = datetime.now(UTC) + timedelta(seconds=1)
    await db.commit()
    assert (await client.get(_url(case.id))).status_code == 404
