from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.classification_out import ClassificationOut
from ...models.problem import Problem
from ...models.rules_classification_regime_type_0 import RulesClassificationRegimeType0
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    regime: None | RulesClassificationRegimeType0 | Unset = UNSET,
    election: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match



    

    params: dict[str, Any] = {}

    json_regime: None | str | Unset
    if isinstance(regime, Unset):
        json_regime = UNSET
    elif isinstance(regime, RulesClassificationRegimeType0):
        json_regime = regime.value
    else:
        json_regime = regime
    params["regime"] = json_regime

    json_election: None | str | Unset
    if isinstance(election, Unset):
        json_election = UNSET
    else:
        json_election = election
    params["election"] = json_election


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/rules/classification",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ClassificationOut | Problem | None:
    if response.status_code == 200:
        response_200 = ClassificationOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ClassificationOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    regime: None | RulesClassificationRegimeType0 | Unset = UNSET,
    election: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | ClassificationOut | Problem]:
    """ The classification of cases: election stages and subjects

     The codes a case is classified with (docs/legal/classification.md): every stage
    with its labels; the election's stage calendar (each window with its source and
    confidence) and how a case's stage is derived from it; the regime's subjects with
    their labels, the provisions behind each and the grouping's source (our own, LOW).
    `regime` defaults to the election's, else `pemilu`. The labels are also in the public
    `GET /v1/reference/labels` (`stage`, `subject`). Any staff member, like the other
    `/v1/rules` routes.

    Args:
        regime (None | RulesClassificationRegimeType0 | Unset):
        election (None | str | Unset): Election slug: its stage calendar.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ClassificationOut | Problem]
     """


    kwargs = _get_kwargs(
        regime=regime,
election=election,
if_none_match=if_none_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    regime: None | RulesClassificationRegimeType0 | Unset = UNSET,
    election: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Any | ClassificationOut | Problem | None:
    """ The classification of cases: election stages and subjects

     The codes a case is classified with (docs/legal/classification.md): every stage
    with its labels; the election's stage calendar (each window with its source and
    confidence) and how a case's stage is derived from it; the regime's subjects with
    their labels, the provisions behind each and the grouping's source (our own, LOW).
    `regime` defaults to the election's, else `pemilu`. The labels are also in the public
    `GET /v1/reference/labels` (`stage`, `subject`). Any staff member, like the other
    `/v1/rules` routes.

    Args:
        regime (None | RulesClassificationRegimeType0 | Unset):
        election (None | str | Unset): Election slug: its stage calendar.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ClassificationOut | Problem
     """


    return sync_detailed(
        client=client,
regime=regime,
election=election,
if_none_match=if_none_match,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    regime: None | RulesClassificationRegimeType0 | Unset = UNSET,
    election: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | ClassificationOut | Problem]:
    """ The classification of cases: election stages and subjects

     The codes a case is classified with (docs/legal/classification.md): every stage
    with its labels; the election's stage calendar (each window with its source and
    confidence) and how a case's stage is derived from it; the regime's subjects with
    their labels, the provisions behind each and the grouping's source (our own, LOW).
    `regime` defaults to the election's, else `pemilu`. The labels are also in the public
    `GET /v1/reference/labels` (`stage`, `subject`). Any staff member, like the other
    `/v1/rules` routes.

    Args:
        regime (None | RulesClassificationRegimeType0 | Unset):
        election (None | str | Unset): Election slug: its stage calendar.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ClassificationOut | Problem]
     """


    kwargs = _get_kwargs(
        regime=regime,
election=election,
if_none_match=if_none_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    regime: None | RulesClassificationRegimeType0 | Unset = UNSET,
    election: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Any | ClassificationOut | Problem | None:
    """ The classification of cases: election stages and subjects

     The codes a case is classified with (docs/legal/classification.md): every stage
    with its labels; the election's stage calendar (each window with its source and
    confidence) and how a case's stage is derived from it; the regime's subjects with
    their labels, the provisions behind each and the grouping's source (our own, LOW).
    `regime` defaults to the election's, else `pemilu`. The labels are also in the public
    `GET /v1/reference/labels` (`stage`, `subject`). Any staff member, like the other
    `/v1/rules` routes.

    Args:
        regime (None | RulesClassificationRegimeType0 | Unset):
        election (None | str | Unset): Election slug: its stage calendar.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ClassificationOut | Problem
     """


    return (await asyncio_detailed(
        client=client,
regime=regime,
election=election,
if_none_match=if_none_match,

    )).parsed
