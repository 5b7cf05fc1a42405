from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.kpu_follow_up_in import KpuFollowUpIn
from ...models.kpu_forwarding_out import KpuForwardingOut
from ...models.problem import Problem
from typing import cast
from uuid import UUID



def _get_kwargs(
    forwarding_id: UUID,
    *,
    body: KpuFollowUpIn,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/kpu/forwardings/{forwarding_id}/follow-up".format(forwarding_id=quote(str(forwarding_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> KpuForwardingOut | Problem | None:
    if response.status_code == 200:
        response_200 = KpuForwardingOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[KpuForwardingOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    forwarding_id: UUID,
    *,
    client: AuthenticatedClient,
    body: KpuFollowUpIn,

) -> Response[KpuForwardingOut | Problem]:
    """ Record KPU's follow-up

     Tindak lanjut: action, document reference and date. Closes the follow-up clock (met
    or missed), adds a timeline event and emits `kpu.followup_recorded`.

    Args:
        forwarding_id (UUID):
        body (KpuFollowUpIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KpuForwardingOut | Problem]
     """


    kwargs = _get_kwargs(
        forwarding_id=forwarding_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    forwarding_id: UUID,
    *,
    client: AuthenticatedClient,
    body: KpuFollowUpIn,

) -> KpuForwardingOut | Problem | None:
    """ Record KPU's follow-up

     Tindak lanjut: action, document reference and date. Closes the follow-up clock (met
    or missed), adds a timeline event and emits `kpu.followup_recorded`.

    Args:
        forwarding_id (UUID):
        body (KpuFollowUpIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KpuForwardingOut | Problem
     """


    return sync_detailed(
        forwarding_id=forwarding_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    forwarding_id: UUID,
    *,
    client: AuthenticatedClient,
    body: KpuFollowUpIn,

) -> Response[KpuForwardingOut | Problem]:
    """ Record KPU's follow-up

     Tindak lanjut: action, document reference and date. Closes the follow-up clock (met
    or missed), adds a timeline event and emits `kpu.followup_recorded`.

    Args:
        forwarding_id (UUID):
        body (KpuFollowUpIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KpuForwardingOut | Problem]
     """


    kwargs = _get_kwargs(
        forwarding_id=forwarding_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    forwarding_id: UUID,
    *,
    client: AuthenticatedClient,
    body: KpuFollowUpIn,

) -> KpuForwardingOut | Problem | None:
    """ Record KPU's follow-up

     Tindak lanjut: action, document reference and date. Closes the follow-up clock (met
    or missed), adds a timeline event and emits `kpu.followup_recorded`.

    Args:
        forwarding_id (UUID):
        body (KpuFollowUpIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KpuForwardingOut | Problem
     """


    return (await asyncio_detailed(
        forwarding_id=forwarding_id,
client=client,
body=body,

    )).parsed
