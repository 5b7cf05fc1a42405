from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.user_create import UserCreate
from ...models.user_out import UserOut
from typing import cast



def _get_kwargs(
    *,
    body: UserCreate,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/users",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | UserOut | None:
    if response.status_code == 201:
        response_201 = UserOut.from_dict(response.json())



        return response_201

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

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
    *,
    client: AuthenticatedClient,
    body: UserCreate,

) -> Response[Problem | UserOut]:
    """ Create a staff account

     A new account in the admin's office or an office below it, with any roles: an admin
    is trusted with every role inside their subtree, never above or beside it. The username
    is unique, so a retried request answers 409 `username_taken` instead of creating a
    second account.

    Args:
        body (UserCreate): A new staff account in an office of the admin's subtree.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UserOut]
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
    body: UserCreate,

) -> Problem | UserOut | None:
    """ Create a staff account

     A new account in the admin's office or an office below it, with any roles: an admin
    is trusted with every role inside their subtree, never above or beside it. The username
    is unique, so a retried request answers 409 `username_taken` instead of creating a
    second account.

    Args:
        body (UserCreate): A new staff account in an office of the admin's subtree.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UserOut
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UserCreate,

) -> Response[Problem | UserOut]:
    """ Create a staff account

     A new account in the admin's office or an office below it, with any roles: an admin
    is trusted with every role inside their subtree, never above or beside it. The username
    is unique, so a retried request answers 409 `username_taken` instead of creating a
    second account.

    Args:
        body (UserCreate): A new staff account in an office of the admin's subtree.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UserOut]
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
    body: UserCreate,

) -> Problem | UserOut | None:
    """ Create a staff account

     A new account in the admin's office or an office below it, with any roles: an admin
    is trusted with every role inside their subtree, never above or beside it. The username
    is unique, so a retried request answers 409 `username_taken` instead of creating a
    second account.

    Args:
        body (UserCreate): A new staff account in an office of the admin's subtree.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UserOut
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
