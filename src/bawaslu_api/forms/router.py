"""The official forms registry (``/v1/rules/forms``)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path

from bawaslu_api.db.uow import DbSession
from bawaslu_api.errors import problem_responses
from bawaslu_api.forms import service
from bawaslu_api.forms.errors import FormCorrectionRefused, UnknownForm
from bawaslu_api.forms.schemas import FormCorrectionIn, FormList, FormOut
from bawaslu_api.security.dependencies import AUTH_ERRORS, NationalAdmin, Staff

router = APIRouter(prefix="/v1/rules/forms", tags=["rules"])

RegimeName = Literal["pemilu", "pemilihan"]


@router.get(
    "",
    summary="The official forms of case handling",
    responses=problem_responses(*AUTH_ERRORS, validation=True),
)
async def rules_forms_list(
    session: DbSession, principal: Staff, regime: RegimeName | None = None
) -> FormList:
    """Per regime and regulation: code, title, when issued, who signs, the fields, the
    data class (`personal` never public; `confidential` for those who work the case), the
    source and confidence; codes or fields not read in the annex are `verified: false`.
    This deployment's corrections are applied. Any staff member."""
    del principal
    return FormList(items=await service.registry(session, regime))


@router.put(
    "/{regime}/{kind}",
    summary="Correct a form as the regulation's annex says",
    responses=problem_responses(UnknownForm, FormCorrectionRefused, *AUTH_ERRORS, validation=True),
)
async def rules_forms_correct(
    regime: RegimeName,
    kind: Annotated[str, Path(max_length=40, examples=["receipt"])],
    body: FormCorrectionIn,
    session: DbSession,
    principal: NationalAdmin,
) -> FormOut:
    """Like the calendar's overrides: a code or field list read in the annex after a
    release is corrected here, with a reason; the previous correction is revoked, the
    change is audited. The document `kind` is the key: a code read in the annex (`B.3`)
    replaces the service's own (`BWS-TT`) on every document issued after. Admins of
    Bawaslu RI only. Only the announcement may be public (422 `form_correction_refused`
    for any other kind: its documents would be read without a reason)."""
    return await service.correct(session, principal, regime, kind, body)
