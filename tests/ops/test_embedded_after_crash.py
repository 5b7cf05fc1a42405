"""`make run` after a crash: ``bawaslu-api serve`` killed with ``kill -9`` leaves its
embedded PostgreSQL running (nothing can stop it then); the next ``serve`` adopts that
server, and stopping it (Ctrl-C) leaves no PostgreSQL process of the data directory behind.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psutil


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _postgres_of(pgdata: Path) -> list[psutil.Process]:
    found = []
    for proc in psutil.process_iter(["name", "cmdline"]):
        cmdline = proc.info["cmdline"] or []
        if proc.info["name"] == "postgres" and str(pgdata) in cmdline:
            found.append(proc)
    return found


def _serve(data_dir: Path, port: int) -> subprocess.Popen[str]:
    """``bawaslu-api serve`` as ``make run`` starts it, on its own data directory."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BAWASLU_")}
    env.update(
        BAWASLU_DATA_DIR=str(data_dir),
        BAWASLU_LOG_JSON="false",
        BAWASLU_ENVIRONMENT="development",
    )
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from bawaslu_api.cli import main; sys.argv[0] = 'bawaslu-api'; main()",
            "serve",
            "--port",
            str(port),
            "--no-migrate",
            "--no-seed-demo",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()[0]
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/health/live", timeout=1).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise AssertionError(f"serve did not answer: {proc.communicate()[0]}")


def test_serve_after_kill_9_stops_the_server_the_dead_one_left(tmp_path: Path) -> None:
    data_dir = tmp_path / "var"
    pgdata = (data_dir / "pgdata").resolve()
    port = _free_port()
    try:
        crashed = _serve(data_dir, port)
        crashed.kill()  # kill -9: no chance to stop anything
        crashed.communicate(timeout=10)
        assert _postgres_of(pgdata), "the crash left the server running"

        again = _serve(data_dir, port)
        again.send_signal(signal.SIGINT)  # Ctrl-C
        out, _ = again.communicate(timeout=60)
        assert again.returncode == 0, out
        assert _postgres_of(pgdata) == []
        assert not (pgdata / "postmaster.pid").exists()
        assert "left by a process that died" in out
        assert "Warning" not in out  # no RuntimeDirWarning from platformdirs
    finally:
        for proc in _postgres_of(pgdata):
            proc.kill()


def test_serve_stopped_with_sigterm_stops_its_server(tmp_path: Path) -> None:
    """`kill`, `docker stop`, systemd: SIGTERM stops the API gracefully and then the
    embedded PostgreSQL it started (uvicorn raises the signal again after its shutdown)."""
    data_dir = tmp_path / "var"
    pgdata = (data_dir / "pgdata").resolve()
    try:
        served = _serve(data_dir, _free_port())
        assert _postgres_of(pgdata)
        served.send_signal(signal.SIGTERM)
        out, _ = served.communicate(timeout=60)
        assert _postgres_of(pgdata) == [], out
        assert not (pgdata / "postmaster.pid").exists()
    finally:
        for proc in _postgres_of(pgdata):
            proc.kill()
