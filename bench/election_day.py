"""Election-day load: the service in its production shape under an open-loop mix of
election-night traffic, stepped up until p99 passes 1 s. A benchmark, not a test.

    .venv/bin/python bench/election_day.py                                  # seed + run
    .venv/bin/python bench/election_day.py --reuse /tmp/bawaslu-election-bench  # rerun

What one run does:

1. Starts an embedded PostgreSQL in ``--data-dir`` (default ``/tmp/bawaslu-election-bench``,
   never the repository) and seeds ``--reports`` (1,000,000) reports with
   ``bench/stats_bench.py``'s seeding (``bench/api_bench.py``'s COPY seeder plus stages,
   subjects, durations, clock outcomes and KPU follow-ups). ``--reuse [DIR]`` keeps a
   database already seeded with that many reports (migrated to the head of the tree under
   test, ``ANALYZE``d). Then, once per database: a third of the decided, forwarded and
   not-registered cases get a public announcement (``announced_at``, a notice), so that the
   public notice board has about 200,000 entries.
2. Starts the production shape: ``bawaslu-api serve --workers N`` (``--api-workers``, default
   3) on TCP with the docker-compose environment (``BAWASLU_ENVIRONMENT=production``, JSON
   access logs at INFO to a file, random secrets) and the job worker (``--worker-cmd``,
   default ``bawaslu-api worker``, the same environment) running all along. **Rate limits**
   are raised for the load (``BAWASLU_RATE_LIMITS``: every bucket of the settings' default
   at 1,000,000,000 requests per window, so they are still counted in PostgreSQL as in
   production, but never refuse; see ``rate_limit_env``). The callers are ``--clients``
   (50,000) distinct addresses, passed as ``X-Forwarded-For`` by the generator as a trusted
   proxy (``BAWASLU_TRUSTED_PROXIES=127.0.0.1``), as a CDN or load balancer does;
   ``--clients 0`` sends everything from 127.0.0.1 (one rate-limit counter row for all).
   ``--env KEY=VALUE`` adds or overrides a variable of both (e.g. a key a later version
   requires).
3. Makes the callers: tokens of a handler of 52.03 and a viewer of 52 minted with
   ``bawaslu-api tokens mint``, a KPU machine client (``bawaslu-api clients create``,
   scope ``kpu:followup``, national) and its token over ``/v1/auth/token``, and 100 online
   filings whose receipt codes the receipt look-ups use.
4. For each mix (``--mixes``), steps the arrival rate up from ``--start-rate`` by
   ``--factor`` until a step fails (p99 >= 1 s, or any error: an unexpected status, a
   timeout, a request not answered): each step is ``--warmup`` + ``--step-seconds`` of Poisson
   arrivals at a fixed rate from a load generator in its own process (``--loadgen``, raw
   HTTP/1.1 keep-alive over asyncio, no client-side queue: every request is sent at its
   scheduled time on a free or new connection, and its latency counts from the scheduled
   time, so a slow server cannot slow the generator down and hide its latency). Non-2xx
   answers (other than an expected 404 for an unknown receipt code) and timeouts (10 s)
   are errors.
5. Measures per step what PostgreSQL's backends wait on (``pg_stat_activity`` four times a
   second: on CPU, lock waits, I/O, idle in a transaction) and the CPU (user + system, as %
   of one core) of each API worker, the API's master, the job worker, PostgreSQL
   (postmaster, its live and exited backends), the generator (its own ``getrusage``) and
   the whole machine (``/proc/stat``; the difference is other load), and names what
   saturated first at the failing step.
6. Prints a table per mix and writes ``bench/results/election_day.json`` (``--output``).

The mixes (weights per request):

- ``public``: anonymous public traffic, as it reaches the API without a CDN: the
  announcements (40: any office, a quarter of them the next page), the open statistics
  (20 JSON, 4 CSV: a Kabupaten 70 %, a province 27 %, the country 3 %; a quarter of them one
  month), receipt look-ups (30: 90 % a real code, 10 % an unknown one, a 404), labels and
  the data dictionary (6).
- ``filing``: public online filing (70: to any Kabupaten or Kota) and receipt look-ups (30).
- ``staff``: a handler of 52.03 filing reports (25), listing (30: their office, a viewer of
  province 52 theirs), reading one (30) and registering one filed in this step (15).
- ``kpu``: KPU's system polling its forwardings (pending ones, first page and the next).
- ``election_day``: all of it: public 80, filing 5, staff 12, KPU 3 (each split as above).

The machine may be shared: the generator runs on the same cores as the service, and the
machine's total CPU is reported beside the processes' so that other load shows.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import os
import random
import resource
import secrets
import subprocess
import sys
import threading
import time
import urllib.parse
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))
sys.path.insert(0, str(REPO / "src"))

P99_LIMIT_MS = 1000.0
TIMEOUT_S = 10.0
MIXES = ("public", "filing", "staff", "kpu", "election_day")
RECEIPTS_AT_SETUP = 100

# =============================================================================================
# The load generator (its own process: ``--loadgen CONFIG OUT``)
# =============================================================================================


class Http:
    """A minimal HTTP/1.1 keep-alive client on asyncio streams: cheap on CPU, so that the
    generator leaves the cores to the service."""

    IDLE_S = 2.0
    """Connections idle longer are closed by us, well before uvicorn's keep-alive timeout
    (5 s) closes them under a request in flight."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter, float]] = []
        self.opened = 0

    async def request(
        self, method: str, path: str, headers: dict[str, str], body: bytes | None
    ) -> tuple[int, bytes]:
        now = time.monotonic()
        while self.idle:
            reader, writer, since = self.idle.pop()
            if now - since < self.IDLE_S and not reader.at_eof():
                try:
                    return await self._send(reader, writer, method, path, headers, body)
                except _StaleConnection:
                    break  # closed by the server before it read anything: a new one
            writer.close()
        reader, writer = await asyncio.open_connection(self.host, self.port)
        self.opened += 1
        return await self._send(reader, writer, method, path, headers, body)

    async def _send(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        method: str,
        path: str,
        headers: dict[str, str],
        body: bytes | None,
    ) -> tuple[int, bytes]:
        try:
            head = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}"]
            head += [f"{k}: {v}" for k, v in headers.items()]
            if body is not None:
                head.append(f"Content-Length: {len(body)}")
            writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + (body or b""))
            status_line = await reader.readline()
            if not status_line:
                raise _StaleConnection("closed before any answer")
            status = int(status_line.split()[1])
            length, chunked, close = 0, False, False
            while True:
                line = await reader.readline()
                if line in (b"\r\n", b""):
                    break
                name, _, value = line.partition(b":")
                name = name.strip().lower()
                if name == b"content-length":
                    length = int(value)
                elif name == b"transfer-encoding" and b"chunked" in value.lower():
                    chunked = True
                elif name == b"connection" and b"close" in value.lower():
                    close = True
            if chunked:
                parts = []
                while True:
                    size = int((await reader.readline()).split(b";")[0], 16)
                    if size == 0:
                        await reader.readline()
                        break
                    parts.append(await reader.readexactly(size))
                    await reader.readline()
                data = b"".join(parts)
            else:
                data = await reader.readexactly(length) if length else b""
        except BaseException:
            writer.close()
            raise
        if close:
            writer.close()
        else:
            self.idle.append((reader, writer, time.monotonic()))
        return status, data


class _StaleConnection(ConnectionError):
    pass


def public_filing_body(rnd: random.Random, office: str = "52.03") -> dict[str, Any]:
    """An online filing (the report of tests/api/reports/conftest.py) to ``office``."""
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    import api_bench

    body = api_bench.report_body()
    for key in ("kind", "channel", "received_at", "signature"):
        body.pop(key)
    body["known_on"] = yesterday
    body["office"] = office
    body["incident"] = {"date": yesterday, "office": office, "address": "Pasar"}
    body["reporter"]["nik"] = "520301" + f"{rnd.randrange(10**10):010d}"
    return body


class Ops:
    """What each kind of request is, given the inputs made at setup."""

    def __init__(self, inputs: dict[str, Any], rnd: random.Random) -> None:
        self.i, self.rnd = inputs, rnd
        self.codes: list[str] = list(inputs["receipt_codes"])
        self.created: list[str] = []
        self.kpu_cursor: str | None = None
        self.announce_cursor: dict[str, str] = {}
        self.clients = int(inputs.get("clients", 0))
        self.staff = {"Authorization": f"Bearer {inputs['tokens']['handler_5203']}"}
        self.viewer = {"Authorization": f"Bearer {inputs['tokens']['viewer_52']}"}
        self.kpu = {"Authorization": f"Bearer {inputs['kpu_token']}"}
        import api_bench

        self.staff_body = json.dumps(api_bench.report_body()).encode()

    def _office(self, national: float = 0.03) -> str | None:
        x = self.rnd.random()
        if x < national:
            return None
        if x < national + 0.27:
            return self.rnd.choice(self.i["provinces"])
        return self.rnd.choice(self.i["regencies"])

    # Each returns (method, path, headers, body, accepted statuses).
    def announcements(self) -> Any:
        office = self._office(0.1)
        q: dict[str, Any] = {"limit": 50}
        if office:
            q["office"] = office
        key = office or ""
        if key in self.announce_cursor and self.rnd.random() < 0.25:
            q["cursor"] = self.announce_cursor[key]
        return "GET", "/v1/public/announcements?" + urllib.parse.urlencode(q), {}, None, (200,)

    def statistics(self, csv: bool = False) -> Any:
        office = self._office()
        q: dict[str, Any] = {}
        if office:
            q["office"] = office
        if self.rnd.random() < 0.25:
            month = f"2024-{self.rnd.randint(1, 12):02d}"
            q["from"] = q["to"] = month
        path = "/v1/public/statistics" + (".csv" if csv else "")
        return "GET", path + ("?" + urllib.parse.urlencode(q) if q else ""), {}, None, (200,)

    def receipt(self) -> Any:
        if self.rnd.random() < 0.1 or not self.codes:
            code, ok = "BWS-0000-0000-0000-" + f"{self.rnd.randrange(10**4):04d}", (404,)
        else:
            code, ok = self.rnd.choice(self.codes), (200,)
        body = json.dumps({"code": code}).encode()
        headers = {"Content-Type": "application/json"}
        return "POST", "/v1/public/receipts/lookup", headers, body, ok

    def reference(self) -> Any:
        path = self.rnd.choice(["/v1/reference/labels", "/v1/public/statistics/dictionary"])
        return "GET", path, {}, None, (200,)

    def filing(self) -> Any:
        office = self.rnd.choice(self.i["regencies"])
        body = json.dumps(public_filing_body(self.rnd, office)).encode()
        headers = {"Content-Type": "application/json"}
        return "POST", "/v1/public/reports", headers, body, (201,)

    def intake(self) -> Any:
        headers = {**self.staff, "Content-Type": "application/json"}
        return "POST", "/v1/reports", headers, self.staff_body, (201,)

    def staff_list(self) -> Any:
        if self.rnd.random() < 0.5:
            return "GET", "/v1/reports?office=52.03&limit=50", self.staff, None, (200,)
        return "GET", "/v1/reports?office=52&status=registered&limit=50", self.viewer, None, (200,)

    def staff_read(self) -> Any:
        rid = self.rnd.choice(self.i["read_ids"])
        return "GET", f"/v1/reports/{rid}", self.staff, None, (200,)

    def register(self) -> Any:
        if not self.created:
            return self.staff_read()
        rid = self.created.pop(0)
        return "POST", f"/v1/reports/{rid}/registration", self.staff, None, (200, 201)

    def kpu_poll(self) -> Any:
        q: dict[str, Any] = {"status": "pending", "limit": 50}
        if self.kpu_cursor and self.rnd.random() < 0.5:
            q["cursor"] = self.kpu_cursor
        return "GET", "/v1/kpu/forwardings?" + urllib.parse.urlencode(q), self.kpu, None, (200,)

    def address(self) -> dict[str, str]:
        """The caller's address as a trusted proxy (a CDN, a load balancer) passes it on."""
        if not self.clients:
            return {}
        n = self.rnd.randrange(self.clients)
        return {"X-Forwarded-For": f"10.{n >> 16 & 255}.{n >> 8 & 255}.{n & 255}"}

    def learn(self, name: str, path: str, status: int, data: bytes) -> None:
        """Keep what later requests use: receipt codes, created ids, cursors."""
        if status >= 300:
            return
        if name in ("filing", "intake", "announcements", "kpu_poll"):
            try:
                doc = json.loads(data)
            except ValueError:
                return
            if name == "filing" and doc.get("receipt_code"):
                self.codes.append(doc["receipt_code"])
            elif name == "intake" and doc.get("id"):
                self.created.append(doc["id"])
            elif name == "kpu_poll":
                self.kpu_cursor = doc.get("next_cursor")
            elif name == "announcements" and doc.get("next_cursor"):
                q = urllib.parse.parse_qs(urllib.parse.urlsplit(path).query)
                self.announce_cursor[q.get("office", [""])[0]] = doc["next_cursor"]


PUBLIC = {"announcements": 40, "statistics": 20, "statistics_csv": 4, "receipt": 30, "reference": 6}
FILING = {"filing": 70, "receipt": 30}
STAFF = {"intake": 25, "staff_list": 30, "staff_read": 30, "register": 15}
KPU = {"kpu_poll": 100}


def _scaled(weights: dict[str, int], share: float) -> dict[str, float]:
    total = sum(weights.values())
    return {k: share * v / total for k, v in weights.items()}


def mix_weights(mix: str) -> dict[str, float]:
    if mix == "election_day":
        out: dict[str, float] = {}
        for part, share in ((PUBLIC, 80), (FILING, 5), (STAFF, 12), (KPU, 3)):
            for k, v in _scaled(part, share).items():
                out[k] = out.get(k, 0.0) + v
        return out
    return {k: float(v) for k, v in {"public": PUBLIC, "filing": FILING, "staff": STAFF,
                                       "kpu": KPU}[mix].items()}  # fmt: skip


def _pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, max(0, math.ceil(p / 100 * len(values)) - 1))]


async def _loadgen(cfg: dict[str, Any]) -> dict[str, Any]:
    rnd = random.Random(cfg["seed"])
    ops = Ops(cfg["inputs"], rnd)
    weights = mix_weights(cfg["mix"])
    names, cum = list(weights), []
    acc = 0.0
    for n in names:
        acc += weights[n]
        cum.append(acc)
    http = Http("127.0.0.1", cfg["port"])
    rate, warmup, duration = cfg["rate"], cfg["warmup"], cfg["duration"]
    results: list[tuple[str, float, float, int, str]] = []  # name, t, latency, status, note
    scheduled = 0
    lags: list[float] = []
    inflight = 0
    dropped = 0
    max_inflight = cfg["max_inflight"]

    async def one(name: str, intended: float) -> None:
        nonlocal inflight
        op = ops.statistics(csv=True) if name == "statistics_csv" else getattr(ops, name)()
        method, path, headers, body, accepted = op
        headers = {**headers, **ops.address()}
        inflight += 1
        lags.append(time.perf_counter() - intended)
        note = ""
        try:
            status, data = await asyncio.wait_for(
                http.request(method, path, headers, body), TIMEOUT_S
            )
            ops.learn(name, path, status, data)
            if status not in accepted:
                note = f"{status} {method} {path.split('?')[0]}: {data[:200]!r}"
        except TimeoutError:
            status, note = 0, f"timeout {method} {path.split('?')[0]}"
        except Exception as exc:
            status, note = 0, f"{type(exc).__name__} {method} {path.split('?')[0]}: {exc}"
        finally:
            inflight -= 1
        results.append((name, intended, time.perf_counter() - intended, status, note))

    tasks: set[asyncio.Task[None]] = set()
    start = time.perf_counter() + 0.2
    t = start
    end = start + warmup + duration
    while True:
        t += rnd.expovariate(rate)
        if t >= end:
            break
        now = time.perf_counter()
        if t > now:
            await asyncio.sleep(t - now)
        x = rnd.random() * acc
        name = names[next(i for i, c in enumerate(cum) if x <= c)]
        if t >= start + warmup:
            scheduled += 1
        if inflight >= max_inflight:
            dropped += 1
            results.append((name, t, float("inf"), 0, "dropped: too many in flight"))
            continue
        task = asyncio.create_task(one(name, t))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
    if tasks:
        await asyncio.wait(tasks, timeout=TIMEOUT_S + 2)
    measured = [r for r in results if r[1] >= start + warmup]
    unanswered = scheduled - len(measured)
    lat = [r[2] * 1000 for r in measured]
    errors = [r for r in measured if r[4]]
    per_op: dict[str, Any] = {}
    for name in names:
        mine = [r[2] * 1000 for r in measured if r[0] == name]
        if mine:
            per_op[name] = {
                "requests": len(mine),
                "errors": sum(1 for r in measured if r[0] == name and r[4]),
                "p50_ms": round(_pct(mine, 50), 1),
                "p99_ms": round(_pct(mine, 99), 1),
            }
    usage = resource.getrusage(resource.RUSAGE_SELF)
    expected = rate * duration
    return {
        "mix": cfg["mix"],
        "rate": rate,
        "expected": round(expected),
        "scheduled": scheduled,
        "unanswered": unanswered,
        "requests": len(measured),
        "answered_rps": round(len(measured) / duration, 1),
        "errors": len(errors) + unanswered,
        "error_samples": sorted({e[4] for e in errors})[:8],
        "dropped": dropped,
        "p50_ms": round(_pct(lat, 50), 1),
        "p90_ms": round(_pct(lat, 90), 1),
        "p99_ms": round(_pct(lat, 99), 1),
        "max_ms": round(max(lat), 1) if lat else None,
        "generator_lag_p99_ms": round(_pct([x * 1000 for x in lags], 99), 1),
        "generator_cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
        "connections_opened": http.opened,
        "per_op": per_op,
    }


def loadgen_main(config: Path, out: Path) -> None:
    cfg = json.loads(config.read_text())
    with contextlib.suppress(ImportError):
        import uvloop

        uvloop.install()
    out.write_text(json.dumps(asyncio.run(_loadgen(cfg))))


# =============================================================================================
# The service and the database
# =============================================================================================

ANNOUNCE = """UPDATE report SET
    announced_at = COALESCE(registered_at, received_at) + interval '20 days',
    announcement = jsonb_build_object('notice', 'Pengumuman status laporan (bench)')
    WHERE status IN ('decided', 'forwarded', 'not_registered')
      AND abs(hashtext(id::text)) % 3 = 0 AND announced_at IS NULL"""


async def _prepare_public(dsn: str) -> dict[str, Any]:
    """Announcements once per database, and the inputs the generator draws from."""
    import asyncpg

    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute("CREATE SCHEMA IF NOT EXISTS election_bench")
        if await conn.fetchval("SELECT to_regclass('election_bench.announced')") is None:
            t0 = time.perf_counter()
            status = await conn.execute(ANNOUNCE)
            await conn.execute("ANALYZE report")
            await conn.execute("CREATE TABLE election_bench.announced AS SELECT now() AS at")
            import api_bench

            api_bench.log(f"  announcements: {status} in {time.perf_counter() - t0:.1f}s")
        # The seed is years of history: hundreds of thousands of clocks overdue that no
        # deadline monitor ever saw. A live database has alerted them as they fell due;
        # without this the job worker spends the run catching up (one transaction and one
        # event per clock) and its CPU is not election night's.
        status = await conn.execute(
            "INSERT INTO deadline_alert (deadline_id, kind, emitted_at) "
            "SELECT id, 'missed', due_at FROM deadline WHERE status = 'pending' "
            "AND due_at <= now() ON CONFLICT DO NOTHING"
        )
        import api_bench

        api_bench.log(f"  overdue clocks marked alerted (the seed's history): {status}")
        announced = await conn.fetchval(
            "SELECT count(*) FROM report WHERE announced_at IS NOT NULL"
        )
        offices = await conn.fetch("SELECT code, level FROM office ORDER BY code")
        path = await conn.fetchval("SELECT path FROM office WHERE code = '52.03'")
        ids = await conn.fetch(
            "SELECT id FROM report WHERE office_path = $1 ORDER BY id DESC LIMIT 1000", path
        )
        pending = await conn.fetchval(
            "SELECT count(*) FROM kpu_forwarding WHERE status = 'pending'"
        )
    finally:
        await conn.close()
    return {
        "announced": announced,
        "kpu_pending": pending,
        "provinces": [o["code"] for o in offices if o["level"] == "province"],
        "regencies": [o["code"] for o in offices if o["level"] in ("regency", "city")],
        "read_ids": [str(r["id"]) for r in ids],
    }


def rate_limit_env() -> str:
    """Every bucket of the settings' default, at a rate no load reaches (still counted)."""
    from bawaslu_api.settings import Settings

    default = Settings.model_fields["rate_limits"].get_default(call_default_factory=True)
    return json.dumps({k: [1_000_000_000, int(v[1])] for k, v in default.items()})


def cli(env: dict[str, str], cwd: Path, *args: str) -> str:
    import api_bench

    done = subprocess.run(
        [str(api_bench.VENV_BIN / "bawaslu-api"), *args],
        env=env, cwd=cwd, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"bawaslu-api {' '.join(args)}: {done.stderr[-2000:]}")
    return done.stdout


def post(port: int, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, Any]:
    import urllib.error
    import urllib.request

    req = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}", data=body, headers=headers, method="POST"
    )
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, e.read()[:500]


def proc_cpu(pid: int) -> float:
    tick = os.sysconf("SC_CLK_TCK")
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / tick


def group_pids(pgid: int) -> list[int]:
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            if int(stat.read_text().rsplit(")", 1)[1].split()[2]) == pgid:
                pids.append(int(stat.parent.name))
    return sorted(pids)


def _is_server(pid: int) -> bool:
    """A uvicorn worker, not multiprocessing's resource tracker."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return b"resource_tracker" not in cmdline


def machine_busy() -> tuple[float, float]:
    """(busy, total) jiffies of all cores since boot."""
    parts = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = parts[3] + parts[4]
    total = sum(parts[:8])
    return (total - idle) / os.sysconf("SC_CLK_TCK"), total / os.sysconf("SC_CLK_TCK")


class Meter:
    """CPU seconds of each process of the service over a step."""

    def __init__(self, api_pgid: int, api_master: int, worker_pgid: int, postmaster: int):
        import api_bench

        self.api_master, self.postmaster = api_master, postmaster
        self.api_workers = [p for p in group_pids(api_pgid) if p != api_master and _is_server(p)]
        self.worker_pgid = worker_pgid
        self.pg = lambda: api_bench.group_cpu_seconds(0, parent=postmaster)

    def sample(self) -> dict[str, float]:
        out = {f"api worker {i + 1}": proc_cpu(p) for i, p in enumerate(self.api_workers)}
        out["api master"] = proc_cpu(self.api_master)
        out["job worker"] = sum(proc_cpu(p) for p in group_pids(self.worker_pgid))
        out["postgres"] = self.pg()
        out["machine"], _ = machine_busy()
        return out


class WaitSampler(threading.Thread):
    """What PostgreSQL's backends of the database are doing, four times a second: on CPU
    (``active``), waiting on a lock, on I/O, or idle in a transaction (the application
    holds it). The average number of backends in each state over a step."""

    def __init__(self, dsn: str) -> None:
        super().__init__(daemon=True)
        self.dsn, self.stop = dsn, threading.Event()
        self.counts: Counter[str] = Counter()
        self.waiting: Counter[str] = Counter()
        self.samples = 0

    def run(self) -> None:
        asyncio.run(self._go())

    async def _go(self) -> None:
        import asyncpg

        conn = await asyncpg.connect(self.dsn)
        try:
            while not self.stop.is_set():
                rows = await conn.fetch(
                    "SELECT CASE WHEN state = 'active' AND wait_event_type IS NULL "
                    "THEN 'active (CPU)' WHEN state = 'idle in transaction' "
                    "THEN 'idle in transaction' "
                    "ELSE coalesce(wait_event_type || ':' || wait_event, state) END AS w, "
                    "count(*) AS n FROM pg_stat_activity WHERE datname = current_database() "
                    "AND pid <> pg_backend_pid() AND state <> 'idle' "
                    "AND backend_type = 'client backend' GROUP BY 1"
                )
                for r in rows:
                    self.counts[r["w"]] += r["n"]
                if any(r["w"].startswith("Lock:") for r in rows):
                    for r in await conn.fetch(
                        "SELECT left(regexp_replace(query, '\\s+', ' ', 'g'), 120) AS q, "
                        "count(*) AS n FROM pg_stat_activity "
                        "WHERE datname = current_database() AND wait_event_type = 'Lock' "
                        "GROUP BY 1"
                    ):
                        self.waiting[r["q"]] += r["n"]
                self.samples += 1
                await asyncio.sleep(0.25)
        finally:
            await conn.close()

    def result(self) -> dict[str, float]:
        n = max(1, self.samples)
        return {k: round(v / n, 2) for k, v in self.counts.most_common(6)}

    def lock_waiters(self) -> dict[str, float]:
        """The statements that waited on a lock, most waited first."""
        n = max(1, self.samples)
        return {k: round(v / n, 2) for k, v in self.waiting.most_common(3)}


def saturation(step: dict[str, Any], cores: int) -> str:
    cpu = step["cpu_pct"]
    machine = cpu["machine"]
    workers = {k: v for k, v in cpu.items() if k.startswith("api worker")}
    ours = {
        "API workers": sum(workers.values()),
        "PostgreSQL": cpu["postgres"],
        "job worker": cpu["job worker"],
        "load generator": cpu["generator"],
    }
    biggest = max(ours, key=lambda k: ours[k])
    hot = [k for k, v in workers.items() if v >= 85]
    waits = step.get("db_backends", {})
    locks = {k: v for k, v in waits.items() if k.startswith("Lock:")}
    if sum(locks.values()) >= 1:
        held = ", ".join(f"{k} {v}" for k, v in locks.items())
        return (
            f"lock waits in PostgreSQL (backends waiting on average: {held}; machine "
            f"{machine:.0f} % of {100 * cores} %)"
        )
    if machine >= 85 * cores:
        return (
            f"the machine's {cores} cores ({machine:.0f} % of {100 * cores} %; biggest: "
            f"{biggest} {ours[biggest]:.0f} %, others outside the service "
            f"{max(0.0, machine - sum(ours.values())):.0f} %)"
        )
    if hot:
        return f"API worker event loop(s) at one core: {', '.join(hot)}"
    if cpu["postgres"] >= 85:
        return f"PostgreSQL ({cpu['postgres']:.0f} %)"
    return (
        f"no CPU limit reached ({machine:.0f} % of {100 * cores} %): waiting (connection pool, "
        "locks or slow statements); see per_op"
    )


# =============================================================================================
# Main
# =============================================================================================


def run_step(
    args: argparse.Namespace, work: Path, mix: str, rate: float, inputs: dict[str, Any],
    meter: Meter, seed: int, dsn: str,
) -> dict[str, Any]:  # fmt: skip
    import api_bench

    cfg = {
        "mix": mix, "rate": rate, "warmup": args.warmup, "duration": args.step_seconds,
        "port": args.port, "inputs": inputs, "seed": seed, "max_inflight": args.max_inflight,
    }  # fmt: skip
    config, out = work / "loadgen.json", work / "loadgen_out.json"
    config.write_text(json.dumps(cfg))
    out.unlink(missing_ok=True)
    sampler = WaitSampler(dsn)
    sampler.start()
    before, t0 = meter.sample(), time.monotonic()
    subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--loadgen", str(config), str(out)],
        check=True,
    )
    wall = time.monotonic() - t0
    after = meter.sample()
    sampler.stop.set()
    sampler.join()
    res: dict[str, Any] = json.loads(out.read_text())
    res["db_backends"] = sampler.result()
    res["lock_waiters"] = sampler.lock_waiters()
    cpu = {k: round(100 * (after[k] - before[k]) / wall, 1) for k in after}
    cpu["generator"] = round(100 * res["generator_cpu_s"] / wall, 1)
    res["cpu_pct"] = cpu
    res["wall_s"] = round(wall, 1)
    res["ok"] = res["errors"] == 0 and res["p99_ms"] < P99_LIMIT_MS
    workers = sum(v for k, v in cpu.items() if k.startswith("api worker"))
    api_bench.log(
        f"  {mix:12s} {rate:7.1f}/s: answered {res['answered_rps']:7.1f}/s p50 "
        f"{res['p50_ms']:7.1f} p99 {res['p99_ms']:8.1f} ms, errors {res['errors']}; CPU % "
        f"API {workers:.0f} PG {cpu['postgres']:.0f} job {cpu['job worker']:.0f} gen "
        f"{cpu['generator']:.0f} machine {cpu['machine']:.0f} -> {'ok' if res['ok'] else 'FAIL'}"
    )
    api_bench.log(f"    PostgreSQL backends (average): {res['db_backends']}")
    for statement, n in list(res["lock_waiters"].items())[:2]:
        api_bench.log(f"    waiting on a lock ({n}): {statement}")
    for sample in res["error_samples"][:3]:
        api_bench.log(f"    error: {sample}")
    return res


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reports", type=int, default=1_000_000)
    parser.add_argument("--data-dir", type=Path, default=Path("/tmp/bawaslu-election-bench"))
    parser.add_argument(
        "--reuse", nargs="?", const=True, default=False, metavar="DIR",
        help="keep a database seeded with --reports reports (in DIR, else --data-dir)",
    )  # fmt: skip
    parser.add_argument("--api-workers", type=int, default=3)
    parser.add_argument("--worker-cmd", default="bawaslu-api worker")
    parser.add_argument("--port", type=int, default=18090)
    parser.add_argument("--mixes", nargs="*", default=list(MIXES), choices=MIXES)
    parser.add_argument("--start-rate", type=float, default=10.0)
    parser.add_argument("--factor", type=float, default=1.5)
    parser.add_argument("--max-steps", type=int, default=12)
    parser.add_argument("--step-seconds", type=float, default=20.0)
    parser.add_argument("--warmup", type=float, default=3.0)
    parser.add_argument("--max-inflight", type=int, default=2000)
    parser.add_argument(
        "--clients", type=int, default=50_000,
        help="distinct caller addresses, sent as X-Forwarded-For from a trusted proxy "
        "(BAWASLU_TRUSTED_PROXIES=127.0.0.1); 0: every request from 127.0.0.1",
    )  # fmt: skip
    parser.add_argument("--env", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--output", type=Path, default=BENCH_DIR / "results" / "election_day.json")
    parser.add_argument("--loadgen", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.loadgen:
        loadgen_main(*args.loadgen)
        return
    if isinstance(args.reuse, str):
        args.data_dir = Path(args.reuse)
    data_dir = args.data_dir.resolve()
    if data_dir.is_relative_to(REPO):
        raise SystemExit("--data-dir must be outside the repository")
    data_dir.mkdir(parents=True, exist_ok=True)
    work = data_dir / "run"
    work.mkdir(exist_ok=True)

    import api_bench
    import stats_bench

    from bawaslu_api.db import embedded

    api_bench.use_data_dir(data_dir / "data")  # migrations and seeding seal with the API's keys

    started = time.perf_counter()
    server = embedded.start(data_dir / "pgdata")
    procs: list[api_bench.Server] = []
    try:
        seeding = stats_bench.prepare(server, args.reports, bool(args.reuse))
        seeding["seconds_total"] = round(time.perf_counter() - started, 1)
        url = server.url(stats_bench.DB_NAME)
        inputs = asyncio.run(_prepare_public(api_bench.asyncpg_dsn(url)))
        api_bench.log(
            f"{inputs['announced']:,} announced cases, {inputs['kpu_pending']:,} pending KPU "
            f"forwardings; ready after {time.perf_counter() - started:.0f}s"
        )
        postmaster = int((data_dir / "pgdata" / "postmaster.pid").read_text().split()[0])
        keys_dir = data_dir / "keys"
        keys_dir.mkdir(exist_ok=True)
        base = {k: v for k, v in os.environ.items() if not k.startswith("BAWASLU_")}
        env = {
            **base,
            "BAWASLU_ENVIRONMENT": "production",
            "BAWASLU_DATABASE_URL": url,
            "BAWASLU_DATA_DIR": str(data_dir / "data"),
            "BAWASLU_LOG_JSON": "true",
            "BAWASLU_LOG_LEVEL": "INFO",
            "BAWASLU_DB_STATEMENT_TIMEOUT_MS": "15000",
            "BAWASLU_JWT_KEYS_DIR": str(keys_dir),
            "BAWASLU_MIGRATE_ON_START": "false",
            "BAWASLU_SEED_DEMO_ON_START": "false",
            "BAWASLU_RATE_LIMITS": rate_limit_env(),
            "BAWASLU_WEBHOOK_SECRET_KEY": secrets.token_urlsafe(32),
            "BAWASLU_PUBLIC_STATS_SECRET": secrets.token_urlsafe(32),
            "BAWASLU_TRUSTED_PROXIES": "127.0.0.1",
        }
        for item in args.env:
            key, _, value = item.partition("=")
            env[key] = value
        tokens = api_bench.mint_tokens(url, keys_dir)
        created = cli(
            env, work, "clients", "create", "--name", "KPU RI (bench)", "--office", "ID",
            "--scope", "kpu:followup",
        )  # fmt: skip
        client = dict(line.split("=", 1) for line in created.strip().splitlines() if "=" in line)
        api = api_bench.Server(
            "api",
            [str(api_bench.VENV_BIN / "bawaslu-api"), "serve", "--host", "127.0.0.1",
             "--port", str(args.port), "--workers", str(args.api_workers)],
            env, args.port, "/v1/health/ready", work / "api.log", work,
        )  # fmt: skip
        procs.append(api)
        api.wait_ready(timeout=180)
        worker_cmd = args.worker_cmd.split()
        if "/" not in worker_cmd[0] and (api_bench.VENV_BIN / worker_cmd[0]).exists():
            worker_cmd[0] = str(api_bench.VENV_BIN / worker_cmd[0])
        job = api_bench.Server(
            "job worker", worker_cmd, env, args.port, "/v1/health/live",
            work / "worker.log", work,
        )  # fmt: skip
        procs.append(job)
        time.sleep(3)
        if job.proc.poll() is not None:
            raise RuntimeError(
                f"the job worker exited: {(work / 'worker.log').read_text()[-2000:]}"
            )
        status, token = post(
            args.port, "/v1/auth/token",
            urllib.parse.urlencode({"grant_type": "client_credentials",
                                    "client_id": client["client_id"],
                                    "client_secret": client["client_secret"]}).encode(),
            {"Content-Type": "application/x-www-form-urlencoded"},
        )  # fmt: skip
        if status != 200:
            raise RuntimeError(f"KPU token: {status} {token!r}")
        rnd = random.Random(7)
        codes = []
        for _ in range(RECEIPTS_AT_SETUP):
            status, filed = post(
                args.port, "/v1/public/reports", json.dumps(public_filing_body(rnd)).encode(),
                {"Content-Type": "application/json"},
            )  # fmt: skip
            if status != 201:
                raise RuntimeError(f"online filing at setup: {status} {filed!r}")
            codes.append(filed["receipt_code"])
        gen_inputs = {
            **{k: inputs[k] for k in ("provinces", "regencies", "read_ids")},
            "tokens": tokens, "kpu_token": token["access_token"], "receipt_codes": codes,
            "clients": args.clients,
        }  # fmt: skip
        meter = Meter(api.proc.pid, api.proc.pid, job.proc.pid, postmaster)
        api_bench.log(
            f"API: {len(meter.api_workers)} workers on :{args.port}; job worker "
            f"`{args.worker_cmd}`; {os.cpu_count()} cores; load average {os.getloadavg()}"
        )
        results: dict[str, Any] = {}
        for m, mix in enumerate(args.mixes):
            steps: list[dict[str, Any]] = []
            rate = args.start_rate
            for s in range(args.max_steps):
                step = run_step(
                    args, work, mix, rate, gen_inputs, meter, seed=1000 * m + s,
                    dsn=api_bench.asyncpg_dsn(url),
                )  # fmt: skip
                step["load_average"] = os.getloadavg()
                steps.append(step)
                if job.proc.poll() is not None:
                    raise RuntimeError("the job worker died during the run")
                if not step["ok"]:
                    break
                rate = round(rate * args.factor, 1)
                time.sleep(2)
            good = [s for s in steps if s["ok"]]
            best = good[-1] if good else None
            failed = next((s for s in steps if not s["ok"]), None)
            results[mix] = {
                "sustained_rate": best["rate"] if best else None,
                "at_sustained": best,
                "first_failure": failed,
                "saturates_first": saturation(failed, os.cpu_count() or 1) if failed else None,
                "steps": steps,
            }
    finally:
        for p in reversed(procs):
            p.stop()
        server.stop()
    report = {
        "reports": args.reports,
        "seeding": seeding,
        "api_workers": args.api_workers,
        "clients": args.clients,
        "worker_cmd": args.worker_cmd,
        "cores": os.cpu_count(),
        "step_seconds": args.step_seconds,
        "results": results,
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2, default=str))
    print_table(report)


def print_table(report: dict[str, Any]) -> None:
    print()
    print(
        "| mix | sustained req/s (p99 < 1 s, no error) | p50 / p99 ms | CPU % at that rate: "
        "API workers (each) / PostgreSQL / job worker / generator / machine | first failure "
        "| saturates first |"
    )
    print("|---|---:|---|---|---|---|")
    for mix, r in report["results"].items():
        best, fail = r["at_sustained"], r["first_failure"]
        if best:
            c = best["cpu_pct"]
            each = "+".join(f"{v:.0f}" for k, v in c.items() if k.startswith("api worker"))
            cpu = (
                f"{each} / {c['postgres']:.0f} / {c['job worker']:.0f} / "
                f"{c['generator']:.0f} / {c['machine']:.0f}"
            )
            lat = f"{best['p50_ms']:.0f} / {best['p99_ms']:.0f}"
        else:
            cpu = lat = "-"
        failure = (
            f"{fail['rate']}/s: p99 {fail['p99_ms']:.0f} ms, {fail['errors']} errors"
            if fail
            else "none (max steps)"
        )
        sustained = f"{r['sustained_rate']}" if r["sustained_rate"] else "< start rate"
        print(f"| {mix} | {sustained} | {lat} | {cpu} | {failure} | {r['saturates_first']} |")


if __name__ == "__main__":
    main()
