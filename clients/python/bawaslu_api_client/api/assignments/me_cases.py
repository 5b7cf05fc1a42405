from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.my_cases_page import MyCasesPage
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    if_none_match: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match



    

    params: dict[str, Any] = {}

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
        "url": "/v1/me/cases",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | MyCasesPage | Problem | None:
    if response.status_code == 200:
        response_200 = MyCasesPage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | MyCasesPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | MyCasesPage | Problem]:
    """ My open cases and what is due next

     The open cases the signed-in officer is assigned to (any role), each with its
    soonest pending clock (`next_due`: rule, due_at, overdue), soonest first, cases without
    a pending clock last. Keyset-paginated (`cursor` from `next_cursor`). A separate route
    rather than a filter of `GET /v1/reports`: the order (by what is due) and the fields
    (role, next due) differ from the list's, and it includes the cases a clarifier from a
    lower office was assigned to, which the list (the jurisdiction) does not. Any staff
    role; machine clients have no "me" (403).

    Args:
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MyCasesPage | Problem]
     """


    kwargs = _get_kwargs(
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
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    if_none_match: str | Unset = UNSET,

) -> Any | MyCasesPage | Problem | None:
    """ My open cases and what is due next

     The open cases the signed-in officer is assigned to (any role), each with its
    soonest pending clock (`next_due`: rule, due_at, overdue), soonest first, cases without
    a pending clock last. Keyset-paginated (`cursor` from `next_cursor`). A separate route
    rather than a filter of `GET /v1/reports`: the order (by what is due) and the fields
    (role, next due) differ from the list's, and it includes the cases a clarifier from a
    lower office was assigned to, which the list (the jurisdiction) does not. Any staff
    role; machine clients have no "me" (403).

    Args:
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MyCasesPage | Problem
     """


    return sync_detailed(
        client=client,
cursor=cursor,
limit=limit,
if_none_match=if_none_match,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | MyCasesPage | Problem]:
    """ My open cases and what is due next

     The open cases the signed-in officer is assigned to (any role), each with its
    soonest pending clock (`next_due`: rule, due_at, overdue), soonest first, cases without
    a pending clock last. Keyset-paginated (`cursor` from `next_cursor`). A separate route
    rather than a filter of `GET /v1/reports`: the order (by what is due) and the fields
    (role, next due) differ from the list's, and it includes the cases a clarifier from a
    lower office was assigned to, which the list (the jurisdiction) does not. Any staff
    role; machine clients have no "me" (403).

    Args:
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MyCasesPage | Problem]
     """


    kwargs = _get_kwargs(
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
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    if_none_match: str | Unset = UNSET,

) -> Any | MyCasesPage | Problem | None:
    """ My open cases and what is due next

     The open cases the signed-in officer is assigned to (any role), each with its
    soonest pending clock (`next_due`: rule, due_at, overdue), soonest first, cases without
    a pending clock last. Keyset-paginated (`cursor` from `next_cursor`). A separate route
    rather than a filter of `GET /v1/reports`: the order (by what is due) and the fields
    (role, next due) differ from the list's, and it includes the cases a clarifier from a
    lower office was assigned to, which the list (the jurisdiction) does not. Any staff
    role; machine clients have no "me" (403).

    Args:
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MyCasesPage | Problem
     """


    return (await asyncio_detailed(
        client=client,
cursor=cursor,
limit=limit,
if_none_match=if_none_match,

    )).parsed
