from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.imports_template_format import ImportsTemplateFormat
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    format_: ImportsTemplateFormat | Unset = ImportsTemplateFormat.CSV,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/imports/template",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    format_: ImportsTemplateFormat | Unset = ImportsTemplateFormat.CSV,

) -> Response[Any | Problem]:
    """ The column template of import files (CSV or XLSX)

     The header row of an import file: dotted names for nested fields (`reporter.nik`),
    JSON arrays in `reported_parties`, `witnesses` and `evidence`. The XLSX template has a
    second sheet describing each column. Any staff role or `reports:read`.

    Args:
        format_ (ImportsTemplateFormat | Unset):  Default: ImportsTemplateFormat.CSV.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
     """


    kwargs = _get_kwargs(
        format_=format_,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    format_: ImportsTemplateFormat | Unset = ImportsTemplateFormat.CSV,

) -> Any | Problem | None:
    """ The column template of import files (CSV or XLSX)

     The header row of an import file: dotted names for nested fields (`reporter.nik`),
    JSON arrays in `reported_parties`, `witnesses` and `evidence`. The XLSX template has a
    second sheet describing each column. Any staff role or `reports:read`.

    Args:
        format_ (ImportsTemplateFormat | Unset):  Default: ImportsTemplateFormat.CSV.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
     """


    return sync_detailed(
        client=client,
format_=format_,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    format_: ImportsTemplateFormat | Unset = ImportsTemplateFormat.CSV,

) -> Response[Any | Problem]:
    """ The column template of import files (CSV or XLSX)

     The header row of an import file: dotted names for nested fields (`reporter.nik`),
    JSON arrays in `reported_parties`, `witnesses` and `evidence`. The XLSX template has a
    second sheet describing each column. Any staff role or `reports:read`.

    Args:
        format_ (ImportsTemplateFormat | Unset):  Default: ImportsTemplateFormat.CSV.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
     """


    kwargs = _get_kwargs(
        format_=format_,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    format_: ImportsTemplateFormat | Unset = ImportsTemplateFormat.CSV,

) -> Any | Problem | None:
    """ The column template of import files (CSV or XLSX)

     The header row of an import file: dotted names for nested fields (`reporter.nik`),
    JSON arrays in `reported_parties`, `witnesses` and `evidence`. The XLSX template has a
    second sheet describing each column. Any staff role or `reports:read`.

    Args:
        format_ (ImportsTemplateFormat | Unset):  Default: ImportsTemplateFormat.CSV.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
     """


    return (await asyncio_detailed(
        client=client,
format_=format_,

    )).parsed
