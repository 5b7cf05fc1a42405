from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.admissibility_request import AdmissibilityRequest
from ...models.problem import Problem
from ...models.rules_admissibility_out import RulesAdmissibilityOut
from typing import cast



def _get_kwargs(
    *,
    body: AdmissibilityRequest,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/rules/admissibility",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RulesAdmissibilityOut | None:
    if response.status_code == 200:
        response_200 = RulesAdmissibilityOut.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | RulesAdmissibilityOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AdmissibilityRequest,

) -> Response[Problem | RulesAdmissibilityOut]:
    """ Check a report or finding against the formal and material requirements

     The initial-review verdict of a submission (the JSON `bawaslu-rules check` reads):
    every failed requirement with its citation and a message in the request's language
    (Indonesian; `Accept-Language: en` for English), the filing deadline, and the
    completion deadline when the report is incomplete. Nothing is stored. Any staff member.

    Args:
        body (AdmissibilityRequest): A submission as `bawaslu-rules check` reads it, plus the
            CLI's options
            (`zone`/`office`, `ruleset`, `notice_at`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RulesAdmissibilityOut]
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
    body: AdmissibilityRequest,

) -> Problem | RulesAdmissibilityOut | None:
    """ Check a report or finding against the formal and material requirements

     The initial-review verdict of a submission (the JSON `bawaslu-rules check` reads):
    every failed requirement with its citation and a message in the request's language
    (Indonesian; `Accept-Language: en` for English), the filing deadline, and the
    completion deadline when the report is incomplete. Nothing is stored. Any staff member.

    Args:
        body (AdmissibilityRequest): A submission as `bawaslu-rules check` reads it, plus the
            CLI's options
            (`zone`/`office`, `ruleset`, `notice_at`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RulesAdmissibilityOut
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AdmissibilityRequest,

) -> Response[Problem | RulesAdmissibilityOut]:
    """ Check a report or finding against the formal and material requirements

     The initial-review verdict of a submission (the JSON `bawaslu-rules check` reads):
    every failed requirement with its citation and a message in the request's language
    (Indonesian; `Accept-Language: en` for English), the filing deadline, and the
    completion deadline when the report is incomplete. Nothing is stored. Any staff member.

    Args:
        body (AdmissibilityRequest): A submission as `bawaslu-rules check` reads it, plus the
            CLI's options
            (`zone`/`office`, `ruleset`, `notice_at`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RulesAdmissibilityOut]
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
    body: AdmissibilityRequest,

) -> Problem | RulesAdmissibilityOut | None:
    """ Check a report or finding against the formal and material requirements

     The initial-review verdict of a submission (the JSON `bawaslu-rules check` reads):
    every failed requirement with its citation and a message in the request's language
    (Indonesian; `Accept-Language: en` for English), the filing deadline, and the
    completion deadline when the report is incomplete. Nothing is stored. Any staff member.

    Args:
        body (AdmissibilityRequest): A submission as `bawaslu-rules check` reads it, plus the
            CLI's options
            (`zone`/`office`, `ruleset`, `notice_at`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RulesAdmissibilityOut
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
