from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.import_job_out import ImportJobOut
from ...models.imports_jobs_create_form import ImportsJobsCreateForm
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    *,
    body: ImportsJobsCreateForm,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/imports/jobs",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ImportJobOut | Problem | None:
    if response.status_code == 201:
        response_201 = ImportJobOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ImportJobOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ImportsJobsCreateForm,

) -> Response[ImportJobOut | Problem]:
    """ Upload a CSV or XLSX file of up to 1,000 rows and import it

     The file is processed within this request (files are limited to the batch size,
    1,000 rows; larger imports go through `bawaslu-import`), so the job is `completed`
    when it is returned; `GET /v1/imports/jobs/{job_id}` shows it again later. Each row is
    taken in exactly as an item of `POST /v1/imports/reports`, with `external_id` from its
    column. The format follows the file name (`.xlsx`, else CSV).

    Args:
        body (ImportsJobsCreateForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportJobOut | Problem]
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
    body: ImportsJobsCreateForm,

) -> ImportJobOut | Problem | None:
    """ Upload a CSV or XLSX file of up to 1,000 rows and import it

     The file is processed within this request (files are limited to the batch size,
    1,000 rows; larger imports go through `bawaslu-import`), so the job is `completed`
    when it is returned; `GET /v1/imports/jobs/{job_id}` shows it again later. Each row is
    taken in exactly as an item of `POST /v1/imports/reports`, with `external_id` from its
    column. The format follows the file name (`.xlsx`, else CSV).

    Args:
        body (ImportsJobsCreateForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportJobOut | Problem
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ImportsJobsCreateForm,

) -> Response[ImportJobOut | Problem]:
    """ Upload a CSV or XLSX file of up to 1,000 rows and import it

     The file is processed within this request (files are limited to the batch size,
    1,000 rows; larger imports go through `bawaslu-import`), so the job is `completed`
    when it is returned; `GET /v1/imports/jobs/{job_id}` shows it again later. Each row is
    taken in exactly as an item of `POST /v1/imports/reports`, with `external_id` from its
    column. The format follows the file name (`.xlsx`, else CSV).

    Args:
        body (ImportsJobsCreateForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportJobOut | Problem]
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
    body: ImportsJobsCreateForm,

) -> ImportJobOut | Problem | None:
    """ Upload a CSV or XLSX file of up to 1,000 rows and import it

     The file is processed within this request (files are limited to the batch size,
    1,000 rows; larger imports go through `bawaslu-import`), so the job is `completed`
    when it is returned; `GET /v1/imports/jobs/{job_id}` shows it again later. Each row is
    taken in exactly as an item of `POST /v1/imports/reports`, with `external_id` from its
    column. The format follows the file name (`.xlsx`, else CSV).

    Args:
        body (ImportsJobsCreateForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportJobOut | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
