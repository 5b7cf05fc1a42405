from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.changes_page import ChangesPage
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    since: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    if_none_match: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match



    

    params: dict[str, Any] = {}

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    else:
        json_since = since
    params["since"] = json_since

    params["limit"] = limit


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/changes",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ChangesPage | Problem | None:
    if response.status_code == 200:
        response_200 = ChangesPage.from_dict(response.json())



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

    if response.status_code == 410:
        response_410 = Problem.from_dict(response.json())



        return response_410

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ChangesPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    since: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | ChangesPage | Problem]:
    """ Changes in your jurisdiction since a cursor (offline sync)

     The cases, clocks, timeline events and evidence metadata of your office's subtree
    that changed since `since`, oldest change first, each as its own read shows it now
    (personal data masked) or as `deleted`; a case transferred out of your subtree comes
    as `gone` (drop it and everything of it). Keep `next_cursor` with your cache; `more`
    says whether to ask again at once. A change committed late by a slow transaction is
    never skipped. `since` that is not one of ours: 422 `invalid_cursor`; one this
    database cannot continue (another deployment, a restored database): 410
    `cursor_expired`. In both cases sync again from scratch. Any staff role
    (docs/offline.md).

    Args:
        since (None | str | Unset): The `next_cursor` of your last sync; without it, everything in
            your jurisdiction from the beginning.
        limit (int | Unset):  Default: 100.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChangesPage | Problem]
     """


    kwargs = _get_kwargs(
        since=since,
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
    since: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    if_none_match: str | Unset = UNSET,

) -> Any | ChangesPage | Problem | None:
    """ Changes in your jurisdiction since a cursor (offline sync)

     The cases, clocks, timeline events and evidence metadata of your office's subtree
    that changed since `since`, oldest change first, each as its own read shows it now
    (personal data masked) or as `deleted`; a case transferred out of your subtree comes
    as `gone` (drop it and everything of it). Keep `next_cursor` with your cache; `more`
    says whether to ask again at once. A change committed late by a slow transaction is
    never skipped. `since` that is not one of ours: 422 `invalid_cursor`; one this
    database cannot continue (another deployment, a restored database): 410
    `cursor_expired`. In both cases sync again from scratch. Any staff role
    (docs/offline.md).

    Args:
        since (None | str | Unset): The `next_cursor` of your last sync; without it, everything in
            your jurisdiction from the beginning.
        limit (int | Unset):  Default: 100.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChangesPage | Problem
     """


    return sync_detailed(
        client=client,
since=since,
limit=limit,
if_none_match=if_none_match,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    since: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | ChangesPage | Problem]:
    """ Changes in your jurisdiction since a cursor (offline sync)

     The cases, clocks, timeline events and evidence metadata of your office's subtree
    that changed since `since`, oldest change first, each as its own read shows it now
    (personal data masked) or as `deleted`; a case transferred out of your subtree comes
    as `gone` (drop it and everything of it). Keep `next_cursor` with your cache; `more`
    says whether to ask again at once. A change committed late by a slow transaction is
    never skipped. `since` that is not one of ours: 422 `invalid_cursor`; one this
    database cannot continue (another deployment, a restored database): 410
    `cursor_expired`. In both cases sync again from scratch. Any staff role
    (docs/offline.md).

    Args:
        since (None | str | Unset): The `next_cursor` of your last sync; without it, everything in
            your jurisdiction from the beginning.
        limit (int | Unset):  Default: 100.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChangesPage | Problem]
     """


    kwargs = _get_kwargs(
        since=since,
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
    since: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    if_none_match: str | Unset = UNSET,

) -> Any | ChangesPage | Problem | None:
    """ Changes in your jurisdiction since a cursor (offline sync)

     The cases, clocks, timeline events and evidence metadata of your office's subtree
    that changed since `since`, oldest change first, each as its own read shows it now
    (personal data masked) or as `deleted`; a case transferred out of your subtree comes
    as `gone` (drop it and everything of it). Keep `next_cursor` with your cache; `more`
    says whether to ask again at once. A change committed late by a slow transaction is
    never skipped. `since` that is not one of ours: 422 `invalid_cursor`; one this
    database cannot continue (another deployment, a restored database): 410
    `cursor_expired`. In both cases sync again from scratch. Any staff role
    (docs/offline.md).

    Args:
        since (None | str | Unset): The `next_cursor` of your last sync; without it, everything in
            your jurisdiction from the beginning.
        limit (int | Unset):  Default: 100.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChangesPage | Problem
     """


    return (await asyncio_detailed(
        client=client,
since=since,
limit=limit,
if_none_match=if_none_match,

    )).parsed
