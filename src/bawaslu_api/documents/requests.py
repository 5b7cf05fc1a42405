"""Documents issued off the request: a :class:`DocumentRequest` row and a procrastinate job
(``documents.issue``, run by ``bawaslu-api worker``) queued in the same transaction.

The register book of a busy office for a year renders hundreds of pages; its request answers
at once (202) and the worker issues it exactly as ``POST /v1/offices/{code}/register-books``
would have, as the requester (their subject, office and roles are kept with the request).
The jobs of one office run one at a time (a procrastinate ``lock`` per office). A refusal
(the corrected book not found, already superseded ...) is kept on the request as the
problem the synchronous call would have answered.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.clock import utcnow
from bawaslu_api.db import queue
from bawaslu_api.documents import service
from bawaslu_api.documents.errors import DocumentRequestNotFound
from bawaslu_api.documents.models import DocumentRequest
from bawaslu_api.documents.render import Renderer
from bawaslu_api.errors import DomainError
from bawaslu_api.evidence.storage import Storage
from bawaslu_api.i18n import Text
from bawaslu_api.offices import scope
from bawaslu_api.offices.models import Office
from bawaslu_api.security import principals
from bawaslu_api.security.principals import Principal
from bawaslu_api.settings import Settings

TASK = "documents.issue"
QUEUE = "documents"


async def ask(
    session: AsyncSession,
    principal: Principal,
    code: str,
    *,
    slug: str,
    options: Mapping[str, Any],
    supersedes: uuid.UUID | None,
    reason: str | None,
) -> tuple[DocumentRequest, str]:
    """Queue the issuing of an office's document; the request and the office's code."""
    service.check_supersedes_reason(supersedes, reason)
    office = await service.office_in_scope(session, principal, code)
    row = DocumentRequest(
        kind=slug,
        office_id=office.id,
        office_path=office.path,
        options=dict(options),
        supersedes_id=supersedes,
        reason=reason,
        requested_by=principal.subject,
        principal=principals.snapshot(principal),
        status="queued",
        created_at=utcnow(),
    )
    session.add(row)
    await session.flush()
    await queue.defer(
        session, task=TASK, queue=QUEUE, args={"request_id": str(row.id)},
        lock=f"documents:{office.id}",
    )  # fmt: skip
    return row, office.code


async def get(
    session: AsyncSession, principal: Principal, request_id: uuid.UUID
) -> tuple[DocumentRequest, str]:
    """A request of the caller's jurisdiction (else 404, as one that does not exist)."""
    found = (
        await session.execute(
            select(DocumentRequest, Office.code)
            .join(Office, Office.id == DocumentRequest.office_id)
            .where(DocumentRequest.id == request_id)
        )
    ).one_or_none()
    if found is None or not scope.sees(principal, found[0].office_path):
        raise DocumentRequestNotFound(
            Text("Permintaan dokumen {id} tidak ada.", "No document request {id}."),
            id=request_id,
        )
    return found[0], found[1]


async def run(
    session: AsyncSession,
    request_id: uuid.UUID,
    *,
    settings: Settings,
    storage: Storage,
    renderer: Renderer,
) -> str | None:
    """Issue a queued request (the caller commits); its status after, ``None`` if gone or
    already done."""
    row = await session.get(DocumentRequest, request_id, with_for_update=True)
    if row is None or row.status != "queued":
        return None
    principal = principals.from_snapshot(row.principal)
    try:
        async with session.begin_nested():
            office = await session.get(Office, row.office_id)
            assert office is not None  # offices are never deleted
            doc = await service.issue(
                session, principal, loaded=None, office=office,
                regime=await service.regime_of(session, None), slug=row.kind,
                subject_id=None, options=row.options, supersedes=row.supersedes_id,
                reason=row.reason, settings=settings, storage=storage, renderer=renderer,
            )  # fmt: skip
    except DomainError as exc:
        row.status = "failed"
        row.error = {
            "status": exc.status,
            "code": exc.code,
            "title": exc.title.en,
            "detail": str(exc),
        }
    else:
        row.status = "done"
        row.document_id = doc.id
    row.finished_at = utcnow()
    await session.flush()
    return row.status
