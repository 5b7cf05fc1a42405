from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.receipt_lookup_in import ReceiptLookupIn
from ...models.receipt_status import ReceiptStatus
from typing import cast



def _get_kwargs(
    *,
    body: ReceiptLookupIn,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/public/receipts/lookup",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ReceiptStatus | None:
    if response.status_code == 200:
        response_200 = ReceiptStatus.from_dict(response.json())



        return response_200

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | ReceiptStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReceiptLookupIn,

) -> Response[Problem | ReceiptStatus]:
    """ Follow your report with its receipt code

     The status of the one report the code belongs to. The code travels in the body, not
    the URL, so it stays out of logs. Public, rate limited.

    Args:
        body (ReceiptLookupIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReceiptStatus]
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
    body: ReceiptLookupIn,

) -> Problem | ReceiptStatus | None:
    """ Follow your report with its receipt code

     The status of the one report the code belongs to. The code travels in the body, not
    the URL, so it stays out of logs. Public, rate limited.

    Args:
        body (ReceiptLookupIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReceiptStatus
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReceiptLookupIn,

) -> Response[Problem | ReceiptStatus]:
    """ Follow your report with its receipt code

     The status of the one report the code belongs to. The code travels in the body, not
    the URL, so it stays out of logs. Public, rate limited.

    Args:
        body (ReceiptLookupIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReceiptStatus]
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
    body: ReceiptLookupIn,

) -> Problem | ReceiptStatus | None:
    """ Follow your report with its receipt code

     The status of the one report the code belongs to. The code travels in the body, not
    the URL, so it stays out of logs. Public, rate limited.

    Args:
        body (ReceiptLookupIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReceiptStatus
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
