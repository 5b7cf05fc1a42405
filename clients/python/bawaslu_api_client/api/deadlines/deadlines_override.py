from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.deadline_out import DeadlineOut
from ...models.deadline_override_in import DeadlineOverrideIn
from ...models.problem import Problem
from typing import cast
from uuid import UUID



def _get_kwargs(
    deadline_id: UUID,
    *,
    body: DeadlineOverrideIn,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/deadlines/{deadline_id}/override".format(deadline_id=quote(str(deadline_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DeadlineOut | Problem | None:
    if response.status_code == 200:
        response_200 = DeadlineOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DeadlineOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    deadline_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DeadlineOverrideIn,

) -> Response[DeadlineOut | Problem]:
    """ Override a deadline's status or extend its due time (with a reason)

     Sets pending / met / missed / waived by hand, and/or moves a pending clock's
    `due_at` later (an extension; `status: pending` reopens a closed clock first). An
    extended or waived `report.completion` clock does not expire (Perbawaslu 7/2022 Art.
    15(3)-(4)). The reason and the change (old and new status and due time) are recorded on
    the case's timeline. Commissioners of an office whose subtree holds the case.

    Args:
        deadline_id (UUID):
        body (DeadlineOverrideIn): A manual change of a clock's status or due time; always with a
            reason, always on the
            case's timeline.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeadlineOut | Problem]
     """


    kwargs = _get_kwargs(
        deadline_id=deadline_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    deadline_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DeadlineOverrideIn,

) -> DeadlineOut | Problem | None:
    """ Override a deadline's status or extend its due time (with a reason)

     Sets pending / met / missed / waived by hand, and/or moves a pending clock's
    `due_at` later (an extension; `status: pending` reopens a closed clock first). An
    extended or waived `report.completion` clock does not expire (Perbawaslu 7/2022 Art.
    15(3)-(4)). The reason and the change (old and new status and due time) are recorded on
    the case's timeline. Commissioners of an office whose subtree holds the case.

    Args:
        deadline_id (UUID):
        body (DeadlineOverrideIn): A manual change of a clock's status or due time; always with a
            reason, always on the
            case's timeline.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeadlineOut | Problem
     """


    return sync_detailed(
        deadline_id=deadline_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    deadline_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DeadlineOverrideIn,

) -> Response[DeadlineOut | Problem]:
    """ Override a deadline's status or extend its due time (with a reason)

     Sets pending / met / missed / waived by hand, and/or moves a pending clock's
    `due_at` later (an extension; `status: pending` reopens a closed clock first). An
    extended or waived `report.completion` clock does not expire (Perbawaslu 7/2022 Art.
    15(3)-(4)). The reason and the change (old and new status and due time) are recorded on
    the case's timeline. Commissioners of an office whose subtree holds the case.

    Args:
        deadline_id (UUID):
        body (DeadlineOverrideIn): A manual change of a clock's status or due time; always with a
            reason, always on the
            case's timeline.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeadlineOut | Problem]
     """


    kwargs = _get_kwargs(
        deadline_id=deadline_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    deadline_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DeadlineOverrideIn,

) -> DeadlineOut | Problem | None:
    """ Override a deadline's status or extend its due time (with a reason)

     Sets pending / met / missed / waived by hand, and/or moves a pending clock's
    `due_at` later (an extension; `status: pending` reopens a closed clock first). An
    extended or waived `report.completion` clock does not expire (Perbawaslu 7/2022 Art.
    15(3)-(4)). The reason and the change (old and new status and due time) are recorded on
    the case's timeline. Commissioners of an office whose subtree holds the case.

    Args:
        deadline_id (UUID):
        body (DeadlineOverrideIn): A manual change of a clock's status or due time; always with a
            reason, always on the
            case's timeline.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeadlineOut | Problem
     """


    return (await asyncio_detailed(
        deadline_id=deadline_id,
client=client,
body=body,

    )).parsed
