"""Helpers for the analysis and plenary tests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from tests.api.reports.conftest import complete_report


@pytest.fixture
async def handler(auth: Any) -> dict[str, str]:
    return await auth("handler", "52.03")  # type: ignore[no-any-return]


@pytest.fixture
async def commissioner(auth: Any) -> dict[str, str]:
    return await auth("commissioner", "52.03")  # type: ignore[no-any-return]


async def registered_case(client: httpx.AsyncClient, handler: dict[str, str]) -> str:
    """A report received and registered now at Bawaslu Lombok Timur (52.03)."""
    created = await client.post("/v1/reports", json=complete_report(), headers=handler)
    assert created.status_code == 201, created.text
    rid = str(created.json()["id"])
    registered = await client.post(f"/v1/reports/{rid}/registration", headers=handler)
    assert registered.status_code == 200, registered.text
    return rid


async def physical_evidence(client: httpx.AsyncClient, rid: str, headers: dict[str, str]) -> str:
    """A physical evidence item handed in for case ``rid``; its id."""
    response = await client.post(
        f"/v1/reports/{rid}/evidence/physical",
        json={
            "category": "document",
            "description": "Amplop berisi uang",
            "receipt": {
                "received_by": "Petugas",
                "received_at": datetime.now(UTC).isoformat(),
                "kept_at": "Lemari arsip",
            },
        },
        headers=headers,
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def analysis_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "summary": "Pembagian uang kepada pemilih di Pasar Selong pada masa kampanye.",
        "parties": [
            {"role": "reporter", "ref": "Pelapor"},
            {"role": "reported_party", "name": "Caleg X"},
            {"role": "witness", "ref": "Saksi 1"},
        ],
        "evidence": [],
        "facts_and_analysis": "Keterangan pelapor dan Saksi 1 bersesuaian dengan foto.",
        "conclusion": "Unsur UU 7/2017 Pasal 523 terpenuhi.",
        "recommendation": {"kind": "forward", "forward_to": ["police"], "category": "crime"},
    }
    body.update(overrides)
    return body


def plenary_body(analysis_id: str, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "held_at": datetime.now(UTC).isoformat(),
        "place": "Ruang rapat Bawaslu Lombok Timur",
        "minutes_reference": "BA-PLENO/01/2026",
        "analysis_id": analysis_id,
        "members_in_office": 5,
        "members": [
            {"name": "Ketua", "subject": "ketua-52.03", "role": "chair"},
            {"name": "Anggota Satu", "role": "member"},
            {"name": "Anggota Dua", "role": "member"},
        ],
        "outcome": "violation",
        "category": "crime",
        "legal_basis": "UU 7/2017 Pasal 523",
        "summary": "Terbukti memberikan uang kepada pemilih.",
    }
    body.update(overrides)
    return body


async def approved_analysis(
    client: httpx.AsyncClient,
    rid: str,
    handler: dict[str, str],
    commissioner: dict[str, str],
    **overrides: Any,
) -> dict[str, Any]:
    drafted = await client.post(
        f"/v1/reports/{rid}/analysis", json=analysis_body(**overrides), headers=handler
    )
    assert drafted.status_code == 201, drafted.text
    final = await client.post(f"/v1/reports/{rid}/analysis/finalization", headers=handler)
    assert final.status_code == 200, final.text
    approved = await client.post(f"/v1/reports/{rid}/analysis/approval", headers=commissioner)
    assert approved.status_code == 200, approved.text
    return approved.json()  # type: ignore[no-any-return]
