from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.upload_create import UploadCreate
from ...types import File, FileTypes
from ...types import UNSET, Unset
from io import BytesIO
from typing import cast
from uuid import UUID



def _get_kwargs(
    report_id: UUID,
    *,
    body:    UploadCreate  |     File  | Unset = UNSET,
    tus_resumable: None | str | Unset = UNSET,
    upload_length: int | None | Unset = UNSET,
    upload_metadata: None | str | Unset = UNSET,
    upload_checksum: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(tus_resumable, Unset):
        headers["Tus-Resumable"] = tus_resumable

    if not isinstance(upload_length, Unset):
        headers["Upload-Length"] = upload_length

    if not isinstance(upload_metadata, Unset):
        headers["Upload-Metadata"] = upload_metadata

    if not isinstance(upload_checksum, Unset):
        headers["Upload-Checksum"] = upload_checksum



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/reports/{report_id}/evidence/uploads".format(report_id=quote(str(report_id), safe=""),),
    }

    if isinstance(body, UploadCreate):
        
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, File):
        if not isinstance(body, Unset):
            _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/offset+octet-stream"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | None:
    if response.status_code == 201:
        response_201 = response.json()
        return response_201

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

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())



        return response_412

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

    if response.status_code == 460:
        response_460 = Problem.from_dict(response.json())



        return response_460

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())



        return response_503

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
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    body:    UploadCreate  |     File  | Unset = UNSET,
    tus_resumable: None | str | Unset = UNSET,
    upload_length: int | None | Unset = UNSET,
    upload_metadata: None | str | Unset = UNSET,
    upload_checksum: None | str | Unset = UNSET,

) -> Response[Any | Problem]:
    """ Start a resumable upload (tus creation, or JSON)

     **tus 1.0** (`Tus-Resumable: 1.0.0`, the creation extension): `Upload-Length` and
    `Upload-Metadata` announce the file; a body (`application/offset+octet-stream`) is its
    first part (creation-with-upload). Then `PATCH` the rest to `Location`, `HEAD` it to
    learn the offset after an interruption. The server computes the SHA-256.

    **JSON** (earlier clients): announce `size` (and, if known, `sha256`) in the body; then
    `PUT` parts with `Content-Range`.

    Either way the size is reserved against the case's quota. Handlers (and clients with
    `reports:write`) of the case's jurisdiction.

    Args:
        report_id (UUID):
        tus_resumable (None | str | Unset): `1.0.0`: a tus creation (otherwise a JSON body).
        upload_length (int | None | Unset): tus: the file's total size in bytes.
        upload_metadata (None | str | Unset): tus: `key base64(value)` pairs, comma-separated:
            `description` (required: what the file shows), `filename` (or `name`), `filetype` (or
            `type`), `provided_by`, `channel`, `sha256` (hex; optional).
        upload_checksum (None | str | Unset): tus: `sha1 <base64>` of the body, if it has one.
        body (UploadCreate | Unset):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
     """


    kwargs = _get_kwargs(
        report_id=report_id,
body=body,
tus_resumable=tus_resumable,
upload_length=upload_length,
upload_metadata=upload_metadata,
upload_checksum=upload_checksum,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    body:    UploadCreate  |     File  | Unset = UNSET,
    tus_resumable: None | str | Unset = UNSET,
    upload_length: int | None | Unset = UNSET,
    upload_metadata: None | str | Unset = UNSET,
    upload_checksum: None | str | Unset = UNSET,

) -> Any | Problem | None:
    """ Start a resumable upload (tus creation, or JSON)

     **tus 1.0** (`Tus-Resumable: 1.0.0`, the creation extension): `Upload-Length` and
    `Upload-Metadata` announce the file; a body (`application/offset+octet-stream`) is its
    first part (creation-with-upload). Then `PATCH` the rest to `Location`, `HEAD` it to
    learn the offset after an interruption. The server computes the SHA-256.

    **JSON** (earlier clients): announce `size` (and, if known, `sha256`) in the body; then
    `PUT` parts with `Content-Range`.

    Either way the size is reserved against the case's quota. Handlers (and clients with
    `reports:write`) of the case's jurisdiction.

    Args:
        report_id (UUID):
        tus_resumable (None | str | Unset): `1.0.0`: a tus creation (otherwise a JSON body).
        upload_length (int | None | Unset): tus: the file's total size in bytes.
        upload_metadata (None | str | Unset): tus: `key base64(value)` pairs, comma-separated:
            `description` (required: what the file shows), `filename` (or `name`), `filetype` (or
            `type`), `provided_by`, `channel`, `sha256` (hex; optional).
        upload_checksum (None | str | Unset): tus: `sha1 <base64>` of the body, if it has one.
        body (UploadCreate | Unset):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
     """


    return sync_detailed(
        report_id=report_id,
client=client,
body=body,
tus_resumable=tus_resumable,
upload_length=upload_length,
upload_metadata=upload_metadata,
upload_checksum=upload_checksum,

    ).parsed

async def asyncio_detailed(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    body:    UploadCreate  |     File  | Unset = UNSET,
    tus_resumable: None | str | Unset = UNSET,
    upload_length: int | None | Unset = UNSET,
    upload_metadata: None | str | Unset = UNSET,
    upload_checksum: None | str | Unset = UNSET,

) -> Response[Any | Problem]:
    """ Start a resumable upload (tus creation, or JSON)

     **tus 1.0** (`Tus-Resumable: 1.0.0`, the creation extension): `Upload-Length` and
    `Upload-Metadata` announce the file; a body (`application/offset+octet-stream`) is its
    first part (creation-with-upload). Then `PATCH` the rest to `Location`, `HEAD` it to
    learn the offset after an interruption. The server computes the SHA-256.

    **JSON** (earlier clients): announce `size` (and, if known, `sha256`) in the body; then
    `PUT` parts with `Content-Range`.

    Either way the size is reserved against the case's quota. Handlers (and clients with
    `reports:write`) of the case's jurisdiction.

    Args:
        report_id (UUID):
        tus_resumable (None | str | Unset): `1.0.0`: a tus creation (otherwise a JSON body).
        upload_length (int | None | Unset): tus: the file's total size in bytes.
        upload_metadata (None | str | Unset): tus: `key base64(value)` pairs, comma-separated:
            `description` (required: what the file shows), `filename` (or `name`), `filetype` (or
            `type`), `provided_by`, `channel`, `sha256` (hex; optional).
        upload_checksum (None | str | Unset): tus: `sha1 <base64>` of the body, if it has one.
        body (UploadCreate | Unset):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
     """


    kwargs = _get_kwargs(
        report_id=report_id,
body=body,
tus_resumable=tus_resumable,
upload_length=upload_length,
upload_metadata=upload_metadata,
upload_checksum=upload_checksum,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    body:    UploadCreate  |     File  | Unset = UNSET,
    tus_resumable: None | str | Unset = UNSET,
    upload_length: int | None | Unset = UNSET,
    upload_metadata: None | str | Unset = UNSET,
    upload_checksum: None | str | Unset = UNSET,

) -> Any | Problem | None:
    """ Start a resumable upload (tus creation, or JSON)

     **tus 1.0** (`Tus-Resumable: 1.0.0`, the creation extension): `Upload-Length` and
    `Upload-Metadata` announce the file; a body (`application/offset+octet-stream`) is its
    first part (creation-with-upload). Then `PATCH` the rest to `Location`, `HEAD` it to
    learn the offset after an interruption. The server computes the SHA-256.

    **JSON** (earlier clients): announce `size` (and, if known, `sha256`) in the body; then
    `PUT` parts with `Content-Range`.

    Either way the size is reserved against the case's quota. Handlers (and clients with
    `reports:write`) of the case's jurisdiction.

    Args:
        report_id (UUID):
        tus_resumable (None | str | Unset): `1.0.0`: a tus creation (otherwise a JSON body).
        upload_length (int | None | Unset): tus: the file's total size in bytes.
        upload_metadata (None | str | Unset): tus: `key base64(value)` pairs, comma-separated:
            `description` (required: what the file shows), `filename` (or `name`), `filetype` (or
            `type`), `provided_by`, `channel`, `sha256` (hex; optional).
        upload_checksum (None | str | Unset): tus: `sha1 <base64>` of the body, if it has one.
        body (UploadCreate | Unset):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
     """


    return (await asyncio_detailed(
        report_id=report_id,
client=client,
body=body,
tus_resumable=tus_resumable,
upload_length=upload_length,
upload_metadata=upload_metadata,
upload_checksum=upload_checksum,

    )).parsed
