"""Benchmark of evidence uploads through the real server (run on demand; never in tests).

    .venv/bin/python bench/evidence_bench.py [--small 50] [--medium 3] [--large-mb 1024]

Starts an embedded PostgreSQL server and the API under uvicorn on 127.0.0.1 (one worker,
filesystem evidence store, all in a temporary directory), creates a case, then sends with
httpx streaming (the body is generated on the fly, never held whole by the client):

- ``--small`` uploads of 1 MB, one after another, then from ``--concurrency`` clients at
  once: uploads/s and MB/s;
- ``--medium`` uploads of 100 MB: MB/s;
- one upload of ``--large-mb`` MB while the uvicorn process's RSS is sampled (psutil,
  every 20 ms): idle RSS before, peak during, and peak minus idle (target: flat, under
  100 MB above idle);
- one full download of the large file (the server hashes it whole before sending, then
  streams it, hashing again): MB/s including that verification.

Prints one line per figure and the JSON summary at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import psutil

VENV_BIN = Path(sys.executable).parent
MB = 1024 * 1024
BLOCK = os.urandom(MB)  # repeated: the server hashes every byte either way
JPEG_HEAD = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01"


def log(message: str) -> None:
    print(message, flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def body(size: int, chunk: int = 256 * 1024) -> AsyncIterator[bytes]:
    """``size`` bytes that sniff as JPEG, generated chunk by chunk (full-size chunks: a tiny
    first write would meet Nagle's algorithm and delayed ACKs, a client artefact)."""
    sent = 0
    while sent < size:
        n = min(chunk, size - sent)
        offset = sent % MB
        piece = (BLOCK[offset:] + BLOCK)[:n]
        if sent == 0:
            piece = (JPEG_HEAD + piece)[:n]
        yield piece
        sent += n


class RssSampler:
    """Samples a process's resident set size in a thread."""

    def __init__(self, pid: int, interval: float = 0.02) -> None:
        self.proc = psutil.Process(pid)
        self.interval = interval
        self.peak = 0
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self.proc.memory_info().rss)
            self.samples += 1
            time.sleep(self.interval)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


async def upload(client: httpx.AsyncClient, case: str, size: int) -> dict[str, Any]:
    response = await client.post(
        f"/v1/reports/{case}/evidence",
        params={"description": "bench"},
        content=body(size),
        headers={"Content-Length": str(size), "Content-Type": "application/octet-stream"},
    )
    if response.status_code != 201:
        raise RuntimeError(f"upload failed: {response.status_code} {response.text[:300]}")
    return response.json()  # type: ignore[no-any-return]


def wait_ready(port: int, proc: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("uvicorn exited")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/health/ready").status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError("uvicorn did not become ready")


async def measure(args: argparse.Namespace, port: int, token: str, pid: int) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}"}
    timeout = httpx.Timeout(600.0)
    async with httpx.AsyncClient(
        base_url=f"http://127.0.0.1:{port}", headers=headers, timeout=timeout
    ) as client:
        from tests.api.reports.conftest import complete_report

        created = await client.post("/v1/reports", json=complete_report())
        created.raise_for_status()
        case = created.json()["id"]
        result: dict[str, Any] = {}

        await upload(client, case, MB)  # warm-up
        started = time.perf_counter()
        for _ in range(args.small):
            await upload(client, case, MB)
        elapsed = time.perf_counter() - started
        result["small_1mb"] = {
            "uploads": args.small,
            "uploads_per_s": round(args.small / elapsed, 1),
            "mb_per_s": round(args.small / elapsed, 1),
        }
        rate = args.small / elapsed
        log(f"1 MB uploads:   {rate:8.1f} uploads/s ({rate:.1f} MB/s), one at a time")

        per_client = max(args.small // args.concurrency, 1)

        async def _client(target: str) -> None:
            for _ in range(per_client):
                await upload(client, target, MB)

        # Each client its own case: uploads to one case serialise on the case row for the
        # final insert (its timeline is one hash chain), so that is the parallel shape.
        cases = []
        for _ in range(args.concurrency):
            more = await client.post("/v1/reports", json=complete_report())
            more.raise_for_status()
            cases.append(more.json()["id"])
        started = time.perf_counter()
        await asyncio.gather(*(_client(target) for target in cases))
        elapsed = time.perf_counter() - started
        rate = per_client * args.concurrency / elapsed
        result["small_1mb_concurrent"] = {
            "clients": args.concurrency,
            "uploads": per_client * args.concurrency,
            "uploads_per_s": round(rate, 1),
            "mb_per_s": round(rate, 1),
        }
        log(
            f"1 MB uploads:   {rate:8.1f} uploads/s ({rate:.1f} MB/s), "
            f"{args.concurrency} clients, one case each"
        )

        started = time.perf_counter()
        for _ in range(args.medium):
            await upload(client, case, 100 * MB)
        elapsed = time.perf_counter() - started
        result["medium_100mb"] = {
            "uploads": args.medium,
            "mb_per_s": round(100 * args.medium / elapsed, 1),
            "seconds_each": round(elapsed / args.medium, 2),
        }
        log(f"100 MB uploads: {100 * args.medium / elapsed:8.1f} MB/s "
            f"({elapsed / args.medium:.2f} s each)")  # fmt: skip

        await asyncio.sleep(1.0)
        proc = psutil.Process(pid)
        idle = proc.memory_info().rss
        size = args.large_mb * MB
        with RssSampler(pid) as sampler:
            started = time.perf_counter()
            item = await upload(client, case, size)
            elapsed = time.perf_counter() - started
        result["large"] = {
            "mb": args.large_mb,
            "mb_per_s": round(args.large_mb / elapsed, 1),
            "seconds": round(elapsed, 2),
            "rss_idle_mb": round(idle / MB, 1),
            "rss_peak_mb": round(sampler.peak / MB, 1),
            "rss_peak_above_idle_mb": round((sampler.peak - idle) / MB, 1),
            "rss_samples": sampler.samples,
        }
        log(f"{args.large_mb} MB upload: {args.large_mb / elapsed:8.1f} MB/s; server RSS idle "
            f"{idle / MB:.1f} MB, peak {sampler.peak / MB:.1f} MB, peak above idle "
            f"{(sampler.peak - idle) / MB:.1f} MB ({sampler.samples} samples)")  # fmt: skip

        with RssSampler(pid) as sampler:
            started = time.perf_counter()
            received = 0
            async with client.stream("GET", f"/v1/evidence/{item['id']}/content") as response:
                response.raise_for_status()
                async for chunk in response.aiter_raw():
                    received += len(chunk)
            elapsed = time.perf_counter() - started
        assert received == size, (received, size)
        result["large_download"] = {
            "mb_per_s_including_verification": round(args.large_mb / elapsed, 1),
            "rss_peak_above_idle_mb": round((sampler.peak - idle) / MB, 1),
        }
        log(f"{args.large_mb} MB download (verified first): {args.large_mb / elapsed:8.1f} MB/s; "
            f"RSS peak above idle {(sampler.peak - idle) / MB:.1f} MB")  # fmt: skip
        return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--small", type=int, default=50, help="1 MB uploads")
    parser.add_argument("--concurrency", type=int, default=8, help="clients for 1 MB uploads")
    parser.add_argument("--medium", type=int, default=3, help="100 MB uploads")
    parser.add_argument("--large-mb", type=int, default=1024, help="size of the RSS-sampled upload")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args()
    args.medium = max(args.medium, 1)
    args.small = max(args.small, args.concurrency)

    root = Path(tempfile.mkdtemp(prefix="evidence-bench-"))
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bawaslu_api.db import embedded
    from bawaslu_api.db.migrations import upgrade
    from bawaslu_api.seed import seed_reference

    server = embedded.start(root / "pgdata", delete_on_exit=True)
    uvicorn: subprocess.Popen[bytes] | None = None
    try:
        server.psql("CREATE DATABASE evidence_bench")
        url = server.url("evidence_bench")
        upgrade(url)
        asyncio.run(seed_reference(url))
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("BAWASLU_")},
            "BAWASLU_DATABASE_URL": url,
            "BAWASLU_DATA_DIR": str(root),
            "BAWASLU_ENVIRONMENT": "production",
            "BAWASLU_LOG_LEVEL": "WARNING",
            "BAWASLU_EVIDENCE_MAX_CASE_BYTES": str(100 * 1024**3),
            "BAWASLU_RATE_LIMITS": json.dumps({"default": [1_000_000, 60]}),
        }
        token = subprocess.run(
            [str(VENV_BIN / "bawaslu-api"), "tokens", "mint", "--sub", "bench",
             "--role", "handler", "--office", "52.03", "--ttl", "7200"],
            env=env, check=True, capture_output=True, text=True,
        ).stdout.strip().splitlines()[-1]  # fmt: skip
        port = free_port()
        uvicorn = subprocess.Popen(
            [str(VENV_BIN / "uvicorn"), "bawaslu_api.main:app_factory", "--factory",
             "--host", "127.0.0.1", "--port", str(port), "--no-access-log",
             "--log-level", "warning"],
            env=env,
        )  # fmt: skip
        wait_ready(port, uvicorn)
        result = asyncio.run(measure(args, port, token, uvicorn.pid))
        result["environment"] = {
            "cpus": os.cpu_count(),
            "python": sys.version.split()[0],
            "storage": "local filesystem",
            "workers": 1,
        }
        print(json.dumps(result, indent=2))
    finally:
        if uvicorn is not None:
            uvicorn.terminate()
            uvicorn.wait(timeout=30)
        server.stop()
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
