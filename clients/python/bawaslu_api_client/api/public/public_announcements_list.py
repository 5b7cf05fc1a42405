from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.announcement_page import AnnouncementPage
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    office: None | str | Unset = UNSET,
    election: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
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
        "url": "/v1/public/announcements",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AnnouncementPage | Any | Problem | None:
    if response.status_code == 200:
        response_200 = AnnouncementPage.from_dict(response.json())



        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AnnouncementPage | Any | Problem]:
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
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    if_none_match: str | Unset = UNSET,

) -> Response[AnnouncementPage | Any | Problem]:
    """ Announced case statuses (public notice board)

     Pengumuman status, newest first. Public: no reporter or witness data.

    Args:
        office (None | str | Unset): Office code: that office's subtree.
        election (None | str | Unset):
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnnouncementPage | Any | Problem]
     """


    kwargs = _get_kwargs(
        office=office,
election=election,
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
    client: AuthenticatedClient | Client,
    office: None | str | Unset = UNSET,
    election: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    if_none_match: str | Unset = UNSET,

) -> AnnouncementPage | Any | Problem | None:
    """ Announced case statuses (public notice board)

     Pengumuman status, newest first. Public: no reporter or witness data.

    Args:
        office (None | str | Unset): Office code: that office's subtree.
        election (None | str | Unset):
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnnouncementPage | Any | Problem
     """


    return sync_detailed(
        client=client,
office=office,
election=election,
cursor=cursor,
limit=limit,
if_none_match=if_none_match,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    office: None | str | Unset = UNSET,
    election: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    if_none_match: str | Unset = UNSET,

) -> Response[AnnouncementPage | Any | Problem]:
    """ Announced case statuses (public notice board)

     Pengumuman status, newest first. Public: no reporter or witness data.

    Args:
        office (None | str | Unset): Office code: that office's subtree.
        election (None | str | Unset):
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnnouncementPage | Any | Problem]
     """


    kwargs = _get_kwargs(
        office=office,
election=election,
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
    client: AuthenticatedClient | Client,
    office: None | str | Unset = UNSET,
    election: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    if_none_match: str | Unset = UNSET,

) -> AnnouncementPage | Any | Problem | None:
    """ Announced case statuses (public notice board)

     Pengumuman status, newest first. Public: no reporter or witness data.

    Args:
        office (None | str | Unset): Office code: that office's subtree.
        election (None | str | Unset):
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnnouncementPage | Any | Problem
     """


    return (await asyncio_detailed(
        client=client,
office=office,
election=election,
cursor=cursor,
limit=limit,
if_none_match=if_none_match,

    )).parsed
