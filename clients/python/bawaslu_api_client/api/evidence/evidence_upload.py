from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.evidence_channel import EvidenceChannel
from ...models.evidence_out import EvidenceOut
from ...models.problem import Problem
from ...models.provided_by import ProvidedBy
from ...types import File, FileTypes
from ...types import UNSET, Unset
from io import BytesIO
from typing import cast
from uuid import UUID



def _get_kwargs(
    report_id: UUID,
    *,
    body: File,
    description: None | str | Unset = UNSET,
    filename: None | str | Unset = UNSET,
    provided_by: ProvidedBy | Unset = UNSET,
    channel: EvidenceChannel | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    params: dict[str, Any] = {}

    json_description: None | str | Unset
    if isinstance(description, Unset):
        json_description = UNSET
    else:
        json_description = description
    params["description"] = json_description

    json_filename: None | str | Unset
    if isinstance(filename, Unset):
        json_filename = UNSET
    else:
        json_filename = filename
    params["filename"] = json_filename

    json_provided_by: str | Unset = UNSET
    if not isinstance(provided_by, Unset):
        json_provided_by = provided_by.value

    params["provided_by"] = json_provided_by

    json_channel: str | Unset = UNSET
    if not isinstance(channel, Unset):
        json_channel = channel.value

    params["channel"] = json_channel


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/reports/{report_id}/evidence".format(report_id=quote(str(report_id), safe=""),),
        "params": params,
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EvidenceOut | Problem | None:
    if response.status_code == 201:
        response_201 = EvidenceOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EvidenceOut | Problem]:
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
    body: File,
    description: None | str | Unset = UNSET,
    filename: None | str | Unset = UNSET,
    provided_by: ProvidedBy | Unset = UNSET,
    channel: EvidenceChannel | Unset = UNSET,

) -> Response[EvidenceOut | Problem]:
    """ Upload an evidence file (one request, streamed)

     The body is the file. It is streamed to the store while its SHA-256 and size are
    computed and its type is sniffed from the bytes (the allow-list of
    `BAWASLU_EVIDENCE_ALLOWED_TYPES`); a `Content-Length` over the per-file or per-case
    limit is refused before a byte is read, a body that grows past it as soon as it does.
    For large files on poor connections use the resumable `.../evidence/uploads`.
    Handlers (and clients with `reports:write`) of the case's jurisdiction.

    Args:
        report_id (UUID):
        description (None | str | Unset): What the file shows (required; checked after the case,
            so that a case outside your jurisdiction is a plain 404).
        filename (None | str | Unset):
        provided_by (ProvidedBy | Unset):
        channel (EvidenceChannel | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvidenceOut | Problem]
     """


    kwargs = _get_kwargs(
        report_id=report_id,
body=body,
description=description,
filename=filename,
provided_by=provided_by,
channel=channel,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    body: File,
    description: None | str | Unset = UNSET,
    filename: None | str | Unset = UNSET,
    provided_by: ProvidedBy | Unset = UNSET,
    channel: EvidenceChannel | Unset = UNSET,

) -> EvidenceOut | Problem | None:
    """ Upload an evidence file (one request, streamed)

     The body is the file. It is streamed to the store while its SHA-256 and size are
    computed and its type is sniffed from the bytes (the allow-list of
    `BAWASLU_EVIDENCE_ALLOWED_TYPES`); a `Content-Length` over the per-file or per-case
    limit is refused before a byte is read, a body that grows past it as soon as it does.
    For large files on poor connections use the resumable `.../evidence/uploads`.
    Handlers (and clients with `reports:write`) of the case's jurisdiction.

    Args:
        report_id (UUID):
        description (None | str | Unset): What the file shows (required; checked after the case,
            so that a case outside your jurisdiction is a plain 404).
        filename (None | str | Unset):
        provided_by (ProvidedBy | Unset):
        channel (EvidenceChannel | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvidenceOut | Problem
     """


    return sync_detailed(
        report_id=report_id,
client=client,
body=body,
description=description,
filename=filename,
provided_by=provided_by,
channel=channel,

    ).parsed

async def asyncio_detailed(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    body: File,
    description: None | str | Unset = UNSET,
    filename: None | str | Unset = UNSET,
    provided_by: ProvidedBy | Unset = UNSET,
    channel: EvidenceChannel | Unset = UNSET,

) -> Response[EvidenceOut | Problem]:
    """ Upload an evidence file (one request, streamed)

     The body is the file. It is streamed to the store while its SHA-256 and size are
    computed and its type is sniffed from the bytes (the allow-list of
    `BAWASLU_EVIDENCE_ALLOWED_TYPES`); a `Content-Length` over the per-file or per-case
    limit is refused before a byte is read, a body that grows past it as soon as it does.
    For large files on poor connections use the resumable `.../evidence/uploads`.
    Handlers (and clients with `reports:write`) of the case's jurisdiction.

    Args:
        report_id (UUID):
        description (None | str | Unset): What the file shows (required; checked after the case,
            so that a case outside your jurisdiction is a plain 404).
        filename (None | str | Unset):
        provided_by (ProvidedBy | Unset):
        channel (EvidenceChannel | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvidenceOut | Problem]
     """


    kwargs = _get_kwargs(
        report_id=report_id,
body=body,
description=description,
filename=filename,
provided_by=provided_by,
channel=channel,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    body: File,
    description: None | str | Unset = UNSET,
    filename: None | str | Unset = UNSET,
    provided_by: ProvidedBy | Unset = UNSET,
    channel: EvidenceChannel | Unset = UNSET,

) -> EvidenceOut | Problem | None:
    """ Upload an evidence file (one request, streamed)

     The body is the file. It is streamed to the store while its SHA-256 and size are
    computed and its type is sniffed from the bytes (the allow-list of
    `BAWASLU_EVIDENCE_ALLOWED_TYPES`); a `Content-Length` over the per-file or per-case
    limit is refused before a byte is read, a body that grows past it as soon as it does.
    For large files on poor connections use the resumable `.../evidence/uploads`.
    Handlers (and clients with `reports:write`) of the case's jurisdiction.

    Args:
        report_id (UUID):
        description (None | str | Unset): What the file shows (required; checked after the case,
            so that a case outside your jurisdiction is a plain 404).
        filename (None | str | Unset):
        provided_by (ProvidedBy | Unset):
        channel (EvidenceChannel | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvidenceOut | Problem
     """


    return (await asyncio_detailed(
        report_id=report_id,
client=client,
body=body,
description=description,
filename=filename,
provided_by=provided_by,
channel=channel,

    )).parsed
