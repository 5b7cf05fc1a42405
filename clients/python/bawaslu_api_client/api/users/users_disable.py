from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.disable_in import DisableIn
from ...models.problem import Problem
from ...models.user_out import UserOut
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    user_id: UUID,
    *,
    body: DisableIn,
    if_match: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/users/{user_id}/disable".format(user_id=quote(str(user_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | UserOut | None:
    if response.status_code == 200:
        response_200 = UserOut.from_dict(response.json())



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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())



        return response_412

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | UserOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DisableIn,
    if_match: None | str | Unset = UNSET,

) -> Response[Problem | UserOut]:
    """ Disable a staff account

     The account can no longer sign in and its refresh tokens stop working at once;
    access tokens already issued expire within `BAWASLU_JWT_ACCESS_TTL_S`. Disabling a
    disabled account changes nothing. `If-Match` is optional (412 if stale).

    Args:
        user_id (UUID):
        if_match (None | str | Unset): ETag of the version you act on (412 if stale).
        body (DisableIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UserOut]
     """


    kwargs = _get_kwargs(
        user_id=user_id,
body=body,
if_match=if_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    user_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DisableIn,
    if_match: None | str | Unset = UNSET,

) -> Problem | UserOut | None:
    """ Disable a staff account

     The account can no longer sign in and its refresh tokens stop working at once;
    access tokens already issued expire within `BAWASLU_JWT_ACCESS_TTL_S`. Disabling a
    disabled account changes nothing. `If-Match` is optional (412 if stale).

    Args:
        user_id (UUID):
        if_match (None | str | Unset): ETag of the version you act on (412 if stale).
        body (DisableIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UserOut
     """


    return sync_detailed(
        user_id=user_id,
client=client,
body=body,
if_match=if_match,

    ).parsed

async def asyncio_detailed(
    user_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DisableIn,
    if_match: None | str | Unset = UNSET,

) -> Response[Problem | UserOut]:
    """ Disable a staff account

     The account can no longer sign in and its refresh tokens stop working at once;
    access tokens already issued expire within `BAWASLU_JWT_ACCESS_TTL_S`. Disabling a
    disabled account changes nothing. `If-Match` is optional (412 if stale).

    Args:
        user_id (UUID):
        if_match (None | str | Unset): ETag of the version you act on (412 if stale).
        body (DisableIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UserOut]
     """


    kwargs = _get_kwargs(
        user_id=user_id,
body=body,
if_match=if_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    user_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DisableIn,
    if_match: None | str | Unset = UNSET,

) -> Problem | UserOut | None:
    """ Disable a staff account

     The account can no longer sign in and its refresh tokens stop working at once;
    access tokens already issued expire within `BAWASLU_JWT_ACCESS_TTL_S`. Disabling a
    disabled account changes nothing. `If-Match` is optional (412 if stale).

    Args:
        user_id (UUID):
        if_match (None | str | Unset): ETag of the version you act on (412 if stale).
        body (DisableIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UserOut
     """


    return (await asyncio_detailed(
        user_id=user_id,
client=client,
body=body,
if_match=if_match,

    )).parsed
