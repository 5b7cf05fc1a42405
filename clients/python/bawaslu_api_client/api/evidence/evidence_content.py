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
    evidence_id: UUID,
    *,
    purpose: str | Unset = 'view',
    range_: None | str | Unset = UNSET,
    if_range: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(range_, Unset):
        headers["Range"] = range_

    if not isinstance(if_range, Unset):
        headers["If-Range"] = if_range



    

    params: dict[str, Any] = {}

    params["purpose"] = purpose


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/evidence/{evidence_id}/content".format(evidence_id=quote(str(evidence_id), safe=""),),
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | Problem | None:
    if response.status_code == 200:
        response_200 = File(
             payload = BytesIO(response.content)
        )



        return response_200

    if response.status_code == 206:
        response_206 = File(
             payload = BytesIO(response.content)
        )



        return response_206

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

    if response.status_code == 416:
        response_416 = Problem.from_dict(response.json())



        return response_416

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
    evidence_id: UUID,
    *,
    client: AuthenticatedClient,
    purpose: str | Unset = 'view',
    range_: None | str | Unset = UNSET,
    if_range: None | str | Unset = UNSET,

) -> Response[File | Problem]:
    """ Download an evidence file

     The stored file, after its whole content was hashed again and found equal to the
    SHA-256 taken at upload (`ETag`). A file that changed in the store is answered
    `evidence_corrupted`, flagged, and never served again. One `Range` (`bytes=a-b`,
    `a-`, `-n`) gives 206; several ranges give the whole file. Recorded on the chain of
    custody as a download (or an export).

    Args:
        evidence_id (UUID):
        purpose (str | Unset): `export`: recorded as an export. Default: 'view'.
        range_ (None | str | Unset):
        if_range (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
     """


    kwargs = _get_kwargs(
        evidence_id=evidence_id,
purpose=purpose,
range_=range_,
if_range=if_range,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    evidence_id: UUID,
    *,
    client: AuthenticatedClient,
    purpose: str | Unset = 'view',
    range_: None | str | Unset = UNSET,
    if_range: None | str | Unset = UNSET,

) -> File | Problem | None:
    """ Download an evidence file

     The stored file, after its whole content was hashed again and found equal to the
    SHA-256 taken at upload (`ETag`). A file that changed in the store is answered
    `evidence_corrupted`, flagged, and never served again. One `Range` (`bytes=a-b`,
    `a-`, `-n`) gives 206; several ranges give the whole file. Recorded on the chain of
    custody as a download (or an export).

    Args:
        evidence_id (UUID):
        purpose (str | Unset): `export`: recorded as an export. Default: 'view'.
        range_ (None | str | Unset):
        if_range (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
     """


    return sync_detailed(
        evidence_id=evidence_id,
client=client,
purpose=purpose,
range_=range_,
if_range=if_range,

    ).parsed

async def asyncio_detailed(
    evidence_id: UUID,
    *,
    client: AuthenticatedClient,
    purpose: str | Unset = 'view',
    range_: None | str | Unset = UNSET,
    if_range: None | str | Unset = UNSET,

) -> Response[File | Problem]:
    """ Download an evidence file

     The stored file, after its whole content was hashed again and found equal to the
    SHA-256 taken at upload (`ETag`). A file that changed in the store is answered
    `evidence_corrupted`, flagged, and never served again. One `Range` (`bytes=a-b`,
    `a-`, `-n`) gives 206; several ranges give the whole file. Recorded on the chain of
    custody as a download (or an export).

    Args:
        evidence_id (UUID):
        purpose (str | Unset): `export`: recorded as an export. Default: 'view'.
        range_ (None | str | Unset):
        if_range (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
     """


    kwargs = _get_kwargs(
        evidence_id=evidence_id,
purpose=purpose,
range_=range_,
if_range=if_range,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    evidence_id: UUID,
    *,
    client: AuthenticatedClient,
    purpose: str | Unset = 'view',
    range_: None | str | Unset = UNSET,
    if_range: None | str | Unset = UNSET,

) -> File | Problem | None:
    """ Download an evidence file

     The stored file, after its whole content was hashed again and found equal to the
    SHA-256 taken at upload (`ETag`). A file that changed in the store is answered
    `evidence_corrupted`, flagged, and never served again. One `Range` (`bytes=a-b`,
    `a-`, `-n`) gives 206; several ranges give the whole file. Recorded on the chain of
    custody as a download (or an export).

    Args:
        evidence_id (UUID):
        purpose (str | Unset): `export`: recorded as an export. Default: 'view'.
        range_ (None | str | Unset):
        if_range (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
     """


    return (await asyncio_detailed(
        evidence_id=evidence_id,
client=client,
purpose=purpose,
range_=range_,
if_range=if_range,

    )).parsed
