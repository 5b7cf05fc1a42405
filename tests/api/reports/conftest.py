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
