"""Related cases: a link from one case to another, in the caller's jurisdiction, on both
cases' timelines (docs/legal/procedure.md §5). Cases in different offices can be linked by
staff who see both (e.g. a province linking two kabupaten reports of the same event)."""

from __future__ import annotations

import uuid

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases import repository as cases
from bawaslu_api.cases.models import Report
from bawaslu_api.i18n import Text
from bawaslu_api.links.errors import LinkExists, LinkToItself
from bawaslu_api.links.models import CaseLink, LinkKind
from bawaslu_api.links.schemas import LinkIn, LinkOut
from bawaslu_api.offices.models import Office
from bawaslu_api.security.principals import Principal
from bawaslu_api.timeline.service import append_event
from bawaslu_api.webhooks import outbox


async def add_link(
    session: AsyncSession,
    principal: Principal,
    from_report: Report,
    to_report: Report,
    kind: LinkKind,
    reason: str,
) -> CaseLink:
    """Store the link and record it on both cases' timelines (both already loaded in the
    caller's jurisdiction, locked in id order by the caller)."""
    if from_report.id == to_report.id:
        raise LinkToItself()
    existing = (
        await session.execute(
            select(CaseLink.id).where(
                CaseLink.from_report_id == from_report.id,
                CaseLink.to_report_id == to_report.id,
                CaseLink.kind == kind,
            )
        )
    ).scalar_one_or_none()
    if existing is not None:
        raise LinkExists(
            Text("Tautan {kind} ini sudah ada ({id}).", "This {kind} link already exists ({id})."),
            kind=kind.value,
            id=existing,
        )
    link = CaseLink(
        from_report_id=from_report.id,
        to_report_id=to_report.id,
        kind=kind,
        reason=reason,
        created_by=principal.subject,
    )
    session.add(link)
    await session.flush()
    for here, there, direction in (
        (from_report, to_report, "to"),
        (to_report, from_report, "from"),
    ):
        await append_event(
            session, here.id, principal.subject, "linked",
            {"link": str(link.id), "kind": kind.value, "direction": direction,
             "report": str(there.id), "reason": reason},
        )  # fmt: skip
        await outbox.emit(
            session, "report.linked", here,
            {"kind": kind.value, "direction": direction, "report": str(there.id)},
        )  # fmt: skip
    return link


async def link(
    session: AsyncSession, principal: Principal, report_id: uuid.UUID, body: LinkIn
) -> LinkOut:
    """``POST /v1/reports/{id}/links``: both cases must be in the caller's jurisdiction
    (an outsider's 404 is the same as for a nonexistent id)."""
    first, second = sorted((report_id, body.report))
    locked = {
        rid: await cases.load(session, rid, principal, for_update=True)
        for rid in dict.fromkeys((first, second))
    }
    here, there = locked[report_id], locked[body.report]
    created = await add_link(session, principal, here.report, there.report, body.kind, body.reason)
    return LinkOut(
        id=created.id, kind=created.kind, direction="to", report=there.report.id,
        office=there.office.code, kind_of_case=there.report.kind.value,
        status=there.report.status.value, reason=created.reason,
        created_by=created.created_by, created_at=created.created_at,
    )  # fmt: skip


async def links_of(
    session: AsyncSession, principal: Principal, report_id: uuid.UUID
) -> list[LinkOut]:
    """The case's links both ways, to the cases the caller may see (others are left out)."""
    await cases.load(session, report_id, principal)
    rows = (
        await session.execute(
            select(CaseLink, Report, Office.code)
            .join(
                Report,
                or_(
                    (CaseLink.from_report_id == report_id) & (Report.id == CaseLink.to_report_id),
                    (CaseLink.to_report_id == report_id) & (Report.id == CaseLink.from_report_id),
                ),
            )
            .join(Office, Office.id == Report.office_id)
            .where(
                or_(CaseLink.from_report_id == report_id, CaseLink.to_report_id == report_id),
                cases.in_scope(principal.office_path),
            )
            .order_by(CaseLink.created_at, CaseLink.id)
        )
    ).all()
    return [
        LinkOut(
            id=row.id,
            kind=row.kind,
            direction="to" if row.from_report_id == report_id else "from",
            report=other.id,
            office=code,
            kind_of_case=other.kind.value,
            status=other.status.value,
            reason=row.reason,
            created_by=row.created_by,
            created_at=row.created_at,
        )
        for row, other, code in rows
    ]
