from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.import_batch_in import ImportBatchIn
from ...models.import_batch_out import ImportBatchOut
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    *,
    body: ImportBatchIn,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/imports/reports",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ImportBatchOut | Problem | None:
    if response.status_code == 200:
        response_200 = ImportBatchOut.from_dict(response.json())



        return response_200

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ImportBatchOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ImportBatchIn,

) -> Response[ImportBatchOut | Problem]:
    """ Import a batch of up to 1,000 reports, idempotent per external_id

     Each item goes through the same intake as `POST /v1/reports` (jurisdiction,
    admissibility, deadlines): an invalid item is answered `invalid` with every problem,
    nothing of it is stored, and it does not affect the others. An `external_id` you sent before
    answers `duplicate` with the report it created, so a batch may be re-sent safely after
    any failure. The batch commits as one transaction before the response.
    Handlers, commissioners, admins, and clients with the `imports:write` scope.

    Args:
        body (ImportBatchIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportBatchOut | Problem]
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
    body: ImportBatchIn,

) -> ImportBatchOut | Problem | None:
    """ Import a batch of up to 1,000 reports, idempotent per external_id

     Each item goes through the same intake as `POST /v1/reports` (jurisdiction,
    admissibility, deadlines): an invalid item is answered `invalid` with every problem,
    nothing of it is stored, and it does not affect the others. An `external_id` you sent before
    answers `duplicate` with the report it created, so a batch may be re-sent safely after
    any failure. The batch commits as one transaction before the response.
    Handlers, commissioners, admins, and clients with the `imports:write` scope.

    Args:
        body (ImportBatchIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportBatchOut | Problem
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ImportBatchIn,

) -> Response[ImportBatchOut | Problem]:
    """ Import a batch of up to 1,000 reports, idempotent per external_id

     Each item goes through the same intake as `POST /v1/reports` (jurisdiction,
    admissibility, deadlines): an invalid item is answered `invalid` with every problem,
    nothing of it is stored, and it does not affect the others. An `external_id` you sent before
    answers `duplicate` with the report it created, so a batch may be re-sent safely after
    any failure. The batch commits as one transaction before the response.
    Handlers, commissioners, admins, and clients with the `imports:write` scope.

    Args:
        body (ImportBatchIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportBatchOut | Problem]
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
    body: ImportBatchIn,

) -> ImportBatchOut | Problem | None:
    """ Import a batch of up to 1,000 reports, idempotent per external_id

     Each item goes through the same intake as `POST /v1/reports` (jurisdiction,
    admissibility, deadlines): an invalid item is answered `invalid` with every problem,
    nothing of it is stored, and it does not affect the others. An `external_id` you sent before
    answers `duplicate` with the report it created, so a batch may be re-sent safely after
    any failure. The batch commits as one transaction before the response.
    Handlers, commissioners, admins, and clients with the `imports:write` scope.

    Args:
        body (ImportBatchIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportBatchOut | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
