from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.override_in import OverrideIn
from ...models.override_out import OverrideOut
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: OverrideIn,
    idempotency_key: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/calendar/overrides",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OverrideOut | Problem | None:
    if response.status_code == 201:
        response_201 = OverrideOut.from_dict(response.json())



        return response_201

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OverrideOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: OverrideIn,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[OverrideOut | Problem]:
    """ Add or remove a non-working day

     E.g. a voting-day holiday decreed a week before the vote, or a corrected Islamic
    holiday (remove the old date, add the new one). New deadlines use it at once; deadlines
    already running keep the dates they were given (docs/legal/rules.md §1) until an admin
    recomputes them (`POST /v1/deadlines/recompute`). Admins of Bawaslu RI only.

    Args:
        idempotency_key (None | str | Unset): Optional retry-safe key: a retry with the same key
            and body returns the first response (`Idempotent-Replayed: true`); the same key with
            another body is 422.
        body (OverrideIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OverrideOut | Problem]
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
    body: OverrideIn,
    idempotency_key: None | str | Unset = UNSET,

) -> OverrideOut | Problem | None:
    """ Add or remove a non-working day

     E.g. a voting-day holiday decreed a week before the vote, or a corrected Islamic
    holiday (remove the old date, add the new one). New deadlines use it at once; deadlines
    already running keep the dates they were given (docs/legal/rules.md §1) until an admin
    recomputes them (`POST /v1/deadlines/recompute`). Admins of Bawaslu RI only.

    Args:
        idempotency_key (None | str | Unset): Optional retry-safe key: a retry with the same key
            and body returns the first response (`Idempotent-Replayed: true`); the same key with
            another body is 422.
        body (OverrideIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OverrideOut | Problem
     """


    return sync_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: OverrideIn,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[OverrideOut | Problem]:
    """ Add or remove a non-working day

     E.g. a voting-day holiday decreed a week before the vote, or a corrected Islamic
    holiday (remove the old date, add the new one). New deadlines use it at once; deadlines
    already running keep the dates they were given (docs/legal/rules.md §1) until an admin
    recomputes them (`POST /v1/deadlines/recompute`). Admins of Bawaslu RI only.

    Args:
        idempotency_key (None | str | Unset): Optional retry-safe key: a retry with the same key
            and body returns the first response (`Idempotent-Replayed: true`); the same key with
            another body is 422.
        body (OverrideIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OverrideOut | Problem]
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
    body: OverrideIn,
    idempotency_key: None | str | Unset = UNSET,

) -> OverrideOut | Problem | None:
    """ Add or remove a non-working day

     E.g. a voting-day holiday decreed a week before the vote, or a corrected Islamic
    holiday (remove the old date, add the new one). New deadlines use it at once; deadlines
    already running keep the dates they were given (docs/legal/rules.md §1) until an admin
    recomputes them (`POST /v1/deadlines/recompute`). Admins of Bawaslu RI only.

    Args:
        idempotency_key (None | str | Unset): Optional retry-safe key: a retry with the same key
            and body returns the first response (`Idempotent-Replayed: true`); the same key with
            another body is 422.
        body (OverrideIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OverrideOut | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
