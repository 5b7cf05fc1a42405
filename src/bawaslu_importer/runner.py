"""Sending the batches: concurrent, retried, acknowledged into the state file."""

from __future__ import annotations

import asyncio
import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from bawaslu_importer.source import FailedRows, Format, Row, rows
from bawaslu_importer.state import State

BATCH_PATH = "/v1/imports/reports"
TOKEN_PATH = "/v1/auth/token"  # noqa: S105 - a URL path, not a secret
RETRYABLE = {408, 425, 429, 500, 502, 503, 504}


class ImportStopped(Exception):
    """A batch could not be delivered; the state file lets a re-run resume."""


@dataclass
class Options:
    url: str
    token: str | None = None
    client_id: str | None = None
    client_secret: str | None = None
    batch_size: int = 500
    concurrency: int = 4
    dry_run: bool = False
    max_retries: int = 5
    timeout: float = 300.0
    language: str = "id"


@dataclass
class Summary:
    total: int = 0
    skipped: int = 0  # rows of batches acknowledged by an earlier run
    created: int = 0
    duplicate: int = 0
    invalid: int = 0
    valid: int = 0
    batches: int = 0
    elapsed: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)
    # Rows of this run imported before by someone else of the office: importer -> rows.
    imported_by_others: dict[str, int] = field(default_factory=dict)

    @property
    def sent(self) -> int:
        return self.created + self.duplicate + self.invalid + self.valid

    @property
    def rate(self) -> float:
        return self.sent / self.elapsed if self.elapsed > 0 else 0.0


class Auth:
    """A fixed bearer token, or client credentials exchanged (and renewed) for one."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self.token = options.token
        self._lock = asyncio.Lock()

    async def header(self, client: httpx.AsyncClient) -> dict[str, str]:
        if self.token is None:
            await self.renew(client, None)
        return {"Authorization": f"Bearer {self.token}"}

    async def renew(self, client: httpx.AsyncClient, stale: str | None) -> None:
        if self.options.client_id is None:
            raise ImportStopped("the token was refused (401); pass a valid --token")
        async with self._lock:
            if self.token is not None and self.token != stale:
                return  # another batch renewed it meanwhile
            response = await client.post(
                TOKEN_PATH,
                data={
                    "grant_type": "client_credentials",
                    "client_id": self.options.client_id,
                    "client_secret": self.options.client_secret or "",
                },
            )
            if response.status_code != 200:
                raise ImportStopped(
                    f"client credentials refused ({response.status_code}): {response.text[:300]}"
                )
            self.token = response.json()["access_token"]


def _delay(attempt: int, response: httpx.Response | None) -> float:
    if response is not None:
        after = response.headers.get("Retry-After", "")
        if after.isdigit():
            return float(after)
    backoff: float = min(30.0, 0.5 * 2.0**attempt)
    return backoff * (0.5 + random.random() / 2)  # noqa: S311 - jitter, not a secret


async def send_batch(
    client: httpx.AsyncClient, auth: Auth, options: Options, batch: list[Row]
) -> list[dict[str, Any]]:
    """POST one batch until the API answers it; its per-item results."""
    body = json.dumps(
        {"items": [row.item for row in batch], "dry_run": options.dry_run}, default=str
    ).encode()
    headers = {"Content-Type": "application/json", "Accept-Language": options.language}
    renewed = False
    for attempt in range(options.max_retries + 1):
        response: httpx.Response | None = None
        try:
            auth_header = await auth.header(client)
            response = await client.post(
                BATCH_PATH, content=body, headers={**headers, **auth_header}
            )
        except httpx.TransportError as exc:
            error = f"{type(exc).__name__}: {exc}"
        else:
            if response.status_code == 200:
                results: list[dict[str, Any]] = response.json()["items"]
                return results
            if response.status_code == 401 and not renewed:
                await auth.renew(client, auth.token)
                renewed = True
                continue
            error = f"HTTP {response.status_code}: {response.text[:500]}"
            if response.status_code not in RETRYABLE:
                raise ImportStopped(f"batch refused, not retrying: {error}")
        if attempt < options.max_retries:
            await asyncio.sleep(_delay(attempt, response))
    raise ImportStopped(f"batch not delivered after {options.max_retries + 1} attempts: {error}")


async def run(
    options: Options,
    path: Path,
    fmt: Format,
    state: State,
    failed: FailedRows,
    *,
    total: int,
    on_progress: Callable[[int, Summary], None] = lambda n, s: None,
    client: httpx.AsyncClient | None = None,
) -> Summary:
    """Send every batch not yet acknowledged; raises ``ImportStopped`` when one cannot be
    delivered (the acknowledged ones stay in the state file)."""
    summary = Summary(total=total)
    started = time.monotonic()
    queue: asyncio.Queue[tuple[int, list[Row]] | None] = asyncio.Queue(options.concurrency * 2)
    auth = Auth(options)
    own_client = client is None
    http = client or httpx.AsyncClient(
        base_url=options.url,
        timeout=options.timeout,
        # A new connection per batch: a server with several worker processes hands each
        # one to a worker that is free to accept it, instead of keeping all batches on the
        # workers that happened to accept the first connections. Batches are large, so the
        # extra connection set-up is noise.
        limits=httpx.Limits(max_connections=options.concurrency + 1, max_keepalive_connections=0),
    )

    async def produce() -> None:
        batch: list[Row] = []
        index = 0
        for row in rows(path, fmt):
            batch.append(row)
            if len(batch) == options.batch_size:
                await _enqueue(index, batch)
                batch, index = [], index + 1
        if batch:
            await _enqueue(index, batch)
        for _ in range(options.concurrency):
            await queue.put(None)

    async def _enqueue(index: int, batch: list[Row]) -> None:
        if index in state.acked:
            summary.skipped += len(batch)
            on_progress(len(batch), summary)
            await asyncio.sleep(0)
            return
        await queue.put((index, batch))

    async def consume() -> None:
        while (job := await queue.get()) is not None:
            index, batch = job
            results = await send_batch(http, auth, options, batch)
            counts: dict[str, int] = {}
            for row, result in zip(batch, results, strict=True):
                status = result["status"]
                counts[status] = counts.get(status, 0) + 1
                if status == "invalid":
                    failed.write(row, result.get("problems", []))
                existing = result.get("existing") or {}
                if status == "duplicate" and existing and not existing.get("by_you"):
                    who = existing["imported_by"]
                    if existing.get("imported_by_name"):
                        who += f" ({existing['imported_by_name']})"
                    others = summary.imported_by_others
                    others[who] = others.get(who, 0) + 1
            for status, n in counts.items():
                setattr(summary, status, getattr(summary, status) + n)
            summary.batches += 1
            state.ack(index, counts)
            on_progress(len(batch), summary)

    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(produce())
            for _ in range(options.concurrency):
                group.create_task(consume())
    except* ImportStopped as stopped:
        raise stopped.exceptions[0] from None
    finally:
        summary.elapsed = time.monotonic() - started
        summary.counts = dict(state.counts)
        failed.close()
        if own_client:
            await http.aclose()
    return summary
