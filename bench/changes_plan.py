"""The plans of the changes feed (``GET /v1/changes``) for 1,000,000 reports.

    .venv/bin/python bench/changes_plan.py [--reports 1000000] [--rows-per-report 6]

What it does:

1. Starts an embedded PostgreSQL in ``--data-dir`` (default ``/tmp/bawaslu-changes-plan``,
   never the repository), migrates a fresh database and loads the reference data (offices).
2. Fills ``case_change`` as the triggers of migration 0028 would for ``--reports`` cases
   spread over every kabupaten/kota office, one transaction per case, each with
   ``--rows-per-report`` rows (the case, its clocks, its events: 6 makes 6,000,000 rows).
   The feed's statement reads this table alone (the items are then loaded by primary key),
   so its plan does not depend on the other tables. ``VACUUM ANALYZE``.
3. Prints ``EXPLAIN (ANALYZE, BUFFERS)`` of the feed's statement
   (``changes.service.feed_statement``, a page of 500) for Bawaslu RI, a province (52), a
   kabupaten (52.03) and a kecamatan of it, each from the beginning and from a cursor in
   the middle.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import uuid
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))
sys.path.insert(0, str(REPO / "src"))

import api_bench  # noqa: E402

DB_NAME = "bawaslu_changes_plan"

CALLERS = {
    "Bawaslu RI": "/ID/",
    "province 52": "/ID/52/",
    "kabupaten 52.03": "/ID/52/52.03/",
    "kecamatan 52.03.01": "/ID/52/52.03/52.03.01/",
}


async def explain(url: str) -> None:
    import asyncpg
    from sqlalchemy.dialects.postgresql import asyncpg as asyncpg_dialect

    from bawaslu_api.changes.service import feed_statement
    from bawaslu_api.security.principals import Principal, Role

    conn = await asyncpg.connect(api_bench.asyncpg_dsn(url))
    try:
        rows = await conn.fetchval("SELECT count(*) FROM case_change")
        # The synthetic transaction ids are above the real ones: every one counts as ended.
        xmin = await conn.fetchval("SELECT max(txid) + 1 FROM case_change")
        middle = await conn.fetchrow(
            "SELECT txid, seq FROM case_change ORDER BY txid, seq OFFSET $1 LIMIT 1", rows // 2
        )
        print(f"case_change: {rows:,} rows")
        for name, path in CALLERS.items():
            principal = Principal.staff(
                "bench", [Role.viewer], office_id=uuid.uuid4(), office_code="x", office_path=path
            )
            for start, after in (("from the beginning", (0, 0)), ("from the middle", middle)):
                stmt = feed_statement(principal, (after[0], after[1]), xmin, None, 500)
                sql = str(
                    stmt.compile(
                        dialect=asyncpg_dialect.dialect(),  # type: ignore[no-untyped-call]
                        compile_kwargs={"literal_binds": True},
                    )
                )
                plan = await conn.fetch("EXPLAIN (ANALYZE, BUFFERS) " + sql)
                print(f"\n## {name}, {start}\n")
                for line in plan:
                    print("    " + line[0])
    finally:
        await conn.close()


SEED = """
INSERT INTO case_change (kind, ref_id, report_id, office_path, province_code, regency_code,
                         txid, seq, changed_at)
SELECT CASE WHEN j = 0 THEN 'case' WHEN j < 3 THEN 'clock' ELSE 'event' END,
       g::text || '.' || j, md5(g::text)::uuid, o.path, split_part(o.path, '/', 3),
       split_part(o.path, '/', 4),
       1000000 + g, g::bigint * 10 + j, now()
FROM generate_series(1, {reports}) AS g
JOIN (SELECT row_number() OVER (ORDER BY code) - 1 AS k, path FROM office
      WHERE level IN ('regency', 'city')) AS o
  ON o.k = g % (SELECT count(*) FROM office WHERE level IN ('regency', 'city'))
CROSS JOIN generate_series(0, {rows} - 1) AS j
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=1_000_000)
    parser.add_argument("--rows-per-report", type=int, default=6)
    parser.add_argument("--data-dir", type=Path, default=Path("/tmp/bawaslu-changes-plan"))
    args = parser.parse_args()
    data_dir = args.data_dir.resolve()
    if data_dir.is_relative_to(REPO):
        raise SystemExit("--data-dir must be outside the repository")
    data_dir.mkdir(parents=True, exist_ok=True)

    from bawaslu_api.db import embedded
    from bawaslu_api.db.migrations import upgrade
    from bawaslu_api.seed import seed_reference

    server: Any = embedded.start(data_dir / "pgdata")
    try:
        server.psql(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')
        server.ensure_database(DB_NAME)
        url = server.url(DB_NAME)
        upgrade(url)
        asyncio.run(seed_reference(url))
        api_bench.log(f"filling case_change for {args.reports:,} reports")
        server.psql(SEED.format(reports=args.reports, rows=args.rows_per_report), DB_NAME)
        server.psql("VACUUM ANALYZE case_change", DB_NAME)
        asyncio.run(explain(url))
    finally:
        server.stop()


if __name__ == "__main__":
    main()
