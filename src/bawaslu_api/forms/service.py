"""The form registry as this deployment uses it: ``bawaslu_rules.FORMS`` with operators'
corrections (a code or a field list read in the annex after a release), like the calendar's
overrides: append-only, audited, used at once by every process (``db.snapshot``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.db.snapshot import Snapshot
from bawaslu_api.errors import FieldError
from bawaslu_api.forms.errors import FormCorrectionRefused, UnknownForm
from bawaslu_api.forms.models import FormCorrection
from bawaslu_api.forms.schemas import FormCorrectionIn, FormCorrectionOut, FormOut
from bawaslu_api.i18n import Text
from bawaslu_api.security.audit import audit
from bawaslu_api.security.principals import Principal
from bawaslu_rules import FORMS, Form


@dataclass(frozen=True, slots=True)
class _Correction:
    """A correction in force, as plain values: the snapshot outlives the session that read
    it (its rows would be expired and detached by the next request)."""

    changes: dict[str, Any]
    out: FormCorrectionOut

    @classmethod
    def of(cls, row: FormCorrection) -> _Correction:
        return cls(dict(row.changes), FormCorrectionOut.model_validate(row, from_attributes=True))


async def _build(session: AsyncSession) -> dict[tuple[str, str], _Correction]:
    rows = (
        await session.execute(select(FormCorrection).where(FormCorrection.revoked_at.is_(None)))
    ).scalars()
    return {(r.regime, r.kind): _Correction.of(r) for r in rows}


PUBLIC_KIND = "announcement"
"""The one document whose data class may be public: what a correction may never widen, as
whether a document is read without a reason and by anyone follows from it."""

CORRECTIONS = Snapshot("bawaslu.forms", FormCorrection, _build)
"""The corrections in force (``db.snapshot``)."""


def _out(form: Form, correction: _Correction | None) -> FormOut:
    data: dict[str, Any] = form.to_dict()
    if correction is not None:
        data.update(correction.changes)
    return FormOut.model_validate(
        {**data, "correction": None if correction is None else correction.out}
    )


async def registry(session: AsyncSession, regime: str | None) -> list[FormOut]:
    """Every form (of ``regime``), corrections applied."""
    corrections = await CORRECTIONS.get(session)
    return [
        _out(f, corrections.get((f.regime, f.kind)))
        for f in FORMS
        if regime is None or f.regime == regime
    ]


def _form(regime: str, kind: str) -> Form:
    for f in FORMS:
        if (f.regime, f.kind) == (regime, kind):
            return f
    raise UnknownForm(
        Text("Tidak ada formulir {kind} untuk {regime}.", "No form {kind} for {regime}."),
        kind=kind,
        regime=regime,
    )


async def current(session: AsyncSession, regime: str, kind: str) -> FormOut:
    """The form of document ``kind`` in ``regime`` as this deployment uses it (404
    ``form_not_found`` if the regime has no such document)."""
    corrections = await CORRECTIONS.get(session)
    return _out(_form(regime, kind), corrections.get((regime, kind)))


async def correct(
    session: AsyncSession, principal: Principal, regime: str, kind: str, body: FormCorrectionIn
) -> FormOut:
    """Correct the form of document ``kind`` in ``regime`` for this deployment (audited;
    the previous correction is revoked)."""
    form = _form(regime, kind)
    changes = body.model_dump(exclude_none=True, exclude={"reason"})
    classes = changes.get("data_class")
    if (
        classes is not None
        and "public" in classes
        and (kind != PUBLIC_KIND or classes != ["public"])
    ):
        raise FormCorrectionRefused(
            Text(
                "Hanya pengumuman status yang publik (tanpa data pribadi); {kind} tidak.",
                "Only the status announcement is public (no personal data); {kind} is not.",
            ),
            kind=kind,
            fields=[
                FieldError(("data_class",), "not_public", Text("Tidak publik.", "Not public."))
            ],
        )
    previous = (
        await session.execute(
            select(FormCorrection)
            .where(
                FormCorrection.regime == regime,
                FormCorrection.kind == kind,
                FormCorrection.revoked_at.is_(None),
            )
            .with_for_update()
        )
    ).scalar_one_or_none()
    now = datetime.now(UTC)
    if previous is not None:
        previous.revoked_at, previous.revoked_by = now, principal.subject
        changes = {**previous.changes, **changes}
    row = FormCorrection(
        regime=regime, kind=kind, changes=changes, reason=body.reason,
        created_by=principal.subject, created_at=now,
    )  # fmt: skip
    session.add(row)
    CORRECTIONS.forget(session)
    await session.flush()
    await audit(
        session, actor=principal.subject, action="form_corrected",
        subject=f"form:{regime}:{kind}", changes=changes, reason=body.reason,
    )  # fmt: skip
    return _out(form, _Correction.of(row))
