from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.upload_out import UploadOut
from ...types import File, FileTypes
from ...types import UNSET, Unset
from io import BytesIO
from typing import cast
from uuid import UUID



def _get_kwargs(
    upload_id: UUID,
    *,
    body: File,
    content_range: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(content_range, Unset):
        headers["Content-Range"] = content_range



    

    

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/evidence/uploads/{upload_id}".format(upload_id=quote(str(upload_id), safe=""),),
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | UploadOut | None:
    if response.status_code == 200:
        response_200 = UploadOut.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

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

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())



        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())



        return response_429

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | UploadOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    upload_id: UUID,
    *,
    client: AuthenticatedClient,
    body: File,
    content_range: None | str | Unset = UNSET,

) -> Response[Problem | UploadOut]:
    """ Send a part of a resumable upload

     Appends the part at `first`, which must equal the stored offset (409 with
    `Upload-Offset` otherwise). If the connection drops midway, the bytes that arrived are
    kept and the offset advances by them. The part that brings the offset to the total
    completes the upload: size and SHA-256 are checked against the announcement, the type
    is sniffed, and the evidence item is created (`evidence_id`, `Location`).

    Args:
        upload_id (UUID):
        content_range (None | str | Unset): `bytes first-last/total`, first = the stored offset.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UploadOut]
     """


    kwargs = _get_kwargs(
        upload_id=upload_id,
body=body,
content_range=content_range,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    upload_id: UUID,
    *,
    client: AuthenticatedClient,
    body: File,
    content_range: None | str | Unset = UNSET,

) -> Problem | UploadOut | None:
    """ Send a part of a resumable upload

     Appends the part at `first`, which must equal the stored offset (409 with
    `Upload-Offset` otherwise). If the connection drops midway, the bytes that arrived are
    kept and the offset advances by them. The part that brings the offset to the total
    completes the upload: size and SHA-256 are checked against the announcement, the type
    is sniffed, and the evidence item is created (`evidence_id`, `Location`).

    Args:
        upload_id (UUID):
        content_range (None | str | Unset): `bytes first-last/total`, first = the stored offset.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UploadOut
     """


    return sync_detailed(
        upload_id=upload_id,
client=client,
body=body,
content_range=content_range,

    ).parsed

async def asyncio_detailed(
    upload_id: UUID,
    *,
    client: AuthenticatedClient,
    body: File,
    content_range: None | str | Unset = UNSET,

) -> Response[Problem | UploadOut]:
    """ Send a part of a resumable upload

     Appends the part at `first`, which must equal the stored offset (409 with
    `Upload-Offset` otherwise). If the connection drops midway, the bytes that arrived are
    kept and the offset advances by them. The part that brings the offset to the total
    completes the upload: size and SHA-256 are checked against the announcement, the type
    is sniffed, and the evidence item is created (`evidence_id`, `Location`).

    Args:
        upload_id (UUID):
        content_range (None | str | Unset): `bytes first-last/total`, first = the stored offset.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UploadOut]
     """


    kwargs = _get_kwargs(
        upload_id=upload_id,
body=body,
content_range=content_range,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    upload_id: UUID,
    *,
    client: AuthenticatedClient,
    body: File,
    content_range: None | str | Unset = UNSET,

) -> Problem | UploadOut | None:
    """ Send a part of a resumable upload

     Appends the part at `first`, which must equal the stored offset (409 with
    `Upload-Offset` otherwise). If the connection drops midway, the bytes that arrived are
    kept and the offset advances by them. The part that brings the offset to the total
    completes the upload: size and SHA-256 are checked against the announcement, the type
    is sniffed, and the evidence item is created (`evidence_id`, `Location`).

    Args:
        upload_id (UUID):
        content_range (None | str | Unset): `bytes first-last/total`, first = the stored offset.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UploadOut
     """


    return (await asyncio_detailed(
        upload_id=upload_id,
client=client,
body=body,
content_range=content_range,

    )).parsed
