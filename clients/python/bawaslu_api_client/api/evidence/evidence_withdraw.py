from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.evidence_out import EvidenceOut
from ...models.problem import Problem
from ...models.withdraw_in import WithdrawIn
from typing import cast
from uuid import UUID



def _get_kwargs(
    evidence_id: UUID,
    *,
    body: WithdrawIn,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/evidence/{evidence_id}/withdrawal".format(evidence_id=quote(str(evidence_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EvidenceOut | Problem | None:
    if response.status_code == 200:
        response_200 = EvidenceOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EvidenceOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    evidence_id: UUID,
    *,
    client: AuthenticatedClient,
    body: WithdrawIn,

) -> Response[EvidenceOut | Problem]:
    """ Withdraw a reporter's item before registration

     Only items the reporter provided, only while the case is not registered (after
    registration evidence is immutable: supersede it instead). The item is kept, marked.

    Args:
        evidence_id (UUID):
        body (WithdrawIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvidenceOut | Problem]
     """


    kwargs = _get_kwargs(
        evidence_id=evidence_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    evidence_id: UUID,
    *,
    client: AuthenticatedClient,
    body: WithdrawIn,

) -> EvidenceOut | Problem | None:
    """ Withdraw a reporter's item before registration

     Only items the reporter provided, only while the case is not registered (after
    registration evidence is immutable: supersede it instead). The item is kept, marked.

    Args:
        evidence_id (UUID):
        body (WithdrawIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvidenceOut | Problem
     """


    return sync_detailed(
        evidence_id=evidence_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    evidence_id: UUID,
    *,
    client: AuthenticatedClient,
    body: WithdrawIn,

) -> Response[EvidenceOut | Problem]:
    """ Withdraw a reporter's item before registration

     Only items the reporter provided, only while the case is not registered (after
    registration evidence is immutable: supersede it instead). The item is kept, marked.

    Args:
        evidence_id (UUID):
        body (WithdrawIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvidenceOut | Problem]
     """


    kwargs = _get_kwargs(
        evidence_id=evidence_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    evidence_id: UUID,
    *,
    client: AuthenticatedClient,
    body: WithdrawIn,

) -> EvidenceOut | Problem | None:
    """ Withdraw a reporter's item before registration

     Only items the reporter provided, only while the case is not registered (after
    registration evidence is immutable: supersede it instead). The item is kept, marked.

    Args:
        evidence_id (UUID):
        body (WithdrawIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvidenceOut | Problem
     """


    return (await asyncio_detailed(
        evidence_id=evidence_id,
client=client,
body=body,

    )).parsed
