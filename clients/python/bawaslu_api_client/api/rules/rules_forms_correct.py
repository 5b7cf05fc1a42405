from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.form_correction_in import FormCorrectionIn
from ...models.form_out import FormOut
from ...models.problem import Problem
from ...models.rules_forms_correct_regime import RulesFormsCorrectRegime
from typing import cast



def _get_kwargs(
    regime: RulesFormsCorrectRegime,
    kind: str,
    *,
    body: FormCorrectionIn,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/rules/forms/{regime}/{kind}".format(regime=quote(str(regime), safe=""),kind=quote(str(kind), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FormOut | Problem | None:
    if response.status_code == 200:
        response_200 = FormOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FormOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    regime: RulesFormsCorrectRegime,
    kind: str,
    *,
    client: AuthenticatedClient,
    body: FormCorrectionIn,

) -> Response[FormOut | Problem]:
    """ Correct a form as the regulation's annex says

     Like the calendar's overrides: a code or field list read in the annex after a
    release is corrected here, with a reason; the previous correction is revoked, the
    change is audited. The document `kind` is the key: a code read in the annex (`B.3`)
    replaces the service's own (`BWS-TT`) on every document issued after. Admins of
    Bawaslu RI only. Only the announcement may be public (422 `form_correction_refused`
    for any other kind: its documents would be read without a reason).

    Args:
        regime (RulesFormsCorrectRegime):
        kind (str):
        body (FormCorrectionIn): What the regulation's annex actually says; only the given fields
            change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FormOut | Problem]
     """


    kwargs = _get_kwargs(
        regime=regime,
kind=kind,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    regime: RulesFormsCorrectRegime,
    kind: str,
    *,
    client: AuthenticatedClient,
    body: FormCorrectionIn,

) -> FormOut | Problem | None:
    """ Correct a form as the regulation's annex says

     Like the calendar's overrides: a code or field list read in the annex after a
    release is corrected here, with a reason; the previous correction is revoked, the
    change is audited. The document `kind` is the key: a code read in the annex (`B.3`)
    replaces the service's own (`BWS-TT`) on every document issued after. Admins of
    Bawaslu RI only. Only the announcement may be public (422 `form_correction_refused`
    for any other kind: its documents would be read without a reason).

    Args:
        regime (RulesFormsCorrectRegime):
        kind (str):
        body (FormCorrectionIn): What the regulation's annex actually says; only the given fields
            change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FormOut | Problem
     """


    return sync_detailed(
        regime=regime,
kind=kind,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    regime: RulesFormsCorrectRegime,
    kind: str,
    *,
    client: AuthenticatedClient,
    body: FormCorrectionIn,

) -> Response[FormOut | Problem]:
    """ Correct a form as the regulation's annex says

     Like the calendar's overrides: a code or field list read in the annex after a
    release is corrected here, with a reason; the previous correction is revoked, the
    change is audited. The document `kind` is the key: a code read in the annex (`B.3`)
    replaces the service's own (`BWS-TT`) on every document issued after. Admins of
    Bawaslu RI only. Only the announcement may be public (422 `form_correction_refused`
    for any other kind: its documents would be read without a reason).

    Args:
        regime (RulesFormsCorrectRegime):
        kind (str):
        body (FormCorrectionIn): What the regulation's annex actually says; only the given fields
            change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FormOut | Problem]
     """


    kwargs = _get_kwargs(
        regime=regime,
kind=kind,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    regime: RulesFormsCorrectRegime,
    kind: str,
    *,
    client: AuthenticatedClient,
    body: FormCorrectionIn,

) -> FormOut | Problem | None:
    """ Correct a form as the regulation's annex says

     Like the calendar's overrides: a code or field list read in the annex after a
    release is corrected here, with a reason; the previous correction is revoked, the
    change is audited. The document `kind` is the key: a code read in the annex (`B.3`)
    replaces the service's own (`BWS-TT`) on every document issued after. Admins of
    Bawaslu RI only. Only the announcement may be public (422 `form_correction_refused`
    for any other kind: its documents would be read without a reason).

    Args:
        regime (RulesFormsCorrectRegime):
        kind (str):
        body (FormCorrectionIn): What the regulation's annex actually says; only the given fields
            change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FormOut | Problem
     """


    return (await asyncio_detailed(
        regime=regime,
kind=kind,
client=client,
body=body,

    )).parsed
