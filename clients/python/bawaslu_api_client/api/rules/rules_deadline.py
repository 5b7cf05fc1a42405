from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.deadline_request import DeadlineRequest
from ...models.problem import Problem
from ...models.rules_deadline_out import RulesDeadlineOut
from typing import cast



def _get_kwargs(
    *,
    body: DeadlineRequest,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/rules/deadline",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RulesDeadlineOut | None:
    if response.status_code == 200:
        response_200 = RulesDeadlineOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | RulesDeadlineOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DeadlineRequest,

) -> Response[Problem | RulesDeadlineOut]:
    """ Compute a statutory deadline

     One deadline of a regime's ruleset from a trigger date (or timestamp, for hours
    rules), counted in the office's time zone. Same keys as `bawaslu-rules deadline --json`;
    `explain: true` adds the trace of skipped and counted days. Any staff member.

    Args:
        body (DeadlineRequest): What to compute: one rule of a regime from a trigger.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RulesDeadlineOut]
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
    body: DeadlineRequest,

) -> Problem | RulesDeadlineOut | None:
    """ Compute a statutory deadline

     One deadline of a regime's ruleset from a trigger date (or timestamp, for hours
    rules), counted in the office's time zone. Same keys as `bawaslu-rules deadline --json`;
    `explain: true` adds the trace of skipped and counted days. Any staff member.

    Args:
        body (DeadlineRequest): What to compute: one rule of a regime from a trigger.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RulesDeadlineOut
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DeadlineRequest,

) -> Response[Problem | RulesDeadlineOut]:
    """ Compute a statutory deadline

     One deadline of a regime's ruleset from a trigger date (or timestamp, for hours
    rules), counted in the office's time zone. Same keys as `bawaslu-rules deadline --json`;
    `explain: true` adds the trace of skipped and counted days. Any staff member.

    Args:
        body (DeadlineRequest): What to compute: one rule of a regime from a trigger.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RulesDeadlineOut]
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
    body: DeadlineRequest,

) -> Problem | RulesDeadlineOut | None:
    """ Compute a statutory deadline

     One deadline of a regime's ruleset from a trigger date (or timestamp, for hours
    rules), counted in the office's time zone. Same keys as `bawaslu-rules deadline --json`;
    `explain: true` adds the trace of skipped and counted days. Any staff member.

    Args:
        body (DeadlineRequest): What to compute: one rule of a regime from a trigger.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RulesDeadlineOut
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
