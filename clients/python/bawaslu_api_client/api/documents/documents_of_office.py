from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.document_list import DocumentList
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    code: str,
    *,
    year: int | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match



    

    params: dict[str, Any] = {}

    json_year: int | None | Unset
    if isinstance(year, Unset):
        json_year = UNSET
    else:
        json_year = year
    params["year"] = json_year


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/offices/{code}/documents".format(code=quote(str(code), safe=""),),
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | DocumentList | Problem | None:
    if response.status_code == 200:
        response_200 = DocumentList.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | DocumentList | Problem]:
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
    year: int | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | DocumentList | Problem]:
    """ The documents an office issued for itself (register books, periodic reports)

     Register books and periodic reports (newest first). Any staff member of the office's
    jurisdiction.

    Args:
        code (str):
        year (int | None | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DocumentList | Problem]
     """


    kwargs = _get_kwargs(
        code=code,
year=year,
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
    year: int | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Any | DocumentList | Problem | None:
    """ The documents an office issued for itself (register books, periodic reports)

     Register books and periodic reports (newest first). Any staff member of the office's
    jurisdiction.

    Args:
        code (str):
        year (int | None | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DocumentList | Problem
     """


    return sync_detailed(
        code=code,
client=client,
year=year,
if_none_match=if_none_match,

    ).parsed

async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    year: int | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | DocumentList | Problem]:
    """ The documents an office issued for itself (register books, periodic reports)

     Register books and periodic reports (newest first). Any staff member of the office's
    jurisdiction.

    Args:
        code (str):
        year (int | None | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DocumentList | Problem]
     """


    kwargs = _get_kwargs(
        code=code,
year=year,
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
    year: int | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Any | DocumentList | Problem | None:
    """ The documents an office issued for itself (register books, periodic reports)

     Register books and periodic reports (newest first). Any staff member of the office's
    jurisdiction.

    Args:
        code (str):
        year (int | None | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DocumentList | Problem
     """


    return (await asyncio_detailed(
        code=code,
client=client,
year=year,
if_none_match=if_none_match,

    )).parsed
