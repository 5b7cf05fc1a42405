"""Fixtures of the administrative hearing tests: a handler and a commissioner of Bawaslu Lombok
Timur (52.03), as in tests/api/reports."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture
async def handler(auth: Any) -> dict[str, str]:
    return await auth("handler", "52.03")  # type: ignore[no-any-return]


@pytest.fixture
async def commissioner(auth: Any) -> dict[str, str]:
    return await auth("commissioner", "52.03")  # type: ignore[no-any-return]
