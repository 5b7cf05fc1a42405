from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.auth_revoke_form import AuthRevokeForm
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    *,
    body: AuthRevokeForm,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/auth/revoke",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthRevokeForm,

) -> Response[Any | Problem]:
    """ Revoke a refresh token (sign out, RFC 7009)

     Revokes the refresh token and every token rotated from it (the whole sign-in).
    Always answers 200, also for unknown tokens and for access tokens, which cannot be
    revoked and simply expire (`BAWASLU_JWT_ACCESS_TTL_S`).

    Args:
        body (AuthRevokeForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AuthRevokeForm,

) -> Any | Problem | None:
    """ Revoke a refresh token (sign out, RFC 7009)

     Revokes the refresh token and every token rotated from it (the whole sign-in).
    Always answers 200, also for unknown tokens and for access tokens, which cannot be
    revoked and simply expire (`BAWASLU_JWT_ACCESS_TTL_S`).

    Args:
        body (AuthRevokeForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthRevokeForm,

) -> Response[Any | Problem]:
    """ Revoke a refresh token (sign out, RFC 7009)

     Revokes the refresh token and every token rotated from it (the whole sign-in).
    Always answers 200, also for unknown tokens and for access tokens, which cannot be
    revoked and simply expire (`BAWASLU_JWT_ACCESS_TTL_S`).

    Args:
        body (AuthRevokeForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AuthRevokeForm,

) -> Any | Problem | None:
    """ Revoke a refresh token (sign out, RFC 7009)

     Revokes the refresh token and every token rotated from it (the whole sign-in).
    Always answers 200, also for unknown tokens and for access tokens, which cannot be
    revoked and simply expire (`BAWASLU_JWT_ACCESS_TTL_S`).

    Args:
        body (AuthRevokeForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
