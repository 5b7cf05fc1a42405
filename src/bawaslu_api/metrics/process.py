"""The metrics registry of this process, in ``prometheus_client``'s multiprocess mode when
``PROMETHEUS_MULTIPROC_DIR`` is set (``bawaslu-api serve --workers N`` sets it).

``prometheus_client`` chooses how values are stored when it is first imported, so the
variable must be in the environment before this module is: ``serve`` sets it (and empties
the directory of an earlier run's values) before uvicorn starts its worker processes
(``cli._shared_metrics``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from prometheus_client import CollectorRegistry, multiprocess
from prometheus_client.core import REGISTRY, Metric

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"


def multiprocess_dir() -> Path | None:
    """The directory the processes share their values in, or None (one process)."""
    value = os.environ.get(MULTIPROC_ENV) or os.environ.get(MULTIPROC_ENV.lower())
    return Path(value) if value else None


def process_families() -> Iterable[Metric]:
    """The per-process metrics: of every live process in multiprocess mode (counters and
    histograms summed, gauges as each declares), else of this one."""
    if multiprocess_dir() is not None:
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        return registry.collect()
    return REGISTRY.collect()


def process_exited() -> None:
    """Drop this process's live gauges (pool use) from the shared values on shutdown."""
    if multiprocess_dir() is not None:
        multiprocess.mark_process_dead(os.getpid())  # type: ignore[no-untyped-call]
