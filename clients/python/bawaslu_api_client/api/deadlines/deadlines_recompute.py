from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.recompute_in import RecomputeIn
from ...models.recompute_out import RecomputeOut
from typing import cast



def _get_kwargs(
    *,
    body: RecomputeIn,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/deadlines/recompute",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RecomputeOut | None:
    if response.status_code == 200:
        response_200 = RecomputeOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | RecomputeOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RecomputeIn,

) -> Response[Problem | RecomputeOut]:
    """ Recompute open deadlines with the calendar in force (dry run by default)

     A holiday added or revoked in the calendar, or a new setting of a rules policy
    (`/v1/rules/policies`), never changes a running clock by itself: cases keep their
    clocks (docs/legal/rules.md §1). This is the explicit recomputation. Every pending
    clock in scope (`report_id`: one case; `office`: that office's subtree; neither: your
    whole jurisdiction) is computed again by bawaslu_rules, under the clock's own rule,
    trigger and ruleset version, with the calendar and the policy settings in force now
    (a changed clock records them in its `policy_overrides`). `apply: false` (default)
    lists the clocks whose due date or time would change; `apply: true` (with a `reason`)
    stores the new due dates, appends one `deadlines_recomputed` event per affected case
    (each change and the reason) and writes an audit entry. Met, missed and waived clocks
    are never touched. Admins, within their office's subtree.

    Args:
        body (RecomputeIn): Which open clocks to compute again with the calendar in force, and
            whether to apply
            the new due dates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecomputeOut]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: RecomputeIn,

) -> Problem | RecomputeOut | None:
    """ Recompute open deadlines with the calendar in force (dry run by default)

     A holiday added or revoked in the calendar, or a new setting of a rules policy
    (`/v1/rules/policies`), never changes a running clock by itself: cases keep their
    clocks (docs/legal/rules.md §1). This is the explicit recomputation. Every pending
    clock in scope (`report_id`: one case; `office`: that office's subtree; neither: your
    whole jurisdiction) is computed again by bawaslu_rules, under the clock's own rule,
    trigger and ruleset version, with the calendar and the policy settings in force now
    (a changed clock records them in its `policy_overrides`). `apply: false` (default)
    lists the clocks whose due date or time would change; `apply: true` (with a `reason`)
    stores the new due dates, appends one `deadlines_recomputed` event per affected case
    (each change and the reason) and writes an audit entry. Met, missed and waived clocks
    are never touched. Admins, within their office's subtree.

    Args:
        body (RecomputeIn): Which open clocks to compute again with the calendar in force, and
            whether to apply
            the new due dates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecomputeOut
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RecomputeIn,

) -> Response[Problem | RecomputeOut]:
    """ Recompute open deadlines with the calendar in force (dry run by default)

     A holiday added or revoked in the calendar, or a new setting of a rules policy
    (`/v1/rules/policies`), never changes a running clock by itself: cases keep their
    clocks (docs/legal/rules.md §1). This is the explicit recomputation. Every pending
    clock in scope (`report_id`: one case; `office`: that office's subtree; neither: your
    whole jurisdiction) is computed again by bawaslu_rules, under the clock's own rule,
    trigger and ruleset version, with the calendar and the policy settings in force now
    (a changed clock records them in its `policy_overrides`). `apply: false` (default)
    lists the clocks whose due date or time would change; `apply: true` (with a `reason`)
    stores the new due dates, appends one `deadlines_recomputed` event per affected case
    (each change and the reason) and writes an audit entry. Met, missed and waived clocks
    are never touched. Admins, within their office's subtree.

    Args:
        body (RecomputeIn): Which open clocks to compute again with the calendar in force, and
            whether to apply
            the new due dates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecomputeOut]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RecomputeIn,

) -> Problem | RecomputeOut | None:
    """ Recompute open deadlines with the calendar in force (dry run by default)

     A holiday added or revoked in the calendar, or a new setting of a rules policy
    (`/v1/rules/policies`), never changes a running clock by itself: cases keep their
    clocks (docs/legal/rules.md §1). This is the explicit recomputation. Every pending
    clock in scope (`report_id`: one case; `office`: that office's subtree; neither: your
    whole jurisdiction) is computed again by bawaslu_rules, under the clock's own rule,
    trigger and ruleset version, with the calendar and the policy settings in force now
    (a changed clock records them in its `policy_overrides`). `apply: false` (default)
    lists the clocks whose due date or time would change; `apply: true` (with a `reason`)
    stores the new due dates, appends one `deadlines_recomputed` event per affected case
    (each change and the reason) and writes an audit entry. Met, missed and waived clocks
    are never touched. Admins, within their office's subtree.

    Args:
        body (RecomputeIn): Which open clocks to compute again with the calendar in force, and
            whether to apply
            the new due dates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecomputeOut
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
