"""Schemathesis against a live API: every operation of the served OpenAPI document, with the
checks `not_a_server_error`, status code, content type and response schema conformance.

Starts from an empty data directory (a temporary one, removed afterwards): an embedded
PostgreSQL server, the migrations, the demo data, a staff token minted for the national
office holding every role, then `bawaslu-api serve` on a free local port, then
`schemathesis run`. Exits with schemathesis' status (0: no failure). `make fuzz` runs it,
and CI runs `make fuzz`.

    python scripts/fuzz.py [--max-examples N] [-- extra schemathesis options]

Rate limits are raised for the run: a fuzzer sends hundreds of requests a minute from one
address, and what is checked here is that every answer is one the document declares.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_ready(base: str, server: subprocess.Popen[bytes], timeout_s: float = 120) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the API exited with status {server.returncode}")
        try:
            with urllib.request.urlopen(f"{base}/v1/health/ready", timeout=2) as r:  # noqa: S310
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit("the API did not become ready")


# Path parameters taken from the demo data, so that operations on one case, item or session
# reach their logic instead of answering 404 for a random id. The case is the demo case with
# the most evidence files; the rest belong to it where they can.
_REPORT = (
    "SELECT r.id FROM report AS r LEFT JOIN evidence_item AS e "
    "ON e.report_id = r.id AND e.content_type IS NOT NULL "
    "GROUP BY r.id ORDER BY count(e.id) DESC, r.created_at LIMIT 1"
)
_OF_REPORT = {
    "evidence_id": "SELECT id FROM evidence_item WHERE report_id = :r "
    "ORDER BY content_type IS NULL, recorded_at LIMIT 1",
    "person_id": "SELECT id FROM case_person WHERE report_id = :r LIMIT 1",
    "session_id": "SELECT id FROM clarification_session ORDER BY report_id = :r DESC LIMIT 1",
    "document_id": "SELECT id FROM issued_document ORDER BY report_id = :r DESC LIMIT 1",
    "deadline_id": "SELECT id FROM deadline WHERE report_id = :r LIMIT 1",
    "forwarding_id": "SELECT id FROM kpu_forwarding ORDER BY report_id = :r DESC LIMIT 1",
    "user_id": "SELECT id FROM staff_user WHERE username = 'handler.lotim' "
    "AND CAST(:r AS uuid) IS NOT NULL",
    "slug": "SELECT slug FROM election ORDER BY id = (SELECT election_id FROM report "
    "WHERE id = :r) DESC LIMIT 1",
    "code": "SELECT code FROM office WHERE id = (SELECT office_id FROM report WHERE id = :r)",
}


async def _parameters(url: str) -> dict[str, str]:
    """``path.<name>`` values of the demo data (a name whose query finds nothing is left to
    the generator)."""
    from sqlalchemy import text
    from sqlalchemy.ext.asyncio import create_async_engine

    engine = create_async_engine(url)
    found: dict[str, str] = {}
    try:
        async with engine.connect() as conn:
            report = await conn.scalar(text(_REPORT))
            if report is None:
                return found
            found["report_id"] = str(report)
            for name, query in _OF_REPORT.items():
                value = await conn.scalar(text(query), {"r": report})
                if value is not None:
                    found[name] = str(value)
    finally:
        await engine.dispose()
    return {f"path.{name}": value for name, value in found.items()}


def _png() -> bytes:
    """A 1x1 PNG picture."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def _upload_evidence(base: str, token: str, report_id: str) -> str | None:
    """A picture uploaded to the case (the demo data has no files): its evidence id."""
    import json

    request = urllib.request.Request(  # noqa: S310
        f"{base}/v1/reports/{report_id}/evidence?description=Foto+lokasi&filename=lokasi.png",
        data=_png(),
        method="POST",
        headers={"Authorization": f"Bearer {token}", "Content-Type": "image/png"},
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as r:  # noqa: S310
            return str(json.load(r)["id"])
    except OSError as exc:
        print(f"fuzz: no evidence file uploaded ({exc})", flush=True)
        return None


async def _prepare(url: str) -> str:
    """Migrate, load the demo data and mint a token of the demo national admin."""
    from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

    from bawaslu_api.auth.service import mint_staff_token
    from bawaslu_api.db.migrations import upgrade
    from bawaslu_api.security.principals import Role
    from bawaslu_api.security.tokens import KeyRing
    from bawaslu_api.seed import seed_demo
    from bawaslu_api.settings import get_settings

    await asyncio.to_thread(upgrade, url)
    await seed_demo(url)
    settings = get_settings()
    engine = create_async_engine(url)
    try:
        async with async_sessionmaker(engine)() as session, session.begin():
            return await mint_staff_token(
                session,
                KeyRing.load(settings.keys_dir),
                settings,
                subject="admin.ri",
                roles={Role.admin, Role.handler, Role.commissioner},
                office_code="ID",
                ttl_s=3600,
            )
    finally:
        await engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-examples", type=int, default=8, help="Examples per operation.")
    # One worker: with two threads, hypothesis' source inspection (ast.parse) once failed
    # inside CPython 3.11.7 with "AST constructor recursion depth mismatch" (a race in the
    # interpreter, not a finding); CI must not fail on it. The run takes under two minutes.
    parser.add_argument("--workers", default="1", help="Schemathesis workers.")
    parser.add_argument("extra", nargs="*", help="More schemathesis options (after --).")
    args = parser.parse_args()

    data_dir = Path(tempfile.mkdtemp(prefix="bawaslu-fuzz-"))
    os.environ.update(
        BAWASLU_DATA_DIR=str(data_dir),
        BAWASLU_ENVIRONMENT="development",
        BAWASLU_RATE_LIMITS='{"default": [100000, 60], "public": [100000, 60], '
        '"public_filing": [100000, 60], "receipt": [100000, 60], "auth": [100000, 60], '
        '"auth_account": [100000, 60]}',
    )
    os.environ.pop("BAWASLU_DATABASE_URL", None)
    from bawaslu_api.db import embedded

    server = embedded.start(data_dir / "pgdata", delete_on_exit=True)
    api: subprocess.Popen[bytes] | None = None
    try:
        server.ensure_database()
        url = server.url()
        token = asyncio.run(_prepare(url))
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        bin_dir = Path(sys.executable).parent
        api = subprocess.Popen(  # noqa: S603
            [str(bin_dir / "bawaslu-api"), "serve", "--host", "127.0.0.1", "--port", str(port),
             "--workers", "1", "--no-migrate", "--no-seed-demo"],
            env={**os.environ, "BAWASLU_DATABASE_URL": url, "BAWASLU_LOG_LEVEL": "WARNING"},
        )  # fmt: skip
        _wait_ready(base, api)
        parameters = asyncio.run(_parameters(url))
        report = parameters.get("path.report_id")
        evidence = _upload_evidence(base, token, report) if report else None
        if evidence is not None:
            parameters["path.evidence_id"] = evidence
        config = data_dir / "schemathesis.toml"
        config.write_text(
            "[parameters]\n" + "".join(f'"{k}" = "{v}"\n' for k, v in parameters.items())
        )
        print("fuzz: demo data ids:", ", ".join(sorted(parameters)), flush=True)
        command = [
            str(bin_dir / "schemathesis"), "--config-file", str(config), "run",
            f"{base}/openapi.json",
            "--checks", ",".join(CHECKS),
            "--header", f"Authorization: Bearer {token}",
            "--max-examples", str(args.max_examples),
            "--workers", args.workers,
            "--suppress-health-check", "all",
            "--no-color",
            *args.extra,
        ]  # fmt: skip
        # In the temporary directory: schemathesis keeps a cache of past crashes in its
        # working directory, and every run starts from nothing.
        hooks = Path(__file__).with_name("fuzz_hooks.py")
        return subprocess.call(  # noqa: S603
            command, cwd=data_dir, env={**os.environ, "SCHEMATHESIS_HOOKS": str(hooks)}
        )
    finally:
        if api is not None:
            api.terminate()
            api.wait(timeout=30)
        server.stop()
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
