"""Immutability after registration, supersession, withdrawal before registration, physical
items with their receipt, hand-overs and the link to a digitised copy."""

from __future__ import annotations

from typing import Any

import httpx
from tests.api.evidence.conftest import jpeg, pdf, upload

RECEIPT = {
    "received_by": "Petugas Penerimaan Laporan",
    "received_at": "2024-01-12T10:05:00+08:00",
    "handed_over_by": "Siti Aminah (pelapor)",
    "copies": 3,
    "kept_at": "Lemari bukti A, Bawaslu Lombok Timur",
}


async def _register(client: httpx.AsyncClient, headers: dict[str, str], case: str) -> None:
    response = await client.post(f"/v1/reports/{case}/registration", headers=headers)
    assert response.status_code == 200, response.text


async def test_evidence_of_a_registered_case_is_immutable(
    client: httpx.AsyncClient, handler: dict[str, str], case: str
) -> None:
    item_id = (await upload(client, handler, case, jpeg())).json()["id"]
    await _register(client, handler, case)
    withdraw = await client.post(
        f"/v1/evidence/{item_id}/withdrawal", json={"reason": "salah kirim"}, headers=handler
    )
    assert withdraw.status_code == 409
    assert withdraw.json()["code"] == "evidence_immutable"
    for method in ("PUT", "PATCH", "DELETE"):
        response = await client.request(method, f"/v1/evidence/{item_id}", headers=handler)
        assert response.status_code == 405, method
    # Evidence can still be added to a registered case.
    assert (await upload(client, handler, case, jpeg())).status_code == 201


async def test_supersede_keeps_both_items_and_records_the_reason(
    client: httpx.AsyncClient, handler: dict[str, str], case: str
) -> None:
    old = (await upload(client, handler, case, jpeg(), description="Foto buram")).json()
    await _register(client, handler, case)
    new = (await upload(client, handler, case, jpeg(), description="Foto jelas")).json()
    response = await client.post(
        f"/v1/evidence/{old['id']}/supersession",
        json={"replacement_id": new["id"], "reason": "Foto asli dari kamera, resolusi penuh"},
        headers=handler,
    )
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "superseded"
    assert response.json()["superseded_by_id"] == new["id"]
    # The old file is still there, unchanged.
    content = await client.get(f"/v1/evidence/{old['id']}/content", headers=handler)
    assert content.status_code == 200
    assert content.headers["etag"] == f'"{old["sha256"]}"'
    again = await client.post(
        f"/v1/evidence/{old['id']}/supersession",
        json={"replacement_id": new["id"], "reason": "lagi"},
        headers=handler,
    )
    assert again.status_code == 409
    itself = await client.post(
        f"/v1/evidence/{new['id']}/supersession",
        json={"replacement_id": new["id"], "reason": "diri sendiri"},
        headers=handler,
    )
    assert itself.status_code == 422
    actions_old = [
        e["action"]
        for e in (await client.get(f"/v1/evidence/{old['id']}/custody", headers=handler)).json()[
            "items"
        ]
    ]
    assert "superseded" in actions_old
    listing = (await client.get(f"/v1/reports/{case}/evidence", headers=handler)).json()["items"]
    assert {i["id"]: i["status"] for i in listing} == {old["id"]: "superseded", new["id"]: "active"}


async def test_reporter_item_can_be_withdrawn_before_registration(
    client: httpx.AsyncClient, handler: dict[str, str], case: str
) -> None:
    own = (await upload(client, handler, case, jpeg())).json()
    office = (await upload(client, handler, case, pdf(), provided_by="office")).json()
    refused = await client.post(
        f"/v1/evidence/{office['id']}/withdrawal", json={"reason": "tidak perlu"}, headers=handler
    )
    assert refused.status_code == 409
    response = await client.post(
        f"/v1/evidence/{own['id']}/withdrawal",
        json={"reason": "Pelapor menarik foto ini"},
        headers=handler,
    )
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "withdrawn"
    assert response.json()["status_reason"] == "Pelapor menarik foto ini"
    # Kept and recorded, never deleted.
    custody = (await client.get(f"/v1/evidence/{own['id']}/custody", headers=handler)).json()
    assert [e["action"] for e in custody["items"]][:2] == ["received", "withdrawn"]
    timeline = (await client.get(f"/v1/reports/{case}/timeline", headers=handler)).json()["items"]
    assert "evidence_withdrawn" in [e["action"] for e in timeline]
    twice = await client.post(
        f"/v1/evidence/{own['id']}/withdrawal", json={"reason": "lagi"}, headers=handler
    )
    assert twice.status_code == 409


async def test_physical_item_with_receipt_handover_and_digitised_copy(
    client: httpx.AsyncClient, handler: dict[str, str], case: str, auth: Any
) -> None:
    response = await client.post(
        f"/v1/reports/{case}/evidence/physical",
        json={
            "category": "document",
            "description": "Surat edaran kepala desa (3 rangkap)",
            "receipt": RECEIPT,
        },
        headers={**handler, "Idempotency-Key": "phys-1"},
    )
    assert response.status_code == 201, response.text
    physical = response.json()
    assert physical["form"] == "physical"
    assert physical["receipt"]["copies"] == 3
    assert physical["custodian"] == RECEIPT["received_by"]
    assert physical["kept_at"] == RECEIPT["kept_at"]
    assert physical["sha256"] is None
    assert physical["content_url"] is None
    replay = await client.post(
        f"/v1/reports/{case}/evidence/physical",
        json={"category": "document", "description": "Surat edaran kepala desa (3 rangkap)",
              "receipt": RECEIPT},
        headers={**handler, "Idempotency-Key": "phys-1"},
    )  # fmt: skip
    assert replay.headers["idempotent-replayed"] == "true"
    assert replay.json()["id"] == physical["id"]

    handover = await client.post(
        f"/v1/evidence/{physical['id']}/handovers",
        json={"to": "Staf Penanganan Pelanggaran", "kept_at": "Ruang arsip, rak 3"},
        headers=handler,
    )
    assert handover.status_code == 200, handover.text
    assert handover.json()["custodian"] == "Staf Penanganan Pelanggaran"
    assert handover.json()["kept_at"] == "Ruang arsip, rak 3"

    scan = (await upload(client, handler, case, pdf(), description="Pindaian surat")).json()
    link = await client.post(
        f"/v1/evidence/{physical['id']}/links", json={"digital_id": scan["id"]}, headers=handler
    )
    assert link.status_code == 200, link.text
    assert link.json()["digitised_by"] == [scan["id"]]
    digital = (await client.get(f"/v1/evidence/{scan['id']}", headers=handler)).json()
    assert digital["digitises_id"] == physical["id"]
    twice = await client.post(
        f"/v1/evidence/{physical['id']}/links", json={"digital_id": scan["id"]}, headers=handler
    )
    assert twice.status_code == 422
    backwards = await client.post(
        f"/v1/evidence/{scan['id']}/links", json={"digital_id": physical["id"]}, headers=handler
    )
    assert backwards.status_code == 422

    # A file of another case cannot be linked.
    other_case = (
        await client.post(
            "/v1/reports",
            json={**(await _report_body()), "description": "Kasus lain di pasar."},
            headers=handler,
        )
    ).json()["id"]
    foreign = (await upload(client, handler, other_case, pdf())).json()
    cross = await client.post(
        f"/v1/evidence/{physical['id']}/links", json={"digital_id": foreign["id"]}, headers=handler
    )
    assert cross.status_code == 422

    custody = (await client.get(f"/v1/evidence/{physical['id']}/custody", headers=handler)).json()
    actions = [e["action"] for e in custody["items"]]
    assert actions[:3] == ["received", "handed_over", "linked"]
    assert custody["items"][1]["details"]["from"] == RECEIPT["received_by"]
    viewer = await auth("viewer", "52.03")
    refused = await client.post(
        f"/v1/evidence/{physical['id']}/handovers",
        json={"to": "x", "kept_at": "y"},
        headers=viewer,
    )
    assert refused.status_code == 403


async def _report_body() -> dict[str, Any]:
    from tests.api.reports.conftest import complete_report

    return complete_report()
