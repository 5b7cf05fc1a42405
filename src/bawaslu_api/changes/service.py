"""The changes feed: what changed in the caller's jurisdiction since a cursor.

The rows (``case_change``, migration 0028) are written by triggers in the transaction of
each change, one row per thing a client caches, stamped with the writing transaction's id
(``txid``) and a sequence number (``seq``). The feed reads them in (txid, seq) order.

**No change is skipped.** A sequence number is handed out when a row is written, not when
its transaction commits: a slow transaction may commit a lower number after a faster one
committed a higher one, and a cursor past the higher one would skip it. So the feed only
answers rows of transactions older than every transaction still running (below the
snapshot's ``xmin``): each of those has ended, and every transaction still to commit has an
id at or above it, hence above the cursor the answer gives. A long transaction holds the
feed back while it runs (it never makes it skip). The cursor is (txid, seq): opaque to the
client, stable across restarts of the service, and 410 when it names a transaction the
database has not reached (a cursor of another deployment, or of a database restored from
an older backup): the client syncs again from scratch.

**Scope** is the report list's: the caller's office subtree (``offices.scope``), on the
row's ``office_path``, ``province_code`` and ``regency_code``, which follow the case when
it is transferred;
the office it left gets a ``gone`` row.

**What an item shows** is the thing now, as its own read presents it (the case:
``reports.presenters.row_out``, masked; a clock: ``deadlines.clocks.deadline_out``; an
event: as ``GET /v1/reports/{id}/timeline``; evidence: ``evidence.presenters``, the
confidential minutes hidden from those who may not read them). A thing changed again after
the rows were read is shown as it is now; its later change comes again later (clients
store items by id, so that repeats are harmless).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, or_, select, text, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases.models import Report
from bawaslu_api.changes.errors import CursorExpired
from bawaslu_api.changes.models import CaseChange
from bawaslu_api.changes.schemas import ChangeItem, ChangeKind, ChangeOperation, ChangesPage
from bawaslu_api.deadlines.clocks import deadline_out
from bawaslu_api.deadlines.models import Deadline
from bawaslu_api.evidence import repository as evidence_repository
from bawaslu_api.evidence import service as evidence_service
from bawaslu_api.evidence.models import EvidenceItem
from bawaslu_api.evidence.presenters import evidence_out
from bawaslu_api.i18n import Lang, Text
from bawaslu_api.offices import scope
from bawaslu_api.pagination import InvalidCursor, decode_cursor, encode_cursor
from bawaslu_api.reports.presenters import row_out, timeline_event_out
from bawaslu_api.reports.reads import read_select
from bawaslu_api.security.principals import Principal
from bawaslu_api.timeline.models import CaseEvent
from bawaslu_api.timeline.service import record_read

Key = tuple[int, int]
"""(txid, seq): a row's place in the feed."""

_RESYNC = Text(
    "Kursor `since` tidak dapat dilanjutkan; sinkronkan ulang dari awal (tanpa `since`).",
    "The `since` cursor cannot be continued; sync again from scratch (without `since`).",
)

_SNAPSHOT = text(
    "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS xmin, "
    "pg_snapshot_xmax(pg_current_snapshot())::text::bigint AS xmax, "
    "pg_current_xact_id_if_assigned()::text::bigint AS own"
)


def encode(key: Key) -> str:
    return encode_cursor([str(key[0]), str(key[1])])


def decode(cursor: str) -> Key:
    """The place a ``since`` cursor names; 422 when it is not one of ours."""
    try:
        txid_raw, seq_raw = decode_cursor(cursor, size=2)
        key = int(txid_raw), int(seq_raw)
    except (InvalidCursor, ValueError) as exc:
        raise InvalidCursor(_RESYNC) from exc
    if not all(0 <= value < 2**63 for value in key):
        raise InvalidCursor(_RESYNC)
    return key


def in_view(principal: Principal) -> ColumnElement[bool]:
    """The rows in the caller's jurisdiction (the report list's rule, ``offices.scope``)."""
    return scope.within(
        principal.office_path,
        CaseChange.office_path,
        CaseChange.province_code,
        CaseChange.regency_code,
    )


def feed_statement(
    principal: Principal, after: Key, xmin: int, own: int | None, limit: int
) -> Select[Any]:
    """The rows after ``after`` in the caller's view, of transactions finished before the
    snapshot's ``xmin``, and one more when there is a next page. ``own``: this
    transaction's id, whose own writes it sees (the tests join every request to one)."""
    settled = CaseChange.txid < xmin
    if own is not None:
        settled = or_(settled, CaseChange.txid == own)
    return (
        select(CaseChange)
        .where(
            tuple_(CaseChange.txid, CaseChange.seq) > tuple_(*after), settled, in_view(principal)
        )
        .order_by(CaseChange.txid, CaseChange.seq)
        .limit(limit + 1)
    )


async def page(
    session: AsyncSession, principal: Principal, since: str | None, limit: int, lang: Lang
) -> ChangesPage:
    """The changes after ``since`` (from the beginning without it), oldest first."""
    after: Key = decode(since) if since else (0, 0)
    snap = (await session.execute(_SNAPSHOT)).one()
    if after[0] > snap.xmax:
        raise CursorExpired(_RESYNC)
    rows: list[CaseChange] = list(
        (
            await session.execute(feed_statement(principal, after, snap.xmin, snap.own, limit))
        ).scalars()
    )
    more = len(rows) > limit
    rows = rows[:limit]
    keys = [after, *((r.txid, r.seq) for r in rows)]
    if not more:
        # Everything below the snapshot's xmin in the caller's view has been answered.
        keys.append((snap.xmin, 0))
    items = await _items(session, principal, rows, lang)
    return ChangesPage(items=items, next_cursor=encode(max(keys)), more=more)


# ---------------------------------------------------------------- the items


async def _items(
    session: AsyncSession, principal: Principal, rows: Sequence[CaseChange], lang: Lang
) -> list[ChangeItem]:
    places = await _case_places(session, {r.report_id for r in rows})
    visible = {rid for rid, path in places.items() if scope.sees(principal, path)}
    by_kind: dict[str, list[str]] = {}
    for row in rows:
        by_kind.setdefault(row.kind, []).append(row.ref_id)
    shown: dict[tuple[str, str], dict[str, Any]] = {}
    shown |= await _cases(session, principal, by_kind.get("case", []), visible, lang)
    shown |= await _clocks(session, by_kind.get("clock", []), visible)
    shown |= await _events(session, by_kind.get("event", []), visible)
    hidden = await _hidden_evidence(session, principal, by_kind.get("evidence", []), visible)
    shown |= await _evidence(session, by_kind.get("evidence", []), visible, hidden)

    items = []
    for row in rows:
        if row.kind == "gone":
            # Moved within the caller's subtree: it is sent again right after, not gone.
            if row.report_id not in visible:
                items.append(_item(row, ChangeKind.case, ChangeOperation.gone))
            continue
        kind = ChangeKind(row.kind)
        if row.report_id not in visible:
            if kind is ChangeKind.case and row.report_id not in places:
                items.append(_item(row, kind, ChangeOperation.deleted))
            # Otherwise the case has just left the caller's view: its ``gone`` comes next.
            continue
        if (row.kind, row.ref_id) in hidden:
            continue
        value = shown.get((row.kind, row.ref_id))
        op = ChangeOperation.deleted if value is None else ChangeOperation.upsert
        items.append(_item(row, kind, op, value))
    return items


def _item(
    row: CaseChange, kind: ChangeKind, op: ChangeOperation, value: dict[str, Any] | None = None
) -> ChangeItem:
    """The item of a row: ``value`` is the thing as its read shows it (``{"case": ...}``)."""
    return ChangeItem.model_validate(
        {
            "kind": kind,
            "id": str(row.report_id) if op is ChangeOperation.gone else row.ref_id,
            "case_id": row.report_id,
            "op": op,
            "changed_at": row.changed_at,
            **(value or {}),
        }
    )


async def _case_places(session: AsyncSession, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Where each case is now (its office path); the deleted ones are missing."""
    if not ids:
        return {}
    result = await session.execute(select(Report.id, Report.office_path).where(Report.id.in_(ids)))
    return {row[0]: row[1] for row in result}


def _uuids(refs: Sequence[str]) -> list[uuid.UUID]:
    return [uuid.UUID(ref) for ref in refs]


async def _cases(
    session: AsyncSession,
    principal: Principal,
    refs: Sequence[str],
    visible: set[uuid.UUID],
    lang: Lang,
) -> dict[tuple[str, str], dict[str, Any]]:
    ids = [rid for rid in _uuids(refs) if rid in visible]
    if not ids:
        return {}
    result = await session.execute(read_select().where(Report.id.in_(ids)))
    shown = {}
    for row in result.mappings():
        # As ``GET /v1/reports/{id}``: a sensitive case's read is on its access log.
        await record_read(session, principal.subject, row["id"], sensitive=row["sensitive"])
        shown["case", str(row["id"])] = {"case": row_out(dict(row), lang)}
    return shown


async def _clocks(
    session: AsyncSession, refs: Sequence[str], visible: set[uuid.UUID]
) -> dict[tuple[str, str], dict[str, Any]]:
    if not refs:
        return {}
    result = await session.execute(select(Deadline).where(Deadline.id.in_(_uuids(refs))))
    return {
        ("clock", str(d.id)): {"clock": deadline_out(d)}
        for d in result.scalars()
        if d.report_id in visible
    }


async def _events(
    session: AsyncSession, refs: Sequence[str], visible: set[uuid.UUID]
) -> dict[tuple[str, str], dict[str, Any]]:
    if not refs:
        return {}
    result = await session.execute(
        select(CaseEvent).where(CaseEvent.id.in_([int(ref) for ref in refs]))
    )
    return {
        ("event", str(e.id)): {"event": timeline_event_out(e)}
        for e in result.scalars()
        if e.report_id in visible
    }


async def _evidence(
    session: AsyncSession,
    refs: Sequence[str],
    visible: set[uuid.UUID],
    hidden: set[tuple[str, str]],
) -> dict[tuple[str, str], dict[str, Any]]:
    if not refs:
        return {}
    result = await session.execute(select(EvidenceItem).where(EvidenceItem.id.in_(_uuids(refs))))
    return {
        ("evidence", str(item.id)): {
            "evidence": evidence_out(await evidence_service.present(session, item))
        }
        for item in result.scalars()
        if item.report_id in visible and ("evidence", str(item.id)) not in hidden
    }


async def _hidden_evidence(
    session: AsyncSession, principal: Principal, refs: Sequence[str], visible: set[uuid.UUID]
) -> set[tuple[str, str]]:
    """The evidence the caller may not read (minutes and transcripts of what people said,
    ``evidence.service.reads_confidential``): not in their feed at all, as in their lists."""
    if not refs or evidence_service.reads_confidential(principal):
        return set()
    result = await session.execute(
        select(EvidenceItem.report_id).where(EvidenceItem.id.in_(_uuids(refs))).distinct()
    )
    hidden: set[tuple[str, str]] = set()
    for report_id in result.scalars():
        if report_id in visible:
            ids = await evidence_repository.confidential_ids(session, report_id)
            hidden |= {("evidence", str(i)) for i in ids}
    return hidden
