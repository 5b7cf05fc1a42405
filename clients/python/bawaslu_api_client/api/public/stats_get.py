from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.stats import Stats
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    office: None | str | Unset = UNSET,
    election: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

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


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/stats",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | Stats | None:
    if response.status_code == 200:
        response_200 = Stats.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem | Stats]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    office: None | str | Unset = UNSET,
    election: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | Problem | Stats]:
    """ Case counts (deprecated: GET /v1/statistics, GET /v1/public/statistics)

     Exact counts by status, outcome category, office and election, for staff of the
    office's jurisdiction (404 outside). No longer public: exact small counts could single
    out a case, so the open data is `GET /v1/public/statistics`, with the small-count rule
    and rounding (docs/statistics.md); staff have `GET /v1/statistics`.

    Args:
        office (None | str | Unset): Office code: that office's subtree.
        election (None | str | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | Stats]
     """


    kwargs = _get_kwargs(
        office=office,
election=election,
if_none_match=if_none_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    office: None | str | Unset = UNSET,
    election: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Any | Problem | Stats | None:
    """ Case counts (deprecated: GET /v1/statistics, GET /v1/public/statistics)

     Exact counts by status, outcome category, office and election, for staff of the
    office's jurisdiction (404 outside). No longer public: exact small counts could single
    out a case, so the open data is `GET /v1/public/statistics`, with the small-count rule
    and rounding (docs/statistics.md); staff have `GET /v1/statistics`.

    Args:
        office (None | str | Unset): Office code: that office's subtree.
        election (None | str | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | Stats
     """


    return sync_detailed(
        client=client,
office=office,
election=election,
if_none_match=if_none_match,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    office: None | str | Unset = UNSET,
    election: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | Problem | Stats]:
    """ Case counts (deprecated: GET /v1/statistics, GET /v1/public/statistics)

     Exact counts by status, outcome category, office and election, for staff of the
    office's jurisdiction (404 outside). No longer public: exact small counts could single
    out a case, so the open data is `GET /v1/public/statistics`, with the small-count rule
    and rounding (docs/statistics.md); staff have `GET /v1/statistics`.

    Args:
        office (None | str | Unset): Office code: that office's subtree.
        election (None | str | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | Stats]
     """


    kwargs = _get_kwargs(
        office=office,
election=election,
if_none_match=if_none_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    office: None | str | Unset = UNSET,
    election: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Any | Problem | Stats | None:
    """ Case counts (deprecated: GET /v1/statistics, GET /v1/public/statistics)

     Exact counts by status, outcome category, office and election, for staff of the
    office's jurisdiction (404 outside). No longer public: exact small counts could single
    out a case, so the open data is `GET /v1/public/statistics`, with the small-count rule
    and rounding (docs/statistics.md); staff have `GET /v1/statistics`.

    Args:
        office (None | str | Unset): Office code: that office's subtree.
        election (None | str | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | Stats
     """


    return (await asyncio_detailed(
        client=client,
office=office,
election=election,
if_none_match=if_none_match,

    )).parsed
