from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.deadline_page import DeadlinePage
from ...models.deadline_status import DeadlineStatus
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    office: None | str | Unset = UNSET,
    status: DeadlineStatus | None | Unset = UNSET,
    rule: None | str | Unset = UNSET,
    due_before: datetime.datetime | None | Unset = UNSET,
    due_after: datetime.datetime | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    if_none_match: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match



    

    params: dict[str, Any] = {}

    json_office: None | str | Unset
    if isinstance(office, Unset):
        json_office = UNSET
    else:
        json_office = office
    params["office"] = json_office

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, DeadlineStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_rule: None | str | Unset
    if isinstance(rule, Unset):
        json_rule = UNSET
    else:
        json_rule = rule
    params["rule"] = json_rule

    json_due_before: None | str | Unset
    if isinstance(due_before, Unset):
        json_due_before = UNSET
    elif isinstance(due_before, datetime.datetime):
        json_due_before = due_before.isoformat()
    else:
        json_due_before = due_before
    params["due_before"] = json_due_before

    json_due_after: None | str | Unset
    if isinstance(due_after, Unset):
        json_due_after = UNSET
    elif isinstance(due_after, datetime.datetime):
        json_due_after = due_after.isoformat()
    else:
        json_due_after = due_after
    params["due_after"] = json_due_after

    json_overdue: bool | None | Unset
    if isinstance(overdue, Unset):
        json_overdue = UNSET
    else:
        json_overdue = overdue
    params["overdue"] = json_overdue

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["limit"] = limit


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/deadlines",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | DeadlinePage | Problem | None:
    if response.status_code == 200:
        response_200 = DeadlinePage.from_dict(response.json())



        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | DeadlinePage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    office: None | str | Unset = UNSET,
    status: DeadlineStatus | None | Unset = UNSET,
    rule: None | str | Unset = UNSET,
    due_before: datetime.datetime | None | Unset = UNSET,
    due_after: datetime.datetime | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | DeadlinePage | Problem]:
    """ Deadlines in your jurisdiction

     Soonest first, keyset-paginated. `overdue=true`: pending clocks already past due.
    Any staff role; only your office's subtree.

    Args:
        office (None | str | Unset): Office code: that office's subtree.
        status (DeadlineStatus | None | Unset):
        rule (None | str | Unset):
        due_before (datetime.datetime | None | Unset):
        due_after (datetime.datetime | None | Unset):
        overdue (bool | None | Unset):
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 100.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeadlinePage | Problem]
     """


    kwargs = _get_kwargs(
        office=office,
status=status,
rule=rule,
due_before=due_before,
due_after=due_after,
overdue=overdue,
cursor=cursor,
limit=limit,
if_none_match=if_none_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    office: None | str | Unset = UNSET,
    status: DeadlineStatus | None | Unset = UNSET,
    rule: None | str | Unset = UNSET,
    due_before: datetime.datetime | None | Unset = UNSET,
    due_after: datetime.datetime | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    if_none_match: str | Unset = UNSET,

) -> Any | DeadlinePage | Problem | None:
    """ Deadlines in your jurisdiction

     Soonest first, keyset-paginated. `overdue=true`: pending clocks already past due.
    Any staff role; only your office's subtree.

    Args:
        office (None | str | Unset): Office code: that office's subtree.
        status (DeadlineStatus | None | Unset):
        rule (None | str | Unset):
        due_before (datetime.datetime | None | Unset):
        due_after (datetime.datetime | None | Unset):
        overdue (bool | None | Unset):
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 100.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeadlinePage | Problem
     """


    return sync_detailed(
        client=client,
office=office,
status=status,
rule=rule,
due_before=due_before,
due_after=due_after,
overdue=overdue,
cursor=cursor,
limit=limit,
if_none_match=if_none_match,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    office: None | str | Unset = UNSET,
    status: DeadlineStatus | None | Unset = UNSET,
    rule: None | str | Unset = UNSET,
    due_before: datetime.datetime | None | Unset = UNSET,
    due_after: datetime.datetime | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | DeadlinePage | Problem]:
    """ Deadlines in your jurisdiction

     Soonest first, keyset-paginated. `overdue=true`: pending clocks already past due.
    Any staff role; only your office's subtree.

    Args:
        office (None | str | Unset): Office code: that office's subtree.
        status (DeadlineStatus | None | Unset):
        rule (None | str | Unset):
        due_before (datetime.datetime | None | Unset):
        due_after (datetime.datetime | None | Unset):
        overdue (bool | None | Unset):
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 100.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeadlinePage | Problem]
     """


    kwargs = _get_kwargs(
        office=office,
status=status,
rule=rule,
due_before=due_before,
due_after=due_after,
overdue=overdue,
cursor=cursor,
limit=limit,
if_none_match=if_none_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    office: None | str | Unset = UNSET,
    status: DeadlineStatus | None | Unset = UNSET,
    rule: None | str | Unset = UNSET,
    due_before: datetime.datetime | None | Unset = UNSET,
    due_after: datetime.datetime | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    if_none_match: str | Unset = UNSET,

) -> Any | DeadlinePage | Problem | None:
    """ Deadlines in your jurisdiction

     Soonest first, keyset-paginated. `overdue=true`: pending clocks already past due.
    Any staff role; only your office's subtree.

    Args:
        office (None | str | Unset): Office code: that office's subtree.
        status (DeadlineStatus | None | Unset):
        rule (None | str | Unset):
        due_before (datetime.datetime | None | Unset):
        due_after (datetime.datetime | None | Unset):
        overdue (bool | None | Unset):
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 100.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeadlinePage | Problem
     """


    return (await asyncio_detailed(
        client=client,
office=office,
status=status,
rule=rule,
due_before=due_before,
due_after=due_after,
overdue=overdue,
cursor=cursor,
limit=limit,
if_none_match=if_none_match,

    )).parsed
