from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.client_out import ClientOut
from ...models.problem import Problem
from typing import cast
from uuid import UUID



def _get_kwargs(
    client_id: UUID,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/clients/{client_id}/revocation".format(client_id=quote(str(client_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ClientOut | Problem | None:
    if response.status_code == 200:
        response_200 = ClientOut.from_dict(response.json())



        return response_200

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ClientOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    client_id: UUID,
    *,
    client: AuthenticatedClient,

) -> Response[ClientOut | Problem]:
    """ Revoke a machine client

     The client can get no more tokens; tokens already issued expire within
    `BAWASLU_JWT_ACCESS_TTL_S`. Revoking a revoked client changes nothing.

    Args:
        client_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientOut | Problem]
     """


    kwargs = _get_kwargs(
        client_id=client_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    client_id: UUID,
    *,
    client: AuthenticatedClient,

) -> ClientOut | Problem | None:
    """ Revoke a machine client

     The client can get no more tokens; tokens already issued expire within
    `BAWASLU_JWT_ACCESS_TTL_S`. Revoking a revoked client changes nothing.

    Args:
        client_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientOut | Problem
     """


    return sync_detailed(
        client_id=client_id,
client=client,

    ).parsed

async def asyncio_detailed(
    client_id: UUID,
    *,
    client: AuthenticatedClient,

) -> Response[ClientOut | Problem]:
    """ Revoke a machine client

     The client can get no more tokens; tokens already issued expire within
    `BAWASLU_JWT_ACCESS_TTL_S`. Revoking a revoked client changes nothing.

    Args:
        client_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientOut | Problem]
     """


    kwargs = _get_kwargs(
        client_id=client_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    client_id: UUID,
    *,
    client: AuthenticatedClient,

) -> ClientOut | Problem | None:
    """ Revoke a machine client

     The client can get no more tokens; tokens already issued expire within
    `BAWASLU_JWT_ACCESS_TTL_S`. Revoking a revoked client changes nothing.

    Args:
        client_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientOut | Problem
     """


    return (await asyncio_detailed(
        client_id=client_id,
client=client,

    )).parsed
