"""Shared fixtures: a real PostgreSQL database, migrated once, and the app over HTTP.

Imports of the service happen inside the fixtures, so that ``tests/rules`` runs in an
environment where only ``bawaslu_rules`` is installed.

The database is the one named by ``BAWASLU_TEST_DATABASE_URL`` (a server you run), or an
embedded PostgreSQL server started in a temporary directory for this session.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

# One data key for the session, shared by every Settings, app, CLI subprocess and migration of
# the tests (personal data is sealed with it: docs/security.md).
os.environ.setdefault("BAWASLU_DATA_KEYS", "dGVzdCBkYXRhIGtleSAxLCBub3QgcHJvZHVjdGlvbiE=")

if TYPE_CHECKING:
    import httpx
    from fastapi import FastAPI
    from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession


class Database:
    """A throw-away database on the test server."""

    def __init__(self, server_url: str) -> None:
        self.server_url = server_url  # SQLAlchemy URL of any database on the server

    def url(self, name: str) -> str:
        from sqlalchemy.engine import make_url

        return make_url(self.server_url).set(database=name).render_as_string(hide_password=False)

    def create(self, name: str) -> str:
        async def _create() -> None:
            import asyncpg
            from sqlalchemy.engine import make_url

            u = make_url(self.server_url)
            conn = await asyncpg.connect(
                user=u.username,
                password=u.password,
                host=u.query.get("host") or u.host,
                port=u.port,
                database=u.database or "postgres",
            )
            try:
                await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                await conn.execute(f'CREATE DATABASE "{name}"')
            finally:
                await conn.close()

        # Callable from sync fixtures and from async tests alike (own loop, own thread).
        with ThreadPoolExecutor(max_workers=1) as pool:
            pool.submit(asyncio.run, _create()).result()
        return self.url(name)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Database]:
    """The PostgreSQL server the tests use."""
    configured = os.environ.get("BAWASLU_TEST_DATABASE_URL")
    if configured:
        yield Database(configured)
        return
    from bawaslu_api.db import embedded

    root = Path(tempfile.mkdtemp(prefix="bawaslu-test-"))
    server = embedded.start(root / "pgdata", delete_on_exit=True)
    # Durability is irrelevant for throw-away test data; this makes commits cheap.
    server.psql("ALTER SYSTEM SET fsync = off")
    server.psql("ALTER SYSTEM SET synchronous_commit = off")
    server.psql("ALTER SYSTEM SET full_page_writes = off")
    server.psql("SELECT pg_reload_conf()")
    try:
        yield Database(server.url("postgres"))
    finally:
        server.stop()


@pytest.fixture(scope="session")
def database_url(pg_server: Database) -> str:
    """A database migrated to head with the reference data loaded, for the whole session."""
    from bawaslu_api.db.migrations import upgrade

    url = pg_server.create(f"bawaslu_test_{uuid.uuid4().hex[:8]}")
    upgrade(url)
    from bawaslu_api.seed import seed_reference

    asyncio.run(seed_reference(url))
    return url


@pytest.fixture(scope="session")
def test_settings(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from bawaslu_api.settings import Settings

    return Settings(
        environment="test",
        log_json=False,
        cors_origins=["https://app.example"],
        data_dir=tmp_path_factory.mktemp("data"),
        # Limits are exercised by their own tests; here they must not interfere.
        rate_limits={"default": (100_000, 60)},
        # Tests reload the signing keys themselves (tests/api/auth/test_keys.py).
        jwt_keys_reload_s=3600,
    )


@pytest.fixture(scope="session")
async def app(database_url: str, test_settings: Any) -> AsyncIterator[FastAPI]:
    """The app with its lifespan running (pool open) for the session."""
    from bawaslu_api.main import create_app

    application = create_app(test_settings, database_url=database_url)
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture(scope="session")
def engine(app: FastAPI) -> AsyncEngine:
    return app.state.engine  # type: ignore[no-any-return]


@pytest.fixture
async def rollback_app(app: FastAPI, engine: AsyncEngine) -> AsyncIterator[FastAPI]:
    """The app with every request joined to one outer transaction, rolled back after the
    test: requests still commit (to a savepoint), and nothing outlives the test."""
    from sqlalchemy.ext.asyncio import async_sessionmaker

    original = app.state.sessionmaker
    async with engine.connect() as conn:
        outer = await conn.begin()
        app.state.sessionmaker = async_sessionmaker(
            bind=conn, expire_on_commit=False, join_transaction_mode="create_savepoint"
        )
        try:
            yield app
        finally:
            app.state.sessionmaker = original
            await outer.rollback()


@pytest.fixture
async def client(rollback_app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client for the app; the test's writes are rolled back afterwards."""
    import httpx

    transport = httpx.ASGITransport(app=rollback_app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


@pytest.fixture
async def db(rollback_app: FastAPI) -> AsyncIterator[AsyncSession]:
    """A session inside the same rolled-back transaction as ``client``'s requests."""
    async with rollback_app.state.sessionmaker() as session:
        yield session


@pytest.fixture
async def auth(rollback_app: FastAPI) -> Any:
    """``await auth("handler", "52.03")`` gives the headers of a staff member of that office."""
    from bawaslu_api.auth.service import mint_staff_token
    from bawaslu_api.security.principals import Role

    async def _headers(role: str, office: str, subject: str | None = None) -> dict[str, str]:
        async with rollback_app.state.sessionmaker() as session:
            token = await mint_staff_token(
                session,
                rollback_app.state.key_ring,
                rollback_app.state.settings,
                subject=subject or f"{role}@{office}",
                role=Role(role),
                office_code=office,
            )
        return {"Authorization": f"Bearer {token}"}

    return _headers


@pytest.fixture
def allow_loopback(rollback_app: FastAPI) -> Iterator[None]:
    """Webhook subscriptions may point at 127.0.0.1 (test receivers) during the test."""
    original = rollback_app.state.settings
    rollback_app.state.settings = original.model_copy(
        update={"webhook_allow_private_targets": True}
    )
    try:
        yield
    finally:
        rollback_app.state.settings = original


@pytest.fixture(scope="session")
def live_server(database_url: str, test_settings: Any) -> Iterator[str]:
    """The API served by uvicorn on 127.0.0.1 (a free port), on the session's database and
    data directory, for clients that speak real HTTP (the generated SDK, tus clients). Its
    writes are committed: a test cleans up what it made."""
    import socket
    import subprocess
    import sys
    import time

    import httpx

    root = Path(__file__).resolve().parents[1]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(root / "src"), os.environ.get("PYTHONPATH", "")]),
        "BAWASLU_DATABASE_URL": database_url,
        "BAWASLU_DATA_DIR": str(test_settings.data_dir),
        "BAWASLU_ENVIRONMENT": "test",
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "bawaslu_api.main:app_factory", "--factory",
         "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
        env=env,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/v1/health/live", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None, "uvicorn exited"
            assert time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=30)
