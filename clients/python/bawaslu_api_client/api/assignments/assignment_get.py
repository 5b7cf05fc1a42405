from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.assignments_out import AssignmentsOut
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    report_id: UUID,
    *,
    if_none_match: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/reports/{report_id}/assignment".format(report_id=quote(str(report_id), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | AssignmentsOut | Problem | None:
    if response.status_code == 200:
        response_200 = AssignmentsOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | AssignmentsOut | Problem]:
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
    if_none_match: str | Unset = UNSET,

) -> Response[Any | AssignmentsOut | Problem]:
    """ Who works a case

     The case's handling officer, team and clarifiers (active assignments; the history is
    on the timeline). Any staff role in whose jurisdiction the case lies, and a clarifier
    assigned to it from a lower office (Perbawaslu 7/2022 Art. 28(4)).

    Args:
        report_id (UUID):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AssignmentsOut | Problem]
     """


    kwargs = _get_kwargs(
        report_id=report_id,
if_none_match=if_none_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,

) -> Any | AssignmentsOut | Problem | None:
    """ Who works a case

     The case's handling officer, team and clarifiers (active assignments; the history is
    on the timeline). Any staff role in whose jurisdiction the case lies, and a clarifier
    assigned to it from a lower office (Perbawaslu 7/2022 Art. 28(4)).

    Args:
        report_id (UUID):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AssignmentsOut | Problem
     """


    return sync_detailed(
        report_id=report_id,
client=client,
if_none_match=if_none_match,

    ).parsed

async def asyncio_detailed(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | AssignmentsOut | Problem]:
    """ Who works a case

     The case's handling officer, team and clarifiers (active assignments; the history is
    on the timeline). Any staff role in whose jurisdiction the case lies, and a clarifier
    assigned to it from a lower office (Perbawaslu 7/2022 Art. 28(4)).

    Args:
        report_id (UUID):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AssignmentsOut | Problem]
     """


    kwargs = _get_kwargs(
        report_id=report_id,
if_none_match=if_none_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,

) -> Any | AssignmentsOut | Problem | None:
    """ Who works a case

     The case's handling officer, team and clarifiers (active assignments; the history is
    on the timeline). Any staff role in whose jurisdiction the case lies, and a clarifier
    assigned to it from a lower office (Perbawaslu 7/2022 Art. 28(4)).

    Args:
        report_id (UUID):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AssignmentsOut | Problem
     """


    return (await asyncio_detailed(
        report_id=report_id,
client=client,
if_none_match=if_none_match,

    )).parsed
