"""Two API hosts behind one load balancer: different data directories, one database, the
same data keys. A token from one is accepted by the other, and a key rotation done on one
reaches both within BAWASLU_JWT_KEYS_RELOAD_S (docs/security.md)."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from tests.api.auth.helpers import bearer, login, unverified
from typer.testing import CliRunner

UVICORN = (
    sys.executable, "-m", "uvicorn", "bawaslu_api.main:app_factory", "--factory",
    "--host", "127.0.0.1", "--log-level", "warning",
)  # fmt: skip
USER = "two.hosts"
PASSWORD = "a long enough passphrase 42"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _env(url: str, data_dir: Path) -> dict[str, str]:
    return {
        **os.environ,
        "BAWASLU_DATABASE_URL": url,
        "BAWASLU_DATA_DIR": str(data_dir),
        "BAWASLU_ENVIRONMENT": "test",
        "BAWASLU_LOG_JSON": "false",
        "BAWASLU_JWT_KEYS_RELOAD_S": "0.5",
    }


def _wait_ready(base: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, "the API process exited"
        try:
            if httpx.get(f"{base}/.well-known/jwks.json", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"{base} did not start")


@pytest.fixture(scope="module")
def hosts(pg_server: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """Two uvicorn processes on one new database (migrated, reference data, one user)."""
    from bawaslu_api.cli import app as cli
    from bawaslu_api.db.migrations import upgrade
    from bawaslu_api.seed import seed_reference
    from bawaslu_api.settings import get_settings

    url = pg_server.create(f"bawaslu_hosts_{uuid.uuid4().hex[:8]}")
    upgrade(url)
    asyncio.run(seed_reference(url))
    dirs = [tmp_path_factory.mktemp("host_a"), tmp_path_factory.mktemp("host_b")]
    saved = dict(os.environ)
    os.environ.update({**_env(url, dirs[0]), "BAWASLU_NEW_PASSWORD": PASSWORD})
    get_settings.cache_clear()
    try:
        made = CliRunner().invoke(
            cli, ["users", "create", "--username", USER, "--office", "52.03", "--role", "handler"]
        )
        assert made.exit_code == 0, made.output
    finally:
        os.environ.clear()
        os.environ.update(saved)
        get_settings.cache_clear()
    processes, bases = [], []
    try:
        for directory in dirs:
            port = _free_port()
            processes.append(
                subprocess.Popen(
                    [*UVICORN, "--port", str(port)],
                    env=_env(url, directory),
                )
            )
            bases.append(f"http://127.0.0.1:{port}")
        for base, process in zip(bases, processes, strict=True):
            _wait_ready(base, process)
        yield {"a": bases[0], "b": bases[1], "url": url, "dirs": dirs}
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)


async def _token(base: str) -> str:
    async with httpx.AsyncClient(base_url=base) as c:
        response = await login(c, USER, PASSWORD)
        assert response.status_code == 200, response.text
        return str(response.json()["access_token"])


async def _status(base: str, token: str) -> int:
    async with httpx.AsyncClient(base_url=base) as c:
        return (await c.get("/v1/reports", headers=bearer(token))).status_code


async def _kids(base: str) -> list[str]:
    async with httpx.AsyncClient(base_url=base) as c:
        return [k["kid"] for k in (await c.get("/.well-known/jwks.json")).json()["keys"]]


async def test_a_token_from_one_host_is_accepted_by_the_other(hosts: dict[str, Any]) -> None:
    token_a, token_b = await _token(hosts["a"]), await _token(hosts["b"])
    assert await _status(hosts["b"], token_a) == 200
    assert await _status(hosts["a"], token_b) == 200
    assert await _kids(hosts["a"]) == await _kids(hosts["b"])
    # Neither host keeps a key of its own on disk.
    assert not any((d / "keys").exists() for d in hosts["dirs"])


async def test_a_rotation_on_one_host_reaches_both(hosts: dict[str, Any]) -> None:
    from bawaslu_api.cli import app as cli
    from bawaslu_api.settings import get_settings

    old_token = await _token(hosts["a"])
    old_kid = unverified(old_token)[0]["kid"]
    saved = dict(os.environ)
    os.environ.update(_env(hosts["url"], hosts["dirs"][0]))
    get_settings.cache_clear()
    try:
        rotated = await asyncio.to_thread(CliRunner().invoke, cli, ["keys", "rotate"])
    finally:
        os.environ.clear()
        os.environ.update(saved)
        get_settings.cache_clear()
    assert rotated.exit_code == 0, rotated.output
    new_kid = rotated.output.split()[-1]

    # Within the reload interval (0.5 s here) both hosts sign with and publish the new key.
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if new_kid in await _kids(hosts["a"]) and new_kid in await _kids(hosts["b"]):
            break
        await asyncio.sleep(0.2)
    for signer, verifier in (("a", "b"), ("b", "a")):
        token = await _token(hosts[signer])
        assert unverified(token)[0]["kid"] == new_kid != old_kid
        assert await _status(hosts[verifier], token) == 200
    # Tokens of the old key stay valid until it is retired.
    assert await _status(hosts["b"], old_token) == 200
