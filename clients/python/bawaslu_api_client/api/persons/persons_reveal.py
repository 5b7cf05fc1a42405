from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.person_reveal_in import PersonRevealIn
from ...models.problem import Problem
from ...models.revealed_person import RevealedPerson
from typing import cast
from uuid import UUID



def _get_kwargs(
    report_id: UUID,
    person_id: UUID,
    *,
    body: PersonRevealIn,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/reports/{report_id}/persons/{person_id}/reveal".format(report_id=quote(str(report_id), safe=""),person_id=quote(str(person_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RevealedPerson | None:
    if response.status_code == 200:
        response_200 = RevealedPerson.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | RevealedPerson]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    report_id: UUID,
    person_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PersonRevealIn,

) -> Response[Problem | RevealedPerson]:
    """ Reveal a witness's or expert's contact data

     Unmasked address, phone and e-mail. Needs a stated reason; the reveal is recorded on
    the case's access log (`reveal_person`) and timeline (`personal_data_revealed`), as the
    reporter's. Commissioners and admins only.

    Args:
        report_id (UUID):
        person_id (UUID):
        body (PersonRevealIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RevealedPerson]
     """


    kwargs = _get_kwargs(
        report_id=report_id,
person_id=person_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    report_id: UUID,
    person_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PersonRevealIn,

) -> Problem | RevealedPerson | None:
    """ Reveal a witness's or expert's contact data

     Unmasked address, phone and e-mail. Needs a stated reason; the reveal is recorded on
    the case's access log (`reveal_person`) and timeline (`personal_data_revealed`), as the
    reporter's. Commissioners and admins only.

    Args:
        report_id (UUID):
        person_id (UUID):
        body (PersonRevealIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RevealedPerson
     """


    return sync_detailed(
        report_id=report_id,
person_id=person_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    report_id: UUID,
    person_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PersonRevealIn,

) -> Response[Problem | RevealedPerson]:
    """ Reveal a witness's or expert's contact data

     Unmasked address, phone and e-mail. Needs a stated reason; the reveal is recorded on
    the case's access log (`reveal_person`) and timeline (`personal_data_revealed`), as the
    reporter's. Commissioners and admins only.

    Args:
        report_id (UUID):
        person_id (UUID):
        body (PersonRevealIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RevealedPerson]
     """


    kwargs = _get_kwargs(
        report_id=report_id,
person_id=person_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    report_id: UUID,
    person_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PersonRevealIn,

) -> Problem | RevealedPerson | None:
    """ Reveal a witness's or expert's contact data

     Unmasked address, phone and e-mail. Needs a stated reason; the reveal is recorded on
    the case's access log (`reveal_person`) and timeline (`personal_data_revealed`), as the
    reporter's. Commissioners and admins only.

    Args:
        report_id (UUID):
        person_id (UUID):
        body (PersonRevealIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RevealedPerson
     """


    return (await asyncio_detailed(
        report_id=report_id,
person_id=person_id,
client=client,
body=body,

    )).parsed
