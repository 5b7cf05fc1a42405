from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.policy_detail import PolicyDetail
from ...models.policy_set_in import PolicySetIn
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    name: str,
    *,
    body: PolicySetIn,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/rules/policies/{name}".format(name=quote(str(name), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PolicyDetail | Problem | None:
    if response.status_code == 200:
        response_200 = PolicyDetail.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PolicyDetail | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    name: str,
    *,
    client: AuthenticatedClient,
    body: PolicySetIn,

) -> Response[PolicyDetail | Problem]:
    """ Set a policy for this deployment

     Deadlines and admissibility checks computed from now on use the value, and show it
    in their `policy_overrides`; clocks already running keep their dates (recompute them
    explicitly). The previous setting is revoked, not edited; the change is in the audit
    log. Admins of Bawaslu RI only.

    Args:
        name (str): e.g. `pemilihan.reception_days`
        body (PolicySetIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PolicyDetail | Problem]
     """


    kwargs = _get_kwargs(
        name=name,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    name: str,
    *,
    client: AuthenticatedClient,
    body: PolicySetIn,

) -> PolicyDetail | Problem | None:
    """ Set a policy for this deployment

     Deadlines and admissibility checks computed from now on use the value, and show it
    in their `policy_overrides`; clocks already running keep their dates (recompute them
    explicitly). The previous setting is revoked, not edited; the change is in the audit
    log. Admins of Bawaslu RI only.

    Args:
        name (str): e.g. `pemilihan.reception_days`
        body (PolicySetIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PolicyDetail | Problem
     """


    return sync_detailed(
        name=name,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient,
    body: PolicySetIn,

) -> Response[PolicyDetail | Problem]:
    """ Set a policy for this deployment

     Deadlines and admissibility checks computed from now on use the value, and show it
    in their `policy_overrides`; clocks already running keep their dates (recompute them
    explicitly). The previous setting is revoked, not edited; the change is in the audit
    log. Admins of Bawaslu RI only.

    Args:
        name (str): e.g. `pemilihan.reception_days`
        body (PolicySetIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PolicyDetail | Problem]
     """


    kwargs = _get_kwargs(
        name=name,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient,
    body: PolicySetIn,

) -> PolicyDetail | Problem | None:
    """ Set a policy for this deployment

     Deadlines and admissibility checks computed from now on use the value, and show it
    in their `policy_overrides`; clocks already running keep their dates (recompute them
    explicitly). The previous setting is revoked, not edited; the change is in the audit
    log. Admins of Bawaslu RI only.

    Args:
        name (str): e.g. `pemilihan.reception_days`
        body (PolicySetIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PolicyDetail | Problem
     """


    return (await asyncio_detailed(
        name=name,
client=client,
body=body,

    )).parsed
