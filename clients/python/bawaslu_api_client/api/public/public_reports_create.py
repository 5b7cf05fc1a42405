from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.public_filing_receipt import PublicFilingReceipt
from ...models.public_report_in import PublicReportIn
from typing import cast



def _get_kwargs(
    *,
    body: PublicReportIn,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/public/reports",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | PublicFilingReceipt | None:
    if response.status_code == 201:
        response_201 = PublicFilingReceipt.from_dict(response.json())



        return response_201

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | PublicFilingReceipt]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PublicReportIn,

) -> Response[Problem | PublicFilingReceipt]:
    """ File a report online, without an account

     The report is received by the office named in `office` and checked like any other.
    The answer carries the receipt code (shown once) and what is still missing; the office
    asks the reporter to complete it (e.g. to sign the form). A `known_on` or `incident.date`
    in the future, or `known_on` before `incident.date`, is refused (422 `impossible_date`,
    nothing stored). Public, rate limited.

    Args:
        body (PublicReportIn): A report filed online by a citizen, candidate or monitor, without
            an account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicFilingReceipt]
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
    client: AuthenticatedClient | Client,
    body: PublicReportIn,

) -> Problem | PublicFilingReceipt | None:
    """ File a report online, without an account

     The report is received by the office named in `office` and checked like any other.
    The answer carries the receipt code (shown once) and what is still missing; the office
    asks the reporter to complete it (e.g. to sign the form). A `known_on` or `incident.date`
    in the future, or `known_on` before `incident.date`, is refused (422 `impossible_date`,
    nothing stored). Public, rate limited.

    Args:
        body (PublicReportIn): A report filed online by a citizen, candidate or monitor, without
            an account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicFilingReceipt
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PublicReportIn,

) -> Response[Problem | PublicFilingReceipt]:
    """ File a report online, without an account

     The report is received by the office named in `office` and checked like any other.
    The answer carries the receipt code (shown once) and what is still missing; the office
    asks the reporter to complete it (e.g. to sign the form). A `known_on` or `incident.date`
    in the future, or `known_on` before `incident.date`, is refused (422 `impossible_date`,
    nothing stored). Public, rate limited.

    Args:
        body (PublicReportIn): A report filed online by a citizen, candidate or monitor, without
            an account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicFilingReceipt]
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
    client: AuthenticatedClient | Client,
    body: PublicReportIn,

) -> Problem | PublicFilingReceipt | None:
    """ File a report online, without an account

     The report is received by the office named in `office` and checked like any other.
    The answer carries the receipt code (shown once) and what is still missing; the office
    asks the reporter to complete it (e.g. to sign the form). A `known_on` or `incident.date`
    in the future, or `known_on` before `incident.date`, is refused (422 `impossible_date`,
    nothing stored). Public, rate limited.

    Args:
        body (PublicReportIn): A report filed online by a citizen, candidate or monitor, without
            an account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicFilingReceipt
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
