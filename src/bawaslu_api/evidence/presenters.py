"""The one presenter of an evidence item's metadata (the evidence routes and the changes
feed answer the same JSON)."""

from __future__ import annotations

from bawaslu_api.evidence.schemas import EvidenceOut, PhysicalReceipt
from bawaslu_api.evidence.service import Presented


def evidence_out(presented: Presented) -> EvidenceOut:
    item = presented.item
    return EvidenceOut(
        id=item.id,
        report_id=item.report_id,
        form=item.form,
        category=item.category,
        status=item.status,
        description=item.description,
        provided_by=item.provided_by,
        channel=item.channel,
        recorded_by=item.recorded_by,
        recorded_at=item.recorded_at,
        filename=item.filename,
        declared_type=item.declared_type,
        content_type=item.content_type,
        size=item.size,
        sha256=item.sha256,
        scan_status=item.scan_status,
        scan_detail=item.scan_detail,
        corrupted_at=item.corrupted_at,
        receipt=PhysicalReceipt.model_validate(item.receipt) if item.receipt else None,
        custodian=presented.custodian,
        kept_at=presented.kept_at,
        digitises_id=item.digitises_id,
        digitised_by=presented.digitised_by,
        superseded_by_id=item.superseded_by_id,
        status_reason=item.status_reason,
        content_url=f"/v1/evidence/{item.id}/content" if item.storage_key else None,
    )
