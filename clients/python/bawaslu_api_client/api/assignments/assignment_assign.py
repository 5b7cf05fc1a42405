from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.assignment_in import AssignmentIn
from ...models.assignments_out import AssignmentsOut
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    report_id: UUID,
    *,
    body: AssignmentIn,
    if_match: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/reports/{report_id}/assignment".format(report_id=quote(str(report_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AssignmentsOut | Problem | None:
    if response.status_code == 200:
        response_200 = AssignmentsOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AssignmentsOut | Problem]:
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
    body: AssignmentIn,
    if_match: None | str | Unset = UNSET,

) -> Response[AssignmentsOut | Problem]:
    """ Assign or reassign an officer

     Assigns `officer` (a staff user holding the handler or commissioner role) to the
    case as `handler` (one per case: assigning another reassigns, the previous handler is
    released with the same reason), `team` or `clarifier`. Handler and team come from the
    case's office or an office above it; a clarifier may also come from an office below it
    when the case's office is Bawaslu RI, a province or a kabupaten/kota (Perbawaslu 7/2022
    Art. 28(4); `bawaslu_rules.assignment`): anyone else is 422 `ineligible_officer`. 409
    `assignment_not_allowed` on a closed case (withdrawn, not registered), 409
    `already_assigned` when the officer already holds that role. The timeline event
    (`assigned`, or `reassigned` when a handler was replaced) records the assignments
    before and after; the webhook event is `report.assigned`.

    Commissioners and admins of the case's office or of an office above it (the case must
    lie in their jurisdiction: 404 otherwise, as for an id that does not exist); handlers
    and viewers get 403. Send `If-Match` with the case's ETag; the answer carries the new
    one (an assignment changes the case's version).

    Args:
        report_id (UUID):
        if_match (None | str | Unset): ETag of the version you act on (412 if stale).
        body (AssignmentIn): Assign an officer to the case in a role. Assigning a handler to a
            case that has one
            reassigns it: the previous handler is released with the same reason.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssignmentsOut | Problem]
     """


    kwargs = _get_kwargs(
        report_id=report_id,
body=body,
if_match=if_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AssignmentIn,
    if_match: None | str | Unset = UNSET,

) -> AssignmentsOut | Problem | None:
    """ Assign or reassign an officer

     Assigns `officer` (a staff user holding the handler or commissioner role) to the
    case as `handler` (one per case: assigning another reassigns, the previous handler is
    released with the same reason), `team` or `clarifier`. Handler and team come from the
    case's office or an office above it; a clarifier may also come from an office below it
    when the case's office is Bawaslu RI, a province or a kabupaten/kota (Perbawaslu 7/2022
    Art. 28(4); `bawaslu_rules.assignment`): anyone else is 422 `ineligible_officer`. 409
    `assignment_not_allowed` on a closed case (withdrawn, not registered), 409
    `already_assigned` when the officer already holds that role. The timeline event
    (`assigned`, or `reassigned` when a handler was replaced) records the assignments
    before and after; the webhook event is `report.assigned`.

    Commissioners and admins of the case's office or of an office above it (the case must
    lie in their jurisdiction: 404 otherwise, as for an id that does not exist); handlers
    and viewers get 403. Send `If-Match` with the case's ETag; the answer carries the new
    one (an assignment changes the case's version).

    Args:
        report_id (UUID):
        if_match (None | str | Unset): ETag of the version you act on (412 if stale).
        body (AssignmentIn): Assign an officer to the case in a role. Assigning a handler to a
            case that has one
            reassigns it: the previous handler is released with the same reason.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssignmentsOut | Problem
     """


    return sync_detailed(
        report_id=report_id,
client=client,
body=body,
if_match=if_match,

    ).parsed

async def asyncio_detailed(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AssignmentIn,
    if_match: None | str | Unset = UNSET,

) -> Response[AssignmentsOut | Problem]:
    """ Assign or reassign an officer

     Assigns `officer` (a staff user holding the handler or commissioner role) to the
    case as `handler` (one per case: assigning another reassigns, the previous handler is
    released with the same reason), `team` or `clarifier`. Handler and team come from the
    case's office or an office above it; a clarifier may also come from an office below it
    when the case's office is Bawaslu RI, a province or a kabupaten/kota (Perbawaslu 7/2022
    Art. 28(4); `bawaslu_rules.assignment`): anyone else is 422 `ineligible_officer`. 409
    `assignment_not_allowed` on a closed case (withdrawn, not registered), 409
    `already_assigned` when the officer already holds that role. The timeline event
    (`assigned`, or `reassigned` when a handler was replaced) records the assignments
    before and after; the webhook event is `report.assigned`.

    Commissioners and admins of the case's office or of an office above it (the case must
    lie in their jurisdiction: 404 otherwise, as for an id that does not exist); handlers
    and viewers get 403. Send `If-Match` with the case's ETag; the answer carries the new
    one (an assignment changes the case's version).

    Args:
        report_id (UUID):
        if_match (None | str | Unset): ETag of the version you act on (412 if stale).
        body (AssignmentIn): Assign an officer to the case in a role. Assigning a handler to a
            case that has one
            reassigns it: the previous handler is released with the same reason.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssignmentsOut | Problem]
     """


    kwargs = _get_kwargs(
        report_id=report_id,
body=body,
if_match=if_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AssignmentIn,
    if_match: None | str | Unset = UNSET,

) -> AssignmentsOut | Problem | None:
    """ Assign or reassign an officer

     Assigns `officer` (a staff user holding the handler or commissioner role) to the
    case as `handler` (one per case: assigning another reassigns, the previous handler is
    released with the same reason), `team` or `clarifier`. Handler and team come from the
    case's office or an office above it; a clarifier may also come from an office below it
    when the case's office is Bawaslu RI, a province or a kabupaten/kota (Perbawaslu 7/2022
    Art. 28(4); `bawaslu_rules.assignment`): anyone else is 422 `ineligible_officer`. 409
    `assignment_not_allowed` on a closed case (withdrawn, not registered), 409
    `already_assigned` when the officer already holds that role. The timeline event
    (`assigned`, or `reassigned` when a handler was replaced) records the assignments
    before and after; the webhook event is `report.assigned`.

    Commissioners and admins of the case's office or of an office above it (the case must
    lie in their jurisdiction: 404 otherwise, as for an id that does not exist); handlers
    and viewers get 403. Send `If-Match` with the case's ETag; the answer carries the new
    one (an assignment changes the case's version).

    Args:
        report_id (UUID):
        if_match (None | str | Unset): ETag of the version you act on (412 if stale).
        body (AssignmentIn): Assign an officer to the case in a role. Assigning a handler to a
            case that has one
            reassigns it: the previous handler is released with the same reason.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssignmentsOut | Problem
     """


    return (await asyncio_detailed(
        report_id=report_id,
client=client,
body=body,
if_match=if_match,

    )).parsed
