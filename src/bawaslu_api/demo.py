"""Demo data for ``make run``: nothing beyond the reference data yet."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession


async def load_demo(session: AsyncSession) -> dict[str, int]:
    """Load the demo users and sample cases (added with the case handling API)."""
    del session
    return {}
