from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    upload_id: UUID,
    *,
    tus_resumable: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(tus_resumable, Unset):
        headers["Tus-Resumable"] = tus_resumable



    

    

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/evidence/uploads/{upload_id}".format(upload_id=quote(str(upload_id), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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

    if response.status_code == 410:
        response_410 = Problem.from_dict(response.json())



        return response_410

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    upload_id: UUID,
    *,
    client: AuthenticatedClient,
    tus_resumable: None | str | Unset = UNSET,

) -> Response[Any | Problem]:
    """ Cancel a resumable upload (tus termination)

     Releases the reserved quota; the stored parts are removed. A tus client is answered
    410 `upload_gone` for an upload that had already ended, the JSON routes 409
    `upload_closed`.

    Args:
        upload_id (UUID):
        tus_resumable (None | str | Unset): `1.0.0` from a tus client (termination).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
     """


    kwargs = _get_kwargs(
        upload_id=upload_id,
tus_resumable=tus_resumable,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    upload_id: UUID,
    *,
    client: AuthenticatedClient,
    tus_resumable: None | str | Unset = UNSET,

) -> Any | Problem | None:
    """ Cancel a resumable upload (tus termination)

     Releases the reserved quota; the stored parts are removed. A tus client is answered
    410 `upload_gone` for an upload that had already ended, the JSON routes 409
    `upload_closed`.

    Args:
        upload_id (UUID):
        tus_resumable (None | str | Unset): `1.0.0` from a tus client (termination).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
     """


    return sync_detailed(
        upload_id=upload_id,
client=client,
tus_resumable=tus_resumable,

    ).parsed

async def asyncio_detailed(
    upload_id: UUID,
    *,
    client: AuthenticatedClient,
    tus_resumable: None | str | Unset = UNSET,

) -> Response[Any | Problem]:
    """ Cancel a resumable upload (tus termination)

     Releases the reserved quota; the stored parts are removed. A tus client is answered
    410 `upload_gone` for an upload that had already ended, the JSON routes 409
    `upload_closed`.

    Args:
        upload_id (UUID):
        tus_resumable (None | str | Unset): `1.0.0` from a tus client (termination).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
     """


    kwargs = _get_kwargs(
        upload_id=upload_id,
tus_resumable=tus_resumable,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    upload_id: UUID,
    *,
    client: AuthenticatedClient,
    tus_resumable: None | str | Unset = UNSET,

) -> Any | Problem | None:
    """ Cancel a resumable upload (tus termination)

     Releases the reserved quota; the stored parts are removed. A tus client is answered
    410 `upload_gone` for an upload that had already ended, the JSON routes 409
    `upload_closed`.

    Args:
        upload_id (UUID):
        tus_resumable (None | str | Unset): `1.0.0` from a tus client (termination).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
     """


    return (await asyncio_detailed(
        upload_id=upload_id,
client=client,
tus_resumable=tus_resumable,

    )).parsed
