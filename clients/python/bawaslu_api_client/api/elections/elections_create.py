from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.election_create import ElectionCreate
from ...models.election_out import ElectionOut
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: ElectionCreate,
    idempotency_key: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/elections",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ElectionOut | Problem | None:
    if response.status_code == 201:
        response_201 = ElectionOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ElectionOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ElectionCreate,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[ElectionOut | Problem]:
    """ Create an election (admins of Bawaslu RI)

     Create an election. Every stage window has `start <= end`; the stages include
    `voting` on exactly the voting day; `ruleset_version` must exist in bawaslu_rules for
    the regime (default: the one in force on voting day). With an `Idempotency-Key`, a
    retry gets the first response (`Idempotent-Replayed: true`).

    Args:
        idempotency_key (None | str | Unset): Optional retry-safe key: a retry with the same key
            and body returns the first response (`Idempotent-Replayed: true`); the same key with
            another body is 422.
        body (ElectionCreate): A new election. Stages must include `voting`, on exactly the voting
            day.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ElectionOut | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: ElectionCreate,
    idempotency_key: None | str | Unset = UNSET,

) -> ElectionOut | Problem | None:
    """ Create an election (admins of Bawaslu RI)

     Create an election. Every stage window has `start <= end`; the stages include
    `voting` on exactly the voting day; `ruleset_version` must exist in bawaslu_rules for
    the regime (default: the one in force on voting day). With an `Idempotency-Key`, a
    retry gets the first response (`Idempotent-Replayed: true`).

    Args:
        idempotency_key (None | str | Unset): Optional retry-safe key: a retry with the same key
            and body returns the first response (`Idempotent-Replayed: true`); the same key with
            another body is 422.
        body (ElectionCreate): A new election. Stages must include `voting`, on exactly the voting
            day.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ElectionOut | Problem
     """


    return sync_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ElectionCreate,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[ElectionOut | Problem]:
    """ Create an election (admins of Bawaslu RI)

     Create an election. Every stage window has `start <= end`; the stages include
    `voting` on exactly the voting day; `ruleset_version` must exist in bawaslu_rules for
    the regime (default: the one in force on voting day). With an `Idempotency-Key`, a
    retry gets the first response (`Idempotent-Replayed: true`).

    Args:
        idempotency_key (None | str | Unset): Optional retry-safe key: a retry with the same key
            and body returns the first response (`Idempotent-Replayed: true`); the same key with
            another body is 422.
        body (ElectionCreate): A new election. Stages must include `voting`, on exactly the voting
            day.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ElectionOut | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ElectionCreate,
    idempotency_key: None | str | Unset = UNSET,

) -> ElectionOut | Problem | None:
    """ Create an election (admins of Bawaslu RI)

     Create an election. Every stage window has `start <= end`; the stages include
    `voting` on exactly the voting day; `ruleset_version` must exist in bawaslu_rules for
    the regime (default: the one in force on voting day). With an `Idempotency-Key`, a
    retry gets the first response (`Idempotent-Replayed: true`).

    Args:
        idempotency_key (None | str | Unset): Optional retry-safe key: a retry with the same key
            and body returns the first response (`Idempotent-Replayed: true`); the same key with
            another body is 422.
        body (ElectionCreate): A new election. Stages must include `voting`, on exactly the voting
            day.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ElectionOut | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
