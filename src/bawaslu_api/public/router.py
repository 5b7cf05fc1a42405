"""Public endpoints: no authentication, no personal data of reporters or witnesses."""

from __future__ import annotations

import re
import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request, Response

from bawaslu_api.cases.errors import RuleNotApplicable, UnknownReference
from bawaslu_api.db.uow import DbSession, ReadSession
from bawaslu_api.errors import problem_responses
from bawaslu_api.http.caching import cache_control, cached
from bawaslu_api.http.declare import PUBLIC
from bawaslu_api.offices.errors import OfficeNotFound
from bawaslu_api.pagination import InvalidCursor
from bawaslu_api.public import service
from bawaslu_api.public.errors import AnnouncementDocumentNotFound, ReceiptNotFound
from bawaslu_api.public.labels import labels
from bawaslu_api.public.limits import limit_reporter
from bawaslu_api.public.schemas import (
    AnnouncementPage,
    Labels,
    PublicFilingReceipt,
    PublicReportIn,
    ReceiptLookupIn,
    ReceiptStatus,
    Stats,
)
from bawaslu_api.ratelimit.errors import TooManyRequests
from bawaslu_api.ratelimit.service import rate_limit
from bawaslu_api.reports.errors import ImpossibleDate
from bawaslu_api.security.dependencies import AUTH_ERRORS, Staff
from bawaslu_api.stats import service as stats_service

# Every public route is rate limited per caller address (policy `public`); filing and receipt
# look-ups have their own policies on top (filing: per address and per reporter).
router = APIRouter(tags=["public"], dependencies=[Depends(rate_limit("public"))])


@router.get(
    "/v1/public/announcements",
    openapi_extra=PUBLIC,
    summary="Announced case statuses (public notice board)",
    dependencies=[Depends(cached("live"))],
    responses=problem_responses(UnknownReference, InvalidCursor, TooManyRequests, validation=True),
)
async def public_announcements_list(
    session: ReadSession,
    office: Annotated[str | None, Query(description="Office code: that office's subtree.")] = None,
    election: str | None = None,
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> AnnouncementPage:
    """Pengumuman status, newest first. Public: no reporter or witness data."""
    items, next_cursor = await service.announcements(
        session, office=office, election=election, cursor=cursor, limit=limit
    )
    return AnnouncementPage(items=items, next_cursor=next_cursor)


@router.get(
    "/v1/public/announcements/{report_id}/document",
    openapi_extra=PUBLIC,
    summary="The announcement of a case as PDF (notice board)",
    response_class=Response,
    responses={
        200: {
            "description": "The PDF of the latest announcement issued for the case.",
            "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}},
        },
        304: {"description": "Not modified (`If-None-Match` names the current `ETag`)."},
        **problem_responses(AnnouncementDocumentNotFound, TooManyRequests, validation=True),
    },
)
async def public_announcement_document(
    report_id: uuid.UUID,
    request: Request,
    session: ReadSession,
    if_none_match: Annotated[str | None, Header(alias="If-None-Match")] = None,
) -> Response:
    """The pengumuman status of an announced case (`id` of `/v1/public/announcements`): the
    latest issued announcement that no correction superseded. `ETag` is its SHA-256; send it
    back in `If-None-Match` for `304`. 404 when the case is not announced or no
    announcement document was issued. Public: the document carries no personal data."""
    doc = await service.announcement_document(session, report_id)
    headers = {
        "ETag": f'"{doc.sha256}"',
        "Cache-Control": cache_control(request.app.state.settings, "live"),
    }
    if if_none_match is not None and _matches(doc.sha256, if_none_match):
        return Response(status_code=304, headers=headers)
    data = await service.announcement_bytes(request.app.state.evidence_storage, doc)
    name = re.sub(r"[^A-Za-z0-9.-]+", "_", f"pengumuman_{doc.number}") + ".pdf"
    return Response(
        data,
        media_type="application/pdf",
        headers={**headers, "Content-Disposition": f'inline; filename="{name}"'},
    )


def _matches(sha: str, header: str) -> bool:
    """Weak comparison with an ``If-None-Match`` list (RFC 9110 13.1.2)."""
    if header.strip() == "*":
        return True
    tags = (t.strip().removeprefix("W/").strip('"') for t in header.split(","))
    return sha in tags


@router.get(
    "/v1/stats",
    summary="Case counts (deprecated: GET /v1/statistics, GET /v1/public/statistics)",
    deprecated=True,
    responses=problem_responses(
        *AUTH_ERRORS, OfficeNotFound, UnknownReference, TooManyRequests, validation=True
    ),
)
async def stats_get(
    session: DbSession,
    principal: Staff,
    office: Annotated[str | None, Query(description="Office code: that office's subtree.")] = None,
    election: str | None = None,
) -> Stats:
    """Exact counts by status, outcome category, office and election, for staff of the
    office's jurisdiction (404 outside). No longer public: exact small counts could single
    out a case, so the open data is `GET /v1/public/statistics`, with the small-count rule
    and rounding (docs/statistics.md); staff have `GET /v1/statistics`."""
    scope_office = await stats_service.staff_scope(session, principal, office)
    return await service.stats(session, office=scope_office.code, election=election)


@router.get(
    "/v1/reference/labels",
    openapi_extra=PUBLIC,
    summary="Labels of enum values",
    dependencies=[Depends(cached("static"))],
    responses=problem_responses(TooManyRequests),
)
async def reference_labels() -> Labels:
    """Indonesian and English labels of the stable English enum values. Public."""
    return labels()


@router.post(
    "/v1/public/reports",
    openapi_extra=PUBLIC,
    status_code=201,
    summary="File a report online, without an account",
    dependencies=[Depends(rate_limit("public_filing")), Depends(cached("personal"))],
    responses=problem_responses(
        UnknownReference, RuleNotApplicable, ImpossibleDate, TooManyRequests, validation=True
    ),
)
async def public_reports_create(
    body: PublicReportIn, request: Request, session: DbSession
) -> PublicFilingReceipt:
    """The report is received by the office named in `office` and checked like any other.
    The answer carries the receipt code (shown once) and what is still missing; the office
    asks the reporter to complete it (e.g. to sign the form). A `known_on` or `incident.date`
    in the future, or `known_on` before `incident.date`, is refused (422 `impossible_date`,
    nothing stored). Public, rate limited."""
    # Per address (policy `public_filing`, generous: a mobile carrier's NAT puts many
    # citizens behind one address) and per reporter (`public_filing_reporter`: each NIK,
    # phone and e-mail given, whatever the address; docs/security.md).
    await limit_reporter(request, body)
    return await service.file_online(session, body)


@router.post(
    "/v1/public/receipts/lookup",
    openapi_extra=PUBLIC,
    summary="Follow your report with its receipt code",
    dependencies=[Depends(rate_limit("receipt")), Depends(cached("personal"))],
    responses=problem_responses(ReceiptNotFound, TooManyRequests, validation=True),
)
async def public_receipts_lookup(body: ReceiptLookupIn, session: DbSession) -> ReceiptStatus:
    """The status of the one report the code belongs to. The code travels in the body, not
    the URL, so it stays out of logs. Public, rate limited."""
    return await service.lookup_receipt(session, body.code)
