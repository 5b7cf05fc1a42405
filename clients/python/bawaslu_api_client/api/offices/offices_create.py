from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.office_create import OfficeCreate
from ...models.office_out import OfficeOut
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: OfficeCreate,
    idempotency_key: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/offices",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OfficeOut | Problem | None:
    if response.status_code == 201:
        response_201 = OfficeOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OfficeOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: OfficeCreate,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[OfficeOut | Problem]:
    """ Create a kecamatan or kelurahan/desa office (admin, own subtree)

     Create a Panwaslu Kecamatan under a kabupaten/kota, or a Panwaslu Kelurahan/Desa
    under a kecamatan, inside the admin's subtree. The code extends the parent's code
    (`52.03.01` under `52.03`); the level and time zone follow from the parent. With an
    `Idempotency-Key`, a retry gets the first response (`Idempotent-Replayed: true`).

    Args:
        idempotency_key (None | str | Unset): Optional retry-safe key: a retry with the same key
            and body returns the first response (`Idempotent-Replayed: true`); the same key with
            another body is 422.
        body (OfficeCreate): A new Panwaslu Kecamatan (under a kabupaten/kota) or Kelurahan/Desa
            (under a kecamatan).

            The level follows from the parent; the time zone is the parent's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OfficeOut | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: OfficeCreate,
    idempotency_key: None | str | Unset = UNSET,

) -> OfficeOut | Problem | None:
    """ Create a kecamatan or kelurahan/desa office (admin, own subtree)

     Create a Panwaslu Kecamatan under a kabupaten/kota, or a Panwaslu Kelurahan/Desa
    under a kecamatan, inside the admin's subtree. The code extends the parent's code
    (`52.03.01` under `52.03`); the level and time zone follow from the parent. With an
    `Idempotency-Key`, a retry gets the first response (`Idempotent-Replayed: true`).

    Args:
        idempotency_key (None | str | Unset): Optional retry-safe key: a retry with the same key
            and body returns the first response (`Idempotent-Replayed: true`); the same key with
            another body is 422.
        body (OfficeCreate): A new Panwaslu Kecamatan (under a kabupaten/kota) or Kelurahan/Desa
            (under a kecamatan).

            The level follows from the parent; the time zone is the parent's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OfficeOut | Problem
     """


    return sync_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: OfficeCreate,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[OfficeOut | Problem]:
    """ Create a kecamatan or kelurahan/desa office (admin, own subtree)

     Create a Panwaslu Kecamatan under a kabupaten/kota, or a Panwaslu Kelurahan/Desa
    under a kecamatan, inside the admin's subtree. The code extends the parent's code
    (`52.03.01` under `52.03`); the level and time zone follow from the parent. With an
    `Idempotency-Key`, a retry gets the first response (`Idempotent-Replayed: true`).

    Args:
        idempotency_key (None | str | Unset): Optional retry-safe key: a retry with the same key
            and body returns the first response (`Idempotent-Replayed: true`); the same key with
            another body is 422.
        body (OfficeCreate): A new Panwaslu Kecamatan (under a kabupaten/kota) or Kelurahan/Desa
            (under a kecamatan).

            The level follows from the parent; the time zone is the parent's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OfficeOut | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: OfficeCreate,
    idempotency_key: None | str | Unset = UNSET,

) -> OfficeOut | Problem | None:
    """ Create a kecamatan or kelurahan/desa office (admin, own subtree)

     Create a Panwaslu Kecamatan under a kabupaten/kota, or a Panwaslu Kelurahan/Desa
    under a kecamatan, inside the admin's subtree. The code extends the parent's code
    (`52.03.01` under `52.03`); the level and time zone follow from the parent. With an
    `Idempotency-Key`, a retry gets the first response (`Idempotent-Replayed: true`).

    Args:
        idempotency_key (None | str | Unset): Optional retry-safe key: a retry with the same key
            and body returns the first response (`Idempotent-Replayed: true`); the same key with
            another body is 422.
        body (OfficeCreate): A new Panwaslu Kecamatan (under a kabupaten/kota) or Kelurahan/Desa
            (under a kecamatan).

            The level follows from the parent; the time zone is the parent's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OfficeOut | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
