"""Reading and locking cases: every path that loads a case by id goes through :func:`load`,
which applies the caller's jurisdiction (a case outside it does not exist: 404)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases import receipts
from bawaslu_api.cases.errors import InvalidTransition, ReportNotFound, StaleVersion
from bawaslu_api.cases.models import RegisterCounter, Report, ReportIdentity, ReportKind
from bawaslu_api.clock import utcnow
from bawaslu_api.elections.models import Election
from bawaslu_api.errors import DomainError
from bawaslu_api.http.conditional import parse_if_match
from bawaslu_api.i18n import Text
from bawaslu_api.offices import scope
from bawaslu_api.offices.models import Office
from bawaslu_api.security.principals import Principal
from bawaslu_rules import can


@dataclass(frozen=True, slots=True)
class Loaded:
    """A case with what its responses need."""

    report: Report
    identity: ReportIdentity | None
    office: Office
    election: Election


def in_scope(path: str) -> ColumnElement[bool]:
    """Cases in the subtree of the office at ``path`` (the jurisdiction rule of
    :mod:`bawaslu_api.offices.scope`, on the case's province code and office path)."""
    return scope.within(path, Report.office_path, Report.province_code)


def not_found(report_id: uuid.UUID) -> ReportNotFound:
    return ReportNotFound(Text("Laporan {id} tidak ada.", "No report {id}."), id=report_id)


async def load(
    session: AsyncSession,
    report_id: uuid.UUID,
    principal: Principal,
    *,
    for_update: bool = False,
    grant: ColumnElement[bool] | None = None,
) -> Loaded:
    """The case if it is inside the caller's jurisdiction; 404 otherwise (it does not exist
    for them). ``for_update`` locks the row so that actions on one case are serial.

    ``grant`` widens the jurisdiction for this one load by a predicate over ``Report``:
    the cases a caller may reach from outside it (``assignments.repository.read_grant``: a
    clarifier assigned from a lower office, Perbawaslu 7/2022 Art. 28(4)). Only the reads
    that name it pass it; everything else stays inside the jurisdiction."""
    allowed = in_scope(principal.office_path)
    if grant is not None:
        allowed = or_(allowed, grant)
    stmt = (
        select(Report, Office, Election, ReportIdentity)
        .join(Office, Office.id == Report.office_id)
        .join(Election, Election.id == Report.election_id)
        .outerjoin(ReportIdentity, ReportIdentity.report_id == Report.id)
        .where(Report.id == report_id, allowed)
    )
    if for_update:
        stmt = stmt.with_for_update(of=Report)
    row = (await session.execute(stmt)).one_or_none()
    if row is None:
        raise not_found(report_id)
    report, office, election, identity = row
    return Loaded(report, identity, office, election)


def check_version(report: Report, if_match: str | None) -> None:
    """412 when the client's ``If-Match`` names an older version."""
    if if_match is None:
        return
    versions = parse_if_match(if_match)
    if versions is not None and report.version not in versions:
        raise StaleVersion(
            Text("Versi saat ini {v}; muat ulang laporan.", "Current version is {v}; reload it."),
            v=report.version,
        )


async def by_receipt(session: AsyncSession, code: str) -> Loaded | None:
    """The case a receipt code belongs to, or None."""
    row = (
        await session.execute(
            select(Report, Office, Election)
            .join(Office, Office.id == Report.office_id)
            .join(Election, Election.id == Report.election_id)
            .where(Report.receipt_hash == receipts.digest(code))
        )
    ).one_or_none()
    if row is None:
        return None
    report, office, election = row
    return Loaded(report, None, office, election)


async def next_register_seq(
    session: AsyncSession, office_id: uuid.UUID, kind: ReportKind | str, year: int
) -> int:
    """Allocate the next register sequence of the office, kind and year inside this
    transaction (``kind``: a report kind, or ``doc:<document kind>`` for letter numbers).

    The counter row is updated in place (``ON CONFLICT DO UPDATE``), which locks it until
    commit: concurrent registrations in one office queue up and get consecutive numbers,
    and a rolled-back registration gives its number back, so there are no gaps.
    """
    stmt = (
        insert(RegisterCounter)
        .values(office_id=office_id, kind=str(kind), year=year, last_value=1)
        .on_conflict_do_update(
            index_elements=["office_id", "kind", "year"],
            set_={"last_value": RegisterCounter.last_value + 1},
        )
        .returning(RegisterCounter.last_value)
    )
    return int((await session.execute(stmt)).scalar_one())


# ---------------------------------------------------------------- the steps of a case


async def for_action(
    session: AsyncSession,
    report_id: uuid.UUID,
    principal: Principal,
    if_match: str | None,
    *,
    grant: ColumnElement[bool] | None = None,
) -> Loaded:
    """The case in the caller's jurisdiction (404 otherwise, as if it did not exist),
    locked for this transaction, if the caller's ``If-Match`` is current (412).
    ``grant``: cases reachable beyond the jurisdiction (see :func:`load`)."""
    loaded = await load(session, report_id, principal, for_update=True, grant=grant)
    check_version(loaded.report, if_match)
    return loaded


def require(report: Report, action: str, error: type[DomainError] = InvalidTransition) -> None:
    """409 (``error``, by default ``invalid_transition``) unless the case's status allows
    ``action`` (bawaslu_rules' lifecycle)."""
    if not can(action, report.status.value):
        raise error(
            Text(
                "Tindakan {action} tidak dapat dilakukan pada status {status}.",
                "Action {action} is not possible in status {status}.",
            ),
            action=action,
            status=report.status.value,
        )


def touch(report: Report, at: datetime | None = None) -> None:
    """A step changed what belongs to the case: its version (``ETag``, ``If-Match``)
    moves on at the next flush."""
    report.updated_at = at or utcnow()
