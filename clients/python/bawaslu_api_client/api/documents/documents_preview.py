from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.documents_preview_kind import DocumentsPreviewKind
from ...models.problem import Problem
from ...types import File, FileTypes
from ...types import UNSET, Unset
from io import BytesIO
from typing import cast
from uuid import UUID



def _get_kwargs(
    report_id: UUID,
    *,
    kind: DocumentsPreviewKind,
    subject_id: None | Unset | UUID = UNSET,
    receipt_code: None | str | Unset = UNSET,
    agency: None | str | Unset = UNSET,
    reason: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_kind = kind.value
    params["kind"] = json_kind

    json_subject_id: None | str | Unset
    if isinstance(subject_id, Unset):
        json_subject_id = UNSET
    elif isinstance(subject_id, UUID):
        json_subject_id = str(subject_id)
    else:
        json_subject_id = subject_id
    params["subject_id"] = json_subject_id

    json_receipt_code: None | str | Unset
    if isinstance(receipt_code, Unset):
        json_receipt_code = UNSET
    else:
        json_receipt_code = receipt_code
    params["receipt_code"] = json_receipt_code

    json_agency: None | str | Unset
    if isinstance(agency, Unset):
        json_agency = UNSET
    else:
        json_agency = agency
    params["agency"] = json_agency

    json_reason: None | str | Unset
    if isinstance(reason, Unset):
        json_reason = UNSET
    else:
        json_reason = reason
    params["reason"] = json_reason


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/reports/{report_id}/documents/preview".format(report_id=quote(str(report_id), safe=""),),
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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())



        return response_412

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
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    kind: DocumentsPreviewKind,
    subject_id: None | Unset | UUID = UNSET,
    receipt_code: None | str | Unset = UNSET,
    agency: None | str | Unset = UNSET,
    reason: None | str | Unset = UNSET,

) -> Response[File | Problem]:
    """ Preview a document before issuing it (unnumbered, marked PRATINJAU)

     What `POST .../documents` would issue now, without a number, storage or timeline
    entry. Personal or confidential documents need a `reason` (access log). Handlers.

    Args:
        report_id (UUID):
        kind (DocumentsPreviewKind):
        subject_id (None | Unset | UUID):
        receipt_code (None | str | Unset):
        agency (None | str | Unset):
        reason (None | str | Unset): Why you read it: required for documents with personal or
            confidential data (recorded on the access log and the timeline).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
     """


    kwargs = _get_kwargs(
        report_id=report_id,
kind=kind,
subject_id=subject_id,
receipt_code=receipt_code,
agency=agency,
reason=reason,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    kind: DocumentsPreviewKind,
    subject_id: None | Unset | UUID = UNSET,
    receipt_code: None | str | Unset = UNSET,
    agency: None | str | Unset = UNSET,
    reason: None | str | Unset = UNSET,

) -> File | Problem | None:
    """ Preview a document before issuing it (unnumbered, marked PRATINJAU)

     What `POST .../documents` would issue now, without a number, storage or timeline
    entry. Personal or confidential documents need a `reason` (access log). Handlers.

    Args:
        report_id (UUID):
        kind (DocumentsPreviewKind):
        subject_id (None | Unset | UUID):
        receipt_code (None | str | Unset):
        agency (None | str | Unset):
        reason (None | str | Unset): Why you read it: required for documents with personal or
            confidential data (recorded on the access log and the timeline).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
     """


    return sync_detailed(
        report_id=report_id,
client=client,
kind=kind,
subject_id=subject_id,
receipt_code=receipt_code,
agency=agency,
reason=reason,

    ).parsed

async def asyncio_detailed(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    kind: DocumentsPreviewKind,
    subject_id: None | Unset | UUID = UNSET,
    receipt_code: None | str | Unset = UNSET,
    agency: None | str | Unset = UNSET,
    reason: None | str | Unset = UNSET,

) -> Response[File | Problem]:
    """ Preview a document before issuing it (unnumbered, marked PRATINJAU)

     What `POST .../documents` would issue now, without a number, storage or timeline
    entry. Personal or confidential documents need a `reason` (access log). Handlers.

    Args:
        report_id (UUID):
        kind (DocumentsPreviewKind):
        subject_id (None | Unset | UUID):
        receipt_code (None | str | Unset):
        agency (None | str | Unset):
        reason (None | str | Unset): Why you read it: required for documents with personal or
            confidential data (recorded on the access log and the timeline).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
     """


    kwargs = _get_kwargs(
        report_id=report_id,
kind=kind,
subject_id=subject_id,
receipt_code=receipt_code,
agency=agency,
reason=reason,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    kind: DocumentsPreviewKind,
    subject_id: None | Unset | UUID = UNSET,
    receipt_code: None | str | Unset = UNSET,
    agency: None | str | Unset = UNSET,
    reason: None | str | Unset = UNSET,

) -> File | Problem | None:
    """ Preview a document before issuing it (unnumbered, marked PRATINJAU)

     What `POST .../documents` would issue now, without a number, storage or timeline
    entry. Personal or confidential documents need a `reason` (access log). Handlers.

    Args:
        report_id (UUID):
        kind (DocumentsPreviewKind):
        subject_id (None | Unset | UUID):
        receipt_code (None | str | Unset):
        agency (None | str | Unset):
        reason (None | str | Unset): Why you read it: required for documents with personal or
            confidential data (recorded on the access log and the timeline).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
     """


    return (await asyncio_detailed(
        report_id=report_id,
client=client,
kind=kind,
subject_id=subject_id,
receipt_code=receipt_code,
agency=agency,
reason=reason,

    )).parsed
