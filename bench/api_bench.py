"""HTTP benchmark of the reports API against a minimal FastAPI + asyncpg baseline.

    .venv/bin/python bench/api_bench.py [--reports 1000000] [--duration 15] [--reuse]

What it does (everything on loopback; the database listens on a Unix socket):

1. Starts an embedded PostgreSQL in ``--data-dir`` (default ``/tmp/bawaslu-api-bench``, never
   the repository), migrates it and loads the reference data (offices, elections).
2. Seeds ``--reports`` reports with asyncpg COPY (``copy_records_to_table``) into ``report``,
   ``report_identity`` and ``deadline`` (about 1.3 clocks per case) plus ``register_counter``:
   every kab/kota and province office, mixed statuses, ``received_at`` spread over 2024 and
   UUIDv7 ids ordered by that time. Secondary indexes are dropped during the load and rebuilt
   from their own definitions; then ``VACUUM ANALYZE``. With ``--reuse`` a database that
   already holds exactly that many seeded reports is kept (rows created by earlier POST runs
   are deleted first), migrated to the head of the source under test and ANALYZEd.
3. Captures the SQL the service really sends for the list (first page and keyset page, with
   and without the status filter) and the single read, by running what the routes run:
   ``reports.reads.fetch_page`` / ``fetch_report`` on a recording wrapper of the driver
   connection (older services: ``service.list_reports`` / ``service.load`` under a
   ``before_cursor_execute`` hook).
4. Serves (a) the API exactly as production does (``bawaslu-api serve`` with
   the docker-compose environment: ``BAWASLU_ENVIRONMENT=production``, JSON logs at INFO to a
   file) and (b) a minimal FastAPI + asyncpg app defined below that runs the same captured SQL
   and returns the same JSON shapes. Both: uvicorn, ``--workers`` (default 1), uvloop +
   httptools, no uvicorn access log, same pool size (10 + 5) and connection settings. Each
   scenario is measured on (b) then at once on (a), both up (``--sequential``: all of (b),
   then all of (a), one server at a time).
5. Runs wrk (``-t2 -c32``, a warm-up then ``--duration`` seconds) per scenario, checks every
   answer was 2xx, prints a table and writes ``bench/results/api_bench.json``.

Scenarios: a province-52 viewer listing ``?office=52&status=registered&limit=50`` (first page,
and a page whose keyset cursor sits at the row half-way into the ordering, ~500,000 rows deep
at 1M); a national viewer listing everything (first page and the same deep cursor); reading one
report (random ids of province 52); and POST /v1/reports by a handler of 52.03 (API only).

Needs ``wrk`` (``apt-get install -y wrk``). Targets, as ratios to the minimal endpoint:
throughput >= 0.5 and p99 <= 2x for the list and the read; the deep page costs the same as the
first page.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
BENCH_DIR = Path(__file__).resolve().parent
VENV_BIN = Path(sys.executable).parent
DB_NAME = "bawaslu"
SEED_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)
SEED_CUTOFF = "2025-01-01"  # seeded rows are created in 2024; anything newer came from POSTs
POOL_SIZE, POOL_OVERFLOW = 10, 5
CONNECTION_SETTINGS = {"statement_timeout": "15000", "timezone": "UTC"}


# =============================================================================================
# The minimal baseline: FastAPI + asyncpg, same SQL, same JSON shapes (served by uvicorn).
# Only this section is imported by the uvicorn process, so it imports nothing else from here.
# =============================================================================================


def _iso(value: Any) -> Any:
    """Pydantic's datetime/date rendering (UTC as ``Z``)."""
    if value is None:
        return None
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _mask(value: str, keep_start: int = 0, keep_end: int = 0) -> str:
    if not value:
        return ""
    if len(value) <= keep_start + keep_end:
        return "*" * len(value)
    return (
        value[:keep_start]
        + "*" * (len(value) - keep_start - keep_end)
        + value[len(value) - keep_end :]
    )


def _mask_name(name: str) -> str:
    return " ".join(_mask(part, keep_start=1) for part in name.split())


def _encode_cursor(values: list[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(values, default=str).encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> list[Any]:
    return json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))  # type: ignore[no-any-return]


def _bind(spec: list[str], values: dict[str, Any]) -> list[Any]:
    """The parameters of a captured statement: named values, or ``const:<json>`` constants
    (values the service binds itself, such as the 200 of ``left(description, 200)``)."""
    return [json.loads(name[6:]) if name.startswith("const:") else values[name] for name in spec]


def _scope_values(scope: str) -> dict[str, Any]:
    """The scope parameters of an office path: the path, and the province code when the
    office is a province (the service scopes provinces on ``province_code``)."""
    parts = scope.strip("/").split("/")
    return {"scope": scope, "province": parts[1] if len(parts) == 2 else None}


def _scope_kind(scope: str) -> str:
    """Which captured variant serves an office path: national, province or (deeper) office."""
    depth = len(scope.strip("/").split("/"))
    return "national" if depth == 1 else "province" if depth == 2 else "office"


def minimal_app_factory() -> Any:
    """The baseline app (``uvicorn api_bench:minimal_app_factory --factory``)."""
    from contextlib import asynccontextmanager

    import asyncpg
    from fastapi import FastAPI, Query, Response

    cfg = json.loads(Path(os.environ["API_BENCH_MINIMAL_CONFIG"]).read_text())
    paths: dict[str, str] = cfg["office_paths"]
    labels: dict[str, str] = cfg["status_labels"]
    messages: dict[str, str] = cfg["messages"]
    lists: dict[str, dict[str, Any]] = cfg["list_sql"]
    # the statements of service.load: the report (with office and election), then the
    # reporter's identity, unless the service joins it into the first statement
    read_sqls: list[dict[str, Any]] = cfg["read_sqls"]
    state: dict[str, Any] = {}

    async def _init(conn: Any) -> None:
        for typ in ("json", "jsonb"):
            await conn.set_type_codec(
                typ, encoder=json.dumps, decoder=json.loads, schema="pg_catalog"
            )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> Any:
        state["pool"] = await asyncpg.create_pool(
            cfg["dsn"],
            min_size=POOL_SIZE,
            max_size=POOL_SIZE + POOL_OVERFLOW,
            init=_init,
            server_settings={**CONNECTION_SETTINGS, "application_name": "api-bench-minimal"},
        )
        async with state["pool"].acquire() as conn:  # column positions of the read's row
            names = [a.name for a in (await conn.prepare(read_sqls[0]["sql"])).get_attributes()]
        state["col"] = {n: names.index(n) for n in dict.fromkeys(names)}
        # a joined identity: its columns from the last report_id on, labelled name_2 etc.
        # where they clash with earlier ones (office.name, election.name)
        start = len(names) - 1 - names[::-1].index("report_id") if "report_id" in names else 0
        state["ident_col"] = {
            n.rsplit("_", 1)[0] if n.rsplit("_", 1)[-1].isdigit() else n: i
            for i, n in enumerate(names)
            if i >= start
        }
        async with state["pool"].acquire() as conn:  # the list's description column
            first_list = next(iter(lists.values()))["sql"]
            names = [a.name for a in (await conn.prepare(first_list)).get_attributes()]
        # the whole column (earlier services loaded whole rows), or left(description, 200)
        # selected as the 8th column
        state["list_description"] = names.index("description") if "description" in names else 7
        yield
        await state["pool"].close()

    app = FastAPI(lifespan=lifespan)

    def _json(body: Any, status: int = 200) -> Response:
        return Response(
            json.dumps(body, separators=(",", ":")), status, media_type="application/json"
        )

    @app.get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/v1/reports")
    async def list_reports(
        office: str = "ID",
        status: str | None = None,
        cursor: str | None = None,
        limit: int = Query(50, ge=1, le=200),
    ) -> Response:
        scope = paths[office]
        key = f"{'status' if status else 'all'}_{'cursor' if cursor else 'first'}"
        # captured for a province and for the whole country only (a deeper office: 500)
        variant = lists[f"{_scope_kind(scope)}_{key}"]
        values: dict[str, Any] = {**_scope_values(scope), "status": status, "limit1": limit + 1}
        if cursor:
            at_raw, id_raw = _decode_cursor(cursor)
            values["at"], values["id"] = datetime.fromisoformat(at_raw), uuid.UUID(id_raw)
        rows = await state["pool"].fetch(variant["sql"], *_bind(variant["params"], values))
        page = rows[:limit]
        desc = state["list_description"]
        items = [
            {
                "id": str(r["id"]),
                "kind": r["kind"],
                "status": r["status"],
                "office": r["code"],
                "election": r["slug"],
                "received_at": _iso(r["received_at"]),
                "register_number": r["register_number"],
                "outcome": r["outcome"],
                "outcome_category": r["outcome_category"],
                "reporter_name": _mask_name(r["name"] or ""),
                "description": r[desc][:200],
            }
            for r in page
        ]
        next_cursor = None
        if len(rows) > limit:
            last = page[-1]
            next_cursor = _encode_cursor([last["received_at"].isoformat(), str(last["id"])])
        return _json({"items": items, "next_cursor": next_cursor})

    @app.get("/v1/reports/{report_id}")
    async def read_report(report_id: uuid.UUID, office: str = "ID") -> Response:
        values = {"id": report_id, **_scope_values(paths[office])}
        pool, c = state["pool"], state["col"]
        async with pool.acquire() as conn:
            first = read_sqls[0]
            r = await conn.fetchrow(first["sql"], *_bind(first["params"], values))
            if r is None:
                return _json({"code": "report_not_found"}, 404)
            if len(read_sqls) > 1:
                second = read_sqls[1]
                ident = await conn.fetchrow(second["sql"], *_bind(second["params"], values))
            else:  # joined: the identity's columns are the last ones of the row
                ic = state["ident_col"]
                ident = (
                    None
                    if r[ic["report_id"]] is None
                    else {
                        n: r[ic[n]]
                        for n in ("reporter_category", "name", "nik", "address", "phone", "email")
                    }
                )

        def g(name: str) -> Any:
            return r[c[name]]

        reporter = None
        if ident is not None and ident["reporter_category"]:
            email = ident["email"]
            reporter = {
                "category": ident["reporter_category"],
                "name": ident["name"],
                "nik": _mask(ident["nik"], 4, 4),
                "address": _mask(ident["address"]),
                "phone": _mask(ident["phone"], 0, 3),
                "email": _mask(email.split("@")[0], 1)
                + ("@" + email.split("@")[1] if "@" in email else ""),
            }
        adm = g("admissibility")
        body = {
            "id": str(g("id")),
            "kind": g("kind"),
            "status": g("status"),
            "status_label": labels[g("status")],
            "election": g("slug"),
            "regime": g("regime"),
            "ruleset_version": g("ruleset_version"),
            "office": g("code"),
            "channel": g("channel"),
            "received_at": _iso(g("received_at")),
            "received_on": _iso(g("received_on")),
            "known_on": _iso(g("known_on")),
            "register_number": g("register_number"),
            "registered_at": _iso(g("registered_at")),
            "description": g("description"),
            "violation_type": g("violation_type"),
            "tsm": g("tsm"),
            "incident": {
                "date": _iso(g("incident_date")),
                "time": _iso(g("incident_time")),
                "office": g("incident_office_code"),
                "address": g("incident_address"),
                "lat": g("incident_lat"),
                "lng": g("incident_lng"),
            },
            "reported_parties": [
                {"name": p.get("name", ""), "address": p.get("address", ""), "type": p.get("type")}
                for p in g("reported_parties")
            ],
            "evidence": [
                {
                    "kind": e["kind"],
                    "description": e.get("description", ""),
                    "copies": e.get("copies"),
                }
                for e in g("evidence_items")
            ],
            "reporter": reporter,
            "outcome": g("outcome"),
            "outcome_category": g("outcome_category"),
            "decision_extended": g("decision_extended"),
            "announced_at": _iso(g("announced_at")),
            "admissibility": {
                "verdict": adm.get("verdict", "unknown"),
                "failures": [
                    {
                        "code": f["code"],
                        "kind": f["kind"],
                        "basis": f["basis"],
                        "message": messages.get(f["code"], f["code"]),
                    }
                    for f in adm.get("failures", [])
                ],
                "ruleset": adm.get("ruleset", g("ruleset_version")),
                "received_on": _iso(g("received_on")),
                "received_on_basis": adm.get("received_on_basis", ""),
                "policy_overrides": adm.get("policy_overrides", {}),
            },
            "sensitive": g("sensitive"),
            "version": g("version"),
        }
        response = _json(body)
        response.headers["ETag"] = f'"{g("version")}"'
        return response

    return app


# =============================================================================================
# Database: embedded server, schema, seeding
# =============================================================================================


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def asyncpg_dsn(sqlalchemy_url: str) -> str:
    return sqlalchemy_url.replace("postgresql+asyncpg://", "postgresql://", 1)


FIRST = [
    "Siti",
    "Budi",
    "Agus",
    "Dewi",
    "Made",
    "Ni Luh",
    "Ahmad",
    "Rina",
    "Yusuf",
    "Fitri",
    "Lalu",
    "Baiq",
    "Hendra",
    "Wayan",
    "Putu",
    "Nur",
    "Rizky",
    "Andi",
    "Maria",
    "Yohanes",
]
LAST = [
    "Aminah",
    "Santoso",
    "Wijaya",
    "Hidayat",
    "Saputra",
    "Lestari",
    "Pratama",
    "Nasution",
    "Siregar",
    "Kurniawan",
    "Harahap",
    "Sembiring",
    "Gunawan",
    "Rahmawati",
    "Setiawan",
]
ACTS = [
    "Pembagian uang kepada pemilih",
    "Pemasangan alat peraga kampanye di tempat ibadah",
    "Keterlibatan kepala desa dalam kampanye",
    "Kampanye di luar jadwal oleh tim pemenangan",
    "Penggunaan fasilitas pemerintah untuk kampanye",
    "Intimidasi terhadap pemilih oleh oknum",
    "Politik uang berupa sembako",
    "Ketidaknetralan aparatur sipil negara di media sosial",
    "Perusakan alat peraga kampanye peserta lain",
    "Pemungutan suara ulang tanpa prosedur",
]
PLACES = [
    "pasar",
    "balai desa",
    "masjid",
    "sekolah",
    "kantor kecamatan",
    "lapangan",
    "TPS 03",
    "rumah warga",
    "pelabuhan",
    "terminal",
]
STATUSES = [  # (status, share)
    ("received", 0.08),
    ("completion_requested", 0.05),
    ("registered", 0.22),
    ("not_registered", 0.20),
    ("withdrawn", 0.03),
    ("decided", 0.25),
    ("forwarded", 0.17),
]
REGISTERED_LIKE = {"registered", "decided", "forwarded"}
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
LEVEL_CODE = {"province": "Prov", "regency": "Kab", "city": "Kota"}
TZ_HOURS = {"Asia/Jakarta": 7, "Asia/Makassar": 8, "Asia/Jayapura": 9}
INCOMPLETE = [
    {"code": "evidence_missing", "kind": "formal", "basis": "Perbawaslu 7/2022 Art. 8(2)"},
    {"code": "reporter_nik_missing", "kind": "formal", "basis": "Perbawaslu 7/2022 Art. 8(1)"},
]


def uuid7_at(ts: datetime, rnd: random.Random) -> uuid.UUID:
    """A UUIDv7 whose time part is ``ts`` (RFC 9562 layout)."""
    ms = int(ts.timestamp() * 1000)
    rand_a, rand_b = rnd.getrandbits(12), rnd.getrandbits(62)
    return uuid.UUID(int=(ms << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | rand_b)


async def _indexes_to_rebuild(conn: Any, tables: list[str]) -> list[tuple[str, str]]:
    rows = await conn.fetch(
        """SELECT i.indexname, i.indexdef FROM pg_indexes i
           WHERE i.schemaname = 'public' AND i.tablename = ANY($1::text[])
             AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)""",
        tables,
    )
    return [(r["indexname"], r["indexdef"]) for r in rows]


async def _check_copy_columns(conn: Any, columns: dict[str, list[str]]) -> None:
    """Fail before seeding when a table has a column that COPY would leave NULL but that
    must have a value: NOT NULL, no server default, not generated or an identity (a column a
    later migration added, which the seeder does not fill yet)."""
    rows = await conn.fetch(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND table_name = ANY($1::text[]) "
        "AND is_nullable = 'NO' AND column_default IS NULL "
        "AND is_generated = 'NEVER' AND is_identity = 'NO' "
        "ORDER BY table_name, ordinal_position",
        list(columns),
    )
    missing = [
        f"{r['table_name']}.{r['column_name']}"
        for r in rows
        if r["column_name"] not in columns[r["table_name"]]
    ]
    if missing:
        raise SystemExit(f"the seeder does not fill NOT NULL column(s): {', '.join(missing)}")


async def seed_reports(dsn: str, n: int, seed: int = 20241127) -> dict[str, Any]:
    """COPY ``n`` reports (+ identities, deadlines, register counters). Returns counts."""
    import asyncpg

    from bawaslu_rules import Calendar, compute_deadline, get_ruleset, ruleset_for

    calendar = Calendar.official()

    started = time.perf_counter()
    rnd = random.Random(seed)
    conn = await asyncpg.connect(dsn)
    try:
        offices = await conn.fetch(
            "SELECT id, code, path, province_code, timezone, level, register_code FROM office "
            "WHERE level IN ('province', 'regency', 'city') ORDER BY code"
        )
        elections = {
            r["slug"]: r for r in await conn.fetch("SELECT id, slug, regime FROM election")
        }
        await conn.execute(
            "TRUNCATE report, report_identity, deadline, case_event, register_counter CASCADE"
        )
        tables = ["report", "report_identity", "deadline"]
        indexes = await _indexes_to_rebuild(conn, tables)
        for name, _ in indexes:
            await conn.execute(f'DROP INDEX "{name}"')
        await conn.execute(
            "SET session_replication_role = replica"
        )  # values are valid; skip FK triggers
        await conn.execute("SET maintenance_work_mem = '1GB'")

        # ruleset per regime and day, and a clock template per (regime, version, rule)
        ruleset_by_day: dict[tuple[str, date], str] = {}
        templates: dict[tuple[str, str, str], Any] = {}

        def ruleset_version(regime: str, day: date) -> str:
            key = (regime, day)
            if key not in ruleset_by_day:
                ruleset_by_day[key] = ruleset_for(regime, on=day).version
            return ruleset_by_day[key]

        def template(regime: str, version: str, rule_id: str, zone: str) -> Any:
            key = (regime, version, rule_id)
            if key not in templates:
                rs = get_ruleset(regime, version)
                templates[key] = (
                    compute_deadline(
                        rule_id,
                        datetime(2024, 3, 4, 2, tzinfo=UTC),
                        ruleset=rs,
                        calendar=calendar,
                        zone=zone,
                    )
                    if rule_id in rs.rules
                    else None
                )
            return templates[key]

        # received_at spread over 2024 (more around the two voting days), sorted = id order
        year_s = 366 * 86400
        offsets = []
        for _ in range(n):
            u = rnd.random()
            if u < 0.15:  # Pemilu voting fortnight
                offsets.append(rnd.uniform(40 * 86400, 60 * 86400))
            elif u < 0.27:  # Pilkada voting fortnight
                offsets.append(rnd.uniform(326 * 86400, 345 * 86400))
            else:
                offsets.append(rnd.uniform(0, year_s - 1))
        offsets.sort()
        status_names = [s for s, _ in STATUSES]
        status_weights = [w for _, w in STATUSES]
        counters: dict[tuple[Any, str, int], int] = {}
        report_cols = [
            "id",
            "kind",
            "election_id",
            "regime",
            "ruleset_version",
            "office_id",
            "office_path",
            "province_code",
            "status",
            "channel",
            "received_at",
            "received_on",
            "known_on",
            "incident_date",
            "incident_time",
            "incident_office_code",
            "incident_address",
            "incident_lat",
            "incident_lng",
            "description",
            "violation_type",
            "tsm",
            "reported_parties",
            "evidence_items",
            "signature_present",
            "admissibility",
            "register_number",
            "registered_at",
            "decision_extended",
            "outcome",
            "outcome_category",
            "decision",
            "forwardings",
            "rejection",
            "announcement",
            "announced_at",
            "sensitive",
            "version",
            "created_at",
            "updated_at",
        ]
        identity_cols = [
            "report_id",
            "reporter_category",
            "name",
            "nik_sealed",
            "nik_index",
            "address_sealed",
            "phone_sealed",
            "email_sealed",
            "witnesses_sealed",
        ]
        deadline_cols = [
            "id",
            "report_id",
            "office_path",
            "rule_id",
            "regime",
            "ruleset_version",
            "trigger",
            "due_on",
            "due_at",
            "amount",
            "unit",
            "basis",
            "confidence",
            "provisional",
            "status",
            "met_at",
            "override_reason",
            "policy_overrides",
            "created_at",
        ]
        counter_cols = ["office_id", "kind", "year", "last_value"]
        await _check_copy_columns(
            conn,
            {
                "report": report_cols,
                "report_identity": identity_cols,
                "deadline": deadline_cols,
                "register_counter": counter_cols,
            },
        )
        deadline_count = 0
        chunk = 50_000
        for start in range(0, n, chunk):
            reports, identities, deadlines = [], [], []
            for off in offsets[start : start + chunk]:
                at = SEED_EPOCH + timedelta(seconds=off)
                office = offices[rnd.randrange(len(offices))]
                local = at + timedelta(hours=TZ_HOURS[office["timezone"]])
                day = local.date()
                slug = (
                    "pemilu-2024"
                    if (day < date(2024, 7, 1)) == (rnd.random() < 0.9)
                    else "pilkada-2024"
                )
                election = elections[slug]
                regime = election["regime"]
                version = ruleset_version(regime, day)
                rid = uuid7_at(at, rnd)
                kind = "report" if rnd.random() < 0.8 else "finding"
                status = rnd.choices(status_names, status_weights)[0]
                act, place = ACTS[rnd.randrange(len(ACTS))], PLACES[rnd.randrange(len(PLACES))]
                description = (
                    f"{act} di {place} wilayah {office['code']} pada {day.isoformat()}. "
                    f"Pelapor menyampaikan kronologi, saksi dan bukti foto; kejadian berulang "
                    f"sejak {(day - timedelta(days=rnd.randint(1, 6))).isoformat()}."
                )
                known = day - timedelta(days=rnd.randint(0, 5))
                failures = (
                    INCOMPLETE[: rnd.randint(1, 2)] if status == "completion_requested" else []
                )
                verdict = (
                    "incomplete"
                    if failures
                    else (
                        "late"
                        if status == "not_registered" and rnd.random() < 0.5
                        else "registrable"
                    )
                )
                admissibility = {
                    "verdict": verdict,
                    "failures": failures,
                    "ruleset": f"{regime}:{version}",
                    "received_on": day.isoformat(),
                    "signature_matches": True,
                }
                register_number = registered_at = outcome = category = decision = None
                rejection = announcement = announced_at = None
                forwardings: list[Any] = []
                if status in REGISTERED_LIKE:
                    registered_at = at + timedelta(hours=rnd.randint(4, 60))
                    reg_local = registered_at + timedelta(hours=TZ_HOURS[office["timezone"]])
                    key = (office["id"], kind, reg_local.year)
                    counters[key] = counters.get(key, 0) + 1
                    register_number = (
                        f"{counters[key]:03d}/Reg/{'LP' if kind == 'report' else 'TM'}/"
                        f"{'PL' if regime == 'pemilu' else 'PB'}/{LEVEL_CODE[office['level']]}/"
                        f"{office['register_code']}/{ROMAN[reg_local.month - 1]}/{reg_local.year}"
                    )
                if status in ("decided", "forwarded"):
                    outcome = (
                        "violation"
                        if status == "forwarded" or rnd.random() < 0.55
                        else "not_violation"
                    )
                    if outcome == "violation":
                        category = rnd.choice(["administrative", "ethics", "crime", "other_law"])
                    decided_at = registered_at + timedelta(days=rnd.randint(3, 14))  # type: ignore[operator]
                    decision = {
                        "outcome": outcome,
                        "category": category,
                        "legal_basis": "UU 7/2017",
                        "summary": "Terbukti sebagian.",
                        "at": decided_at.isoformat(),
                        "by": "komisioner",
                    }
                    if status == "forwarded":
                        forwardings = [
                            {
                                "to": "kpu" if category == "administrative" else "police",
                                "agency_name": None,
                                "reference": "",
                                "sent_at": (decided_at + timedelta(days=1)).isoformat(),
                                "received_at": None,
                                "recorded_by": "petugas",
                            }
                        ]
                    if rnd.random() < 0.3:
                        announced_at = decided_at + timedelta(days=2)
                        announcement = {"notice": "Status laporan diumumkan.", "status": status}
                if status == "not_registered":
                    rejection = {
                        "reasons": ["late" if verdict == "late" else "incomplete"],
                        "note": "",
                        "at": (at + timedelta(days=2)).isoformat(),
                    }
                reports.append(
                    (
                        rid,
                        kind,
                        election["id"],
                        regime,
                        version,
                        office["id"],
                        office["path"],
                        office["province_code"],
                        status,
                        rnd.choice(("walk_in", "online", "mobile")),
                        at,
                        day,
                        known,
                        known,
                        None,
                        office["code"],
                        f"{place.title()}, {office['code']}",
                        None,
                        None,
                        description,
                        rnd.choice(("administrative", "criminal", "ethics", "other")),
                        rnd.random() < 0.02,
                        json.dumps(
                            [
                                {
                                    "name": f"Caleg {rnd.randint(1, 999)}",
                                    "address": place,
                                    "type": None,
                                }
                            ]
                        ),
                        json.dumps(
                            [
                                {
                                    "kind": "photo",
                                    "description": f"Foto {act.lower()}",
                                    "copies": None,
                                }
                            ]
                        ),
                        True,
                        json.dumps(admissibility),
                        register_number,
                        registered_at,
                        False,
                        outcome,
                        category,
                        None if decision is None else json.dumps(decision),
                        json.dumps(forwardings),
                        None if rejection is None else json.dumps(rejection),
                        None if announcement is None else json.dumps(announcement),
                        announced_at,
                        False,  # sensitive: as intake sets it
                        1
                        + (status != "received")
                        + (status in REGISTERED_LIKE)
                        + (status in ("decided", "forwarded")),
                        at,
                        at,
                    )
                )
                if kind == "report":
                    first, last = FIRST[rnd.randrange(len(FIRST))], LAST[rnd.randrange(len(LAST))]
                    identities.append(
                        sealed_identity(
                            rid,
                            rnd.choice(("voter", "citizen", "monitor", "candidate")),
                            f"{first} {last}",
                            f"{office['code'].replace('.', '')}01{rnd.randint(10**9, 10**10 - 1)}"[
                                :16
                            ],
                            f"Jl. {last} No. {rnd.randint(1, 200)}",
                            f"08{rnd.randint(10**9, 10**10 - 1)}",
                            f"{first.lower().replace(' ', '')}{rnd.randint(1, 999)}@example.org",
                            [{"name": LAST[rnd.randrange(len(LAST))], "address": "", "phone": ""}],
                        )
                    )
                else:
                    identities.append((rid, None, "", "", None, "", "", "", ""))
                # clocks: the initial review (pending while received), the decision when registered
                clocks = [
                    (
                        "report.initial_review",
                        at,
                        "pending" if status in ("received", "completion_requested") else "met",
                    )
                ]
                if status in REGISTERED_LIKE:
                    clocks.append(
                        (
                            "case.decision",
                            registered_at,
                            "pending" if status == "registered" else "met",
                        )
                    )
                for rule_id, trigger, dstatus in clocks:
                    t = template(regime, version, rule_id, office["timezone"])
                    if t is None:
                        continue
                    due_at = trigger + timedelta(days=t.amount * 1.4 + 1)
                    deadlines.append(
                        (
                            uuid7_at(trigger, rnd),
                            rid,
                            office["path"],
                            rule_id,
                            regime,
                            version,
                            trigger.isoformat(),
                            due_at.date(),
                            due_at,
                            t.amount,
                            str(t.unit),
                            t.basis,
                            str(t.confidence),
                            t.provisional,
                            dstatus,
                            None if dstatus == "pending" else trigger + timedelta(days=1),
                            None,
                            "{}",  # every default policy applied
                            trigger,
                        )
                    )
            await conn.copy_records_to_table("report", records=reports, columns=report_cols)
            await conn.copy_records_to_table(
                "report_identity", records=identities, columns=identity_cols
            )
            await conn.copy_records_to_table("deadline", records=deadlines, columns=deadline_cols)
            deadline_count += len(deadlines)
            log(f"  copied {min(start + chunk, n):,} / {n:,} reports")
        await conn.copy_records_to_table(
            "register_counter",
            records=[(oid, k, y, v) for (oid, k, y), v in counters.items()],
            columns=counter_cols,
        )
        await conn.execute("SET session_replication_role = DEFAULT")
        copied = time.perf_counter() - started
        log(f"  COPY done in {copied:.1f}s; rebuilding {len(indexes)} indexes")
        for _, ddl in indexes:
            await conn.execute(ddl)
        log("  VACUUM ANALYZE")
        for table in [*tables, "register_counter", "office", "election"]:
            await conn.execute(f"VACUUM ANALYZE {table}")
    finally:
        await conn.close()
    return {
        "reports": n,
        "deadlines": deadline_count,
        "seconds_copy": round(copied, 1),
        "seconds_total": round(time.perf_counter() - started, 1),
    }


async def _seeded_count(dsn: str) -> tuple[int, dict[str, Any]] | None:
    """Reports seeded by a completed earlier run (the marker is written last) and what that
    seeding took, else None."""
    import asyncpg

    conn = await asyncpg.connect(dsn)
    try:
        if await conn.fetchval("SELECT to_regclass('api_bench.seeded')") is None:
            return None
        row = json.loads(await conn.fetchval("SELECT to_jsonb(s)::text FROM api_bench.seeded s"))
        marker = row["reports"]
        # rows made by earlier POST runs (created after 2024) are not part of the data set
        await conn.execute(f"DELETE FROM report WHERE created_at >= '{SEED_CUTOFF}'")
        count = await conn.fetchval("SELECT count(*) FROM report")
        return (int(count), row.get("info") or {}) if count == marker else None
    finally:
        await conn.close()


async def _mark_seeded(dsn: str, n: int, info: dict[str, Any]) -> None:
    import asyncpg

    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute("CREATE SCHEMA IF NOT EXISTS api_bench")
        await conn.execute("DROP TABLE IF EXISTS api_bench.seeded")
        await conn.execute(
            "CREATE TABLE api_bench.seeded (reports bigint, at timestamptz, info jsonb)"
        )
        await conn.execute(
            "INSERT INTO api_bench.seeded VALUES ($1, now(), $2::jsonb)", n, json.dumps(info)
        )
    finally:
        await conn.close()


async def _revision(dsn: str) -> str | None:
    import asyncpg

    conn = await asyncpg.connect(dsn)
    try:
        if await conn.fetchval("SELECT to_regclass('alembic_version')") is None:
            return None
        value = await conn.fetchval("SELECT string_agg(version_num, ',') FROM alembic_version")
        return None if value is None else str(value)
    finally:
        await conn.close()


async def _analyze(dsn: str) -> None:
    """Fresh planner statistics for the whole database (after migrating reused data)."""
    import asyncpg

    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute("ANALYZE")
    finally:
        await conn.close()


def prepare_database(server: Any, n: int, reuse: bool) -> dict[str, Any]:
    """Reuse a completely seeded database of ``n`` reports, or build one from scratch:
    a fresh database, the migrations, the reference data (offices, elections), the reports."""
    from bawaslu_api.db.migrations import upgrade
    from bawaslu_api.seed import seed_reference

    server.ensure_database(DB_NAME)
    url = server.url(DB_NAME)
    found = asyncio.run(_seeded_count(asyncpg_dsn(url))) if reuse else None
    if found is not None and found[0] == n:
        before = asyncio.run(_revision(asyncpg_dsn(url)))
        try:
            # brings the reused data to this source's head (tables and indexes added since the
            # seeding); a no-op at head; fails when the database is ahead of this source
            upgrade(url)
        except Exception as exc:  # the database is ahead of this source: rebuild below
            log(f"cannot reuse ({type(exc).__name__}: {exc}); rebuilding")
        else:
            after = asyncio.run(_revision(asyncpg_dsn(url)))
            migrated: dict[str, Any] = {"revision_before": before, "revision": after}
            if before != after:
                log(f"migrated the reused database {before} -> {after}")
            # fresh statistics (new indexes, rows deleted above); a few seconds at 1 M
            t0 = time.perf_counter()
            asyncio.run(_analyze(asyncpg_dsn(url)))
            migrated["analyze_seconds"] = round(time.perf_counter() - t0, 1)
            log(f"reusing the {n:,} seeded reports (schema at {after})")
            return {**found[1], "reports": n, "reused": True, "reuse_migration": migrated}
    server.psql(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')
    server.ensure_database(DB_NAME)
    upgrade(url)
    asyncio.run(seed_reference(url))
    log(f"seeding {n:,} reports")
    info = asyncio.run(seed_reports(asyncpg_dsn(url), n))
    asyncio.run(_mark_seeded(asyncpg_dsn(url), n, info))
    info["reused"] = False
    log(f"seeded in {info['seconds_total']}s")
    return info


# =============================================================================================
# Inputs: the service's SQL, tokens, cursors, ids
# =============================================================================================


async def capture_sql(url: str) -> dict[str, Any]:
    """The statements the service sends for the list (4 variants) and the read."""
    from sqlalchemy import event

    from bawaslu_api.db.engine import create_engine, create_sessionmaker
    from bawaslu_api.reports import service
    from bawaslu_api.security.principals import Principal, Role
    from bawaslu_api.settings import Settings

    engine = create_engine(url, Settings(_env_file=None))  # type: ignore[call-arg]
    seen: list[tuple[str, Any]] = []

    @event.listens_for(engine.sync_engine, "before_cursor_execute")
    def _capture(
        conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool
    ) -> None:
        seen.append((statement, parameters))

    # sentinel values, recognised again among the bound parameters
    at = datetime(2024, 6, 30, 12, 34, 56, 789000, tzinfo=UTC)
    rid = uuid.UUID("0190691c-5a15-7000-8000-000000000001")
    sentinels = {
        "/ID/52/": "scope",
        "/ID/": "scope",
        "52": "province",
        "registered": "status",
        at: "at",
        rid: "id",
        51: "limit1",
    }

    def spec_of(params: Any) -> list[str]:
        # anything else is a constant of the service's own (e.g. left(description, 200))
        return [
            sentinels[p] if p in sentinels else "const:" + json.dumps(p, default=str)
            for p in params
        ]

    try:  # since perf-reads, the two routes run their own statements on the driver
        from bawaslu_api.reports import reads
    except ImportError:  # an older service: the routes call service.list_reports / load
        reads = None
    try:  # since the case kernel has a home of its own (cases/)
        from bawaslu_api.cases.models import ReportStatus
    except ImportError:
        from bawaslu_api.reports.models import ReportStatus  # type: ignore[no-redef]
    # the list's filters: reads.ReportFilter since the split, service.ReportFilter before
    report_filter = getattr(reads, "ReportFilter", None) or service.ReportFilter

    class Recorder:
        """The asyncpg connection the read path is given, recording what it sends."""

        def __init__(self, conn: Any) -> None:
            self.conn = conn

        async def fetch(self, sql: str, *args: Any) -> Any:
            seen.append((sql, args))
            return await self.conn.fetch(sql, *args)

        async def fetchrow(self, sql: str, *args: Any) -> Any:
            seen.append((sql, args))
            return await self.conn.fetchrow(sql, *args)

        async def fetchval(self, sql: str, *args: Any) -> Any:
            seen.append((sql, args))
            return await self.conn.fetchval(sql, *args)

        async def execute(self, sql: str, *args: Any) -> Any:
            seen.append((sql, args))
            return await self.conn.execute(sql, *args)

    out: dict[str, Any] = {"list_sql": {}}
    try:
        async with create_sessionmaker(engine)() as session, session.begin():
            driver = (await (await session.connection()).get_raw_connection()).driver_connection
            recorder = Recorder(driver)
            office_id = (
                await session.execute(
                    __import__("sqlalchemy").text("SELECT id FROM office WHERE code = '52'")
                )
            ).scalar_one()
            national_id = (
                await session.execute(
                    __import__("sqlalchemy").text("SELECT id FROM office WHERE code = 'ID'")
                )
            ).scalar_one()

            def make_principal(oid: Any, code: str, path: str) -> Any:
                where = {"office_id": oid, "office_code": code, "office_path": path}
                if hasattr(Principal, "staff"):
                    return Principal.staff("bench", [Role.viewer], **where)
                return Principal(subject="bench", role=Role.viewer, **where)  # single-role

            principal = make_principal(office_id, "52", "/ID/52/")
            national = make_principal(national_id, "ID", "/ID/")
            cursor = _encode_cursor([at.isoformat(), str(rid)])
            # the service may scope a province and the whole country differently (province_code,
            # no condition at all), so both are captured: "<scope>_<status|all>_<first|cursor>",
            # plus the unprefixed province variants (what earlier versions of this script read)
            for prefix, who in (("province_", principal), ("national_", national)):
                for key, status, cur in (
                    ("status_first", ReportStatus.registered, None),
                    ("status_cursor", ReportStatus.registered, cursor),
                    ("all_first", None, None),
                    ("all_cursor", None, cursor),
                ):
                    seen.clear()
                    if reads is not None:
                        await reads.fetch_page(
                            recorder, who, report_filter(status=status), cursor=cur, limit=50
                        )
                    else:
                        await service.list_reports(
                            session, who, service.ReportFilter(status=status), cursor=cur, limit=50
                        )
                    sql, params = seen[-1]
                    out["list_sql"][prefix + key] = {"sql": sql, "params": spec_of(params)}
                    if prefix == "province_":
                        out["list_sql"][key] = out["list_sql"][prefix + key]
            a_report = (
                await session.execute(
                    __import__("sqlalchemy").text(
                        "SELECT id FROM report WHERE office_path LIKE '/ID/52/%' LIMIT 1"
                    )
                )
            ).scalar_one()
            sentinels[a_report] = "id"
            seen.clear()
            if reads is not None:
                await reads.fetch_report(recorder, a_report, principal)
            else:
                await service.load(session, a_report, principal)
            # (a read of a sensitive case also INSERTs into case_access: not the read's SQL)
            out["read_sqls"] = [
                {"sql": q, "params": spec_of(p)} for q, p in seen if not q.startswith("INSERT")
            ]
    finally:
        await engine.dispose()
    return out


def use_data_dir(path: Path) -> None:
    """This process seals (seeding, migrations) with the keys of ``path``, the data
    directory the API it starts is given too: one set of data keys for the database."""
    from bawaslu_api.security import sealing
    from bawaslu_api.settings import get_settings

    os.environ["BAWASLU_DATA_DIR"] = str(path)
    get_settings.cache_clear()
    sealing.configure(get_settings())


def sealed_identity(
    rid: uuid.UUID,
    category: str,
    name: str,
    nik: str,
    address: str,
    phone: str,
    email: str,
    witnesses: list[dict[str, str]],
) -> tuple[Any, ...]:
    """A ``report_identity`` row as the service stores it: personal data sealed with the
    data keys of this process's settings (``BAWASLU_DATA_DIR`` / ``BAWASLU_DATA_KEYS``, which
    every bench passes to the API it starts as well), the NIK's blind index beside it."""
    from bawaslu_api.security import sealing

    ring = sealing.ring()
    clear = {
        "nik": nik,
        "address": address,
        "phone": phone,
        "email": email,
        "witnesses": json.dumps(witnesses, ensure_ascii=False) if witnesses else "",
    }
    sealed = {f: ring.seal(v, sealing.place("report_identity", f, rid)) for f, v in clear.items()}
    return (
        rid,
        category,
        name,
        sealed["nik"],
        ring.index(nik) if nik else None,
        sealed["address"],
        sealed["phone"],
        sealed["email"],
        sealed["witnesses"],
    )


def mint_tokens(url: str, keys_dir: Path) -> dict[str, str]:
    """Bearer tokens from the operators' CLI (``bawaslu-api tokens mint``)."""
    tokens: dict[str, str] = {}
    env = {k: v for k, v in os.environ.items() if not k.startswith("BAWASLU_")}
    env.update(
        BAWASLU_DATABASE_URL=url,
        BAWASLU_JWT_KEYS_DIR=str(keys_dir),
        BAWASLU_DATA_DIR=str(keys_dir.parent / "data"),
    )
    for name, role, office in (
        ("viewer_52", "viewer", "52"),
        ("viewer_national", "viewer", "ID"),
        ("handler_5203", "handler", "52.03"),
    ):
        out = subprocess.run(
            [
                str(VENV_BIN / "bawaslu-api"),
                "tokens",
                "mint",
                "--sub",
                f"bench-{name}",
                "--role",
                role,
                "--office",
                office,
                "--ttl",
                str(6 * 3600),
            ],
            env=env,
            cwd=keys_dir.parent,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        tokens[name] = out.strip().splitlines()[-1]
    return tokens


async def bench_inputs(url: str, n: int) -> dict[str, Any]:
    """The deep cursor, report ids to read, office paths, labels and messages."""
    import asyncpg

    from bawaslu_api.reports.schemas import STATUS_LABELS_ID
    from bawaslu_api.rules_api.messages import message
    from bawaslu_rules import Code

    conn = await asyncpg.connect(asyncpg_dsn(url))
    try:
        depth = n // 2
        deep = await conn.fetchrow(
            "SELECT received_at, id FROM report ORDER BY received_at DESC, id DESC "
            "OFFSET $1 LIMIT 1",
            depth - 1,
        )
        ids = [
            r["id"]
            for r in await conn.fetch(
                "SELECT id FROM report TABLESAMPLE SYSTEM (5) "
                "WHERE office_path LIKE '/ID/52/%' LIMIT 2000"
            )
        ]
        if len(ids) < 100:
            ids = [
                r["id"]
                for r in await conn.fetch(
                    "SELECT id FROM report WHERE office_path LIKE '/ID/52/%' "
                    "ORDER BY random() LIMIT 2000"
                )
            ]
        paths = {r["code"]: r["path"] for r in await conn.fetch("SELECT code, path FROM office")}
        scoped = await conn.fetchval(
            "SELECT count(*) FROM report "
            "WHERE office_path LIKE '/ID/52/%' AND status = 'registered'"
        )
        scoped_after_deep = await conn.fetchval(
            "SELECT count(*) FROM report "
            "WHERE office_path LIKE '/ID/52/%' AND status = 'registered' "
            "AND (received_at, id) < ($1, $2)",
            deep["received_at"],
            deep["id"],
        )
    finally:
        await conn.close()
    messages = {}
    for code in Code:
        with contextlib.suppress(Exception):
            messages[code.value] = message(code, "id")
    return {
        "deep_depth": depth,
        "deep_cursor": _encode_cursor([deep["received_at"].isoformat(), str(deep["id"])]),
        "read_ids": [str(i) for i in ids],
        "office_paths": paths,
        "status_labels": {k.value: v for k, v in STATUS_LABELS_ID.items()},
        "messages": messages,
        "scoped_rows": scoped,
        "scoped_rows_older_than_deep_cursor": scoped_after_deep,
    }


async def explain(
    url: str, sqls: dict[str, Any], values: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    """EXPLAIN ANALYZE of the captured list statements (one execution each, custom plans)."""
    import asyncpg

    conn = await asyncpg.connect(asyncpg_dsn(url))
    out: dict[str, Any] = {}
    try:
        for name, (variant, vals) in values.items():
            stmt = sqls[variant]
            args = _bind(stmt["params"], vals)
            await conn.fetch(stmt["sql"], *args)  # warm the cache
            plan = json.loads(
                await conn.fetchval("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + stmt["sql"], *args)
            )[0]
            node = plan["Plan"]
            nodes, stack = [], [node]
            while stack:
                cur = stack.pop()
                nodes.append(cur)
                stack.extend(cur.get("Plans", []))
            scans = [
                f"{x['Node Type']} {x.get('Index Name', x.get('Relation Name', ''))}: "
                f"rows {x.get('Actual Rows')}, "
                f"removed by filter {x.get('Rows Removed by Filter', 0)}"
                for x in nodes
                if "Scan" in x["Node Type"] and x.get("Relation Name") == "report"
            ]
            out[name] = {
                "execution_ms": round(plan["Execution Time"], 3),
                "shared_buffers_hit_read": [
                    node.get("Shared Hit Blocks"),
                    node.get("Shared Read Blocks"),
                ],
                "report_scans": scans,
            }
    finally:
        await conn.close()
    return out


# =============================================================================================
# Servers and wrk
# =============================================================================================

LUA_DONE = r"""
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"duration_us":%d,"bytes":%d,"connect_errors":%d,' ..
    '"read_errors":%d,"write_errors":%d,"status_errors":%d,"timeouts":%d,' ..
    '"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,"mean_us":%.1f}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write,
    e.status, e.timeout, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, latency.mean))
end
"""


def lua_script(
    path: Path,
    *,
    method: str = "GET",
    paths: list[str],
    headers: dict[str, str],
    body: str | None = None,
) -> Path:
    lines = [f'wrk.method = "{method}"']
    for k, v in headers.items():
        lines.append(f'wrk.headers["{k}"] = "{v}"')
    if body is not None:
        lines.append(f"wrk.body = {json.dumps(body)}")
    lines.append("local paths = {" + ",".join(json.dumps(p) for p in paths) + "}")
    if len(paths) == 1:
        lines.append("request = function() return wrk.format(nil, paths[1]) end")
    else:
        lines.append("math.randomseed(42)")
        lines.append("request = function() return wrk.format(nil, paths[math.random(#paths)]) end")
    path.write_text("\n".join(lines) + "\n" + LUA_DONE)
    return path


POSTMASTER_PID: int | None = None  # of the benchmark's PostgreSQL, for its backends' CPU


def group_cpu_seconds(pgid: int, *, parent: int | None = None) -> float:
    """User + system CPU seconds of the live processes of a process group (the server), or
    of the children of ``parent`` (the PostgreSQL backends and workers)."""
    total, tick = 0.0, os.sysconf("SC_CLK_TCK")
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            # fields[1] is the parent pid, fields[2] the process group
            if (parent is None and int(fields[2]) == pgid) or (
                parent is not None and int(fields[1]) == parent
            ):
                total += (int(fields[11]) + int(fields[12])) / tick
            elif parent is not None and int(stat.parent.name) == parent:
                # the postmaster itself, with the CPU of backends that exited (reaped children)
                total += sum(int(x) for x in fields[11:15]) / tick
    return total


def run_wrk(
    port: int,
    script: Path,
    seconds: float,
    threads: int,
    connections: int,
    server_pgid: int | None = None,
) -> dict[str, Any]:
    cmd = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{max(1, round(seconds))}s",
        "--timeout",
        "10s",
        "-s",
        str(script),
        f"http://127.0.0.1:{port}",
    ]
    cpu0 = group_cpu_seconds(server_pgid) if server_pgid else 0.0
    db0 = group_cpu_seconds(0, parent=POSTMASTER_PID) if POSTMASTER_PID else 0.0
    proc = subprocess.run(cmd, capture_output=True, text=True)
    cpu = group_cpu_seconds(server_pgid) - cpu0 if server_pgid else None
    db = group_cpu_seconds(0, parent=POSTMASTER_PID) - db0 if POSTMASTER_PID else None
    loadavg = float(Path("/proc/loadavg").read_text().split()[0])
    if proc.returncode != 0:
        raise RuntimeError(f"wrk failed: {proc.stderr or proc.stdout}")
    out = proc.stdout
    line = next(x for x in out.splitlines() if x.startswith("BENCH_JSON "))
    data = json.loads(line.removeprefix("BENCH_JSON "))
    secs = data["duration_us"] / 1e6
    errors = sum(
        data[k]
        for k in ("connect_errors", "read_errors", "write_errors", "status_errors", "timeouts")
    )
    return {
        "rps": round(data["requests"] / secs, 1),
        "p50_ms": round(data["p50_us"] / 1000, 2),
        "p90_ms": round(data["p90_us"] / 1000, 2),
        "p99_ms": round(data["p99_us"] / 1000, 2),
        "max_ms": round(data["max_us"] / 1000, 2),
        "mean_ms": round(data["mean_us"] / 1000, 2),
        "requests": data["requests"],
        "errors": errors,
        "non_2xx": data["status_errors"],
        # CPU the server process spent per request: robust against other load on the machine
        "server_cpu_ms_per_request": round(cpu * 1000 / data["requests"], 3)
        if cpu and data["requests"]
        else None,
        "db_cpu_ms_per_request": round(db * 1000 / data["requests"], 3)
        if db and data["requests"]
        else None,
        "loadavg_1m_after": loadavg,
    }


class Server:
    """A uvicorn process, started in its own process group and stopped by its pid."""

    def __init__(
        self,
        name: str,
        cmd: list[str],
        env: dict[str, str],
        port: int,
        health: str,
        log_path: Path,
        cwd: Path,
    ) -> None:
        self.name, self.port, self.health = name, port, health
        self.log_file = log_path.open("wb")
        self.proc = subprocess.Popen(
            cmd,
            env=env,
            cwd=cwd,
            stdout=self.log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.proc.returncode}")
            with (
                contextlib.suppress(OSError, urllib.error.URLError),
                urllib.request.urlopen(
                    f"http://127.0.0.1:{self.port}{self.health}", timeout=2
                ) as r,
            ):
                if r.status == 200:
                    return
            time.sleep(0.2)
        raise RuntimeError(f"{self.name} did not become ready")

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)  # its own group: uvicorn and its workers
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self.log_file.close()


def http_json(
    port: int, path: str, token: str | None = None, body: Any = None
) -> tuple[int, Any, dict[str, str]]:
    req = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}", method="POST" if body is not None else "GET"
    )
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    if body is not None:
        req.add_header("Content-Type", "application/json")
        req.data = json.dumps(body).encode()
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, json.loads(r.read()), dict(r.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"null"), dict(exc.headers)


def report_body() -> dict[str, Any]:
    """The valid report of tests/api/reports/conftest.py (Lombok Timur, Pemilu 2024)."""
    return {
        "kind": "report",
        "election": "pemilu-2024",
        "office": "52.03",
        "channel": "walk_in",
        "received_at": "2024-01-12T10:00:00+08:00",
        "reporter": {
            "category": "citizen",
            "name": "Siti Aminah",
            "nik": "5203014708900001",
            "address": "Jl. Pejanggik 12, Selong",
            "phone": "081234567890",
            "email": "siti@example.org",
            "age": 34,
        },
        "reported_parties": [{"name": "Caleg X", "address": "Selong"}],
        "witnesses": [{"name": "Budi", "phone": "0811111111"}],
        "incident": {"date": "2024-01-10", "office": "52.03", "address": "Pasar Selong"},
        "known_on": "2024-01-10",
        "description": "Pembagian uang kepada pemilih di pasar pada masa kampanye.",
        "evidence": [{"kind": "photo", "description": "Foto pembagian uang"}],
        "signature": {"present": True, "matches": True},
    }


# =============================================================================================
# Main
# =============================================================================================


def scenarios(inputs: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """name -> what the API and the minimal app are asked (paths, token, method)."""
    deep = inputs["deep_cursor"]
    ids = inputs["read_ids"]
    return {
        "list_province": {
            "what": "GET /v1/reports?office=52&status=registered&limit=50 (viewer of province 52)",
            "api": ["/v1/reports?office=52&status=registered&limit=50"],
            "token": "viewer_52",
            "min": ["/v1/reports?office=52&status=registered&limit=50"],
        },
        "list_province_deep": {
            "what": f"same, cursor at row {inputs['deep_depth']:,} of the ordering",
            "api": [f"/v1/reports?office=52&status=registered&limit=50&cursor={deep}"],
            "token": "viewer_52",
            "min": [f"/v1/reports?office=52&status=registered&limit=50&cursor={deep}"],
        },
        "list_national": {
            "what": "GET /v1/reports?limit=50 (national viewer, no filter)",
            "api": ["/v1/reports?limit=50"],
            "token": "viewer_national",
            "min": ["/v1/reports?office=ID&limit=50"],
        },
        "list_national_deep": {
            "what": f"same, cursor at row {inputs['deep_depth']:,} of the ordering",
            "api": [f"/v1/reports?limit=50&cursor={deep}"],
            "token": "viewer_national",
            "min": [f"/v1/reports?office=ID&limit=50&cursor={deep}"],
        },
        "read": {
            "what": f"GET /v1/reports/{{id}} ({len(ids)} random ids of province 52, viewer of 52)",
            "api": [f"/v1/reports/{i}" for i in ids],
            "token": "viewer_52",
            "min": [f"/v1/reports/{i}?office=52" for i in ids],
        },
        "create": {
            "what": "POST /v1/reports (handler of 52.03, the conftest report)",
            "api": ["/v1/reports"],
            "token": "handler_5203",
            "method": "POST",
            "body": json.dumps(report_body()),
            "min": None,
        },
    }


def verify(
    api_port: int, min_port: int | None, sc: dict[str, Any], inputs: dict[str, Any]
) -> list[str]:
    """Each scenario answers 2xx with the same rows and cursors on both servers; returns the
    differences in JSON keys (fields the API gained after this script was written)."""
    differences: list[str] = []
    for name, s in sc.items():
        if s.get("method") == "POST":
            continue
        status, body, _ = http_json(api_port, s["api"][0], inputs["tokens"][s["token"]])
        assert status == 200, (name, status, body)
        if min_port is None:
            continue
        mstatus, mbody, _ = http_json(min_port, s["min"][0])
        assert mstatus == 200, (name, mstatus, mbody)
        if "items" in body:
            assert [i["id"] for i in body["items"]] == [i["id"] for i in mbody["items"]], name
            assert body["next_cursor"] == mbody["next_cursor"], name
            assert len(body["items"]) > 0, f"{name}: empty page"
            if set(body["items"][0]) != set(mbody["items"][0]):
                differences.append(
                    f"{name}: {sorted(set(body['items'][0]) ^ set(mbody['items'][0]))}"
                )
        else:
            if set(body) != set(mbody):
                differences.append(f"{name}: {sorted(set(body) ^ set(mbody))}")
            assert body["id"] == mbody["id"], name
            assert body["reporter"] == mbody["reporter"], name
            assert body["admissibility"] == mbody["admissibility"], name
    return differences


def measure(
    label: str,
    server: Server,
    sc: dict[str, Any],
    key: str,
    inputs: dict[str, Any],
    args: argparse.Namespace,
    work: Path,
    only: list[str] | None = None,
) -> dict[str, Any]:
    results = {}
    for name, s in sc.items():
        if s.get(key) is None or (only and name not in only):
            continue
        script = lua_script(
            work / f"{label}_{name}.lua",
            method=s.get("method", "GET"),
            paths=s[key],
            headers={
                "Authorization": f"Bearer {inputs['tokens'][s['token']]}",
                **({"Content-Type": "application/json"} if s.get("body") else {}),
            },
            body=s.get("body"),
        )
        if args.warmup > 0:
            run_wrk(server.port, script, args.warmup, args.threads, args.connections)
        res = run_wrk(
            server.port, script, args.duration, args.threads, args.connections, server.proc.pid
        )
        log(
            f"  {label:8s} {name:20s} {res['rps']:9.1f} req/s  p50 {res['p50_ms']:8.2f} ms  "
            f"p99 {res['p99_ms']:8.2f} ms  cpu/req {res['server_cpu_ms_per_request']} ms  "
            f"db cpu/req {res['db_cpu_ms_per_request']} ms  "
            f"errors {res['errors']}  load {res['loadavg_1m_after']}"
        )
        results[name] = res
    return results


def ratio(a: float, b: float) -> float | None:
    return round(a / b, 3) if b else None


def summarise(api: dict[str, Any], mini: dict[str, Any], sc: dict[str, Any]) -> dict[str, Any]:
    rows = {}
    for name, res in api.items():
        row: dict[str, Any] = {"what": sc[name]["what"], "api": res}
        if name in mini:
            m = mini[name]
            row["minimal"] = m
            row["rps_ratio"] = ratio(res["rps"], m["rps"])
            row["p50_ratio"] = ratio(res["p50_ms"], m["p50_ms"])
            row["p99_ratio"] = ratio(res["p99_ms"], m["p99_ms"])
            if res.get("server_cpu_ms_per_request") and m.get("server_cpu_ms_per_request"):
                row["cpu_per_request_ratio"] = ratio(
                    res["server_cpu_ms_per_request"], m["server_cpu_ms_per_request"]
                )
        rows[name] = row
    targets = {}
    for name in ("list_province", "read"):
        if name in rows and "rps_ratio" in rows[name]:
            targets[f"{name}: rps >= 0.5x minimal"] = rows[name]["rps_ratio"] >= 0.5
            targets[f"{name}: p99 <= 2x minimal"] = rows[name]["p99_ratio"] <= 2.0
    # "costs the same": within 20% of the first page (throughput and p50)
    for first, deep in (
        ("list_province", "list_province_deep"),
        ("list_national", "list_national_deep"),
    ):
        if first in rows and deep in rows:
            a, d = rows[first]["api"], rows[deep]["api"]
            rows[deep]["vs_first_page"] = {
                "rps": ratio(d["rps"], a["rps"]),
                "p50": ratio(d["p50_ms"], a["p50_ms"]),
                "p99": ratio(d["p99_ms"], a["p99_ms"]),
            }
            targets[f"{deep}: same cost as first page (API rps within 20%)"] = (
                d["rps"] >= 0.8 * a["rps"]
            )
    return {"scenarios": rows, "targets": targets}


def print_table(summary: dict[str, Any]) -> None:
    hdr = (
        f"{'scenario':20s} {'server':8s} {'req/s':>9s} {'p50 ms':>9s} {'p99 ms':>9s} "
        f"{'cpu ms/req':>10s}"
        f"   {'rps/min':>8s} {'p99/min':>8s} {'cpu/min':>8s}"
    )
    print("\n" + hdr + "\n" + "-" * len(hdr))
    for name, row in summary["scenarios"].items():
        for server in ("api", "minimal"):
            if server not in row:
                continue
            r = row[server]
            extra = ""
            if server == "api" and "rps_ratio" in row:
                extra = (
                    f"   {row['rps_ratio']:8.2f} {row['p99_ratio']:8.2f} "
                    f"{row.get('cpu_per_request_ratio') or float('nan'):8.2f}"
                )
            cpu = r.get("server_cpu_ms_per_request") or float("nan")
            print(
                f"{name:20s} {server:8s} {r['rps']:9.1f} {r['p50_ms']:9.2f} {r['p99_ms']:9.2f} "
                f"{cpu:10.3f}{extra}"
            )
    print("\ntargets:")
    for k, ok in summary["targets"].items():
        print(f"  [{'met' if ok else 'NOT MET'}] {k}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reports", type=int, default=1_000_000, help="reports to seed")
    parser.add_argument("--duration", type=float, default=15, help="seconds measured per scenario")
    parser.add_argument("--warmup", type=float, default=3, help="warm-up seconds per scenario")
    parser.add_argument(
        "--reuse", action="store_true", help="keep the database if it holds the data"
    )
    parser.add_argument("--data-dir", type=Path, default=Path("/tmp/bawaslu-api-bench"))
    parser.add_argument("--workers", type=int, default=1, help="uvicorn workers of each server")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--connections", type=int, default=32, help="wrk connections")
    parser.add_argument("--api-port", type=int, default=18080)
    parser.add_argument("--minimal-port", type=int, default=18081)
    parser.add_argument("--only", nargs="*", help="scenario names to run (default: all)")
    parser.add_argument("--output", type=Path, default=BENCH_DIR / "results" / "api_bench.json")
    parser.add_argument(
        "--snapshot",
        metavar="REV",
        help="benchmark the service as committed at git REV (e.g. HEAD), exported "
        "to the data dir, instead of the working tree (which others may be editing)",
    )
    parser.add_argument(
        "--sequential",
        action="store_true",
        help="measure every scenario on the minimal app, then every one on the API, with only "
        "one server up (default: each scenario on both, back to back, both servers up)",
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="also record py-spy profiles of the API per scenario (diagnostics)",
    )
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk not found: apt-get install -y wrk")

    data_dir = args.data_dir.resolve()
    if data_dir.is_relative_to(REPO):
        sys.exit("--data-dir must be outside the repository")
    data_dir.mkdir(parents=True, exist_ok=True)
    use_data_dir(data_dir / "data")
    if args.snapshot and not os.environ.get("API_BENCH_SOURCE"):
        sha = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", args.snapshot],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        src = data_dir / f"source-{sha[:12]}"
        if not src.is_dir():
            src.mkdir()
            archive = subprocess.run(
                ["git", "-C", str(REPO), "archive", sha, "src", "migrations"],
                check=True,
                capture_output=True,
            ).stdout
            subprocess.run(["tar", "-x", "-C", str(src)], input=archive, check=True)
        os.environ["PYTHONPATH"] = str(src / "src")
        os.environ["API_BENCH_SOURCE"] = f"git {sha} (exported to {src})"
        os.execv(sys.executable, [sys.executable, str(Path(__file__).resolve()), *sys.argv[1:]])
    if not os.environ.get("API_BENCH_SOURCE"):
        described = subprocess.run(
            ["git", "-C", str(REPO), "describe", "--always", "--dirty"],
            capture_output=True,
            text=True,
        ).stdout.strip()
        os.environ["API_BENCH_SOURCE"] = f"working tree {REPO} ({described})"
    import bawaslu_api

    log(
        f"service under test: {os.environ['API_BENCH_SOURCE']}; "
        f"bawaslu_api from {bawaslu_api.__file__}"
    )
    work = Path(tempfile.mkdtemp(prefix="run-", dir=data_dir))
    os.environ.setdefault("XDG_RUNTIME_DIR", str(data_dir))

    from bawaslu_api.db import embedded

    started = time.perf_counter()
    log(f"embedded PostgreSQL in {data_dir / 'pgdata'}")
    server = embedded.start(data_dir / "pgdata")
    servers: list[Server] = []
    try:
        seeding = prepare_database(server, args.reports, args.reuse)
        global POSTMASTER_PID
        with contextlib.suppress(OSError, ValueError):
            POSTMASTER_PID = int((data_dir / "pgdata" / "postmaster.pid").read_text().split()[0])
        url = server.url(DB_NAME)
        pg_version = server.psql("SHOW server_version").strip()
        pg_settings = {
            k: server.psql(f"SHOW {k}").strip()
            for k in ("shared_buffers", "work_mem", "effective_cache_size", "max_connections")
        }
        keys_dir = data_dir / "keys"
        inputs = asyncio.run(bench_inputs(url, args.reports))
        inputs["tokens"] = mint_tokens(url, keys_dir)
        sql = asyncio.run(capture_sql(url))
        (work / "service_sql.json").write_text(json.dumps(sql, indent=2))
        deep_at, deep_id = _decode_cursor(inputs["deep_cursor"])
        deep_vals = {"at": datetime.fromisoformat(deep_at), "id": uuid.UUID(deep_id), "limit1": 51}
        plans = asyncio.run(
            explain(
                url,
                sql["list_sql"],
                {
                    "list_province": (
                        "province_status_first",
                        {**_scope_values("/ID/52/"), "status": "registered", "limit1": 51},
                    ),
                    "list_province_deep": (
                        "province_status_cursor",
                        {**_scope_values("/ID/52/"), "status": "registered", **deep_vals},
                    ),
                    "list_national": (
                        "national_all_first",
                        {**_scope_values("/ID/"), "limit1": 51},
                    ),
                    "list_national_deep": (
                        "national_all_cursor",
                        {**_scope_values("/ID/"), **deep_vals},
                    ),
                },
            )
        )
        for name, p in plans.items():
            log(f"  EXPLAIN {name}: {p['execution_ms']} ms; {'; '.join(p['report_scans'])}")
        sc = scenarios(inputs)

        base_env = {k: v for k, v in os.environ.items() if not k.startswith("BAWASLU_")}
        # --- the minimal app
        min_cfg = {
            "dsn": asyncpg_dsn(url),
            **sql,
            **{k: inputs[k] for k in ("office_paths", "status_labels", "messages")},
        }
        (work / "minimal_config.json").write_text(json.dumps(min_cfg))
        uvicorn_common = [
            "--host",
            "127.0.0.1",
            "--workers",
            str(args.workers),
            "--loop",
            "uvloop",
            "--http",
            "httptools",
            "--log-level",
            "warning",
            "--no-access-log",
            "--no-server-header",
        ]
        log(f"minimal FastAPI + asyncpg app on :{args.minimal_port} ({args.workers} worker(s))")
        mini_srv = Server(
            "minimal",
            [
                str(VENV_BIN / "uvicorn"),
                "api_bench:minimal_app_factory",
                "--factory",
                "--app-dir",
                str(BENCH_DIR),
                "--port",
                str(args.minimal_port),
                *uvicorn_common,
            ],
            {**base_env, "API_BENCH_MINIMAL_CONFIG": str(work / "minimal_config.json")},
            args.minimal_port,
            "/health",
            work / "minimal.log",
            work,
        )
        servers.append(mini_srv)
        mini_srv.wait_ready()
        # --- the API, as production runs it (docker-compose environment)
        api_env = {
            **base_env,
            "BAWASLU_ENVIRONMENT": "production",
            "BAWASLU_DATABASE_URL": url,
            "BAWASLU_DATA_DIR": str(data_dir / "data"),
            "BAWASLU_LOG_JSON": "true",
            "BAWASLU_LOG_LEVEL": "INFO",
            "BAWASLU_DB_POOL_SIZE": str(POOL_SIZE),
            "BAWASLU_DB_MAX_OVERFLOW": str(POOL_OVERFLOW),
            "BAWASLU_DB_STATEMENT_TIMEOUT_MS": "15000",
            "BAWASLU_JWT_KEYS_DIR": str(keys_dir),
            "BAWASLU_MIGRATE_ON_START": "false",
            "BAWASLU_SEED_DEMO_ON_START": "false",
        }
        api_cmd = [
            str(VENV_BIN / "bawaslu-api"),
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(args.api_port),
            "--workers",
            str(args.workers),
        ]
        # verify both before measuring (the API briefly, then stopped again: one server at a time)
        api_srv = Server(
            "api",
            api_cmd,
            api_env,
            args.api_port,
            "/v1/health/ready",
            work / "api_verify.log",
            work,
        )
        servers.append(api_srv)
        api_srv.wait_ready()
        shape_differences = verify(args.api_port, args.minimal_port, sc, inputs)
        api_srv.stop()
        log(
            "responses verified: same rows and cursors on both servers"
            + (
                f"; JSON key differences: {shape_differences}"
                if shape_differences
                else ", same JSON keys"
            )
        )

        if args.sequential:  # all of the minimal app's scenarios, then all of the API's
            mini = measure("minimal", mini_srv, sc, "min", inputs, args, work, args.only)
            mini_srv.stop()

        log(
            f"API (bawaslu-api serve, production env) on :{args.api_port} "
            f"({args.workers} worker(s))"
        )
        api_srv = Server(
            "api", api_cmd, api_env, args.api_port, "/v1/health/ready", work / "api.log", work
        )
        servers.append(api_srv)
        api_srv.wait_ready()
        profiler = None
        if args.profile:
            profiler = subprocess.Popen(
                [
                    str(VENV_BIN / "py-spy"),
                    "record",
                    "-p",
                    str(api_srv.proc.pid),
                    "--format",
                    "raw",
                    "-r",
                    "200",
                    "-o",
                    str(work / "api_profile.txt"),
                    "--subprocesses",
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
        if args.sequential:
            api = measure("api", api_srv, sc, "api", inputs, args, work, args.only)
        else:
            # pairs back to back: each scenario on the minimal app, then at once on the API
            # (both servers are up, only the one measured gets requests), so that the two
            # halves of a ratio see the same load from the rest of the shared machine
            mini, api = {}, {}
            for name in sc:
                if args.only and name not in args.only:
                    continue
                mini.update(measure("minimal", mini_srv, sc, "min", inputs, args, work, [name]))
                api.update(measure("api", api_srv, sc, "api", inputs, args, work, [name]))
            mini_srv.stop()
        if profiler is not None:
            profiler.send_signal(signal.SIGINT)
            profiler.wait(timeout=60)
        api_srv.stop()
        log_lines = sum(1 for _ in (work / "api.log").open("rb"))

        summary = summarise(api, mini, sc)
        print_table(summary)
        result = {
            "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "command": "python bench/api_bench.py " + " ".join(sys.argv[1:]),
            "service_source": os.environ["API_BENCH_SOURCE"],
            "machine": {
                "cpus": os.cpu_count(),
                "python": sys.version.split()[0],
                "postgres": pg_version,
                "postgres_settings": pg_settings,
            },
            "settings": {
                "wrk": f"-t{args.threads} -c{args.connections} -d{args.duration}s "
                f"(warm-up {args.warmup}s)",
                "uvicorn": f"{args.workers} worker(s), uvloop, httptools, no uvicorn access log",
                "api": "bawaslu-api serve; BAWASLU_ENVIRONMENT=production, LOG_JSON=true, "
                "LOG_LEVEL=INFO "
                "(one JSON access line per request, to a file), pool 10+5",
                "minimal": "uvicorn --log-level warning --no-access-log; asyncpg pool 10..15, "
                "same SQL",
                "accept_encoding": "none sent (no gzip on either side)",
                "order": "all minimal, then all API, one server up"
                if args.sequential
                else "per scenario: minimal then API, back to back (both servers up)",
            },
            "data": {
                **seeding,
                "scoped_rows_province_52_registered": inputs["scoped_rows"],
                "scoped_rows_older_than_deep_cursor": inputs["scoped_rows_older_than_deep_cursor"],
                "deep_cursor_depth": inputs["deep_depth"],
            },
            "service_sql": sql,
            "explain_analyze": plans,
            "json_key_differences": shape_differences,
            **summary,
            "api_log_lines": log_lines,
            "wall_seconds": round(time.perf_counter() - started, 1),
        }
        if args.profile:
            result["profile"] = str(work / "api_profile.txt")
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(json.dumps(result, indent=2, default=str) + "\n")
        log(f"wrote {args.output} (work files in {work})")
    finally:
        for s in servers:
            with contextlib.suppress(Exception):
                s.stop()
        with contextlib.suppress(Exception):  # drop the rows POSTed by this run
            import asyncpg

            async def _cleanup() -> None:
                conn = await asyncpg.connect(asyncpg_dsn(server.url(DB_NAME)))
                try:
                    await conn.execute(f"DELETE FROM report WHERE created_at >= '{SEED_CUTOFF}'")
                finally:
                    await conn.close()

            asyncio.run(_cleanup())
        server.stop()
        log("servers stopped")


if __name__ == "__main__":
    main()
