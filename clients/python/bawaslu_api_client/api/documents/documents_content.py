from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.documents_content_format import DocumentsContentFormat
from ...models.problem import Problem
from ...types import File, FileTypes
from ...types import UNSET, Unset
from io import BytesIO
from typing import cast
from uuid import UUID



def _get_kwargs(
    document_id: UUID,
    *,
    format_: DocumentsContentFormat | Unset = DocumentsContentFormat.PDF,
    reason: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    json_reason: None | str | Unset
    if isinstance(reason, Unset):
        json_reason = UNSET
    else:
        json_reason = reason
    params["reason"] = json_reason


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/documents/{document_id}/content".format(document_id=quote(str(document_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | Problem | None:
    if response.status_code == 200:
        response_200 = File(
             payload = BytesIO(response.content)
        )



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File | Problem]:
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
    format_: DocumentsContentFormat | Unset = DocumentsContentFormat.PDF,
    reason: None | str | Unset = UNSET,

) -> Response[File | Problem]:
    """ Download an issued document

     The stored bytes, checked against their SHA-256 before they leave (`ETag` is the
    SHA-256). A document with personal or confidential data: handlers, commissioners and
    admins only (404 for others), with a `reason`, recorded on the access log and the
    timeline (`document_read`). The public announcement: any staff member.

    Args:
        document_id (UUID):
        format_ (DocumentsContentFormat | Unset):  Default: DocumentsContentFormat.PDF.
        reason (None | str | Unset): Why you read it: required for documents with personal or
            confidential data (recorded on the access log and the timeline).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
     """


    kwargs = _get_kwargs(
        document_id=document_id,
format_=format_,
reason=reason,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    document_id: UUID,
    *,
    client: AuthenticatedClient,
    format_: DocumentsContentFormat | Unset = DocumentsContentFormat.PDF,
    reason: None | str | Unset = UNSET,

) -> File | Problem | None:
    """ Download an issued document

     The stored bytes, checked against their SHA-256 before they leave (`ETag` is the
    SHA-256). A document with personal or confidential data: handlers, commissioners and
    admins only (404 for others), with a `reason`, recorded on the access log and the
    timeline (`document_read`). The public announcement: any staff member.

    Args:
        document_id (UUID):
        format_ (DocumentsContentFormat | Unset):  Default: DocumentsContentFormat.PDF.
        reason (None | str | Unset): Why you read it: required for documents with personal or
            confidential data (recorded on the access log and the timeline).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
     """


    return sync_detailed(
        document_id=document_id,
client=client,
format_=format_,
reason=reason,

    ).parsed

async def asyncio_detailed(
    document_id: UUID,
    *,
    client: AuthenticatedClient,
    format_: DocumentsContentFormat | Unset = DocumentsContentFormat.PDF,
    reason: None | str | Unset = UNSET,

) -> Response[File | Problem]:
    """ Download an issued document

     The stored bytes, checked against their SHA-256 before they leave (`ETag` is the
    SHA-256). A document with personal or confidential data: handlers, commissioners and
    admins only (404 for others), with a `reason`, recorded on the access log and the
    timeline (`document_read`). The public announcement: any staff member.

    Args:
        document_id (UUID):
        format_ (DocumentsContentFormat | Unset):  Default: DocumentsContentFormat.PDF.
        reason (None | str | Unset): Why you read it: required for documents with personal or
            confidential data (recorded on the access log and the timeline).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
     """


    kwargs = _get_kwargs(
        document_id=document_id,
format_=format_,
reason=reason,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    document_id: UUID,
    *,
    client: AuthenticatedClient,
    format_: DocumentsContentFormat | Unset = DocumentsContentFormat.PDF,
    reason: None | str | Unset = UNSET,

) -> File | Problem | None:
    """ Download an issued document

     The stored bytes, checked against their SHA-256 before they leave (`ETag` is the
    SHA-256). A document with personal or confidential data: handlers, commissioners and
    admins only (404 for others), with a `reason`, recorded on the access log and the
    timeline (`document_read`). The public announcement: any staff member.

    Args:
        document_id (UUID):
        format_ (DocumentsContentFormat | Unset):  Default: DocumentsContentFormat.PDF.
        reason (None | str | Unset): Why you read it: required for documents with personal or
            confidential data (recorded on the access log and the timeline).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
     """


    return (await asyncio_detailed(
        document_id=document_id,
client=client,
format_=format_,
reason=reason,

    )).parsed
