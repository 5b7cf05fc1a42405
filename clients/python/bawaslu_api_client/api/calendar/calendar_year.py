from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.year_calendar import YearCalendar
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    year: int,
    *,
    if_none_match: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/calendar/{year}".format(year=quote(str(year), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | YearCalendar | None:
    if response.status_code == 200:
        response_200 = YearCalendar.from_dict(response.json())



        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem | YearCalendar]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    year: int,
    *,
    client: AuthenticatedClient | Client,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | Problem | YearCalendar]:
    """ Non-working days of a year

     Holidays, cuti bersama and voting-day holidays with their decrees, overrides applied;
    years beyond the decreed data are marked `provisional`. Public.

    Args:
        year (int):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | YearCalendar]
     """


    kwargs = _get_kwargs(
        year=year,
if_none_match=if_none_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    year: int,
    *,
    client: AuthenticatedClient | Client,
    if_none_match: str | Unset = UNSET,

) -> Any | Problem | YearCalendar | None:
    """ Non-working days of a year

     Holidays, cuti bersama and voting-day holidays with their decrees, overrides applied;
    years beyond the decreed data are marked `provisional`. Public.

    Args:
        year (int):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | YearCalendar
     """


    return sync_detailed(
        year=year,
client=client,
if_none_match=if_none_match,

    ).parsed

async def asyncio_detailed(
    year: int,
    *,
    client: AuthenticatedClient | Client,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | Problem | YearCalendar]:
    """ Non-working days of a year

     Holidays, cuti bersama and voting-day holidays with their decrees, overrides applied;
    years beyond the decreed data are marked `provisional`. Public.

    Args:
        year (int):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | YearCalendar]
     """


    kwargs = _get_kwargs(
        year=year,
if_none_match=if_none_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    year: int,
    *,
    client: AuthenticatedClient | Client,
    if_none_match: str | Unset = UNSET,

) -> Any | Problem | YearCalendar | None:
    """ Non-working days of a year

     Holidays, cuti bersama and voting-day holidays with their decrees, overrides applied;
    years beyond the decreed data are marked `provisional`. Public.

    Args:
        year (int):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | YearCalendar
     """


    return (await asyncio_detailed(
        year=year,
client=client,
if_none_match=if_none_match,

    )).parsed
