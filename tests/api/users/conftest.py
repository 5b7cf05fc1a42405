"""Many logins from one address: relax the `auth` rate limit for these tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from tests.api.auth.helpers import relaxed_auth_limit


@pytest.fixture(autouse=True)
def _many_logins(rollback_app: Any) -> Iterator[None]:
    original = relaxed_auth_limit(rollback_app)
    try:
        yield
    finally:
        rollback_app.state.settings = original
