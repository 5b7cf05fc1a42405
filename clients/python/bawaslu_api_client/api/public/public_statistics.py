from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.public_statistics import PublicStatistics
from ...models.report_kind import ReportKind
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    office: None | str | Unset = UNSET,
    election: None | str | Unset = UNSET,
    from_: None | str | Unset = UNSET,
    to: None | str | Unset = UNSET,
    stage: None | str | Unset = UNSET,
    subject: None | str | Unset = UNSET,
    kind: None | ReportKind | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match



    

    params: dict[str, Any] = {}

    json_office: None | str | Unset
    if isinstance(office, Unset):
        json_office = UNSET
    else:
        json_office = office
    params["office"] = json_office

    json_election: None | str | Unset
    if isinstance(election, Unset):
        json_election = UNSET
    else:
        json_election = election
    params["election"] = json_election

    json_from_: None | str | Unset
    if isinstance(from_, Unset):
        json_from_ = UNSET
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_to: None | str | Unset
    if isinstance(to, Unset):
        json_to = UNSET
    else:
        json_to = to
    params["to"] = json_to

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

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, ReportKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/public/statistics",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | PublicStatistics | None:
    if response.status_code == 200:
        response_200 = PublicStatistics.from_dict(response.json())



        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem | PublicStatistics]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    office: None | str | Unset = UNSET,
    election: None | str | Unset = UNSET,
    from_: None | str | Unset = UNSET,
    to: None | str | Unset = UNSET,
    stage: None | str | Unset = UNSET,
    subject: None | str | Unset = UNSET,
    kind: None | ReportKind | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,

) -> Response[Any | Problem | PublicStatistics]:
    """ Open data: case statistics (JSON)

     The statistics of an office's subtree (default: the whole country) as long-format
    rows (`dimension`, `key`, `label`, `measure`, `value`, `suppressed`): aggregates only,
    small counts suppressed (docs/statistics.md). Periods are whole months. `ETag` is the
    SHA-256 of the body; send it back in `If-None-Match` for `304`. Public, rate limited.

    Args:
        office (None | str | Unset): Office code: that office's subtree.
        election (None | str | Unset): Election slug, e.g. `pemilu-2024`.
        from_ (None | str | Unset): First month, `YYYY-MM`.
        to (None | str | Unset): A month, `YYYY-MM`.
        stage (None | str | Unset): Stage code (`bawaslu_rules` STAGES) or `unclassified`.
        subject (None | str | Unset): Subject code (`bawaslu_rules` SUBJECTS) or `unclassified`.
        kind (None | ReportKind | Unset): `report` or `finding`.
        if_none_match (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | PublicStatistics]
     """


    kwargs = _get_kwargs(
        office=office,
election=election,
from_=from_,
to=to,
stage=stage,
subject=subject,
kind=kind,
if_none_match=if_none_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    office: None | str | Unset = UNSET,
    election: None | str | Unset = UNSET,
    from_: None | str | Unset = UNSET,
    to: None | str | Unset = UNSET,
    stage: None | str | Unset = UNSET,
    subject: None | str | Unset = UNSET,
    kind: None | ReportKind | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,

) -> Any | Problem | PublicStatistics | None:
    """ Open data: case statistics (JSON)

     The statistics of an office's subtree (default: the whole country) as long-format
    rows (`dimension`, `key`, `label`, `measure`, `value`, `suppressed`): aggregates only,
    small counts suppressed (docs/statistics.md). Periods are whole months. `ETag` is the
    SHA-256 of the body; send it back in `If-None-Match` for `304`. Public, rate limited.

    Args:
        office (None | str | Unset): Office code: that office's subtree.
        election (None | str | Unset): Election slug, e.g. `pemilu-2024`.
        from_ (None | str | Unset): First month, `YYYY-MM`.
        to (None | str | Unset): A month, `YYYY-MM`.
        stage (None | str | Unset): Stage code (`bawaslu_rules` STAGES) or `unclassified`.
        subject (None | str | Unset): Subject code (`bawaslu_rules` SUBJECTS) or `unclassified`.
        kind (None | ReportKind | Unset): `report` or `finding`.
        if_none_match (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | PublicStatistics
     """


    return sync_detailed(
        client=client,
office=office,
election=election,
from_=from_,
to=to,
stage=stage,
subject=subject,
kind=kind,
if_none_match=if_none_match,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    office: None | str | Unset = UNSET,
    election: None | str | Unset = UNSET,
    from_: None | str | Unset = UNSET,
    to: None | str | Unset = UNSET,
    stage: None | str | Unset = UNSET,
    subject: None | str | Unset = UNSET,
    kind: None | ReportKind | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,

) -> Response[Any | Problem | PublicStatistics]:
    """ Open data: case statistics (JSON)

     The statistics of an office's subtree (default: the whole country) as long-format
    rows (`dimension`, `key`, `label`, `measure`, `value`, `suppressed`): aggregates only,
    small counts suppressed (docs/statistics.md). Periods are whole months. `ETag` is the
    SHA-256 of the body; send it back in `If-None-Match` for `304`. Public, rate limited.

    Args:
        office (None | str | Unset): Office code: that office's subtree.
        election (None | str | Unset): Election slug, e.g. `pemilu-2024`.
        from_ (None | str | Unset): First month, `YYYY-MM`.
        to (None | str | Unset): A month, `YYYY-MM`.
        stage (None | str | Unset): Stage code (`bawaslu_rules` STAGES) or `unclassified`.
        subject (None | str | Unset): Subject code (`bawaslu_rules` SUBJECTS) or `unclassified`.
        kind (None | ReportKind | Unset): `report` or `finding`.
        if_none_match (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | PublicStatistics]
     """


    kwargs = _get_kwargs(
        office=office,
election=election,
from_=from_,
to=to,
stage=stage,
subject=subject,
kind=kind,
if_none_match=if_none_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    office: None | str | Unset = UNSET,
    election: None | str | Unset = UNSET,
    from_: None | str | Unset = UNSET,
    to: None | str | Unset = UNSET,
    stage: None | str | Unset = UNSET,
    subject: None | str | Unset = UNSET,
    kind: None | ReportKind | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,

) -> Any | Problem | PublicStatistics | None:
    """ Open data: case statistics (JSON)

     The statistics of an office's subtree (default: the whole country) as long-format
    rows (`dimension`, `key`, `label`, `measure`, `value`, `suppressed`): aggregates only,
    small counts suppressed (docs/statistics.md). Periods are whole months. `ETag` is the
    SHA-256 of the body; send it back in `If-None-Match` for `304`. Public, rate limited.

    Args:
        office (None | str | Unset): Office code: that office's subtree.
        election (None | str | Unset): Election slug, e.g. `pemilu-2024`.
        from_ (None | str | Unset): First month, `YYYY-MM`.
        to (None | str | Unset): A month, `YYYY-MM`.
        stage (None | str | Unset): Stage code (`bawaslu_rules` STAGES) or `unclassified`.
        subject (None | str | Unset): Subject code (`bawaslu_rules` SUBJECTS) or `unclassified`.
        kind (None | ReportKind | Unset): `report` or `finding`.
        if_none_match (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | PublicStatistics
     """


    return (await asyncio_detailed(
        client=client,
office=office,
election=election,
from_=from_,
to=to,
stage=stage,
subject=subject,
kind=kind,
if_none_match=if_none_match,

    )).parsed
