from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.agenda import Agenda
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    from_: datetime.datetime,
    to: datetime.datetime,
    office: None | str | Unset = UNSET,
    limit: int | Unset = 200,
    if_none_match: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match



    

    params: dict[str, Any] = {}

    json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to = to.isoformat()
    params["to"] = json_to

    json_office: None | str | Unset
    if isinstance(office, Unset):
        json_office = UNSET
    else:
        json_office = office
    params["office"] = json_office

    params["limit"] = limit


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/clarifications",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Agenda | Any | Problem | None:
    if response.status_code == 200:
        response_200 = Agenda.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Agenda | Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime,
    to: datetime.datetime,
    office: None | str | Unset = UNSET,
    limit: int | Unset = 200,
    if_none_match: str | Unset = UNSET,

) -> Response[Agenda | Any | Problem]:
    """ Clarification sessions of your jurisdiction in a period

     The office's agenda, e.g. this week's clarifications: every session scheduled in
    `[from, to)` of the cases in your jurisdiction (or `office`'s subtree inside it),
    soonest first, with the case's office and register number and how many were invited;
    no names. Any staff role.

    Args:
        from_ (datetime.datetime): From (inclusive).
        to (datetime.datetime): To (exclusive).
        office (None | str | Unset): An office's subtree.
        limit (int | Unset):  Default: 200.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Agenda | Any | Problem]
     """


    kwargs = _get_kwargs(
        from_=from_,
to=to,
office=office,
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
    from_: datetime.datetime,
    to: datetime.datetime,
    office: None | str | Unset = UNSET,
    limit: int | Unset = 200,
    if_none_match: str | Unset = UNSET,

) -> Agenda | Any | Problem | None:
    """ Clarification sessions of your jurisdiction in a period

     The office's agenda, e.g. this week's clarifications: every session scheduled in
    `[from, to)` of the cases in your jurisdiction (or `office`'s subtree inside it),
    soonest first, with the case's office and register number and how many were invited;
    no names. Any staff role.

    Args:
        from_ (datetime.datetime): From (inclusive).
        to (datetime.datetime): To (exclusive).
        office (None | str | Unset): An office's subtree.
        limit (int | Unset):  Default: 200.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Agenda | Any | Problem
     """


    return sync_detailed(
        client=client,
from_=from_,
to=to,
office=office,
limit=limit,
if_none_match=if_none_match,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime,
    to: datetime.datetime,
    office: None | str | Unset = UNSET,
    limit: int | Unset = 200,
    if_none_match: str | Unset = UNSET,

) -> Response[Agenda | Any | Problem]:
    """ Clarification sessions of your jurisdiction in a period

     The office's agenda, e.g. this week's clarifications: every session scheduled in
    `[from, to)` of the cases in your jurisdiction (or `office`'s subtree inside it),
    soonest first, with the case's office and register number and how many were invited;
    no names. Any staff role.

    Args:
        from_ (datetime.datetime): From (inclusive).
        to (datetime.datetime): To (exclusive).
        office (None | str | Unset): An office's subtree.
        limit (int | Unset):  Default: 200.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Agenda | Any | Problem]
     """


    kwargs = _get_kwargs(
        from_=from_,
to=to,
office=office,
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
    from_: datetime.datetime,
    to: datetime.datetime,
    office: None | str | Unset = UNSET,
    limit: int | Unset = 200,
    if_none_match: str | Unset = UNSET,

) -> Agenda | Any | Problem | None:
    """ Clarification sessions of your jurisdiction in a period

     The office's agenda, e.g. this week's clarifications: every session scheduled in
    `[from, to)` of the cases in your jurisdiction (or `office`'s subtree inside it),
    soonest first, with the case's office and register number and how many were invited;
    no names. Any staff role.

    Args:
        from_ (datetime.datetime): From (inclusive).
        to (datetime.datetime): To (exclusive).
        office (None | str | Unset): An office's subtree.
        limit (int | Unset):  Default: 200.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Agenda | Any | Problem
     """


    return (await asyncio_detailed(
        client=client,
from_=from_,
to=to,
office=office,
limit=limit,
if_none_match=if_none_match,

    )).parsed
