"""Real commits, a receiver on 127.0.0.1 and a clock the test moves (the worker's view).

The worker runs procrastinate jobs; :func:`drain` runs every job due at the test's clock
(jobs scheduled by that clock are made due in the database's time first).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text
from tests.api.reports.conftest import complete_report, hold_plenary

from bawaslu_api.auth.service import mint_staff_token
from bawaslu_api.main import create_app
from bawaslu_api.security.principals import Role
from bawaslu_api.settings import Settings
from bawaslu_api.worker.runner import Worker

OFFICE = "53.01"  # Kabupaten Kupang: only these tests commit cases there


@dataclass
class Hit:
    headers: dict[str, str]
    body: bytes
    accepted: bool


@dataclass
class Receiver:
    """A tiny webhook receiver. ``down`` answers 503; ``delay_s`` slows every answer."""

    url: str = ""
    down: bool = False
    delay_s: float = 0.0
    hits: list[Hit] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def accepted(self) -> list[Hit]:
        with self.lock:
            return [h for h in self.hits if h.accepted]


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    state = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["content-length"]))
            if state.delay_s:
                time.sleep(state.delay_s)
            accepted = not state.down
            with state.lock:
                state.hits.append(
                    Hit({k.lower(): v for k, v in self.headers.items()}, body, accepted)
                )
            self.send_response(200 if accepted else 503)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


class Clock:
    """The worker's clock: starts now, moves only when the test says so."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def verify_signature(secret: str, headers: dict[str, str], body: bytes) -> bool:
    """Standard Webhooks verification, written here independently of the service."""
    key = base64.b64decode(secret.split("_", 1)[1])
    signed = f"{headers['webhook-id']}.{headers['webhook-timestamp']}.{body.decode()}"
    expected = base64.b64encode(hmac.new(key, signed.encode(), hashlib.sha256).digest()).decode()
    offered = [
        s.split(",", 1)[1] for s in headers["webhook-signature"].split() if s.startswith("v1,")
    ]
    return any(hmac.compare_digest(expected, sig) for sig in offered)


@dataclass
class Env:
    app: FastAPI
    settings: Settings
    client: httpx.AsyncClient
    handler: dict[str, str]
    commissioner: dict[str, str]
    admin: dict[str, str]
    database_url: str

    async def case(self, *, forward: bool = True) -> str:
        """A case through created, registered, analysed and held in plenary, decided,
        forwarded (to KPU), announced."""
        incident = {"date": "2024-01-10", "office": OFFICE, "address": "Oelamasi"}
        body = complete_report(office=OFFICE, incident=incident)
        created = await self.client.post("/v1/reports", json=body, headers=self.handler)
        assert created.status_code == 201, created.text
        rid = str(created.json()["id"])
        if not forward:
            return rid
        steps = [
            ("registration", None, self.handler),
            (
                "decision",
                {"outcome": "violation", "category": "administrative",
                 "legal_basis": "UU 7/2017", "summary": "Terbukti."},
                self.commissioner,
            ),
            ("forwardings", {"to": "kpu", "reference": "surat 1"}, self.handler),
            ("announcement", {"notice": "Status laporan diumumkan."}, self.commissioner),
        ]  # fmt: skip
        for path, payload, headers in steps:
            if path == "decision":  # decided in plenary (docs/procedure.md)
                await hold_plenary(
                    self.client, rid, self.handler, self.commissioner, "violation", "administrative"
                )
            response = await self.client.post(
                f"/v1/reports/{rid}/{path}", json=payload, headers=headers
            )
            assert response.status_code == 200, response.text
        return rid

    async def subscribe(self, url: str, events: list[str] | None = None) -> dict[str, Any]:
        body = {"url": url, "events": events or [
            "report.created", "report.registered", "report.decided", "report.forwarded",
            "report.announced", "deadline.due_soon", "deadline.missed", "kpu.followup_recorded",
        ], "office": OFFICE}  # fmt: skip
        response = await self.client.post("/v1/webhooks", json=body, headers=self.admin)
        assert response.status_code == 201, response.text
        return response.json()  # type: ignore[no-any-return]

    async def scalar(self, sql: str, **params: Any) -> Any:
        async with self.app.state.engine.connect() as conn:
            return (await conn.execute(text(sql), params)).scalar()

    async def scalar_rows(self, sql: str, **params: Any) -> list[Any]:
        async with self.app.state.engine.connect() as conn:
            return list((await conn.execute(text(sql), params)).all())

    def worker(self, clock: Clock | None = None, **kwargs: Any) -> Worker:
        """A worker of these settings; no periodic schedule (tests run those tasks)."""
        return Worker(
            self.app.state.sessionmaker, self.settings, clock=clock or Clock(),
            periodic=False, **kwargs,
        )  # fmt: skip


async def drain(env: Env, worker: Worker, clock: Clock | None = None) -> int:
    """Run every job due at ``clock`` (default: now); the delivery attempts made."""
    total = 0
    while True:
        if clock is not None:
            async with env.app.state.engine.begin() as conn:
                await conn.execute(
                    text(
                        "UPDATE procrastinate_jobs SET scheduled_at = now() WHERE status = "
                        "'todo' AND scheduled_at > now() AND scheduled_at <= :at"
                    ),
                    {"at": clock.now},
                )
        done = await worker.drain()
        total += done
        if not done:
            return total


@pytest.fixture
async def env(database_url: str, test_settings: Settings) -> AsyncIterator[Env]:
    settings = test_settings.model_copy(
        update={
            "webhook_allow_private_targets": True,
            "webhook_timeout_s": 5.0,
            "worker_batch_size": 3,
        }
    )
    app: FastAPI = create_app(settings, database_url=database_url)
    async with app.router.lifespan_context(app):
        async with app.state.engine.begin() as conn:  # other tests' jobs are not ours
            await conn.execute(text("DELETE FROM procrastinate_jobs"))
        headers = {}
        async with app.state.sessionmaker() as session:
            for role in (Role.handler, Role.commissioner, Role.admin):
                token = await mint_staff_token(
                    session, app.state.key_ring, settings,
                    subject=f"worker-test-{role.value}", role=role, office_code=OFFICE,
                )  # fmt: skip
                headers[role] = {"Authorization": f"Bearer {token}"}
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            try:
                yield Env(
                    app, settings, c, headers[Role.handler], headers[Role.commissioner],
                    headers[Role.admin], database_url,
                )  # fmt: skip
            finally:
                async with app.state.engine.begin() as conn:
                    office = "(SELECT id FROM office WHERE code = :c)"
                    await conn.execute(
                        text(f"DELETE FROM webhook_subscription WHERE office_id = {office}"),
                        {"c": OFFICE},
                    )
                    await conn.execute(
                        text(f"DELETE FROM report WHERE office_id = {office}"), {"c": OFFICE}
                    )
                    await conn.execute(
                        text(f"DELETE FROM register_counter WHERE office_id = {office}"),
                        {"c": OFFICE},
                    )


def message_ids(hits: list[Hit]) -> list[str]:
    return [h.headers["webhook-id"] for h in hits]


def payload(hit: Hit) -> dict[str, Any]:
    return json.loads(hit.body)  # type: ignore[no-any-return]
