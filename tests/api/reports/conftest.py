"""Helpers for case workflow tests."""

from __future__ import annotations

from typing import Any

import pytest

# A Friday in the Pemilu 2024 campaign, 10:00 WITA (02:00 UTC), at Bawaslu Lombok Timur.
RECEIVED_AT = "2024-01-12T10:00:00+08:00"


def complete_report(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "kind": "report",
        "election": "pemilu-2024",
        "office": "52.03",
        "channel": "walk_in",
        "received_at": RECEIVED_AT,
        "reporter": {
            "category": "citizen",
            "name": "Siti Aminah",
            "nik": "5203014708900001",
            "address": "Jl. Pejanggik 12, Selong",
            "phone": "081234567890",
            "email": "siti@example.org",
            "age": 34,
        },
        "reported_parties": [{"name": "Caleg X", "address": "Selong"}],
        "witnesses": [{"name": "Budi", "phone": "0811111111"}],
        "incident": {"date": "2024-01-10", "office": "52.03", "address": "Pasar Selong"},
        "known_on": "2024-01-10",
        "description": "Pembagian uang kepada pemilih di pasar pada masa kampanye.",
        "evidence": [{"kind": "photo", "description": "Foto pembagian uang"}],
        "signature": {"present": True, "matches": True},
    }
    body.update(overrides)
    return body


@pytest.fixture
async def handler(auth: Any) -> dict[str, str]:
    return await auth("handler", "52.03")  # type: ignore[no-any-return]


@pytest.fixture
async def commissioner(auth: Any) -> dict[str, str]:
    return await auth("commissioner", "52.03")  # type: ignore[no-any-return]


async def hold_plenary(
    client: Any,
    rid: str,
    handler: dict[str, str],
    commissioner: dict[str, str],
    outcome: str = "not_violation",
    category: str | None = None,
    held_at: str | None = None,
) -> dict[str, Any]:
    """Write, finalise and approve the case's analysis and record the plenary meeting that
    decided ``outcome`` (docs/legal/procedure.md §1.1 rows 7-8): what a decision needs.
    ``held_at`` defaults to now (after a registration entered now)."""
    from datetime import UTC, datetime

    recommendation: dict[str, Any] = (
        {"kind": "not_violation"}
        if outcome == "not_violation"
        else {"kind": "forward", "forward_to": ["police"], "category": category}
    )
    drafted = await client.post(
        f"/v1/reports/{rid}/analysis",
        json={
            "summary": "Kasus posisi.",
            "parties": [{"role": "reporter", "ref": "Pelapor"}],
            "facts_and_analysis": "Fakta dan analisis.",
            "conclusion": "Kesimpulan.",
            "recommendation": recommendation,
        },
        headers=handler,
    )
    assert drafted.status_code == 201, drafted.text
    final = await client.post(f"/v1/reports/{rid}/analysis/finalization", headers=handler)
    assert final.status_code == 200, final.text
    approved = await client.post(f"/v1/reports/{rid}/analysis/approval", headers=commissioner)
    assert approved.status_code == 200, approved.text
    plenary = await client.post(
        f"/v1/reports/{rid}/plenaries",
        json={
            "held_at": held_at or datetime.now(UTC).isoformat(),
            "analysis_id": approved.json()["id"],
            "members_in_office": 3,
            "members": [
                {"name": "Ketua", "role": "chair"},
                {"name": "Anggota Satu", "role": "member"},
            ],
            "outcome": outcome,
            "category": category,
            "legal_basis": "UU 7/2017 Pasal 454",
        },
        headers=commissioner,
    )
    assert plenary.status_code == 201, plenary.text
    return plenary.json()  # type: ignore[no-any-return]
