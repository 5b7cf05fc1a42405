"""The exposition: the per-process metrics (``process.py``) and the database's counts
(``database.py``) in Prometheus's text format."""

from __future__ import annotations

from collections.abc import Iterable

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import Metric
from prometheus_client.registry import Collector
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bawaslu_api.metrics.database import database_families
from bawaslu_api.metrics.process import process_families


class _Families(Collector):
    def __init__(self, families: Iterable[Metric]) -> None:
        self.families = list(families)

    def collect(self) -> Iterable[Metric]:
        return self.families


async def exposition(sessions: async_sessionmaker[AsyncSession]) -> bytes:
    """The text a scrape gets."""
    counted = await database_families(sessions)
    registry = CollectorRegistry(auto_describe=False)
    registry.register(_Families([*process_families(), *counted]))
    return generate_latest(registry)
