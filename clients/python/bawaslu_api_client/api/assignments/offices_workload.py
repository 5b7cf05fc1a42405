from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.workload_out import WorkloadOut
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    code: str,
    *,
    if_none_match: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/offices/{code}/workload".format(code=quote(str(code), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | WorkloadOut | None:
    if response.status_code == 200:
        response_200 = WorkloadOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem | WorkloadOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | Problem | WorkloadOut]:
    """ Workload of an office's officers

     Per officer of the office's subtree (enabled staff holding the handler or
    commissioner role, and anyone assigned from there): open cases assigned, how many as
    handler, overdue pending clocks on them and the next due time; plus the subtree's open
    cases without a handler. Any staff role of the office or above; an office outside your
    jurisdiction is 404, exactly as one that does not exist.

    Args:
        code (str):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | WorkloadOut]
     """


    kwargs = _get_kwargs(
        code=code,
if_none_match=if_none_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    code: str,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,

) -> Any | Problem | WorkloadOut | None:
    """ Workload of an office's officers

     Per officer of the office's subtree (enabled staff holding the handler or
    commissioner role, and anyone assigned from there): open cases assigned, how many as
    handler, overdue pending clocks on them and the next due time; plus the subtree's open
    cases without a handler. Any staff role of the office or above; an office outside your
    jurisdiction is 404, exactly as one that does not exist.

    Args:
        code (str):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | WorkloadOut
     """


    return sync_detailed(
        code=code,
client=client,
if_none_match=if_none_match,

    ).parsed

async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | Problem | WorkloadOut]:
    """ Workload of an office's officers

     Per officer of the office's subtree (enabled staff holding the handler or
    commissioner role, and anyone assigned from there): open cases assigned, how many as
    handler, overdue pending clocks on them and the next due time; plus the subtree's open
    cases without a handler. Any staff role of the office or above; an office outside your
    jurisdiction is 404, exactly as one that does not exist.

    Args:
        code (str):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | WorkloadOut]
     """


    kwargs = _get_kwargs(
        code=code,
if_none_match=if_none_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,

) -> Any | Problem | WorkloadOut | None:
    """ Workload of an office's officers

     Per officer of the office's subtree (enabled staff holding the handler or
    commissioner role, and anyone assigned from there): open cases assigned, how many as
    handler, overdue pending clocks on them and the next due time; plus the subtree's open
    cases without a handler. Any staff role of the office or above; an office outside your
    jurisdiction is 404, exactly as one that does not exist.

    Args:
        code (str):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | WorkloadOut
     """


    return (await asyncio_detailed(
        code=code,
client=client,
if_none_match=if_none_match,

    )).parsed
