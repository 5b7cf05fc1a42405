"""The read path of reports, off the ORM: ``GET /v1/reports`` and ``GET /v1/reports/{id}``.

These two are the busiest routes. The read answers what :func:`service.load` +
:func:`presenters.report_out` answer (same masking, same 404 outside the caller's subtree,
byte-for-byte the same JSON; a test compares the two). The list is the only list query:
exports page through :func:`fetch_page` too. Unlike the ORM path:

- the statements are SQLAlchemy Core, built from the models and compiled once per shape
  (which filters are present, how the caller is scoped), then sent as plain SQL on the
  pooled connection's asyncpg driver, whose statement cache prepares each shape once per
  connection;
- they run without ``BEGIN``/``COMMIT``: a single ``SELECT`` is its own consistent snapshot,
  so an explicit transaction only added two round trips;
- rows go straight into the response models, with no ORM objects in between.

A read of a sensitive case is still recorded on the case's access log, by one ``INSERT``
(its own transaction) before the response is sent.
"""

from __future__ import annotations

import asyncio
import enum
import uuid
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from fastapi import Request
from sqlalchemy import (
    DateTime,
    Select,
    String,
    Uuid,
    bindparam,
    func,
    insert,
    select,
    tuple_,
)
from sqlalchemy.dialects.postgresql import asyncpg as asyncpg_dialect
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ClauseElement
from sqlalchemy.util import greenlet_spawn

from bawaslu_api.elections.models import Election
from bawaslu_api.i18n import Lang, Text
from bawaslu_api.offices.models import Office
from bawaslu_api.pagination import decode_cursor, encode_cursor, invalid_cursor
from bawaslu_api.reports.errors import ReportNotFound
from bawaslu_api.reports.models import CaseAccess, Deadline, DeadlineStatus, Report, ReportIdentity
from bawaslu_api.reports.presenters import failures, mask, mask_name
from bawaslu_api.reports.schemas import (
    STATUS_LABELS_ID,
    ReportOut,
    ReportPage,
)
from bawaslu_api.reports.service import (
    OFFICE_PATHS,
    ReportFilter,
    scope_kind,
    scope_value,
    unknown_office,
)
from bawaslu_api.security.principals import Principal

_DIALECT = asyncpg_dialect.dialect()  # type: ignore[no-untyped-call]  # untyped in SQLAlchemy


@dataclass(frozen=True, slots=True)
class Statement:
    """A Core statement compiled once: its SQL and how to order its parameters."""

    sql: str
    params: tuple[tuple[str, Any], ...]
    """(name, constant) per ``$n``; the constant is ``None`` for a value bound per call."""

    @classmethod
    def compile(cls, stmt: ClauseElement) -> Statement:
        compiled = cast(SQLCompiler, stmt.compile(dialect=_DIALECT))
        defaults = compiled.construct_params(_check=False)
        names = compiled.positiontup or []
        return cls(
            sql=str(compiled),
            params=tuple((name, _plain(defaults.get(name))) for name in names),
        )

    def args(self, values: Mapping[str, Any]) -> list[Any]:
        return [
            _plain(values[name]) if constant is None else constant for name, constant in self.params
        ]


def _plain(value: Any) -> Any:
    """Enums are stored as their values (text columns with a CHECK constraint)."""
    return value.value if isinstance(value, enum.Enum) else value


# ---------------------------------------------------------------- the connection


@asynccontextmanager
async def read_connection(request: Request) -> AsyncIterator[Any]:
    """The asyncpg connection this request reads on, outside any transaction.

    It is the connection the unit of work would use: a pooled one of the engine the
    sessions are bound to (checked out with the pool's liveness check, returned without a
    round trip), or, when the sessions are bound to one connection (the tests, where every
    request joins one rolled-back transaction), that connection.
    """
    bind = request.app.state.sessionmaker.kw["bind"]
    if isinstance(bind, AsyncConnection):
        yield (await bind.get_raw_connection()).driver_connection
        return
    # Straight from the pool (no Connection object: nothing here runs through SQLAlchemy).
    # A connection goes back without a round trip: the pool's reset is a rollback, and
    # no transaction was begun on it.
    async with _turns(request):
        pooled = await greenlet_spawn(bind.sync_engine.pool.connect)
        try:
            yield pooled.driver_connection
        finally:
            await greenlet_spawn(pooled.close)


def _turns(request: Request) -> asyncio.Semaphore:
    """Reads take their turn for a connection first come, first served.

    When every connection is in use, the pool's own wait (an ``asyncio.Queue``) lets a
    request that arrives just as a connection comes back take it ahead of those already
    waiting, which may then wait again at the end of the line: under a steady load a few
    requests waited seconds. A FIFO semaphore as wide as the pool hands connections out
    in order of arrival.
    """
    state = request.app.state
    turns: asyncio.Semaphore | None = getattr(state, "read_turns", None)
    if turns is None:
        settings = state.settings
        turns = state.read_turns = asyncio.Semaphore(
            settings.db_pool_size + settings.db_max_overflow
        )
    return turns


# ---------------------------------------------------------------- scoping


def _in_scope(kind: str) -> ColumnElement[bool] | None:
    if kind == "national":
        return None
    if kind == "province":
        return Report.province_code == bindparam("scope", type_=String())
    return Report.office_path.startswith(bindparam("scope", type_=String()))


# ---------------------------------------------------------------- one report

_READ_COLUMNS = (
    Report.id,
    Report.kind,
    Report.status,
    Report.regime,
    Report.ruleset_version,
    Report.channel,
    Report.received_at,
    Report.received_on,
    Report.known_on,
    Report.register_number,
    Report.registered_at,
    Report.description,
    Report.violation_type,
    Report.tsm,
    Report.incident_date,
    Report.incident_time,
    Report.incident_office_code,
    Report.incident_address,
    Report.incident_lat,
    Report.incident_lng,
    Report.reported_parties,
    Report.evidence_items,
    Report.outcome,
    Report.outcome_category,
    Report.decision_extended,
    Report.announced_at,
    Report.admissibility,
    Report.sensitive,
    Report.version,
    Office.code,
    Election.slug,
    ReportIdentity.report_id,
    ReportIdentity.reporter_category,
    ReportIdentity.name,
    ReportIdentity.nik,
    ReportIdentity.address,
    ReportIdentity.phone,
    ReportIdentity.email,
)


def _read_statement(scope_kind: str) -> Statement:
    stmt = (
        select(*_READ_COLUMNS)
        .join(Office, Office.id == Report.office_id)
        .join(Election, Election.id == Report.election_id)
        .outerjoin(ReportIdentity, ReportIdentity.report_id == Report.id)
        .where(Report.id == bindparam("id", type_=Uuid()))
    )
    condition = _in_scope(scope_kind)
    if condition is not None:
        stmt = stmt.where(condition)
    return Statement.compile(stmt)


READ = {kind: _read_statement(kind) for kind in ("national", "province", "office")}

RECORD_READ = Statement.compile(
    insert(CaseAccess).values(
        report_id=bindparam("report_id", type_=Uuid()),
        subject=bindparam("subject", type_=String()),
        action="read",
        reason="",
    )
)


async def fetch_report(conn: Any, report_id: uuid.UUID, principal: Principal) -> Any:
    """The row of the case if it lies in the caller's subtree (404 otherwise: it does not
    exist for them); :func:`row_out` makes the response of it. A read of a sensitive case
    is recorded here, before anything is answered."""
    path = principal.office_path
    stmt = READ[scope_kind(path)]
    row = await conn.fetchrow(stmt.sql, *stmt.args({"id": report_id, "scope": scope_value(path)}))
    if row is None:
        raise ReportNotFound(Text("Laporan {id} tidak ada.", "No report {id}."), id=report_id)
    if row["sensitive"]:
        await conn.execute(
            RECORD_READ.sql,
            *RECORD_READ.args({"report_id": row["id"], "subject": principal.subject}),
        )
    return row


def row_out(row: Mapping[str, Any], lang: Lang) -> ReportOut:
    """:func:`presenters.report_out` for a row of :data:`READ` (validated in one call, from
    plain dicts)."""
    reporter = None
    if row["report_id"] is not None and row["reporter_category"]:
        email: str = row["email"]
        reporter = {
            "category": row["reporter_category"],
            "name": row["name"],
            "nik": mask(row["nik"], keep_start=4, keep_end=4),
            "address": mask(row["address"], keep_start=0),
            "phone": mask(row["phone"], keep_end=3),
            "email": mask(email.split("@")[0], keep_start=1)
            + ("@" + email.split("@")[1] if "@" in email else ""),
        }
    adm: dict[str, Any] = row["admissibility"]
    status = row["status"]
    return ReportOut.model_validate(
        {
            "id": row["id"],
            "kind": row["kind"],
            "status": status,
            "status_label": STATUS_LABELS_ID[status],
            "election": row["slug"],
            "regime": row["regime"],
            "ruleset_version": row["ruleset_version"],
            "office": row["code"],
            "channel": row["channel"],
            "received_at": row["received_at"],
            "received_on": row["received_on"],
            "known_on": row["known_on"],
            "register_number": row["register_number"],
            "registered_at": row["registered_at"],
            "description": row["description"],
            "violation_type": row["violation_type"],
            "tsm": row["tsm"],
            "incident": {
                "date": row["incident_date"],
                "time": row["incident_time"],
                "office": row["incident_office_code"],
                "address": row["incident_address"],
                "lat": row["incident_lat"],
                "lng": row["incident_lng"],
            },
            "reported_parties": row["reported_parties"],
            "evidence": row["evidence_items"],
            "reporter": reporter,
            "outcome": row["outcome"],
            "outcome_category": row["outcome_category"],
            "decision_extended": row["decision_extended"],
            "announced_at": row["announced_at"],
            "admissibility": {
                "verdict": adm.get("verdict", "unknown"),
                "failures": failures(adm, lang),
                "ruleset": adm.get("ruleset", row["ruleset_version"]),
                "received_on": row["received_on"],
            },
            "sensitive": row["sensitive"],
            "version": row["version"],
        }
    )


# ---------------------------------------------------------------- the list

OFFICE_PATH = Statement.compile(
    select(Office.path).where(Office.code == bindparam("code", type_=String()))
)


async def office_path(conn: Any, code: str) -> str:
    """An office's path; cached per process, since an office never moves in the tree."""
    path = OFFICE_PATHS.get(code)
    if path is None:
        path = await conn.fetchval(OFFICE_PATH.sql, *OFFICE_PATH.args({"code": code}))
        if path is None:
            raise unknown_office(code)
        OFFICE_PATHS[code] = path
    return path


@dataclass(frozen=True, slots=True)
class _ListShape:
    """What a list statement looks like: which conditions it has and its order."""

    scope: str
    election: bool
    kind: bool
    status: bool
    outcome_category: bool
    received_from: bool
    received_to: bool
    q: bool
    overdue: bool | None
    cursor: bool
    newest_first: bool


def _list_statement(shape: _ListShape) -> Statement:
    """The list statement for one shape of filters."""
    stmt: Select[Any] = (
        select(
            Report.id,
            Report.kind,
            Report.status,
            Report.received_at,
            Report.register_number,
            Report.outcome,
            Report.outcome_category,
            func.left(Report.description, 200).label("description"),
            Office.code,
            Election.slug,
            ReportIdentity.name,
        )
        .join(Office, Office.id == Report.office_id)
        .join(Election, Election.id == Report.election_id)
        .outerjoin(ReportIdentity, ReportIdentity.report_id == Report.id)
    )
    conditions: list[ColumnElement[bool]] = []
    scope = _in_scope(shape.scope)
    if scope is not None:
        conditions.append(scope)
    if shape.election:
        conditions.append(Election.slug == bindparam("election", type_=String()))
    if shape.kind:
        conditions.append(Report.kind == bindparam("kind", type_=String()))
    if shape.status:
        conditions.append(Report.status == bindparam("status", type_=String()))
    if shape.outcome_category:
        conditions.append(Report.outcome_category == bindparam("outcome_category", type_=String()))
    if shape.received_from:
        conditions.append(
            Report.received_at >= bindparam("received_from", type_=DateTime(timezone=True))
        )
    if shape.received_to:
        conditions.append(
            Report.received_at < bindparam("received_to", type_=DateTime(timezone=True))
        )
    if shape.q:
        conditions.append(
            Report.search.op("@@")(func.plainto_tsquery("simple", bindparam("q", type_=String())))
        )
    if shape.overdue is not None:
        overdue = (
            select(Deadline.id)
            .where(
                Deadline.report_id == Report.id,
                Deadline.status == DeadlineStatus.pending,
                Deadline.due_at < func.now(),
            )
            .exists()
        )
        conditions.append(overdue if shape.overdue else ~overdue)
    if shape.cursor:
        # One row comparison, so that PostgreSQL starts the index scan at the cursor.
        pair = tuple_(Report.received_at, Report.id)
        key = tuple_(
            bindparam("after_at", type_=DateTime(timezone=True)),
            bindparam("after_id", type_=Uuid()),
        )
        conditions.append(pair < key if shape.newest_first else pair > key)
    if conditions:
        stmt = stmt.where(*conditions)
    order = (
        (Report.received_at.desc(), Report.id.desc())
        if shape.newest_first
        else (Report.received_at, Report.id)
    )
    return Statement.compile(stmt.order_by(*order).limit(bindparam("limit")))


_list_statements: dict[_ListShape, Statement] = {}


def list_statement(shape: _ListShape) -> Statement:
    stmt = _list_statements.get(shape)
    if stmt is None:
        stmt = _list_statements[shape] = _list_statement(shape)
    return stmt


def _cursor_values(cursor: str) -> tuple[datetime, uuid.UUID]:
    at_raw, id_raw = decode_cursor(cursor, size=2)
    try:
        return datetime.fromisoformat(at_raw), uuid.UUID(id_raw)
    except ValueError as exc:
        raise invalid_cursor() from exc


async def fetch_page(
    conn: Any,
    principal: Principal,
    filters: ReportFilter,
    *,
    cursor: str | None,
    limit: int,
    newest_first: bool = True,
) -> list[Any]:
    """The rows of a page of reports in the caller's subtree, by received time (keyset),
    and one more when there is a next page; :func:`page_out` makes the response of them."""
    path = principal.office_path
    if filters.office is not None:
        path = await office_path(conn, filters.office)
        if not principal.sees(path):
            return []
    values: dict[str, Any] = {
        "scope": scope_value(path),
        "election": filters.election,
        "kind": filters.kind,
        "status": filters.status,
        "outcome_category": filters.outcome_category,
        "received_from": filters.received_from,
        "received_to": filters.received_to,
        "q": filters.q,
        "limit": limit + 1,
    }
    if cursor:
        values["after_at"], values["after_id"] = _cursor_values(cursor)
    stmt = list_statement(
        _ListShape(
            scope=scope_kind(path),
            election=bool(filters.election),
            kind=bool(filters.kind),
            status=bool(filters.status),
            outcome_category=bool(filters.outcome_category),
            received_from=bool(filters.received_from),
            received_to=bool(filters.received_to),
            q=bool(filters.q),
            overdue=filters.overdue,
            cursor=bool(cursor),
            newest_first=newest_first,
        )
    )
    return list(await conn.fetch(stmt.sql, *stmt.args(values)))


def page_out(rows: list[Any], limit: int) -> ReportPage:
    """The page of :func:`fetch_page`'s rows, reporter names masked (validated in one call:
    the items as plain dicts rather than one model constructed at a time)."""
    next_cursor = None
    if len(rows) > limit:
        last = rows[limit - 1]
        next_cursor = encode_cursor([last["received_at"].isoformat(), str(last["id"])])
    return ReportPage.model_validate(
        {"items": [_summary(r) for r in rows[:limit]], "next_cursor": next_cursor}
    )


def _summary(row: Mapping[str, Any]) -> dict[str, Any]:
    """A list entry of a row of a list statement, the reporter's name masked."""
    return {
        "id": row["id"],
        "kind": row["kind"],
        "status": row["status"],
        "office": row["code"],
        "election": row["slug"],
        "received_at": row["received_at"],
        "register_number": row["register_number"],
        "outcome": row["outcome"],
        "outcome_category": row["outcome_category"],
        "reporter_name": mask_name(row["name"] or ""),
        "description": row["description"],
    }
