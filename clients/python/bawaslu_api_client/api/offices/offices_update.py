from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.office_out import OfficeOut
from ...models.office_update import OfficeUpdate
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    code: str,
    *,
    body: OfficeUpdate,
    if_match: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/offices/{code}".format(code=quote(str(code), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OfficeOut | Problem | None:
    if response.status_code == 200:
        response_200 = OfficeOut.from_dict(response.json())



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

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())



        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())



        return response_428

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())



        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OfficeOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    body: OfficeUpdate,
    if_match: None | str | Unset = UNSET,

) -> Response[OfficeOut | Problem]:
    """ Edit an office (admin, own subtree)

     Change the name and/or register code of an office in the admin's subtree.

    Requires `If-Match` with the current ETag: 428 without it, 412 when someone changed the
    office since you read it. Outside your subtree the office is reported as not found
    (404). The version is bumped and returned in the new `ETag`.

    Args:
        code (str):
        if_match (None | str | Unset): The ETag you last read, e.g. `"3"`. Required; `*` skips the
            check.
        body (OfficeUpdate): Editable fields of an office; send only those that change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OfficeOut | Problem]
     """


    kwargs = _get_kwargs(
        code=code,
body=body,
if_match=if_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    code: str,
    *,
    client: AuthenticatedClient,
    body: OfficeUpdate,
    if_match: None | str | Unset = UNSET,

) -> OfficeOut | Problem | None:
    """ Edit an office (admin, own subtree)

     Change the name and/or register code of an office in the admin's subtree.

    Requires `If-Match` with the current ETag: 428 without it, 412 when someone changed the
    office since you read it. Outside your subtree the office is reported as not found
    (404). The version is bumped and returned in the new `ETag`.

    Args:
        code (str):
        if_match (None | str | Unset): The ETag you last read, e.g. `"3"`. Required; `*` skips the
            check.
        body (OfficeUpdate): Editable fields of an office; send only those that change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OfficeOut | Problem
     """


    return sync_detailed(
        code=code,
client=client,
body=body,
if_match=if_match,

    ).parsed

async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    body: OfficeUpdate,
    if_match: None | str | Unset = UNSET,

) -> Response[OfficeOut | Problem]:
    """ Edit an office (admin, own subtree)

     Change the name and/or register code of an office in the admin's subtree.

    Requires `If-Match` with the current ETag: 428 without it, 412 when someone changed the
    office since you read it. Outside your subtree the office is reported as not found
    (404). The version is bumped and returned in the new `ETag`.

    Args:
        code (str):
        if_match (None | str | Unset): The ETag you last read, e.g. `"3"`. Required; `*` skips the
            check.
        body (OfficeUpdate): Editable fields of an office; send only those that change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OfficeOut | Problem]
     """


    kwargs = _get_kwargs(
        code=code,
body=body,
if_match=if_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient,
    body: OfficeUpdate,
    if_match: None | str | Unset = UNSET,

) -> OfficeOut | Problem | None:
    """ Edit an office (admin, own subtree)

     Change the name and/or register code of an office in the admin's subtree.

    Requires `If-Match` with the current ETag: 428 without it, 412 when someone changed the
    office since you read it. Outside your subtree the office is reported as not found
    (404). The version is bumped and returned in the new `ETag`.

    Args:
        code (str):
        if_match (None | str | Unset): The ETag you last read, e.g. `"3"`. Required; `*` skips the
            check.
        body (OfficeUpdate): Editable fields of an office; send only those that change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OfficeOut | Problem
     """


    return (await asyncio_detailed(
        code=code,
client=client,
body=body,
if_match=if_match,

    )).parsed
