from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.auth_token_form import AuthTokenForm
from ...models.problem import Problem
from ...models.token_out import TokenOut
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: AuthTokenForm | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/auth/token",
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | TokenOut | None:
    if response.status_code == 200:
        response_200 = TokenOut.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | TokenOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AuthTokenForm | Unset = UNSET,

) -> Response[Problem | TokenOut]:
    """ Get an access token (OAuth2 password, refresh_token, client_credentials)

     Form-encoded (`application/x-www-form-urlencoded`) token request, RFC 6749:

    - `grant_type=password&username=…&password=…` (staff, §4.3): an access token and a
      refresh token. After `BAWASLU_LOGIN_MAX_FAILURES` consecutive failures the account is
      locked for `BAWASLU_LOGIN_LOCKOUT_MINUTES`; the answer is the same `invalid_grant`
      for a wrong password, an unknown, disabled or locked account.
    - `grant_type=refresh_token&refresh_token=…` (§6): a new pair; the old refresh token
      stops working, and presenting it again revokes every token of that sign-in.
    - `grant_type=client_credentials` with `client_id`/`client_secret` in HTTP Basic or the
      form (§4.4): an access token carrying the client's scopes.

    `scope` (optional, space-separated) narrows the roles or scopes of the token. Errors
    are problem+json that also carry the OAuth2 `error` and `error_description` members.

    Args:
        body (AuthTokenForm | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TokenOut]
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
    client: AuthenticatedClient,
    body: AuthTokenForm | Unset = UNSET,

) -> Problem | TokenOut | None:
    """ Get an access token (OAuth2 password, refresh_token, client_credentials)

     Form-encoded (`application/x-www-form-urlencoded`) token request, RFC 6749:

    - `grant_type=password&username=…&password=…` (staff, §4.3): an access token and a
      refresh token. After `BAWASLU_LOGIN_MAX_FAILURES` consecutive failures the account is
      locked for `BAWASLU_LOGIN_LOCKOUT_MINUTES`; the answer is the same `invalid_grant`
      for a wrong password, an unknown, disabled or locked account.
    - `grant_type=refresh_token&refresh_token=…` (§6): a new pair; the old refresh token
      stops working, and presenting it again revokes every token of that sign-in.
    - `grant_type=client_credentials` with `client_id`/`client_secret` in HTTP Basic or the
      form (§4.4): an access token carrying the client's scopes.

    `scope` (optional, space-separated) narrows the roles or scopes of the token. Errors
    are problem+json that also carry the OAuth2 `error` and `error_description` members.

    Args:
        body (AuthTokenForm | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TokenOut
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AuthTokenForm | Unset = UNSET,

) -> Response[Problem | TokenOut]:
    """ Get an access token (OAuth2 password, refresh_token, client_credentials)

     Form-encoded (`application/x-www-form-urlencoded`) token request, RFC 6749:

    - `grant_type=password&username=…&password=…` (staff, §4.3): an access token and a
      refresh token. After `BAWASLU_LOGIN_MAX_FAILURES` consecutive failures the account is
      locked for `BAWASLU_LOGIN_LOCKOUT_MINUTES`; the answer is the same `invalid_grant`
      for a wrong password, an unknown, disabled or locked account.
    - `grant_type=refresh_token&refresh_token=…` (§6): a new pair; the old refresh token
      stops working, and presenting it again revokes every token of that sign-in.
    - `grant_type=client_credentials` with `client_id`/`client_secret` in HTTP Basic or the
      form (§4.4): an access token carrying the client's scopes.

    `scope` (optional, space-separated) narrows the roles or scopes of the token. Errors
    are problem+json that also carry the OAuth2 `error` and `error_description` members.

    Args:
        body (AuthTokenForm | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TokenOut]
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
    client: AuthenticatedClient,
    body: AuthTokenForm | Unset = UNSET,

) -> Problem | TokenOut | None:
    """ Get an access token (OAuth2 password, refresh_token, client_credentials)

     Form-encoded (`application/x-www-form-urlencoded`) token request, RFC 6749:

    - `grant_type=password&username=…&password=…` (staff, §4.3): an access token and a
      refresh token. After `BAWASLU_LOGIN_MAX_FAILURES` consecutive failures the account is
      locked for `BAWASLU_LOGIN_LOCKOUT_MINUTES`; the answer is the same `invalid_grant`
      for a wrong password, an unknown, disabled or locked account.
    - `grant_type=refresh_token&refresh_token=…` (§6): a new pair; the old refresh token
      stops working, and presenting it again revokes every token of that sign-in.
    - `grant_type=client_credentials` with `client_id`/`client_secret` in HTTP Basic or the
      form (§4.4): an access token carrying the client's scopes.

    `scope` (optional, space-separated) narrows the roles or scopes of the token. Errors
    are problem+json that also carry the OAuth2 `error` and `error_description` members.

    Args:
        body (AuthTokenForm | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TokenOut
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
