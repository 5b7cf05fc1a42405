from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.reclassification_in import ReclassificationIn
from ...models.report_out import ReportOut
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    report_id: UUID,
    *,
    body: ReclassificationIn,
    if_match: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/reports/{report_id}/reclassification".format(report_id=quote(str(report_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ReportOut | None:
    if response.status_code == 200:
        response_200 = ReportOut.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())



        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | ReportOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReclassificationIn,
    if_match: None | str | Unset = UNSET,

) -> Response[Problem | ReportOut]:
    """ Change the kind of violation (before registration)

     E.g. a report of an administrative violation against a party outside the closed list of Perbawaslu
    8/2022 Art. 8 (verdict `not_administrative`): the office handles it as another kind. The initial
    review runs again and its verdict is on the case; clocks already running are unchanged. Handlers.

    Args:
        report_id (UUID):
        if_match (None | str | Unset): ETag of the version you act on (412 if stale).
        body (ReclassificationIn): What the report is about, as the office now classifies it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReportOut]
     """


    kwargs = _get_kwargs(
        report_id=report_id,
body=body,
if_match=if_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReclassificationIn,
    if_match: None | str | Unset = UNSET,

) -> Problem | ReportOut | None:
    """ Change the kind of violation (before registration)

     E.g. a report of an administrative violation against a party outside the closed list of Perbawaslu
    8/2022 Art. 8 (verdict `not_administrative`): the office handles it as another kind. The initial
    review runs again and its verdict is on the case; clocks already running are unchanged. Handlers.

    Args:
        report_id (UUID):
        if_match (None | str | Unset): ETag of the version you act on (412 if stale).
        body (ReclassificationIn): What the report is about, as the office now classifies it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReportOut
     """


    return sync_detailed(
        report_id=report_id,
client=client,
body=body,
if_match=if_match,

    ).parsed

async def asyncio_detailed(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReclassificationIn,
    if_match: None | str | Unset = UNSET,

) -> Response[Problem | ReportOut]:
    """ Change the kind of violation (before registration)

     E.g. a report of an administrative violation against a party outside the closed list of Perbawaslu
    8/2022 Art. 8 (verdict `not_administrative`): the office handles it as another kind. The initial
    review runs again and its verdict is on the case; clocks already running are unchanged. Handlers.

    Args:
        report_id (UUID):
        if_match (None | str | Unset): ETag of the version you act on (412 if stale).
        body (ReclassificationIn): What the report is about, as the office now classifies it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReportOut]
     """


    kwargs = _get_kwargs(
        report_id=report_id,
body=body,
if_match=if_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReclassificationIn,
    if_match: None | str | Unset = UNSET,

) -> Problem | ReportOut | None:
    """ Change the kind of violation (before registration)

     E.g. a report of an administrative violation against a party outside the closed list of Perbawaslu
    8/2022 Art. 8 (verdict `not_administrative`): the office handles it as another kind. The initial
    review runs again and its verdict is on the case; clocks already running are unchanged. Handlers.

    Args:
        report_id (UUID):
        if_match (None | str | Unset): ETag of the version you act on (412 if stale).
        body (ReclassificationIn): What the report is about, as the office now classifies it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReportOut
     """


    return (await asyncio_detailed(
        report_id=report_id,
client=client,
body=body,
if_match=if_match,

    )).parsed
