from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.document_out import DocumentOut
from ...models.periodic_report_in import PeriodicReportIn
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    code: str,
    *,
    body: PeriodicReportIn,
    idempotency_key: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/offices/{code}/periodic-reports".format(code=quote(str(code), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DocumentOut | Problem | None:
    if response.status_code == 201:
        response_201 = DocumentOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DocumentOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    body: PeriodicReportIn,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[DocumentOut | Problem]:
    """ Issue the periodic report of an office (PDF with charts, and XLSX)

     The office's figures for a period (cases received from `from` to `to`, optionally
    one election, stage or subject) as the report it sends upward: cases by stage and
    subject, registration and time to decision (working days), compliance per deadline,
    the trend by week, per office below it; charts and tables in the PDF, the numbers as
    XLSX (`format=xlsx`). The same figures as `GET /v1/statistics` (docs/statistics.md).
    Handlers, commissioners and admins of the office or above.

    Args:
        code (str):
        idempotency_key (None | str | Unset): Optional retry-safe key: a retry with the same key
            and body returns the first response (`Idempotent-Replayed: true`); the same key with
            another body is 422.
        body (PeriodicReportIn): The period (on the date cases were received) and what to narrow
            it to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentOut | Problem]
     """


    kwargs = _get_kwargs(
        code=code,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    code: str,
    *,
    client: AuthenticatedClient,
    body: PeriodicReportIn,
    idempotency_key: None | str | Unset = UNSET,

) -> DocumentOut | Problem | None:
    """ Issue the periodic report of an office (PDF with charts, and XLSX)

     The office's figures for a period (cases received from `from` to `to`, optionally
    one election, stage or subject) as the report it sends upward: cases by stage and
    subject, registration and time to decision (working days), compliance per deadline,
    the trend by week, per office below it; charts and tables in the PDF, the numbers as
    XLSX (`format=xlsx`). The same figures as `GET /v1/statistics` (docs/statistics.md).
    Handlers, commissioners and admins of the office or above.

    Args:
        code (str):
        idempotency_key (None | str | Unset): Optional retry-safe key: a retry with the same key
            and body returns the first response (`Idempotent-Replayed: true`); the same key with
            another body is 422.
        body (PeriodicReportIn): The period (on the date cases were received) and what to narrow
            it to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentOut | Problem
     """


    return sync_detailed(
        code=code,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    body: PeriodicReportIn,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[DocumentOut | Problem]:
    """ Issue the periodic report of an office (PDF with charts, and XLSX)

     The office's figures for a period (cases received from `from` to `to`, optionally
    one election, stage or subject) as the report it sends upward: cases by stage and
    subject, registration and time to decision (working days), compliance per deadline,
    the trend by week, per office below it; charts and tables in the PDF, the numbers as
    XLSX (`format=xlsx`). The same figures as `GET /v1/statistics` (docs/statistics.md).
    Handlers, commissioners and admins of the office or above.

    Args:
        code (str):
        idempotency_key (None | str | Unset): Optional retry-safe key: a retry with the same key
            and body returns the first response (`Idempotent-Replayed: true`); the same key with
            another body is 422.
        body (PeriodicReportIn): The period (on the date cases were received) and what to narrow
            it to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentOut | Problem]
     """


    kwargs = _get_kwargs(
        code=code,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient,
    body: PeriodicReportIn,
    idempotency_key: None | str | Unset = UNSET,

) -> DocumentOut | Problem | None:
    """ Issue the periodic report of an office (PDF with charts, and XLSX)

     The office's figures for a period (cases received from `from` to `to`, optionally
    one election, stage or subject) as the report it sends upward: cases by stage and
    subject, registration and time to decision (working days), compliance per deadline,
    the trend by week, per office below it; charts and tables in the PDF, the numbers as
    XLSX (`format=xlsx`). The same figures as `GET /v1/statistics` (docs/statistics.md).
    Handlers, commissioners and admins of the office or above.

    Args:
        code (str):
        idempotency_key (None | str | Unset): Optional retry-safe key: a retry with the same key
            and body returns the first response (`Idempotent-Replayed: true`); the same key with
            another body is 422.
        body (PeriodicReportIn): The period (on the date cases were received) and what to narrow
            it to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentOut | Problem
     """


    return (await asyncio_detailed(
        code=code,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
