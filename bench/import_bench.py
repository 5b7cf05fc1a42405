"""Bulk import proof and throughput: kill -9 the API mid-import, restart, resume.

    .venv/bin/python bench/import_bench.py [--reports 100000] [--batch-size 1000]
        [--concurrency 4] [--workers 2] [--kill-after 0.3] [--data-dir DIR] [--output FILE]

Everything on 127.0.0.1 with an embedded PostgreSQL in a temporary directory (``--data-dir``:
a new or empty directory instead; either is removed at the end unless ``--keep``):

1. Starts the database (default settings: fsync on), migrates it, loads the reference data
   and creates a machine client with `imports:write` (`bawaslu-api clients create`).
2. Writes ``--reports`` reports as JSON Lines, each with a unique `external_id`, spread
   over the regencies of NTB (province 52) and their deadlines' trigger dates.
3. Serves the API (`bawaslu-api serve`, ``--workers`` uvicorn workers) and runs
   `bawaslu-import` with client credentials. When ``--kill-after`` of the rows are
   acknowledged, and then as soon as a batch is committed whose answer the importer has not
   recorded yet (up to a minute), the whole uvicorn process group is killed with SIGKILL.
   The importer gives up (exit 1), keeping its state file.
4. Restarts the API and runs the same `bawaslu-import` command again: it resumes.
5. Counts: the reports, distinct external ids and import keys must all equal
   ``--reports`` (none lost, none twice).
6. Measures raw asyncpg COPY of the same number of rows into `report` (the imported rows
   re-keyed, inside a transaction that is rolled back) for the ratio.

Prints a table and writes ``bench/results/import_bench.json`` (or ``--output``). The
end-to-end rate is reports / (importer time of both runs), i.e. excluding the downtime.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
RESULTS = REPO / "bench" / "results" / "import_bench.json"


def log(message: str) -> None:
    print(f"[{datetime.now():%H:%M:%S}] {message}", flush=True)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def offices(url: str) -> list[str]:
    import asyncpg

    conn = await asyncpg.connect(url.replace("postgresql+asyncpg", "postgresql"))
    try:
        rows = await conn.fetch(
            "SELECT code FROM office WHERE path LIKE '/ID/52/%' AND level IN ('regency', 'city')"
            " ORDER BY code"
        )
    finally:
        await conn.close()
    return [r["code"] for r in rows]


def write_items(path: Path, n: int, codes: list[str]) -> None:
    start = datetime(2024, 1, 8, 1, 0, tzinfo=UTC)
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            office = codes[i % len(codes)]
            received = start + timedelta(seconds=i * 7)
            item = {
                "external_id": f"bench-{i:07d}",
                "kind": "report",
                "election": "pemilu-2024",
                "office": office,
                "received_at": received.isoformat(),
                "reporter": {
                    "category": "citizen",
                    "name": f"Pelapor {i}",
                    "nik": f"52{i:014d}",
                    "address": "Jl. Pejanggik 12",
                    "phone": "081234567890",
                    "age": 30,
                },
                "reported_parties": [{"name": "Caleg X", "address": "Mataram"}],
                "witnesses": [{"name": "Budi"}],
                "incident": {"date": "2024-01-06", "office": office, "address": "Pasar"},
                "known_on": "2024-01-06",
                "description": f"bench-{i:07d} pembagian uang pada masa kampanye",
                "evidence": [{"kind": "photo", "description": "Foto"}],
                "signature": {"present": True, "matches": True},
            }
            handle.write(json.dumps(item) + "\n")


class CpuSampler:
    """CPU seconds used by the API processes, PostgreSQL and the importer, from /proc.

    Every process is sampled every 0.2 s and its last reading kept, so processes that end
    (killed workers, closed backends) still count up to their last sample. On a shared
    machine wall-clock rates move with the load; CPU per report is the steadier figure.
    """

    def __init__(self, pgdata: Path) -> None:
        import threading

        self.pgdata = pgdata
        self.roots: dict[str, set[int]] = {"api": set(), "importer": set()}
        self.ticks: dict[tuple[str, int, int], int] = {}  # (group, pid, start time) -> ticks
        self.baseline: dict[tuple[str, int, int], int] = {}
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.hz = os.sysconf("SC_CLK_TCK")

    def start(self) -> None:
        self.thread.start()

    def mark(self) -> None:
        """Leave out what the API processes seen for the first time used so far: their
        start-up (imports, app factory), which is not the import's work."""
        self._sample()
        for key, ticks in list(self.ticks.items()):
            if key[0] == "api":
                self.baseline.setdefault(key, ticks)

    def stop(self) -> dict[str, float]:
        self.stopping.set()
        self.thread.join()
        self._sample()
        totals: dict[str, float] = {"api": 0.0, "postgres": 0.0, "importer": 0.0}
        for key, ticks in self.ticks.items():
            totals[key[0]] += (ticks - self.baseline.get(key, 0)) / self.hz
        return totals

    def _run(self) -> None:
        while not self.stopping.wait(0.2):
            self._sample()

    def _stat(self, pid: int) -> tuple[int, int, int] | None:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        # ppid, utime + stime, start time (fields 4, 14, 15, 22 of proc(5))
        return int(fields[1]), int(fields[11]) + int(fields[12]), int(fields[19])

    def _sample(self) -> None:
        try:
            postmaster = int((self.pgdata / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            postmaster = -1
        stats = {}
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                stat = self._stat(int(entry.name))
                if stat is not None:
                    stats[int(entry.name)] = stat
        for pid, (ppid, ticks, started) in stats.items():
            group = None
            if pid == postmaster or ppid == postmaster:
                group = "postgres"
            for name, roots in self.roots.items():
                if pid in roots or ppid in roots or stats.get(ppid, (0,))[0] in roots:
                    group = name
            if group is not None:
                self.ticks[(group, pid, started)] = ticks  # the thread's only write


def wait_ready(base: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(base + "/v1/health/live", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError("the API did not start")


def serve(env: dict[str, str], port: int, workers: int, log_path: Path) -> subprocess.Popen[bytes]:
    handle = log_path.open("ab")
    return subprocess.Popen(
        [str(BIN / "bawaslu-api"), "serve", "--host", "127.0.0.1", "--port", str(port),
         "--workers", str(workers), "--no-migrate", "--no-seed-demo"],
        env=env, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip


def kill9(proc: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def acked_rows(state: Path, batch: int, total: int) -> int:
    try:
        data = json.loads(state.read_text())
    except (OSError, ValueError):
        return 0
    return sum(min(batch, total - b * batch) for b in data.get("acked", []))


async def until_unanswered(
    url: str, subject: str, state: Path, args: argparse.Namespace, proc: subprocess.Popen[bytes]
) -> None:
    import asyncpg

    conn = await asyncpg.connect(url.replace("postgresql+asyncpg", "postgresql"))
    try:
        deadline = time.monotonic() + 60
        while proc.poll() is None and time.monotonic() < deadline:
            stored = await conn.fetchval(
                "SELECT count(*) FROM import_key WHERE subject = $1", subject
            )
            if stored > acked_rows(state, args.batch_size, args.reports):
                return
            await asyncio.sleep(0.002)
    finally:
        await conn.close()


def importer(args: argparse.Namespace, data: Path, base: str, creds: dict[str, str],
             env: dict[str, str]) -> subprocess.Popen[bytes]:  # fmt: skip
    return subprocess.Popen(
        [str(BIN / "bawaslu-import"), str(data), "--url", base,
         "--client-id", creds["client_id"], "--client-secret", creds["client_secret"],
         "--batch-size", str(args.batch_size), "--concurrency", str(args.concurrency),
         "--max-retries", "1", "--no-progress"],
        env={**env, "BAWASLU_IMPORT_SUMMARY": "1"}, stdout=subprocess.PIPE,
    )  # fmt: skip


def summary_of(proc: subprocess.Popen[bytes]) -> dict[str, Any]:
    out = proc.stdout.read().decode() if proc.stdout else ""
    proc.wait()
    for line in reversed(out.splitlines()):
        if line.startswith("{"):
            return dict(json.loads(line))
    return {}


async def count(url: str, subject: str) -> dict[str, int]:
    import asyncpg

    conn = await asyncpg.connect(url.replace("postgresql+asyncpg", "postgresql"))
    try:
        row = await conn.fetchrow(
            "SELECT (SELECT count(*) FROM report) AS reports,"
            " (SELECT count(DISTINCT description) FROM report) AS distinct_descriptions,"
            " (SELECT count(*) FROM import_key WHERE subject = $1) AS keys,"
            " (SELECT count(*) FROM deadline) AS deadlines,"
            " (SELECT count(*) FROM case_event) AS events",
            subject,
        )
    finally:
        await conn.close()
    return dict(row)


async def copy_rate(url: str) -> dict[str, float]:
    """COPY as many rows as `report` holds back into it (re-keyed), then roll back."""
    import asyncpg

    conn = await asyncpg.connect(url.replace("postgresql+asyncpg", "postgresql"))
    try:
        cols = [
            r["column_name"]
            for r in await conn.fetch(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'report'"
                " AND is_generated = 'NEVER' ORDER BY ordinal_position"
            )
        ]
        rows = await conn.fetch(f"SELECT {', '.join(cols)} FROM report")
        id_at, receipt_at = cols.index("id"), cols.index("receipt_hash")
        records = []
        for r in rows:
            values = list(r.values())
            values[id_at] = uuid.uuid4()
            values[receipt_at] = None
            records.append(tuple(values))
        tx = conn.transaction()
        await tx.start()
        started = time.perf_counter()
        await conn.copy_records_to_table("report", records=records, columns=cols)
        elapsed = time.perf_counter() - started
        await tx.rollback()
    finally:
        await conn.close()
    return {"rows": len(records), "seconds": elapsed, "rate": len(records) / elapsed}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=100_000)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--kill-after", type=float, default=0.3, help="Share of rows acked.")
    parser.add_argument("--keep", action="store_true", help="Keep the temporary directory.")
    parser.add_argument(
        "--data-dir", type=Path, help="A new or empty directory (default: a temporary one)."
    )
    parser.add_argument("--output", type=Path, default=RESULTS, help="Where the JSON goes.")
    args = parser.parse_args()

    sys.path.insert(0, str(REPO / "src"))
    from bawaslu_api.db import embedded
    from bawaslu_api.db.migrations import upgrade
    from bawaslu_api.seed import seed_reference

    if args.data_dir is None:
        root = Path(tempfile.mkdtemp(prefix="bawaslu-import-bench-"))
    elif args.data_dir.exists() and any(args.data_dir.iterdir()):
        sys.exit(f"--data-dir {args.data_dir} is not empty")
    else:
        root = args.data_dir.resolve()
        root.mkdir(parents=True, exist_ok=True)
    server = embedded.start(root / "pgdata")
    result: dict[str, Any] = {"reports": args.reports, "batch_size": args.batch_size,
                              "concurrency": args.concurrency, "workers": args.workers}  # fmt: skip
    api: subprocess.Popen[bytes] | None = None
    try:
        server.ensure_database("bench")
        url = server.url("bench")
        log("migrating and loading reference data")
        upgrade(url)
        asyncio.run(seed_reference(url))
        env = {**os.environ, "BAWASLU_DATABASE_URL": url, "BAWASLU_DATA_DIR": str(root / "data"),
               "BAWASLU_ENVIRONMENT": "development", "BAWASLU_LOG_LEVEL": "WARNING"}  # fmt: skip
        made = subprocess.run(
            [str(BIN / "bawaslu-api"), "clients", "create", "--name", "import bench",
             "--office", "52", "--scope", "imports:write"],
            env=env, check=True, capture_output=True, text=True,
        ).stdout  # fmt: skip
        creds = dict(line.split("=", 1) for line in made.split() if "=" in line)
        subject = f"client:{creds['client_id']}"
        codes = asyncio.run(offices(url))
        data = root / "reports.jsonl"
        log(f"writing {args.reports:,} reports over {len(codes)} offices")
        write_items(data, args.reports, codes)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        state = data.with_name(data.name + ".import-state.json")

        log(f"serving the API ({args.workers} workers) and importing")
        api = serve(env, port, args.workers, root / "api.log")
        wait_ready(base)
        cpu = CpuSampler(root / "pgdata")
        cpu.roots["api"].add(api.pid)
        cpu.start()
        cpu.mark()
        started = time.monotonic()
        first = importer(args, data, base, creds, env)
        cpu.roots["importer"].add(first.pid)
        target = int(args.reports * args.kill_after)
        while first.poll() is None and acked_rows(state, args.batch_size, args.reports) < target:
            time.sleep(0.05)
        # Then wait (up to a minute) for the worst moment: a batch committed by the API whose
        # answer the importer has not recorded yet.
        asyncio.run(until_unanswered(url, subject, state, args, first))
        killed_at = acked_rows(state, args.batch_size, args.reports)
        first_seconds = time.monotonic() - started
        log(f"kill -9 the API with {killed_at:,} rows acknowledged (batches in flight)")
        kill9(api)
        api = None
        run1 = summary_of(first)
        log(f"importer stopped with exit code {first.returncode}: {run1}")
        mid = asyncio.run(count(url, subject))
        log(f"stored at the kill: {mid['reports']:,} reports (acknowledged {killed_at:,})")

        log("restarting the API and re-running the same import command")
        api = serve(env, port, args.workers, root / "api.log")
        cpu.roots["api"].add(api.pid)
        wait_ready(base)
        cpu.mark()
        started = time.monotonic()
        second = importer(args, data, base, creds, env)
        cpu.roots["importer"].add(second.pid)
        run2 = summary_of(second)
        second_seconds = time.monotonic() - started
        log(f"importer finished with exit code {second.returncode}: {run2}")
        final = asyncio.run(count(url, subject))
        cpu_seconds = cpu.stop()
        kill9(api)
        api = None

        # Wall time of the importer runs (start to kill, start to exit), downtime excluded.
        seconds = first_seconds + second_seconds
        e2e = args.reports / seconds if seconds else 0.0
        log("raw asyncpg COPY of the same number of rows into report")
        copy = asyncio.run(copy_rate(url))
        exact = final["reports"] == final["distinct_descriptions"] == final["keys"] == args.reports
        result.update(
            killed_with_acknowledged=killed_at,
            stored_at_kill=mid["reports"],
            first_run=run1,
            first_exit=first.returncode,
            second_run=run2,
            second_exit=second.returncode,
            final=final,
            exactly_once=exact,
            importer_seconds=seconds,
            end_to_end_rate=e2e,
            copy=copy,
            ratio_to_copy=e2e / copy["rate"],
            cpus=os.cpu_count(),
            cpu_seconds=cpu_seconds,
            cpu_ms_per_report={k: 1000 * v / args.reports for k, v in cpu_seconds.items()},
            load_average=os.getloadavg(),
        )
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(json.dumps(result, indent=2, default=str) + "\n")
        print()
        print(f"reports imported          {args.reports:>12,}")
        print(f"kill -9 with acknowledged {killed_at:>12,}  (stored then: {mid['reports']:,})")
        print(f"final reports             {final['reports']:>12,}  distinct "
              f"{final['distinct_descriptions']:,}  import keys {final['keys']:,}")  # fmt: skip
        print(f"exactly once              {'yes' if exact else 'NO':>12}")
        print(f"importer time (2 runs)    {seconds:>11.1f}s")
        print(f"end to end                {e2e:>12,.0f} reports/s")
        for name, used in cpu_seconds.items():
            print(f"CPU {name:<22}{1000 * used / args.reports:>11.3f} ms/report ({used:.1f} s)")
        print(f"load average (1 min)      {os.getloadavg()[0]:>12.2f}")
        print(f"asyncpg COPY into report  {copy['rate']:>12,.0f} rows/s")
        print(f"ratio end-to-end / COPY   {e2e / copy['rate']:>12.4f}")
        return 0 if exact else 1
    finally:
        if api is not None:
            kill9(api)
        server.stop()
        if args.keep:
            log(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
