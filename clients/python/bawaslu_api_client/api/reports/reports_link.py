from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.link_in import LinkIn
from ...models.link_out import LinkOut
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    report_id: UUID,
    *,
    body: LinkIn,
    idempotency_key: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/reports/{report_id}/links".format(report_id=quote(str(report_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LinkOut | Problem | None:
    if response.status_code == 201:
        response_201 = LinkOut.from_dict(response.json())



        return response_201

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[LinkOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    body: LinkIn,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[LinkOut | Problem]:
    """ Link this case to a related one

     `duplicate`, `same_event`, `joined` (penggabungan: no rule found, practice) or
    `preliminary_information` (a report used as the starting point of a finding,
    docs/legal/procedure.md §5). Both cases must be in your jurisdiction (404 otherwise,
    as for a case that does not exist); the link is on both timelines. Handlers.

    Args:
        report_id (UUID):
        idempotency_key (None | str | Unset): Optional retry-safe key: a retry with the same key
            and body returns the first response (`Idempotent-Replayed: true`); the same key with
            another body is 422.
        body (LinkIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LinkOut | Problem]
     """


    kwargs = _get_kwargs(
        report_id=report_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    body: LinkIn,
    idempotency_key: None | str | Unset = UNSET,

) -> LinkOut | Problem | None:
    """ Link this case to a related one

     `duplicate`, `same_event`, `joined` (penggabungan: no rule found, practice) or
    `preliminary_information` (a report used as the starting point of a finding,
    docs/legal/procedure.md §5). Both cases must be in your jurisdiction (404 otherwise,
    as for a case that does not exist); the link is on both timelines. Handlers.

    Args:
        report_id (UUID):
        idempotency_key (None | str | Unset): Optional retry-safe key: a retry with the same key
            and body returns the first response (`Idempotent-Replayed: true`); the same key with
            another body is 422.
        body (LinkIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LinkOut | Problem
     """


    return sync_detailed(
        report_id=report_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    body: LinkIn,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[LinkOut | Problem]:
    """ Link this case to a related one

     `duplicate`, `same_event`, `joined` (penggabungan: no rule found, practice) or
    `preliminary_information` (a report used as the starting point of a finding,
    docs/legal/procedure.md §5). Both cases must be in your jurisdiction (404 otherwise,
    as for a case that does not exist); the link is on both timelines. Handlers.

    Args:
        report_id (UUID):
        idempotency_key (None | str | Unset): Optional retry-safe key: a retry with the same key
            and body returns the first response (`Idempotent-Replayed: true`); the same key with
            another body is 422.
        body (LinkIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LinkOut | Problem]
     """


    kwargs = _get_kwargs(
        report_id=report_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    body: LinkIn,
    idempotency_key: None | str | Unset = UNSET,

) -> LinkOut | Problem | None:
    """ Link this case to a related one

     `duplicate`, `same_event`, `joined` (penggabungan: no rule found, practice) or
    `preliminary_information` (a report used as the starting point of a finding,
    docs/legal/procedure.md §5). Both cases must be in your jurisdiction (404 otherwise,
    as for a case that does not exist); the link is on both timelines. Handlers.

    Args:
        report_id (UUID):
        idempotency_key (None | str | Unset): Optional retry-safe key: a retry with the same key
            and body returns the first response (`Idempotent-Replayed: true`); the same key with
            another body is 422.
        body (LinkIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LinkOut | Problem
     """


    return (await asyncio_detailed(
        report_id=report_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
