"""The read path of reports, off the ORM: ``GET /v1/reports`` and ``GET /v1/reports/{id}``.

These two are the busiest routes. The read answers what ``cases.repository.load`` +
:func:`presenters.report_out` answer (the same 404 outside the caller's subtree; the same
presenter, :func:`presenters.row_out`, so the same masking and byte-for-byte the same JSON;
a test compares the two). The list is the only list query:
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
from typing import Any, Literal, cast

from fastapi import Request
from sqlalchemy import (
    DateTime,
    Select,
    String,
    Uuid,
    and_,
    bindparam,
    func,
    insert,
    select,
    tuple_,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql import asyncpg as asyncpg_dialect
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ClauseElement
from sqlalchemy.util import greenlet_spawn

from bawaslu_api.assignments import repository as assignments
from bawaslu_api.cases.errors import UnknownReference
from bawaslu_api.cases.models import (
    Report,
    ReportIdentity,
    ReportKind,
    ReportStatus,
    ViolationCategory,
)
from bawaslu_api.cases.repository import not_found
from bawaslu_api.db import replica as db_replica
from bawaslu_api.deadlines.models import Deadline, DeadlineStatus
from bawaslu_api.deliberation.models import CasePlenary
from bawaslu_api.elections.models import Election
from bawaslu_api.offices import scope
from bawaslu_api.offices.models import Office
from bawaslu_api.pagination import decode_cursor, encode_cursor, invalid_cursor
from bawaslu_api.reports.presenters import IDENTITY_COLUMNS, REPORT_COLUMNS, mask_name
from bawaslu_api.reports.schemas import ReportPage
from bawaslu_api.security.principals import Principal
from bawaslu_api.timeline.models import CaseAccess

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
async def read_connection(request: Request, *, replica: bool = False) -> AsyncIterator[Any]:
    """The asyncpg connection this request reads on, outside any transaction.

    It is the connection the unit of work would use: a pooled one of the engine the
    sessions are bound to (checked out with the pool's liveness check, returned without a
    round trip), or, when the sessions are bound to one connection (the tests, where every
    request joins one rolled-back transaction), that connection. ``replica``: one of the
    read replica when it may serve this caller (``db.replica.choose``) and answers.
    """
    bind = request.app.state.sessionmaker.kw["bind"]
    if isinstance(bind, AsyncConnection):
        yield (await bind.get_raw_connection()).driver_connection
        return
    standby = await db_replica.choose(request) if replica else None
    on_replica = await db_replica.driver_connection(standby) if standby is not None else None
    if on_replica is not None:
        try:
            yield on_replica.driver_connection
        finally:
            await greenlet_spawn(on_replica.close)
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


@dataclass(frozen=True, slots=True)
class ReportFilter:
    """The filters of ``GET /v1/reports`` (and of exports, which page through this list)."""

    election: str | None = None
    office: str | None = None
    kind: ReportKind | None = None
    status: ReportStatus | None = None
    outcome_category: ViolationCategory | None = None
    received_from: datetime | None = None
    received_to: datetime | None = None
    overdue: bool | None = None
    awaiting_plenary: bool | None = None
    """True: registered cases with no plenary record yet (the office's agenda); False: the
    others."""
    q: str | None = None
    stage: str | None = None
    """A stage code: cases in that stage; ``none``: cases without a stage."""
    subject: str | None = None
    """A subject code: cases having that subject (among others)."""
    nik_indexes: tuple[str, ...] | None = None
    """The reporter's NIK, as its keyed hashes (``cases.models.nik_indexes``)."""


# ---------------------------------------------------------------- one report

_READ_COLUMNS = (
    *(getattr(Report, column) for column in REPORT_COLUMNS),
    Office.code,
    Election.slug,
    *(getattr(ReportIdentity, column) for column in IDENTITY_COLUMNS),
)
"""What :func:`presenters.row_out` shows, in one statement."""


def read_select() -> Select[Any]:
    """Cases with what :func:`presenters.row_out` shows, before any filter (``READ`` adds
    the id and the scope; the changes feed a list of ids)."""
    return (
        select(*_READ_COLUMNS)
        .join(Office, Office.id == Report.office_id)
        .join(Election, Election.id == Report.election_id)
        .outerjoin(ReportIdentity, ReportIdentity.report_id == Report.id)
    )


def _read_statement(kind: scope.ScopeKind) -> Statement:
    stmt = read_select().where(Report.id == bindparam("id", type_=Uuid()))
    condition = scope.bound_within(kind, Report.office_path, Report.province_code)
    if condition is not None:
        stmt = stmt.where(condition)
    return Statement.compile(stmt)


READ: dict[scope.ScopeKind, Statement] = {
    kind: _read_statement(kind) for kind in ("national", "province", "office")
}

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
    stmt = READ[scope.scope_kind(path)]
    values = {"id": report_id, "scope": scope.scope_value(path)}
    row = await conn.fetchrow(stmt.sql, *stmt.args(values))
    if row is None and await assignments.granted_on(conn, report_id, principal):
        # A clarifier assigned from a lower office (Perbawaslu 7/2022 Art. 28(4)) reads
        # the case while the assignment is active; a miss costs one more query only.
        row = await conn.fetchrow(READ["national"].sql, *READ["national"].args(values))
    if row is None:
        raise not_found(report_id)
    if row["sensitive"]:
        await conn.execute(
            RECORD_READ.sql,
            *RECORD_READ.args({"report_id": row["id"], "subject": principal.subject}),
        )
    return row


# ---------------------------------------------------------------- the list


@dataclass(frozen=True, slots=True)
class _ListShape:
    """What a list statement looks like: which conditions it has and its order."""

    scoped_by: scope.ScopeKind
    election: bool
    kind: bool
    status: bool
    outcome_category: bool
    received_from: bool
    received_to: bool
    q: bool
    stage: Literal["code", "none"] | None
    subject: bool
    nik: bool
    overdue: bool | None
    awaiting_plenary: bool | None
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
            Report.stage,
            Report.subjects,
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
    subtree = scope.bound_within(shape.scoped_by, Report.office_path, Report.province_code)
    if subtree is not None:
        conditions.append(subtree)
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
    if shape.stage == "none":
        conditions.append(Report.stage.is_(None))
    elif shape.stage == "code":
        conditions.append(Report.stage == bindparam("stage", type_=String()))
    if shape.subject:
        # ``@>``: answered by the GIN index on the array.
        conditions.append(Report.subjects.contains(bindparam("subjects", type_=ARRAY(String()))))
    if shape.nik:
        conditions.append(
            ReportIdentity.nik_index == func.any(bindparam("nik_indexes", type_=ARRAY(String())))
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
    if shape.awaiting_plenary is not None:
        held = select(CasePlenary.id).where(CasePlenary.report_id == Report.id).exists()
        awaiting = and_(Report.status == ReportStatus.registered, ~held)
        conditions.append(awaiting if shape.awaiting_plenary else ~awaiting)
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
        path = await scope.office_path_on(conn, filters.office, error=UnknownReference)
        if not scope.sees(principal, path):
            return []
    values: dict[str, Any] = {
        "scope": scope.scope_value(path),
        "election": filters.election,
        "kind": filters.kind,
        "status": filters.status,
        "outcome_category": filters.outcome_category,
        "received_from": filters.received_from,
        "received_to": filters.received_to,
        "q": filters.q,
        "stage": filters.stage,
        "subjects": [filters.subject] if filters.subject else None,
        "nik_indexes": list(filters.nik_indexes) if filters.nik_indexes else None,
        "limit": limit + 1,
    }
    if cursor:
        values["after_at"], values["after_id"] = _cursor_values(cursor)
    stmt = list_statement(
        _ListShape(
            scoped_by=scope.scope_kind(path),
            election=bool(filters.election),
            kind=bool(filters.kind),
            status=bool(filters.status),
            outcome_category=bool(filters.outcome_category),
            received_from=bool(filters.received_from),
            received_to=bool(filters.received_to),
            q=bool(filters.q),
            stage=None if not filters.stage else "none" if filters.stage == "none" else "code",
            subject=bool(filters.subject),
            nik=bool(filters.nik_indexes),
            overdue=filters.overdue,
            awaiting_plenary=filters.awaiting_plenary,
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
        "stage": row["stage"],
        "subjects": row["subjects"] or [],
        "reporter_name": mask_name(row["name"] or ""),
        "description": row["description"],
    }
