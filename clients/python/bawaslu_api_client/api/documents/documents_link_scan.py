from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.document_out import DocumentOut
from ...models.problem import Problem
from ...models.signed_scan_in import SignedScanIn
from typing import cast
from uuid import UUID



def _get_kwargs(
    document_id: UUID,
    *,
    body: SignedScanIn,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/documents/{document_id}/signed-scan".format(document_id=quote(str(document_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DocumentOut | Problem | None:
    if response.status_code == 200:
        response_200 = DocumentOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DocumentOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    document_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SignedScanIn,

) -> Response[DocumentOut | Problem]:
    """ Link the signed scan of an issued document

     Upload the signed paper's scan to the case's evidence first (PDF or image), then
    link it here; the issued PDF stays as it was. Timeline `document_signed_scan_linked`.
    Handlers.

    Args:
        document_id (UUID):
        body (SignedScanIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentOut | Problem]
     """


    kwargs = _get_kwargs(
        document_id=document_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    document_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SignedScanIn,

) -> DocumentOut | Problem | None:
    """ Link the signed scan of an issued document

     Upload the signed paper's scan to the case's evidence first (PDF or image), then
    link it here; the issued PDF stays as it was. Timeline `document_signed_scan_linked`.
    Handlers.

    Args:
        document_id (UUID):
        body (SignedScanIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentOut | Problem
     """


    return sync_detailed(
        document_id=document_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    document_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SignedScanIn,

) -> Response[DocumentOut | Problem]:
    """ Link the signed scan of an issued document

     Upload the signed paper's scan to the case's evidence first (PDF or image), then
    link it here; the issued PDF stays as it was. Timeline `document_signed_scan_linked`.
    Handlers.

    Args:
        document_id (UUID):
        body (SignedScanIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentOut | Problem]
     """


    kwargs = _get_kwargs(
        document_id=document_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    document_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SignedScanIn,

) -> DocumentOut | Problem | None:
    """ Link the signed scan of an issued document

     Upload the signed paper's scan to the case's evidence first (PDF or image), then
    link it here; the issued PDF stays as it was. Timeline `document_signed_scan_linked`.
    Handlers.

    Args:
        document_id (UUID):
        body (SignedScanIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentOut | Problem
     """


    return (await asyncio_detailed(
        document_id=document_id,
client=client,
body=body,

    )).parsed
