from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.report_create import ReportCreate
from ...models.report_created import ReportCreated
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: ReportCreate,
    idempotency_key: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/reports",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ReportCreated | None:
    if response.status_code == 201:
        response_201 = ReportCreated.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | ReportCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ReportCreate,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[Problem | ReportCreated]:
    """ Receive a report (laporan) or record a finding (temuan)

     Stores the case, runs the admissibility check of bawaslu_rules and starts the clocks.
    The response carries the verdict with every failed requirement and the running deadlines.
    Impossible dates (`received_at`, `known_on` or `incident.date` in the future, `known_on`
    before `incident.date`, either after the receipt) are refused with 422 `impossible_date`
    naming each field. Handlers, commissioners and admins of an office in whose jurisdiction
    `office` lies.

    Args:
        idempotency_key (None | str | Unset): Optional retry-safe key: a retry with the same key
            and body returns the first response (`Idempotent-Replayed: true`); the same key with
            another body is 422.
        body (ReportCreate): A report (laporan) or finding (temuan) at intake.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReportCreated]
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
    body: ReportCreate,
    idempotency_key: None | str | Unset = UNSET,

) -> Problem | ReportCreated | None:
    """ Receive a report (laporan) or record a finding (temuan)

     Stores the case, runs the admissibility check of bawaslu_rules and starts the clocks.
    The response carries the verdict with every failed requirement and the running deadlines.
    Impossible dates (`received_at`, `known_on` or `incident.date` in the future, `known_on`
    before `incident.date`, either after the receipt) are refused with 422 `impossible_date`
    naming each field. Handlers, commissioners and admins of an office in whose jurisdiction
    `office` lies.

    Args:
        idempotency_key (None | str | Unset): Optional retry-safe key: a retry with the same key
            and body returns the first response (`Idempotent-Replayed: true`); the same key with
            another body is 422.
        body (ReportCreate): A report (laporan) or finding (temuan) at intake.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReportCreated
     """


    return sync_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ReportCreate,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[Problem | ReportCreated]:
    """ Receive a report (laporan) or record a finding (temuan)

     Stores the case, runs the admissibility check of bawaslu_rules and starts the clocks.
    The response carries the verdict with every failed requirement and the running deadlines.
    Impossible dates (`received_at`, `known_on` or `incident.date` in the future, `known_on`
    before `incident.date`, either after the receipt) are refused with 422 `impossible_date`
    naming each field. Handlers, commissioners and admins of an office in whose jurisdiction
    `office` lies.

    Args:
        idempotency_key (None | str | Unset): Optional retry-safe key: a retry with the same key
            and body returns the first response (`Idempotent-Replayed: true`); the same key with
            another body is 422.
        body (ReportCreate): A report (laporan) or finding (temuan) at intake.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReportCreated]
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
    body: ReportCreate,
    idempotency_key: None | str | Unset = UNSET,

) -> Problem | ReportCreated | None:
    """ Receive a report (laporan) or record a finding (temuan)

     Stores the case, runs the admissibility check of bawaslu_rules and starts the clocks.
    The response carries the verdict with every failed requirement and the running deadlines.
    Impossible dates (`received_at`, `known_on` or `incident.date` in the future, `known_on`
    before `incident.date`, either after the receipt) are refused with 422 `impossible_date`
    naming each field. Handlers, commissioners and admins of an office in whose jurisdiction
    `office` lies.

    Args:
        idempotency_key (None | str | Unset): Optional retry-safe key: a retry with the same key
            and body returns the first response (`Idempotent-Replayed: true`); the same key with
            another body is 422.
        body (ReportCreate): A report (laporan) or finding (temuan) at intake.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReportCreated
     """


    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
