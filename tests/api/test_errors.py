"""Every error is RFC 9457 problem+json with a stable code, in Indonesian or English."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from datetime import date

import httpx
import pytest
from fastapi import APIRouter, FastAPI
from pydantic import BaseModel, Field

from bawaslu_api.errors import Conflict
from bawaslu_api.i18n import Text
from bawaslu_api.main import create_app

PROBLEM = "application/problem+json"


class Payload(BaseModel):
    name: str = Field(min_length=3)
    nik: str = Field(pattern=r"^\d{16}$")
    incident_date: date
    count: int = Field(ge=1)


class ReportAlreadyRegistered(Conflict):
    code = "report_already_registered"
    title = Text("Laporan sudah diregistrasi", "Report already registered")


def _probe_router() -> APIRouter:
    router = APIRouter()

    @router.post("/probe/validate")
    async def probe_validate(payload: Payload) -> dict[str, str]:
        return {"name": payload.name}

    @router.post("/probe/conflict")
    async def probe_conflict() -> None:
        raise ReportAlreadyRegistered(
            Text("Nomor {number} sudah terpakai.", "Number {number} is already taken."),
            number="001/LP/PL/Kota/14.05/I/2024",
        )

    @router.get("/probe/crash")
    async def probe_crash() -> None:
        raise RuntimeError("secret connection string postgresql://admin:hunter2@db")

    return router


@pytest.fixture
async def probe(test_settings) -> AsyncIterator[httpx.AsyncClient]:  # type: ignore[no-untyped-def]
    app: FastAPI = create_app(test_settings, database_url="postgresql+asyncpg://unused@/x")
    app.include_router(_probe_router())
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        yield c


async def test_unknown_path_is_404_problem_in_indonesian(probe: httpx.AsyncClient) -> None:
    response = await probe.get("/v1/nowhere")
    assert response.status_code == 404
    assert response.headers["content-type"] == PROBLEM
    body = response.json()
    assert body["code"] == "not_found"
    assert body["type"] == "urn:bawaslu:problem:not_found"
    assert body["title"] == "Tidak ditemukan"
    assert body["instance"] == "/v1/nowhere"
    assert body["request_id"] == response.headers["x-request-id"]


async def test_english_on_request(probe: httpx.AsyncClient) -> None:
    response = await probe.get("/v1/nowhere", headers={"Accept-Language": "en-US,en;q=0.9"})
    assert response.json()["title"] == "Not found"
    response = await probe.get("/v1/nowhere", headers={"Accept-Language": "en;q=0.5, id"})
    assert response.json()["title"] == "Tidak ditemukan"


async def test_wrong_method_is_405_problem(probe: httpx.AsyncClient) -> None:
    response = await probe.delete("/v1/health/live", headers={"Accept-Language": "en"})
    assert response.status_code == 405
    body = response.json()
    assert body["code"] == "method_not_allowed"
    assert "DELETE" in body["detail"]
    assert "GET" in response.headers["allow"]


async def test_a_405_lists_every_method_the_url_serves(probe: httpx.AsyncClient) -> None:
    """An upload URL is served by six operations (tus and the JSON protocol): ``Allow``
    names them all, not only the first route's."""
    response = await probe.post(f"/v1/evidence/uploads/{uuid.uuid4()}")
    assert response.status_code == 405
    allowed = {m.strip() for m in response.headers["allow"].split(",")}
    assert allowed == {"DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "PUT"}


async def test_validation_lists_every_bad_field_with_location(probe: httpx.AsyncClient) -> None:
    response = await probe.post(
        "/probe/validate",
        json={"name": "ab", "nik": "12345", "incident_date": "2024-02-30", "count": 0},
    )
    assert response.status_code == 422
    assert response.headers["content-type"] == PROBLEM
    body = response.json()
    assert body["code"] == "validation_failed"
    by_location = {e["location"]: e for e in body["errors"]}
    assert set(by_location) == {
        "body.name",
        "body.nik",
        "body.incident_date",
        "body.count",
    }
    assert by_location["body.name"]["code"] == "string_too_short"
    assert by_location["body.name"]["message"] == "Terlalu pendek (minimal 3 karakter)."
    assert by_location["body.count"]["loc"] == ["body", "count"]
    assert "4 isian tidak valid" in body["detail"]


async def test_missing_fields_and_bad_json(probe: httpx.AsyncClient) -> None:
    response = await probe.post("/probe/validate", json={}, headers={"Accept-Language": "en"})
    locations = [e["location"] for e in response.json()["errors"]]
    assert locations == ["body.name", "body.nik", "body.incident_date", "body.count"]
    response = await probe.post(
        "/probe/validate", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["code"] == "json_invalid"


async def test_domain_error_carries_code_and_detail(probe: httpx.AsyncClient) -> None:
    response = await probe.post("/probe/conflict", headers={"Accept-Language": "en"})
    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "report_already_registered"
    assert body["detail"] == "Number 001/LP/PL/Kota/14.05/I/2024 is already taken."
    response = await probe.post("/probe/conflict")
    assert response.json()["title"] == "Laporan sudah diregistrasi"


async def test_unexpected_error_is_500_without_internals(probe: httpx.AsyncClient) -> None:
    response = await probe.get("/probe/crash", headers={"X-Request-ID": "req-crash-1"})
    assert response.status_code == 500
    assert response.headers["content-type"] == PROBLEM
    assert response.headers["x-request-id"] == "req-crash-1"
    body = response.json()
    assert body["code"] == "internal_error"
    assert body["request_id"] == "req-crash-1"
    assert "hunter2" not in response.text
    assert "Traceback" not in response.text
