from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.report_kind import ReportKind
from ...models.report_page import ReportPage
from ...models.report_status import ReportStatus
from ...models.violation_category import ViolationCategory
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    sort: str | Unset = '-received_at',
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    election: None | str | Unset = UNSET,
    office: None | str | Unset = UNSET,
    kind: None | ReportKind | Unset = UNSET,
    status: None | ReportStatus | Unset = UNSET,
    outcome_category: None | Unset | ViolationCategory = UNSET,
    received_from: datetime.datetime | None | Unset = UNSET,
    received_to: datetime.datetime | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    awaiting_plenary: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    stage: None | str | Unset = UNSET,
    subject: None | str | Unset = UNSET,
    nik: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match



    

    params: dict[str, Any] = {}

    params["sort"] = sort

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["limit"] = limit

    json_election: None | str | Unset
    if isinstance(election, Unset):
        json_election = UNSET
    else:
        json_election = election
    params["election"] = json_election

    json_office: None | str | Unset
    if isinstance(office, Unset):
        json_office = UNSET
    else:
        json_office = office
    params["office"] = json_office

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, ReportKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ReportStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_outcome_category: None | str | Unset
    if isinstance(outcome_category, Unset):
        json_outcome_category = UNSET
    elif isinstance(outcome_category, ViolationCategory):
        json_outcome_category = outcome_category.value
    else:
        json_outcome_category = outcome_category
    params["outcome_category"] = json_outcome_category

    json_received_from: None | str | Unset
    if isinstance(received_from, Unset):
        json_received_from = UNSET
    elif isinstance(received_from, datetime.datetime):
        json_received_from = received_from.isoformat()
    else:
        json_received_from = received_from
    params["received_from"] = json_received_from

    json_received_to: None | str | Unset
    if isinstance(received_to, Unset):
        json_received_to = UNSET
    elif isinstance(received_to, datetime.datetime):
        json_received_to = received_to.isoformat()
    else:
        json_received_to = received_to
    params["received_to"] = json_received_to

    json_overdue: bool | None | Unset
    if isinstance(overdue, Unset):
        json_overdue = UNSET
    else:
        json_overdue = overdue
    params["overdue"] = json_overdue

    json_awaiting_plenary: bool | None | Unset
    if isinstance(awaiting_plenary, Unset):
        json_awaiting_plenary = UNSET
    else:
        json_awaiting_plenary = awaiting_plenary
    params["awaiting_plenary"] = json_awaiting_plenary

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_stage: None | str | Unset
    if isinstance(stage, Unset):
        json_stage = UNSET
    else:
        json_stage = stage
    params["stage"] = json_stage

    json_subject: None | str | Unset
    if isinstance(subject, Unset):
        json_subject = UNSET
    else:
        json_subject = subject
    params["subject"] = json_subject

    json_nik: None | str | Unset
    if isinstance(nik, Unset):
        json_nik = UNSET
    else:
        json_nik = nik
    params["nik"] = json_nik


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/reports",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | ReportPage | None:
    if response.status_code == 200:
        response_200 = ReportPage.from_dict(response.json())



        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())



        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem | ReportPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    sort: str | Unset = '-received_at',
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    election: None | str | Unset = UNSET,
    office: None | str | Unset = UNSET,
    kind: None | ReportKind | Unset = UNSET,
    status: None | ReportStatus | Unset = UNSET,
    outcome_category: None | Unset | ViolationCategory = UNSET,
    received_from: datetime.datetime | None | Unset = UNSET,
    received_to: datetime.datetime | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    awaiting_plenary: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    stage: None | str | Unset = UNSET,
    subject: None | str | Unset = UNSET,
    nik: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | Problem | ReportPage]:
    """ List reports in your jurisdiction

     Keyset-paginated (`cursor` from `next_cursor`), newest first by default. Reporter
    names are masked. `stage` and `subject` filter by the classification (`stage=none`:
    cases without a stage). Any staff role; only your office's subtree.

    Args:
        sort (str | Unset):  Default: '-received_at'.
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.
        election (None | str | Unset):
        office (None | str | Unset): Office code: that office's subtree.
        kind (None | ReportKind | Unset):
        status (None | ReportStatus | Unset):
        outcome_category (None | Unset | ViolationCategory):
        received_from (datetime.datetime | None | Unset):
        received_to (datetime.datetime | None | Unset):
        overdue (bool | None | Unset):
        awaiting_plenary (bool | None | Unset): true: registered cases with no plenary meeting
            recorded yet.
        q (None | str | Unset): Full-text search in the description.
        stage (None | str | Unset): Election stage code (`GET /v1/rules/classification`): cases in
            that stage; `none`: cases without a stage.
        subject (None | str | Unset): Subject code: cases having that subject (among others).
        nik (None | str | Unset): The reporter's NIK, exactly (found through a keyed hash: the NIK
            itself is stored encrypted).
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | ReportPage]
     """


    kwargs = _get_kwargs(
        sort=sort,
cursor=cursor,
limit=limit,
election=election,
office=office,
kind=kind,
status=status,
outcome_category=outcome_category,
received_from=received_from,
received_to=received_to,
overdue=overdue,
awaiting_plenary=awaiting_plenary,
q=q,
stage=stage,
subject=subject,
nik=nik,
if_none_match=if_none_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    sort: str | Unset = '-received_at',
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    election: None | str | Unset = UNSET,
    office: None | str | Unset = UNSET,
    kind: None | ReportKind | Unset = UNSET,
    status: None | ReportStatus | Unset = UNSET,
    outcome_category: None | Unset | ViolationCategory = UNSET,
    received_from: datetime.datetime | None | Unset = UNSET,
    received_to: datetime.datetime | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    awaiting_plenary: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    stage: None | str | Unset = UNSET,
    subject: None | str | Unset = UNSET,
    nik: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Any | Problem | ReportPage | None:
    """ List reports in your jurisdiction

     Keyset-paginated (`cursor` from `next_cursor`), newest first by default. Reporter
    names are masked. `stage` and `subject` filter by the classification (`stage=none`:
    cases without a stage). Any staff role; only your office's subtree.

    Args:
        sort (str | Unset):  Default: '-received_at'.
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.
        election (None | str | Unset):
        office (None | str | Unset): Office code: that office's subtree.
        kind (None | ReportKind | Unset):
        status (None | ReportStatus | Unset):
        outcome_category (None | Unset | ViolationCategory):
        received_from (datetime.datetime | None | Unset):
        received_to (datetime.datetime | None | Unset):
        overdue (bool | None | Unset):
        awaiting_plenary (bool | None | Unset): true: registered cases with no plenary meeting
            recorded yet.
        q (None | str | Unset): Full-text search in the description.
        stage (None | str | Unset): Election stage code (`GET /v1/rules/classification`): cases in
            that stage; `none`: cases without a stage.
        subject (None | str | Unset): Subject code: cases having that subject (among others).
        nik (None | str | Unset): The reporter's NIK, exactly (found through a keyed hash: the NIK
            itself is stored encrypted).
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | ReportPage
     """


    return sync_detailed(
        client=client,
sort=sort,
cursor=cursor,
limit=limit,
election=election,
office=office,
kind=kind,
status=status,
outcome_category=outcome_category,
received_from=received_from,
received_to=received_to,
overdue=overdue,
awaiting_plenary=awaiting_plenary,
q=q,
stage=stage,
subject=subject,
nik=nik,
if_none_match=if_none_match,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    sort: str | Unset = '-received_at',
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    election: None | str | Unset = UNSET,
    office: None | str | Unset = UNSET,
    kind: None | ReportKind | Unset = UNSET,
    status: None | ReportStatus | Unset = UNSET,
    outcome_category: None | Unset | ViolationCategory = UNSET,
    received_from: datetime.datetime | None | Unset = UNSET,
    received_to: datetime.datetime | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    awaiting_plenary: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    stage: None | str | Unset = UNSET,
    subject: None | str | Unset = UNSET,
    nik: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | Problem | ReportPage]:
    """ List reports in your jurisdiction

     Keyset-paginated (`cursor` from `next_cursor`), newest first by default. Reporter
    names are masked. `stage` and `subject` filter by the classification (`stage=none`:
    cases without a stage). Any staff role; only your office's subtree.

    Args:
        sort (str | Unset):  Default: '-received_at'.
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.
        election (None | str | Unset):
        office (None | str | Unset): Office code: that office's subtree.
        kind (None | ReportKind | Unset):
        status (None | ReportStatus | Unset):
        outcome_category (None | Unset | ViolationCategory):
        received_from (datetime.datetime | None | Unset):
        received_to (datetime.datetime | None | Unset):
        overdue (bool | None | Unset):
        awaiting_plenary (bool | None | Unset): true: registered cases with no plenary meeting
            recorded yet.
        q (None | str | Unset): Full-text search in the description.
        stage (None | str | Unset): Election stage code (`GET /v1/rules/classification`): cases in
            that stage; `none`: cases without a stage.
        subject (None | str | Unset): Subject code: cases having that subject (among others).
        nik (None | str | Unset): The reporter's NIK, exactly (found through a keyed hash: the NIK
            itself is stored encrypted).
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | ReportPage]
     """


    kwargs = _get_kwargs(
        sort=sort,
cursor=cursor,
limit=limit,
election=election,
office=office,
kind=kind,
status=status,
outcome_category=outcome_category,
received_from=received_from,
received_to=received_to,
overdue=overdue,
awaiting_plenary=awaiting_plenary,
q=q,
stage=stage,
subject=subject,
nik=nik,
if_none_match=if_none_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    sort: str | Unset = '-received_at',
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    election: None | str | Unset = UNSET,
    office: None | str | Unset = UNSET,
    kind: None | ReportKind | Unset = UNSET,
    status: None | ReportStatus | Unset = UNSET,
    outcome_category: None | Unset | ViolationCategory = UNSET,
    received_from: datetime.datetime | None | Unset = UNSET,
    received_to: datetime.datetime | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    awaiting_plenary: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    stage: None | str | Unset = UNSET,
    subject: None | str | Unset = UNSET,
    nik: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Any | Problem | ReportPage | None:
    """ List reports in your jurisdiction

     Keyset-paginated (`cursor` from `next_cursor`), newest first by default. Reporter
    names are masked. `stage` and `subject` filter by the classification (`stage=none`:
    cases without a stage). Any staff role; only your office's subtree.

    Args:
        sort (str | Unset):  Default: '-received_at'.
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.
        election (None | str | Unset):
        office (None | str | Unset): Office code: that office's subtree.
        kind (None | ReportKind | Unset):
        status (None | ReportStatus | Unset):
        outcome_category (None | Unset | ViolationCategory):
        received_from (datetime.datetime | None | Unset):
        received_to (datetime.datetime | None | Unset):
        overdue (bool | None | Unset):
        awaiting_plenary (bool | None | Unset): true: registered cases with no plenary meeting
            recorded yet.
        q (None | str | Unset): Full-text search in the description.
        stage (None | str | Unset): Election stage code (`GET /v1/rules/classification`): cases in
            that stage; `none`: cases without a stage.
        subject (None | str | Unset): Subject code: cases having that subject (among others).
        nik (None | str | Unset): The reporter's NIK, exactly (found through a keyed hash: the NIK
            itself is stored encrypted).
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | ReportPage
     """


    return (await asyncio_detailed(
        client=client,
sort=sort,
cursor=cursor,
limit=limit,
election=election,
office=office,
kind=kind,
status=status,
outcome_category=outcome_category,
received_from=received_from,
received_to=received_to,
overdue=overdue,
awaiting_plenary=awaiting_plenary,
q=q,
stage=stage,
subject=subject,
nik=nik,
if_none_match=if_none_match,

    )).parsed
