"""Documents of intake and initial review: the report form, the receipt, the finding form,
the initial-review result, the notice to complete, the status announcement."""

from __future__ import annotations

import io

import segno

from bawaslu_api.cases import receipts
from bawaslu_api.documents.errors import NotIssuable, ReceiptCodeMismatch
from bawaslu_api.documents.gather import Gathered, Kind, Source, case_facts, staff_names
from bawaslu_api.errors import FieldError
from bawaslu_api.i18n import Text


def qr_svg(target: str) -> str:
    """A QR code of ``target`` as SVG text (segno; medium error correction)."""
    buf = io.BytesIO()
    segno.make(target, error="m").save(buf, kind="svg", xmldecl=False, scale=4, border=0)
    return buf.getvalue().decode()


def status_target(src: Source, code: str) -> str:
    """Where the QR code points: the public status page with the code in the fragment
    (``#``), which browsers never send to a server, so the code stays out of access logs."""
    return f"{src.settings.public_status_url}#{code}"


async def receipt(src: Source) -> Gathered:
    """The receipt of a report. Its code is shown only once, at filing (only its hash is
    kept): the officer passes it back in ``receipt_code``, which must match."""
    report = src.report
    if report.receipt_hash is None:
        raise NotIssuable(
            Text(
                "Kasus ini tidak memiliki kode tanda terima (temuan atau impor).",
                "This case has no receipt code (a finding or an import).",
            )
        )
    code = str(src.options.get("receipt_code") or "")
    if receipts.digest(code) != report.receipt_hash:
        raise ReceiptCodeMismatch(
            Text(
                "Kode tanda terima tidak cocok dengan laporan ini.",
                "The receipt code does not match this case.",
            ),
            fields=[
                FieldError(
                    ("receipt_code",),
                    "mismatch",
                    Text("Tidak cocok dengan laporan ini.", "Does not match this case."),
                )
            ],
        )
    code = receipts.display(code)
    facts = case_facts(src)
    evidence = [
        str(e.get("description") or e.get("type") or "").strip()
        for e in (report.evidence_items or [])
    ]
    officer = await staff_names(src.session, [src.principal.subject])
    return Gathered(
        body={
            **facts,
            "reporter": src.identity.name if src.identity else "",
            "intake": report.register_number or "-",
            "evidence": [e for e in evidence if e],
            "receipt_code": code,
            "status_url": src.settings.public_status_url,
            "qr_target": status_target(src, code),
            "qr_svg": qr_svg(status_target(src, code)),
        },
        signers=[
            {
                "role": "Petugas penerima",
                "name": officer.get(src.principal.subject, src.principal.subject),
            }
        ],
    )


KINDS: tuple[Kind, ...] = (Kind("receipt", receipt),)
