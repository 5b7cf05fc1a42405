from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.office_level import OfficeLevel
from ...models.office_page import OfficePage
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    level: None | OfficeLevel | Unset = UNSET,
    parent: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    if_none_match: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match



    

    params: dict[str, Any] = {}

    json_level: None | str | Unset
    if isinstance(level, Unset):
        json_level = UNSET
    elif isinstance(level, OfficeLevel):
        json_level = level.value
    else:
        json_level = level
    params["level"] = json_level

    json_parent: None | str | Unset
    if isinstance(parent, Unset):
        json_parent = UNSET
    else:
        json_parent = parent
    params["parent"] = json_parent

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["limit"] = limit


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/offices",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | OfficePage | Problem | None:
    if response.status_code == 200:
        response_200 = OfficePage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | OfficePage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    level: None | OfficeLevel | Unset = UNSET,
    parent: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | OfficePage | Problem]:
    """ List offices

     Offices ordered by code, in pages (keyset pagination: follow `next_cursor` until it is
    null). Any staff member may read every office.

    Args:
        level (None | OfficeLevel | Unset): Only offices of this level.
        parent (None | str | Unset): Only the direct children of this office code.
        q (None | str | Unset): Case-insensitive part of the name.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        limit (int | Unset): Page size. Default: 50.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OfficePage | Problem]
     """


    kwargs = _get_kwargs(
        level=level,
parent=parent,
q=q,
cursor=cursor,
limit=limit,
if_none_match=if_none_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    level: None | OfficeLevel | Unset = UNSET,
    parent: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    if_none_match: str | Unset = UNSET,

) -> Any | OfficePage | Problem | None:
    """ List offices

     Offices ordered by code, in pages (keyset pagination: follow `next_cursor` until it is
    null). Any staff member may read every office.

    Args:
        level (None | OfficeLevel | Unset): Only offices of this level.
        parent (None | str | Unset): Only the direct children of this office code.
        q (None | str | Unset): Case-insensitive part of the name.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        limit (int | Unset): Page size. Default: 50.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OfficePage | Problem
     """


    return sync_detailed(
        client=client,
level=level,
parent=parent,
q=q,
cursor=cursor,
limit=limit,
if_none_match=if_none_match,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    level: None | OfficeLevel | Unset = UNSET,
    parent: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | OfficePage | Problem]:
    """ List offices

     Offices ordered by code, in pages (keyset pagination: follow `next_cursor` until it is
    null). Any staff member may read every office.

    Args:
        level (None | OfficeLevel | Unset): Only offices of this level.
        parent (None | str | Unset): Only the direct children of this office code.
        q (None | str | Unset): Case-insensitive part of the name.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        limit (int | Unset): Page size. Default: 50.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OfficePage | Problem]
     """


    kwargs = _get_kwargs(
        level=level,
parent=parent,
q=q,
cursor=cursor,
limit=limit,
if_none_match=if_none_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    level: None | OfficeLevel | Unset = UNSET,
    parent: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    if_none_match: str | Unset = UNSET,

) -> Any | OfficePage | Problem | None:
    """ List offices

     Offices ordered by code, in pages (keyset pagination: follow `next_cursor` until it is
    null). Any staff member may read every office.

    Args:
        level (None | OfficeLevel | Unset): Only offices of this level.
        parent (None | str | Unset): Only the direct children of this office code.
        q (None | str | Unset): Case-insensitive part of the name.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        limit (int | Unset): Page size. Default: 50.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OfficePage | Problem
     """


    return (await asyncio_detailed(
        client=client,
level=level,
parent=parent,
q=q,
cursor=cursor,
limit=limit,
if_none_match=if_none_match,

    )).parsed
