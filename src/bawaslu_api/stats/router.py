"""Statistics: the staff endpoint (the caller's jurisdiction) and the open data (public,
aggregates only, small counts suppressed). docs/statistics.md."""

from __future__ import annotations

import calendar
import hashlib
import json
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from pydantic import AfterValidator

from bawaslu_api.cases.models import ReportKind
from bawaslu_api.db.uow import DbSession, ReadSession
from bawaslu_api.errors import problem_responses
from bawaslu_api.http.caching import cache_control, cached
from bawaslu_api.http.declare import PUBLIC
from bawaslu_api.offices.errors import OfficeNotFound
from bawaslu_api.ratelimit.errors import TooManyRequests
from bawaslu_api.ratelimit.service import rate_limit
from bawaslu_api.security.dependencies import AUTH_ERRORS, Staff
from bawaslu_api.security.keyfiles import key_material
from bawaslu_api.stats import publish, service
from bawaslu_api.stats.errors import UnknownElection
from bawaslu_api.stats.schemas import Dictionary, PublicStatistics, Statistics

router = APIRouter(tags=["statistics"])
public_router = APIRouter(tags=["public"], dependencies=[Depends(rate_limit("public"))])


def _one_of(name: str, allowed: tuple[str, ...]) -> Any:
    def check(value: str | None) -> str | None:
        if value is not None and value not in allowed:
            raise ValueError(f"unknown {name} {value!r}: use one of {', '.join(allowed)}")
        return value

    return AfterValidator(check)


StageQuery = Annotated[
    str | None,
    Query(description="Stage code (`bawaslu_rules` STAGES) or `unclassified`."),
    _one_of("stage", service.STAGE_CODES),
]
SubjectQuery = Annotated[
    str | None,
    Query(description="Subject code (`bawaslu_rules` SUBJECTS) or `unclassified`."),
    _one_of("subject", service.SUBJECT_CODES),
]
OfficeQuery = Annotated[str | None, Query(description="Office code: that office's subtree.")]
ElectionQuery = Annotated[str | None, Query(description="Election slug, e.g. `pemilu-2024`.")]
KindQuery = Annotated[ReportKind | None, Query(description="`report` or `finding`.")]
ERRORS = (OfficeNotFound, UnknownElection)


async def _computed(session: Any, office: Any, filters: service.Filters, top: int) -> Statistics:
    try:
        return await service.statistics(session, office, filters, top=top)
    except UnknownElection as exc:
        # Named like any invalid query parameter (422 validation_failed, `query.election`).
        raise RequestValidationError(
            [{"loc": ("query", "election"), "msg": str(exc), "type": "unknown_election"}]
        ) from None


@router.get(
    "/v1/statistics",
    summary="Statistics of your jurisdiction (or an office inside it)",
    responses=problem_responses(*AUTH_ERRORS, *ERRORS, validation=True),
)
async def statistics_get(
    session: DbSession,
    principal: Staff,
    office: OfficeQuery = None,
    election: ElectionQuery = None,
    from_: Annotated[
        date | None, Query(alias="from", description="First `received_on` (YYYY-MM-DD).")
    ] = None,
    to: Annotated[date | None, Query(description="Last `received_on`, inclusive.")] = None,
    stage: StageQuery = None,
    subject: SubjectQuery = None,
    kind: KindQuery = None,
    top: Annotated[int, Query(ge=1, le=500, description="Offices listed in `by_office`.")] = 50,
) -> Statistics:
    """Everything an office asks of its cases, in one call: received, registered and the
    registration rate, durations to registration and to decision (median, 90th percentile,
    working days), counts by stage, subject, status, outcome, category, channel, kind,
    office level and office below, deadline compliance per rule, open cases by age,
    forwardings and KPU follow-ups, the weekly trend. Definitions: docs/statistics.md.
    Any staff role; `office` must be inside your jurisdiction (404 otherwise)."""
    if from_ is not None and to is not None and to < from_:
        raise RequestValidationError(
            [{"loc": ("query", "to"), "msg": "to is before from", "type": "value_error"}]
        )
    scope_office = await service.staff_scope(session, principal, office)
    filters = service.Filters(
        election=election, from_=from_, to=to, stage=stage, subject=subject, kind=kind
    )
    return await _computed(session, scope_office, filters, top)


# ------------------------------------------------------------------------- open data

MONTH = r"^[1-9]\d{3}-(0[1-9]|1[0-2])$"
ROUNDING_KEY_FILE = "stats-rounding.key"


def rounding_key(settings: Any) -> bytes:
    """The key of the open data's random rounding (``BAWASLU_PUBLIC_STATS_SECRET`` or the
    data directory's key file)."""
    return key_material(settings.public_stats_secret, settings.data_dir / ROUNDING_KEY_FILE)


def _month_start(value: str | None) -> date | None:
    return None if value is None else date(int(value[:4]), int(value[5:7]), 1)


def _month_end(value: str | None) -> date | None:
    if value is None:
        return None
    y, m = int(value[:4]), int(value[5:7])
    return date(y, m, calendar.monthrange(y, m)[1])


async def _public(
    request: Request,
    session: Any,
    office: str | None,
    election: str | None,
    from_: str | None,
    to: str | None,
    stage: str | None,
    subject: str | None,
    kind: ReportKind | None,
) -> PublicStatistics:
    settings = request.app.state.settings
    scope_office = await service.public_scope(session, office)
    filters = service.Filters(
        election=election, from_=_month_start(from_), to=_month_end(to), stage=stage,
        subject=subject, kind=kind,
    )  # fmt: skip
    stats = await _computed(session, scope_office, filters, 1000)
    return publish.publish(
        stats,
        min_count=settings.public_stats_min_count,
        min_duration_cases=settings.public_stats_min_duration_cases,
        round_to=settings.public_stats_round_to,
        secret=rounding_key(settings),
    )


def _cached(request: Request, request_etag: str | None, body: bytes, media_type: str) -> Response:
    tag = hashlib.sha256(body).hexdigest()
    headers = {
        "ETag": f'"{tag}"',
        "Cache-Control": cache_control(request.app.state.settings, "live"),
    }
    if request_etag is not None and _matches(tag, request_etag):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type=media_type, headers=headers)


def _matches(tag: str, header: str) -> bool:
    """Weak comparison with an ``If-None-Match`` list (RFC 9110 13.1.2)."""
    if header.strip() == "*":
        return True
    return tag in (t.strip().removeprefix("W/").strip('"') for t in header.split(","))


PublicMonth = Annotated[str | None, Query(pattern=MONTH, description="A month, `YYYY-MM`.")]
_CACHED: dict[int | str, dict[str, Any]] = {
    304: {"description": "Not modified (`If-None-Match` names the current `ETag`)."}
}


@public_router.get(
    "/v1/public/statistics",
    openapi_extra=PUBLIC,
    summary="Open data: case statistics (JSON)",
    response_model=PublicStatistics,
    responses={**_CACHED, **problem_responses(*ERRORS, TooManyRequests, validation=True)},
)
async def public_statistics(
    request: Request,
    session: ReadSession,
    office: OfficeQuery = None,
    election: ElectionQuery = None,
    from_: Annotated[
        str | None, Query(alias="from", pattern=MONTH, description="First month, `YYYY-MM`.")
    ] = None,
    to: PublicMonth = None,
    stage: StageQuery = None,
    subject: SubjectQuery = None,
    kind: KindQuery = None,
    if_none_match: Annotated[str | None, Header(alias="If-None-Match")] = None,
) -> Response:
    """The statistics of an office's subtree (default: the whole country) as long-format
    rows (`dimension`, `key`, `label`, `measure`, `value`, `suppressed`): aggregates only,
    small counts suppressed (docs/statistics.md). Periods are whole months. `ETag` is the
    SHA-256 of the body; send it back in `If-None-Match` for `304`. Public, rate limited."""
    data = await _public(request, session, office, election, from_, to, stage, subject, kind)
    body = json.dumps(data.model_dump(mode="json", by_alias=True), ensure_ascii=False).encode()
    return _cached(request, if_none_match, body, "application/json")


@public_router.get(
    "/v1/public/statistics.csv",
    openapi_extra=PUBLIC,
    summary="Open data: case statistics (CSV)",
    response_class=Response,
    responses={
        200: {
            "description": "UTF-8 CSV, header `dimension,key,label,label_en,measure,value,"
            "suppressed` (stable).",
            "content": {"text/csv": {"schema": {"type": "string"}}},
        },
        **_CACHED,
        **problem_responses(*ERRORS, TooManyRequests, validation=True),
    },
)
async def public_statistics_csv(
    request: Request,
    session: ReadSession,
    office: OfficeQuery = None,
    election: ElectionQuery = None,
    from_: Annotated[
        str | None, Query(alias="from", pattern=MONTH, description="First month, `YYYY-MM`.")
    ] = None,
    to: PublicMonth = None,
    stage: StageQuery = None,
    subject: SubjectQuery = None,
    kind: KindQuery = None,
    if_none_match: Annotated[str | None, Header(alias="If-None-Match")] = None,
) -> Response:
    """The same rows as `/v1/public/statistics`, one per line; columns in the data
    dictionary (`/v1/public/statistics/dictionary`). Public, rate limited."""
    data = await _public(request, session, office, election, from_, to, stage, subject, kind)
    csv = publish.to_csv(data).encode()
    response = _cached(request, if_none_match, csv, "text/csv; charset=utf-8")
    response.headers["Content-Disposition"] = 'inline; filename="statistik-bawaslu.csv"'
    return response


@public_router.get(
    "/v1/public/statistics/dictionary",
    openapi_extra=PUBLIC,
    summary="Open data: the data dictionary",
    dependencies=[Depends(cached("static"))],
    responses=problem_responses(TooManyRequests),
)
async def public_statistics_dictionary() -> Dictionary:
    """Every CSV column, dimension and measure: description, unit and source. Public."""
    return publish.dictionary()
