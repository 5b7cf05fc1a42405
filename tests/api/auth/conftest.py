"""Fixtures for the auth tests: an admin of Bawaslu RI and a movable clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest


@pytest.fixture(autouse=True)
def _many_logins(rollback_app: Any) -> Iterator[None]:
    from tests.api.auth.helpers import relaxed_auth_limit

    original = relaxed_auth_limit(rollback_app)
    try:
        yield
    finally:
        rollback_app.state.settings = original


@pytest.fixture
async def national_admin(auth: Any) -> dict[str, str]:
    headers: dict[str, str] = await auth("admin", "ID", "admin.root")
    return headers


class Clock:
    """The time the app sees (``utc_now`` overridden); ``advance`` moves it forward."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock(rollback_app: Any) -> Iterator[Clock]:
    from bawaslu_api.security.dependencies import utc_now

    fake = Clock()
    overrides: dict[Callable[..., Any], Callable[..., Any]] = rollback_app.dependency_overrides
    overrides[utc_now] = fake
    try:
        yield fake
    finally:
        overrides.pop(utc_now, None)
