from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.clarification_session_in import ClarificationSessionIn
from ...models.clarification_session_out import ClarificationSessionOut
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    report_id: UUID,
    *,
    body: ClarificationSessionIn,
    if_match: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/reports/{report_id}/clarifications".format(report_id=quote(str(report_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ClarificationSessionOut | Problem | None:
    if response.status_code == 201:
        response_201 = ClarificationSessionOut.from_dict(response.json())



        return response_201

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ClarificationSessionOut | Problem]:
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
    body: ClarificationSessionIn,
    if_match: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[ClarificationSessionOut | Problem]:
    """ Schedule a clarification session and invite persons

     A session (date and time, place) for one or more of the reporter, reported parties,
    witnesses and experts (Perbawaslu 7/2022 Art. 28(1)); `online` only with a ground of the
    regulation's list (`geography`, `security`, `facilities`, `disaster`) and a recording
    (Art. 28(2)-(3), 29(4)). Each invitee gets an invitation (Form B.9) with its channel
    and attempt number (2 after a no-show, Art. 29(5)); a person invited to a session not
    yet held is 409 `clarification_conflict`.

    Refused with 422 `invitation_lead_time` when an invitation sent at `sent_at` (default:
    now or `occurred_at`) cannot reach the person at least 1 Hari before the session
    (Art. 29(1)-(4); calendar or working day: policy `clarification.invitation_day`), with
    422 `impossible_date` for a session in the past, and with 422 `outside_decision_clock`
    after the case's decision is due (the clock keeps running; `decision_due_at` is in the
    response). Registered cases only (409 otherwise). Timeline `clarification_scheduled`,
    webhook `clarification.scheduled`. Handlers.

    Args:
        report_id (UUID):
        if_match (None | str | Unset): ETag of the version you act on (412 if stale).
        idempotency_key (None | str | Unset): Optional retry-safe key: a retry with the same key
            and body returns the first response (`Idempotent-Replayed: true`); the same key with
            another body is 422.
        body (ClarificationSessionIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClarificationSessionOut | Problem]
     """


    kwargs = _get_kwargs(
        report_id=report_id,
body=body,
if_match=if_match,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ClarificationSessionIn,
    if_match: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> ClarificationSessionOut | Problem | None:
    """ Schedule a clarification session and invite persons

     A session (date and time, place) for one or more of the reporter, reported parties,
    witnesses and experts (Perbawaslu 7/2022 Art. 28(1)); `online` only with a ground of the
    regulation's list (`geography`, `security`, `facilities`, `disaster`) and a recording
    (Art. 28(2)-(3), 29(4)). Each invitee gets an invitation (Form B.9) with its channel
    and attempt number (2 after a no-show, Art. 29(5)); a person invited to a session not
    yet held is 409 `clarification_conflict`.

    Refused with 422 `invitation_lead_time` when an invitation sent at `sent_at` (default:
    now or `occurred_at`) cannot reach the person at least 1 Hari before the session
    (Art. 29(1)-(4); calendar or working day: policy `clarification.invitation_day`), with
    422 `impossible_date` for a session in the past, and with 422 `outside_decision_clock`
    after the case's decision is due (the clock keeps running; `decision_due_at` is in the
    response). Registered cases only (409 otherwise). Timeline `clarification_scheduled`,
    webhook `clarification.scheduled`. Handlers.

    Args:
        report_id (UUID):
        if_match (None | str | Unset): ETag of the version you act on (412 if stale).
        idempotency_key (None | str | Unset): Optional retry-safe key: a retry with the same key
            and body returns the first response (`Idempotent-Replayed: true`); the same key with
            another body is 422.
        body (ClarificationSessionIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClarificationSessionOut | Problem
     """


    return sync_detailed(
        report_id=report_id,
client=client,
body=body,
if_match=if_match,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ClarificationSessionIn,
    if_match: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[ClarificationSessionOut | Problem]:
    """ Schedule a clarification session and invite persons

     A session (date and time, place) for one or more of the reporter, reported parties,
    witnesses and experts (Perbawaslu 7/2022 Art. 28(1)); `online` only with a ground of the
    regulation's list (`geography`, `security`, `facilities`, `disaster`) and a recording
    (Art. 28(2)-(3), 29(4)). Each invitee gets an invitation (Form B.9) with its channel
    and attempt number (2 after a no-show, Art. 29(5)); a person invited to a session not
    yet held is 409 `clarification_conflict`.

    Refused with 422 `invitation_lead_time` when an invitation sent at `sent_at` (default:
    now or `occurred_at`) cannot reach the person at least 1 Hari before the session
    (Art. 29(1)-(4); calendar or working day: policy `clarification.invitation_day`), with
    422 `impossible_date` for a session in the past, and with 422 `outside_decision_clock`
    after the case's decision is due (the clock keeps running; `decision_due_at` is in the
    response). Registered cases only (409 otherwise). Timeline `clarification_scheduled`,
    webhook `clarification.scheduled`. Handlers.

    Args:
        report_id (UUID):
        if_match (None | str | Unset): ETag of the version you act on (412 if stale).
        idempotency_key (None | str | Unset): Optional retry-safe key: a retry with the same key
            and body returns the first response (`Idempotent-Replayed: true`); the same key with
            another body is 422.
        body (ClarificationSessionIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClarificationSessionOut | Problem]
     """


    kwargs = _get_kwargs(
        report_id=report_id,
body=body,
if_match=if_match,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ClarificationSessionIn,
    if_match: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> ClarificationSessionOut | Problem | None:
    """ Schedule a clarification session and invite persons

     A session (date and time, place) for one or more of the reporter, reported parties,
    witnesses and experts (Perbawaslu 7/2022 Art. 28(1)); `online` only with a ground of the
    regulation's list (`geography`, `security`, `facilities`, `disaster`) and a recording
    (Art. 28(2)-(3), 29(4)). Each invitee gets an invitation (Form B.9) with its channel
    and attempt number (2 after a no-show, Art. 29(5)); a person invited to a session not
    yet held is 409 `clarification_conflict`.

    Refused with 422 `invitation_lead_time` when an invitation sent at `sent_at` (default:
    now or `occurred_at`) cannot reach the person at least 1 Hari before the session
    (Art. 29(1)-(4); calendar or working day: policy `clarification.invitation_day`), with
    422 `impossible_date` for a session in the past, and with 422 `outside_decision_clock`
    after the case's decision is due (the clock keeps running; `decision_due_at` is in the
    response). Registered cases only (409 otherwise). Timeline `clarification_scheduled`,
    webhook `clarification.scheduled`. Handlers.

    Args:
        report_id (UUID):
        if_match (None | str | Unset): ETag of the version you act on (412 if stale).
        idempotency_key (None | str | Unset): Optional retry-safe key: a retry with the same key
            and body returns the first response (`Idempotent-Replayed: true`); the same key with
            another body is 422.
        body (ClarificationSessionIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClarificationSessionOut | Problem
     """


    return (await asyncio_detailed(
        report_id=report_id,
client=client,
body=body,
if_match=if_match,
idempotency_key=idempotency_key,

    )).parsed
