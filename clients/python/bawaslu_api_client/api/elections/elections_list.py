from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.election_list import ElectionList
from ...models.problem import Problem
from ...models.regime import Regime
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    regime: None | Regime | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match



    

    params: dict[str, Any] = {}

    json_regime: None | str | Unset
    if isinstance(regime, Unset):
        json_regime = UNSET
    elif isinstance(regime, Regime):
        json_regime = regime.value
    else:
        json_regime = regime
    params["regime"] = json_regime


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/elections",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ElectionList | Problem | None:
    if response.status_code == 200:
        response_200 = ElectionList.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ElectionList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    regime: None | Regime | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | ElectionList | Problem]:
    """ List elections

     Every election, the latest voting day first (a short list: not paginated). Any staff
    member.

    Args:
        regime (None | Regime | Unset): Only elections of this regime.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ElectionList | Problem]
     """


    kwargs = _get_kwargs(
        regime=regime,
if_none_match=if_none_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    regime: None | Regime | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Any | ElectionList | Problem | None:
    """ List elections

     Every election, the latest voting day first (a short list: not paginated). Any staff
    member.

    Args:
        regime (None | Regime | Unset): Only elections of this regime.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ElectionList | Problem
     """


    return sync_detailed(
        client=client,
regime=regime,
if_none_match=if_none_match,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    regime: None | Regime | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | ElectionList | Problem]:
    """ List elections

     Every election, the latest voting day first (a short list: not paginated). Any staff
    member.

    Args:
        regime (None | Regime | Unset): Only elections of this regime.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ElectionList | Problem]
     """


    kwargs = _get_kwargs(
        regime=regime,
if_none_match=if_none_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    regime: None | Regime | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Any | ElectionList | Problem | None:
    """ List elections

     Every election, the latest voting day first (a short list: not paginated). Any staff
    member.

    Args:
        regime (None | Regime | Unset): Only elections of this regime.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ElectionList | Problem
     """


    return (await asyncio_detailed(
        client=client,
regime=regime,
if_none_match=if_none_match,

    )).parsed
