from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.document_out import DocumentOut
from ...models.problem import Problem
from ...models.register_book_in import RegisterBookIn
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    code: str,
    *,
    body: RegisterBookIn,
    idempotency_key: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/offices/{code}/register-books".format(code=quote(str(code), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DocumentOut | Problem | None:
    if response.status_code == 201:
        response_201 = DocumentOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DocumentOut | Problem]:
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
    body: RegisterBookIn,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[DocumentOut | Problem]:
    """ Issue the register book of an office for a year (PDF and XLSX)

     Every case the office registered or received in `year`, in register order, as of
    now: a numbered PDF and the same rows as XLSX. A later book supersedes an earlier one
    with `supersedes` and a `reason`. Handlers of the office or above.

    Args:
        code (str):
        idempotency_key (None | str | Unset): Optional retry-safe key: a retry with the same key
            and body returns the first response (`Idempotent-Replayed: true`); the same key with
            another body is 422.
        body (RegisterBookIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentOut | Problem]
     """


    kwargs = _get_kwargs(
        code=code,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    code: str,
    *,
    client: AuthenticatedClient,
    body: RegisterBookIn,
    idempotency_key: None | str | Unset = UNSET,

) -> DocumentOut | Problem | None:
    """ Issue the register book of an office for a year (PDF and XLSX)

     Every case the office registered or received in `year`, in register order, as of
    now: a numbered PDF and the same rows as XLSX. A later book supersedes an earlier one
    with `supersedes` and a `reason`. Handlers of the office or above.

    Args:
        code (str):
        idempotency_key (None | str | Unset): Optional retry-safe key: a retry with the same key
            and body returns the first response (`Idempotent-Replayed: true`); the same key with
            another body is 422.
        body (RegisterBookIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentOut | Problem
     """


    return sync_detailed(
        code=code,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    body: RegisterBookIn,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[DocumentOut | Problem]:
    """ Issue the register book of an office for a year (PDF and XLSX)

     Every case the office registered or received in `year`, in register order, as of
    now: a numbered PDF and the same rows as XLSX. A later book supersedes an earlier one
    with `supersedes` and a `reason`. Handlers of the office or above.

    Args:
        code (str):
        idempotency_key (None | str | Unset): Optional retry-safe key: a retry with the same key
            and body returns the first response (`Idempotent-Replayed: true`); the same key with
            another body is 422.
        body (RegisterBookIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentOut | Problem]
     """


    kwargs = _get_kwargs(
        code=code,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient,
    body: RegisterBookIn,
    idempotency_key: None | str | Unset = UNSET,

) -> DocumentOut | Problem | None:
    """ Issue the register book of an office for a year (PDF and XLSX)

     Every case the office registered or received in `year`, in register order, as of
    now: a numbered PDF and the same rows as XLSX. A later book supersedes an earlier one
    with `supersedes` and a `reason`. Handlers of the office or above.

    Args:
        code (str):
        idempotency_key (None | str | Unset): Optional retry-safe key: a retry with the same key
            and body returns the first response (`Idempotent-Replayed: true`); the same key with
            another body is 422.
        body (RegisterBookIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentOut | Problem
     """


    return (await asyncio_detailed(
        code=code,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
