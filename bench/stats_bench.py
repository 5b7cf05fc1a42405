"""Benchmark of the statistics query (``bawaslu_api.stats.service.statistics``) on 1,000,000
reports, in process.

    .venv/bin/python bench/stats_bench.py [--reports 1000000] [--runs 7] [--reuse]

What it does:

1. Starts an embedded PostgreSQL in ``--data-dir`` (default ``/tmp/bawaslu-stats-bench``,
   never the repository), migrates a fresh database and loads the reference data.
2. Seeds the reports with ``bench/api_bench.py``'s COPY seeder (every province and kab/kota
   office, mixed statuses, decisions, forwardings, ~1.6 clocks per case), then gives them
   what the seeder does not know: a stage (10 % none), one or two subjects (5 % none),
   ``registration_days`` (0-5) for registered cases and ``decision_days`` (3-14 more) for
   decided ones, some missed / waived / overridden clocks, and a KPU forwarding row for each
   forwarding to KPU. ``VACUUM ANALYZE``. With ``--reuse`` a database already seeded with
   exactly that many reports is kept.
3. Times the service function, in this process, on a session of the service's own engine:
   national (Bawaslu RI, no filter), national for one month, a province (52), a Kabupaten
   (52.03), and issue 15's question (52.03, February 2024, money politics, logistics).
   Median (and min / max) of ``--runs`` runs after one warm-up; each statement's share
   (recorded with ``before/after_cursor_execute``). A case slower than ``--explain-over``
   ms gets its statements' ``EXPLAIN (ANALYZE, BUFFERS)`` summary printed.
4. Writes ``bench/results/stats_bench.json``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics as pystats
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))
sys.path.insert(0, str(REPO / "src"))

import api_bench  # noqa: E402  (the COPY seeder)

DB_NAME = "bawaslu_stats"

STAGES = [
    None, "voter_list", "candidacy", "campaign", "campaign", "campaign", "logistics",
    "quiet_period", "voting_counting", "recapitulation",
]  # fmt: skip
SUBJECTS = [
    "money_politics", "neutrality_asn", "neutrality_tni_polri", "neutrality_village",
    "campaign_schedule", "campaign_place", "campaign_props", "campaign_content",
    "campaign_finance", "voter_data", "candidacy", "logistics", "voting_counting",
    "recapitulation", "official_ethics", "other",
]  # fmt: skip


def _array(items: list[str | None]) -> str:
    return "ARRAY[" + ", ".join("NULL" if s is None else f"'{s}'" for s in items) + "]"


ENRICH = [
    # h: a stable pseudo-random number per case
    f"""UPDATE report SET
        stage = ({_array(STAGES)}::text[])[1 + abs(hashtext(id::text)) % 10],
        subjects = CASE WHEN abs(hashtext(id::text)) % 20 = 0 THEN '{{}}'::varchar[]
            ELSE ARRAY[({_array(SUBJECTS)}::text[])[1 + abs(hashtext(id::text) / 7) % 16]]
                 || CASE WHEN abs(hashtext(id::text)) % 5 = 1
                         THEN ARRAY[({_array(SUBJECTS)}::text[])
                                    [1 + abs(hashtext(id::text) / 131) % 16]]
                         ELSE '{{}}'::text[] END
            END::varchar[],
        registration_days = CASE WHEN registered_at IS NOT NULL
            THEN abs(hashtext(id::text) / 3) % 6 END,
        decision_days = CASE WHEN decision IS NOT NULL
            THEN abs(hashtext(id::text) / 3) % 6 + 3 + abs(hashtext(id::text) / 11) % 12 END""",
    """UPDATE deadline SET status = 'missed'
        WHERE status = 'met' AND abs(hashtext(id::text)) % 8 = 0""",
    """UPDATE deadline SET status = 'waived'
        WHERE status = 'met' AND abs(hashtext(id::text)) % 50 = 1""",
    """UPDATE deadline SET override_reason = 'bench'
        WHERE abs(hashtext(id::text)) % 100 = 2""",
    """INSERT INTO kpu_forwarding (id, report_id, office_path, regime, category, reference,
            sent_at, status)
        SELECT gen_random_uuid(), id, office_path, regime, outcome_category::text, '',
            (forwardings -> 0 ->> 'sent_at')::timestamptz,
            (ARRAY['pending', 'acknowledged', 'followed_up'])[1 + abs(hashtext(id::text)) % 3]
        FROM report WHERE forwardings @> '[{"to": "kpu"}]'""",
]


async def _sql(dsn: str, statements: list[str]) -> None:
    import asyncpg

    conn = await asyncpg.connect(dsn)
    try:
        for sql in statements:
            t0 = time.perf_counter()
            status = await conn.execute(sql)
            api_bench.log(f"  {status} in {time.perf_counter() - t0:.1f}s: {sql.split()[0]}")
    finally:
        await conn.close()


async def _seeded(dsn: str, n: int) -> bool:
    import asyncpg

    conn = await asyncpg.connect(dsn)
    try:
        if await conn.fetchval("SELECT to_regclass('stats_bench.seeded')") is None:
            return False
        return bool(await conn.fetchval("SELECT reports = $1 FROM stats_bench.seeded", n))
    finally:
        await conn.close()


def prepare(server: Any, n: int, reuse: bool) -> dict[str, Any]:
    from bawaslu_api.db.migrations import upgrade
    from bawaslu_api.seed import seed_reference

    server.ensure_database(DB_NAME)
    url = server.url(DB_NAME)
    dsn = api_bench.asyncpg_dsn(url)
    if reuse and asyncio.run(_seeded(dsn, n)):
        upgrade(url)
        asyncio.run(_sql(dsn, ["ANALYZE"]))
        api_bench.log(f"reusing {n:,} seeded reports")
        return {"reports": n, "reused": True}
    server.psql(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')
    server.ensure_database(DB_NAME)
    upgrade(url)
    asyncio.run(seed_reference(url))
    t0 = time.perf_counter()
    # The API seeder predates migration 0018: give its new NOT NULL columns a default for
    # the COPY (what intake writes for a new case), then take the defaults away again.
    defaults = (
        "ALTER TABLE report ALTER stage_set_by SET DEFAULT 'derived'",
        "ALTER TABLE report ALTER subjects SET DEFAULT '{}'",
    )
    asyncio.run(_sql(dsn, list(defaults)))
    api_bench.log(f"seeding {n:,} reports (bench/api_bench.py's seeder)")
    info = asyncio.run(api_bench.seed_reports(dsn, n))
    asyncio.run(_sql(dsn, [d.split(" SET DEFAULT")[0] + " DROP DEFAULT" for d in defaults]))
    api_bench.log("classification, durations, clock outcomes, KPU follow-ups")
    asyncio.run(_sql(dsn, ENRICH))
    asyncio.run(_sql(dsn, ["VACUUM ANALYZE report", "VACUUM ANALYZE deadline",
                           "VACUUM ANALYZE kpu_forwarding"]))  # fmt: skip
    asyncio.run(
        _sql(
            dsn,
            [
                "CREATE SCHEMA IF NOT EXISTS stats_bench",
                "DROP TABLE IF EXISTS stats_bench.seeded",
                f"CREATE TABLE stats_bench.seeded AS SELECT {n}::bigint AS reports",
            ],
        )
    )
    info["seconds_with_enrichment"] = round(time.perf_counter() - t0, 1)
    return {**info, "reused": False}


CASES: list[tuple[str, str, dict[str, Any]]] = [
    ("national, everything", "ID", {}),
    ("national, February 2024", "ID", {"from_": date(2024, 2, 1), "to": date(2024, 2, 29)}),
    ("province 52", "52", {}),
    ("Kabupaten 52.03", "52.03", {}),
    (
        "52.03, Feb 2024, money_politics, logistics",
        "52.03",
        {
            "from_": date(2024, 2, 1),
            "to": date(2024, 2, 29),
            "subject": "money_politics",
            "stage": "logistics",
        },
    ),
]


async def measure(url: str, runs: int, explain_over_ms: float) -> list[dict[str, Any]]:
    from sqlalchemy import event, select, text

    from bawaslu_api.db.engine import create_engine, create_sessionmaker
    from bawaslu_api.offices.models import Office
    from bawaslu_api.settings import Settings
    from bawaslu_api.stats import service

    engine = create_engine(url, Settings(db_statement_timeout_ms=600_000))
    sessions = create_sessionmaker(engine)
    recorded: list[tuple[str, Any, float]] = []
    starts: list[float] = []

    def before(conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
        starts.append(time.perf_counter())

    def after(conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
        recorded.append((statement, params, (time.perf_counter() - starts.pop()) * 1000))

    event.listen(engine.sync_engine, "before_cursor_execute", before)
    event.listen(engine.sync_engine, "after_cursor_execute", after)
    results = []
    try:
        for name, code, filters in CASES:
            async with sessions() as session:
                office = (
                    await session.execute(select(Office).where(Office.code == code))
                ).scalar_one()
                f = service.Filters(**filters)
                await service.statistics(session, office, f)  # warm-up
                times, per_statement = [], []
                out: Any = None
                for _ in range(runs):
                    recorded.clear()
                    t0 = time.perf_counter()
                    out = await service.statistics(session, office, f)
                    times.append((time.perf_counter() - t0) * 1000)
                    per_statement.append([ms for _, _, ms in recorded])
                statements = list(recorded)
                med = pystats.median(times)
                row: dict[str, Any] = {
                    "case": name,
                    "received": out.totals.received,
                    "median_ms": round(med, 1),
                    "min_ms": round(min(times), 1),
                    "max_ms": round(max(times), 1),
                    "statements": len(statements),
                    "statement_median_ms": [
                        round(pystats.median(col), 1) for col in zip(*per_statement, strict=False)
                    ],
                }
                api_bench.log(
                    f"{name}: {med:.0f} ms median ({min(times):.0f}-{max(times):.0f}), "
                    f"{out.totals.received:,} cases; statements (ms): "
                    f"{row['statement_median_ms']}"
                )
                if med > explain_over_ms:
                    row["explain"] = []
                    conn = await session.connection()
                    for sql, params, _ in statements:
                        if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
                            continue  # SET LOCAL
                        plan = (
                            await conn.exec_driver_sql("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
                        ).all()
                        lines = [r[0] for r in plan]
                        heads = ("->", "HashAggregate", "GroupAggregate", "MixedAggregate")
                        summary = [
                            ln
                            for ln in lines
                            if "Execution Time" in ln or ln.lstrip().startswith(heads)
                        ][:8]
                        row["explain"].append({"sql": sql[:200], "plan": lines})
                        print("   ", sql.split("FROM")[0][:90].replace("\n", " "), "...")
                        for ln in summary:
                            print("       ", ln[:150])
                results.append(row)
                await session.execute(text("SELECT 1"))
    finally:
        await engine.dispose()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--reuse", action="store_true")
    parser.add_argument("--explain-over", type=float, default=1000.0, help="ms")
    parser.add_argument("--data-dir", type=Path, default=Path("/tmp/bawaslu-stats-bench"))
    parser.add_argument("--output", type=Path, default=BENCH_DIR / "results" / "stats_bench.json")
    args = parser.parse_args()
    data_dir = args.data_dir.resolve()
    if data_dir.is_relative_to(REPO):
        raise SystemExit("--data-dir must be outside the repository")
    data_dir.mkdir(parents=True, exist_ok=True)

    from bawaslu_api.db import embedded

    api_bench.use_data_dir(data_dir / "data")  # the seed's personal data sealed with its keys
    server = embedded.start(data_dir / "pgdata")
    try:
        seeding = prepare(server, args.reports, args.reuse)
        settings = {
            k: server.psql(f"SHOW {k}").strip()
            for k in ("server_version", "shared_buffers", "work_mem",
                      "max_parallel_workers_per_gather")
        }  # fmt: skip
        api_bench.log(f"PostgreSQL {settings}")
        results = asyncio.run(measure(server.url(DB_NAME), args.runs, args.explain_over))
    finally:
        server.stop()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(
        json.dumps(
            {"seeding": seeding, "postgres": settings, "runs": args.runs, "results": results},
            indent=2,
            default=str,
        )
    )
    print()
    print("| case | cases counted | median | min | max |")
    print("|---|---|---|---|---|")
    for r in results:
        print(
            f"| {r['case']} | {r['received']:,} | {r['median_ms']:.0f} ms | "
            f"{r['min_ms']:.0f} ms | {r['max_ms']:.0f} ms |"
        )


if __name__ == "__main__":
    main()
