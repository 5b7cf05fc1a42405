from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...types import File, FileTypes
from ...types import UNSET, Unset
from io import BytesIO
from typing import cast
from uuid import UUID



def _get_kwargs(
    upload_id: UUID,
    *,
    body: File,
    upload_offset: int,
    upload_checksum: None | str | Unset = UNSET,
    tus_resumable: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Upload-Offset"] = str(upload_offset)


    if not isinstance(upload_checksum, Unset):
        headers["Upload-Checksum"] = upload_checksum

    if not isinstance(tus_resumable, Unset):
        headers["Tus-Resumable"] = tus_resumable



    

    

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/evidence/uploads/{upload_id}".format(upload_id=quote(str(upload_id), safe=""),),
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/offset+octet-stream"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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

    if response.status_code == 410:
        response_410 = Problem.from_dict(response.json())



        return response_410

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
    upload_id: UUID,
    *,
    client: AuthenticatedClient,
    body: File,
    upload_offset: int,
    upload_checksum: None | str | Unset = UNSET,
    tus_resumable: None | str | Unset = UNSET,

) -> Response[Any | Problem]:
    """ tus: send the next part of an upload

     Appends the part at `Upload-Offset`, which must be the stored offset (409 with the
    stored one otherwise). If the connection drops midway, the bytes that arrived are kept
    (unless the part has an `Upload-Checksum`: then it is not kept, as when it does not
    match, 460). The part that reaches `Upload-Length` completes the upload: the server
    joins the parts, computes the SHA-256 (checked against a `sha256` the metadata
    announced), sniffs the type and creates the evidence item (`Evidence-Location`).

    Args:
        upload_id (UUID):
        upload_offset (int): Where the part starts: the stored offset (409 otherwise).
        upload_checksum (None | str | Unset): `<algorithm> <base64 digest>` of the part (`sha1`,
            `sha256`, `md5`).
        tus_resumable (None | str | Unset): The protocol version: `1.0.0` (412 otherwise).
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
     """


    kwargs = _get_kwargs(
        upload_id=upload_id,
body=body,
upload_offset=upload_offset,
upload_checksum=upload_checksum,
tus_resumable=tus_resumable,

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
    upload_offset: int,
    upload_checksum: None | str | Unset = UNSET,
    tus_resumable: None | str | Unset = UNSET,

) -> Any | Problem | None:
    """ tus: send the next part of an upload

     Appends the part at `Upload-Offset`, which must be the stored offset (409 with the
    stored one otherwise). If the connection drops midway, the bytes that arrived are kept
    (unless the part has an `Upload-Checksum`: then it is not kept, as when it does not
    match, 460). The part that reaches `Upload-Length` completes the upload: the server
    joins the parts, computes the SHA-256 (checked against a `sha256` the metadata
    announced), sniffs the type and creates the evidence item (`Evidence-Location`).

    Args:
        upload_id (UUID):
        upload_offset (int): Where the part starts: the stored offset (409 otherwise).
        upload_checksum (None | str | Unset): `<algorithm> <base64 digest>` of the part (`sha1`,
            `sha256`, `md5`).
        tus_resumable (None | str | Unset): The protocol version: `1.0.0` (412 otherwise).
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
     """


    return sync_detailed(
        upload_id=upload_id,
client=client,
body=body,
upload_offset=upload_offset,
upload_checksum=upload_checksum,
tus_resumable=tus_resumable,

    ).parsed

async def asyncio_detailed(
    upload_id: UUID,
    *,
    client: AuthenticatedClient,
    body: File,
    upload_offset: int,
    upload_checksum: None | str | Unset = UNSET,
    tus_resumable: None | str | Unset = UNSET,

) -> Response[Any | Problem]:
    """ tus: send the next part of an upload

     Appends the part at `Upload-Offset`, which must be the stored offset (409 with the
    stored one otherwise). If the connection drops midway, the bytes that arrived are kept
    (unless the part has an `Upload-Checksum`: then it is not kept, as when it does not
    match, 460). The part that reaches `Upload-Length` completes the upload: the server
    joins the parts, computes the SHA-256 (checked against a `sha256` the metadata
    announced), sniffs the type and creates the evidence item (`Evidence-Location`).

    Args:
        upload_id (UUID):
        upload_offset (int): Where the part starts: the stored offset (409 otherwise).
        upload_checksum (None | str | Unset): `<algorithm> <base64 digest>` of the part (`sha1`,
            `sha256`, `md5`).
        tus_resumable (None | str | Unset): The protocol version: `1.0.0` (412 otherwise).
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
     """


    kwargs = _get_kwargs(
        upload_id=upload_id,
body=body,
upload_offset=upload_offset,
upload_checksum=upload_checksum,
tus_resumable=tus_resumable,

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
    upload_offset: int,
    upload_checksum: None | str | Unset = UNSET,
    tus_resumable: None | str | Unset = UNSET,

) -> Any | Problem | None:
    """ tus: send the next part of an upload

     Appends the part at `Upload-Offset`, which must be the stored offset (409 with the
    stored one otherwise). If the connection drops midway, the bytes that arrived are kept
    (unless the part has an `Upload-Checksum`: then it is not kept, as when it does not
    match, 460). The part that reaches `Upload-Length` completes the upload: the server
    joins the parts, computes the SHA-256 (checked against a `sha256` the metadata
    announced), sniffs the type and creates the evidence item (`Evidence-Location`).

    Args:
        upload_id (UUID):
        upload_offset (int): Where the part starts: the stored offset (409 otherwise).
        upload_checksum (None | str | Unset): `<algorithm> <base64 digest>` of the part (`sha1`,
            `sha256`, `md5`).
        tus_resumable (None | str | Unset): The protocol version: `1.0.0` (412 otherwise).
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
     """


    return (await asyncio_detailed(
        upload_id=upload_id,
client=client,
body=body,
upload_offset=upload_offset,
upload_checksum=upload_checksum,
tus_resumable=tus_resumable,

    )).parsed
