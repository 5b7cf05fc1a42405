from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.letterhead_out import LetterheadOut
from ...models.problem import Problem
from ...types import File, FileTypes
from io import BytesIO
from typing import cast



def _get_kwargs(
    code: str,
    *,
    body:    File  |     File  |     File  | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/offices/{code}/letterhead/logo".format(code=quote(str(code), safe=""),),
    }

    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "image/png"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "image/jpeg"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "image/svg+xml"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LetterheadOut | Problem | None:
    if response.status_code == 200:
        response_200 = LetterheadOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[LetterheadOut | Problem]:
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
    body:    File  |     File  |     File  | Unset = UNSET,

) -> Response[LetterheadOut | Problem]:
    """ Upload the office's logo for the letterhead

     PNG, JPEG or SVG up to 512 KiB, recognised by its bytes; it must typeset (a file
    the typesetter cannot read is 422 `logo_rejected`). Admins of the office or above.

    Args:
        code (str):
        body (File):
        body (File):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LetterheadOut | Problem]
     """


    kwargs = _get_kwargs(
        code=code,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    code: str,
    *,
    client: AuthenticatedClient,
    body:    File  |     File  |     File  | Unset = UNSET,

) -> LetterheadOut | Problem | None:
    """ Upload the office's logo for the letterhead

     PNG, JPEG or SVG up to 512 KiB, recognised by its bytes; it must typeset (a file
    the typesetter cannot read is 422 `logo_rejected`). Admins of the office or above.

    Args:
        code (str):
        body (File):
        body (File):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LetterheadOut | Problem
     """


    return sync_detailed(
        code=code,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    body:    File  |     File  |     File  | Unset = UNSET,

) -> Response[LetterheadOut | Problem]:
    """ Upload the office's logo for the letterhead

     PNG, JPEG or SVG up to 512 KiB, recognised by its bytes; it must typeset (a file
    the typesetter cannot read is 422 `logo_rejected`). Admins of the office or above.

    Args:
        code (str):
        body (File):
        body (File):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LetterheadOut | Problem]
     """


    kwargs = _get_kwargs(
        code=code,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient,
    body:    File  |     File  |     File  | Unset = UNSET,

) -> LetterheadOut | Problem | None:
    """ Upload the office's logo for the letterhead

     PNG, JPEG or SVG up to 512 KiB, recognised by its bytes; it must typeset (a file
    the typesetter cannot read is 422 `logo_rejected`). Admins of the office or above.

    Args:
        code (str):
        body (File):
        body (File):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LetterheadOut | Problem
     """


    return (await asyncio_detailed(
        code=code,
client=client,
body=body,

    )).parsed
