"""The documents of the investigation (docs/documents.md): the clarification invitation
(B.9), the oath minutes (B.10, experts B.11), the clarification minutes (B.12), the
analysis and the plenary minutes, read as a person reads the PDF; and each one refused
(409/422, nothing stored) before what it records has happened."""

from __future__ import annotations

from typing import Any

import httpx
from tests.api.clarifications.conftest import add_person, registered_case
from tests.api.documents.conftest import MINUTES, Case, download, issue, ok, text_of

UNKNOWN = "00000000-0000-7000-8000-000000000000"


async def _issue_on(
    client: httpx.AsyncClient, rid: str, headers: dict[str, str], kind: str, status: int,
    **body: Any,
) -> Any:  # fmt: skip
    response = await client.post(
        f"/v1/reports/{rid}/documents", json={"kind": kind, **body}, headers=headers
    )
    assert response.status_code == status, response.text
    return response.json()


async def _listed(client: httpx.AsyncClient, rid: str, headers: dict[str, str]) -> list[Any]:
    return (await ok(await client.get(f"/v1/reports/{rid}/documents", headers=headers)))["items"]  # type: ignore[no-any-return]


async def _text(client: httpx.AsyncClient, case: Case, doc: dict[str, Any]) -> str:
    return text_of(await download(client, doc, case.handler))


async def test_the_invitation_names_the_person_the_session_and_the_case(
    client: httpx.AsyncClient, case: Case
) -> None:
    doc = await issue(client, case, "invitation", subject_id=case.reporter_invitee)
    assert doc["form_code"] == "B.9"
    assert doc["number"].startswith("001/B.9/")
    assert doc["subject_id"] == case.reporter_invitee
    assert doc["data_class"] == ["personal"]
    assert doc["facts"]["addressee_role"] == "Pelapor"
    assert "Siti" not in str(doc["facts"])  # listings show no names
    text = await _text(client, case, doc)
    assert "SURAT UNDANGAN KLARIFIKASI" in text
    assert doc["number"] in text
    assert case.register_number in text
    assert "Yth. Siti Aminah" in text
    assert "Jl. Pejanggik 12, Selong" in text
    assert "sebagai Pelapor" in text
    assert "Senin, 12 Februari 2024" in text
    assert "10.00 WITA" in text
    assert "Kantor Bawaslu Kabupaten Lombok Timur" in text
    assert "Tatap muka" in text
    assert "audio visual" not in text  # face to face: no recording notice
    assert "undangan kedua" not in text.lower()
    assert "Ketua Bawaslu Kabupaten Lombok Timur" in text
    assert "Retno Wulandari" in text  # the chair signs


async def test_a_second_invitation_says_so(client: httpx.AsyncClient, case: Case) -> None:
    doc = await issue(client, case, "invitation", subject_id=case.witness_invitee_2)
    text = await _text(client, case, doc)
    assert "Yth. Budi Santoso" in text  # the intake witness made a person of the case
    assert "sebagai Saksi" in text
    assert "Jumat, 16 Februari 2024" in text
    assert "(Undangan Kedua)" in text
    assert "undangan kedua" in text
    assert "tidak hadir memenuhi undangan klarifikasi sebelumnya pada Senin, 12 Februari 2024" in (
        text
    )
    assert doc["facts"]["attempt_no"] == 2


async def test_an_invitation_needs_an_invitee_of_this_case_and_a_live_session(
    client: httpx.AsyncClient, case: Case
) -> None:
    none = await issue(client, case, "invitation", 422)
    assert none["code"] == "document_subject_required"
    unknown = await issue(client, case, "invitation", 422, subject_id=UNKNOWN)
    assert unknown["code"] == "document_subject_not_found"

    # Another case of the office: its invitee is not this case's; its cancelled session
    # invites nobody.
    other = await registered_case(client, case.handler)
    scheduled = await ok(
        await client.post(
            f"/v1/reports/{other}/clarifications",
            json={
                "scheduled_at": "2024-02-12T10:00:00+08:00",
                "place": "Kantor Bawaslu Kabupaten Lombok Timur",
                "occurred_at": "2024-02-06T14:00:00+08:00",
                "invitees": [{"role": "reporter", "channel": "in_person"}],
            },
            headers=case.handler,
        ),
        201,
    )
    foreign = scheduled["invitees"][0]["id"]
    elsewhere = await issue(client, case, "invitation", 422, subject_id=foreign)
    assert elsewhere["code"] == "document_subject_not_found"
    await ok(
        await client.post(
            f"/v1/reports/{other}/clarifications/{scheduled['id']}/cancellation",
            json={"reason": "Undangan tidak dapat diterima tepat waktu",
                  "occurred_at": "2024-02-07T09:00:00+08:00"},
            headers=case.handler,
        )
    )  # fmt: skip
    cancelled = await _issue_on(client, other, case.handler, "invitation", 409, subject_id=foreign)
    assert cancelled["code"] == "document_not_issuable"
    assert "dibatalkan" in cancelled["detail"] or "cancelled" in cancelled["detail"]

    assert await _listed(client, case.id, case.handler) == []
    assert await _listed(client, other, case.handler) == []
    first = await issue(client, case, "invitation", subject_id=case.reporter_invitee)
    assert first["number"].startswith("001/")


async def test_the_oath_minutes_of_the_reporter(client: httpx.AsyncClient, case: Case) -> None:
    doc = await issue(client, case, "oath_minutes", subject_id=case.reporter_invitee)
    assert doc["form_code"] == "B.10"
    assert doc["data_class"] == ["personal"]
    text = await _text(client, case, doc)
    assert "BERITA ACARA SUMPAH/JANJI" in text
    assert doc["number"] in text
    assert case.register_number in text
    assert "Pada hari ini Senin, 12 Februari 2024" in text
    assert "Siti Aminah" in text
    assert "5203014708900001" in text  # the NIK: the identity checked (personal form)
    assert "Kedudukan dalam perkara : Pelapor" in text
    assert "Saya bersumpah/berjanji" in text
    assert "Yang mengucapkan sumpah/janji (Pelapor)" in text
    assert "Petugas klarifikasi" in text
    assert "Selong, 12 Februari 2024" in text  # dated the day it was taken


async def test_no_oath_minutes_without_an_oath_taken(client: httpx.AsyncClient, case: Case) -> None:
    absent = await issue(client, case, "oath_minutes", 409, subject_id=case.witness_invitee)
    assert absent["code"] == "document_not_issuable"
    assert "tidak hadir" in absent["detail"] or "did not attend" in absent["detail"]
    unheld = await issue(client, case, "oath_minutes", 409, subject_id=case.witness_invitee_2)
    assert "belum dilaksanakan" in unheld["detail"] or "not been held" in unheld["detail"]
    not_expert = await issue(
        client, case, "expert_oath_minutes", 409, subject_id=case.reporter_invitee
    )
    assert "ahli" in not_expert["detail"] or "expert" in not_expert["detail"]
    none = await issue(client, case, "oath_minutes", 422)
    assert none["code"] == "document_subject_required"
    assert await _listed(client, case.id, case.handler) == []


async def test_the_clarification_minutes_carry_the_questions_and_answers(
    client: httpx.AsyncClient, case: Case
) -> None:
    doc = await issue(client, case, "clarification_minutes", subject_id=case.reporter_invitee)
    assert doc["form_code"] == "B.12"
    assert doc["data_class"] == ["personal", "confidential"]
    assert doc["facts"]["questions"] == 1
    text = await _text(client, case, doc)
    assert "BERITA ACARA KLARIFIKASI" in text
    assert doc["number"] in text
    assert case.register_number in text
    assert "Senin, 12 Februari 2024, pukul 10.00 WITA" in text
    assert "Kantor Bawaslu Kabupaten Lombok Timur" in text
    assert "(tatap muka)" in text
    question = MINUTES["questions"][0]  # type: ignore[index]
    assert f"1. Tanya : {question['question']}" in text
    assert f"Jawab : {question['answer']}" in text
    assert "telah mengucapkan sumpah/janji" in text
    assert "Model B.10" in text
    assert "dibacakan kembali" in text
    assert "Yang memberikan keterangan (Pelapor)" in text
    assert "Siti Aminah" in text


async def test_no_clarification_minutes_for_the_absent_or_before_the_session(
    client: httpx.AsyncClient, case: Case
) -> None:
    absent = await issue(
        client, case, "clarification_minutes", 409, subject_id=case.witness_invitee
    )
    assert absent["code"] == "document_not_issuable"
    unheld = await issue(
        client, case, "clarification_minutes", 409, subject_id=case.witness_invitee_2
    )
    assert unheld["code"] == "document_not_issuable"
    assert await _listed(client, case.id, case.handler) == []
    first = await issue(client, case, "clarification_minutes", subject_id=case.reporter_invitee)
    assert first["number"].startswith("001/")


async def test_an_expert_online_invited_sworn_on_b11_and_clarified(
    client: httpx.AsyncClient, case: Case
) -> None:
    """An expert clarified online: the invitation announces the recording; the oath is on
    B.11 (B.10 is refused for an expert) with the expertise."""
    rid = await registered_case(client, case.handler)
    expert = await add_person(
        client, rid, case.handler, role="expert", name="Dr. Ketut Wirawan",
        expertise="Hukum tata negara", address="Jl. Udayana 7, Mataram",
    )  # fmt: skip
    scheduled = await ok(
        await client.post(
            f"/v1/reports/{rid}/clarifications",
            json={
                "scheduled_at": "2024-02-13T09:30:00+08:00",
                "mode": "online",
                "place": "https://zoom.example/j/1",
                "online": {"ground": "disaster", "justification": "Banjir di Selong",
                           "recorded": True},
                "occurred_at": "2024-02-06T14:00:00+08:00",
                "invitees": [{"role": "expert", "person": expert["id"],
                              "channel": "telecommunication"}],
            },
            headers=case.handler,
        ),
        201,
    )  # fmt: skip
    invitee = scheduled["invitees"][0]["id"]
    invited = await _issue_on(client, rid, case.handler, "invitation", 201, subject_id=invitee)
    text = text_of(await download(client, invited, case.handler))
    assert "Yth. Dr. Ketut Wirawan" in text
    assert "sebagai Ahli" in text
    assert "Selasa, 13 Februari 2024" in text
    assert "09.30 WITA" in text
    assert "https://zoom.example/j/1" in text
    assert "bencana alam" in text
    assert "direkam secara audio visual" in text
    before = await _issue_on(
        client, rid, case.handler, "expert_oath_minutes", 409, subject_id=invitee
    )
    assert before["code"] == "document_not_issuable"

    await ok(
        await client.post(
            f"/v1/reports/{rid}/clarifications/{scheduled['id']}/outcome",
            json={
                "occurred_at": "2024-02-13T11:00:00+08:00",
                "results": [{
                    "invitee": invitee, "attendance": "attended", "oath": "taken",
                    "minutes": {"questions": [{"question": "Bagaimana pendapat Saudara?",
                                               "answer": "Perbuatan itu dilarang."}],
                                "read_back": True, "signed": True},
                }],
            },
            headers=case.handler,
        )
    )  # fmt: skip
    wrong_form = await _issue_on(client, rid, case.handler, "oath_minutes", 409, subject_id=invitee)
    assert "expert_oath_minutes" in wrong_form["detail"]
    sworn = await _issue_on(
        client, rid, case.handler, "expert_oath_minutes", 201, subject_id=invitee
    )
    assert sworn["form_code"] == "B.11"
    assert sworn["number"].startswith("001/B.11/")
    text = text_of(await download(client, sworn, case.handler))
    assert "Dr. Ketut Wirawan" in text
    assert "Bidang keahlian : Hukum tata negara" in text
    assert "Jl. Udayana 7, Mataram" in text
    assert "Selasa, 13 Februari 2024" in text
    assert "sesuai dengan keahlian saya" in text
    assert "Yang mengucapkan sumpah/janji (Ahli)" in text

    minutes = await _issue_on(
        client, rid, case.handler, "clarification_minutes", 201, subject_id=invitee
    )
    text = text_of(await download(client, minutes, case.handler))
    assert "Bagaimana pendapat Saudara?" in text
    assert "Perbuatan itu dilarang." in text
    assert "media daring" in text
    assert "direkam secara audio visual" in text


async def test_the_analysis_once_finalized(client: httpx.AsyncClient, case: Case) -> None:
    current = await ok(await client.get(f"{case.url}/analysis", headers=case.handler))
    analysis_id = (current.get("current") or current)["id"]
    doc = await issue(client, case, "analysis")
    assert doc["subject_id"] == analysis_id  # the current version, resolved
    assert doc["data_class"] == ["personal", "confidential"]
    text = await _text(client, case, doc)
    assert "FORMULIR KAJIAN DUGAAN PELANGGARAN" in text
    assert doc["number"] in text
    assert case.register_number in text
    assert "1 (Disetujui)" in text
    for part in ("I. Kasus posisi", "Kasus posisi.", "II. Para pihak", "Pelapor",
                 "IV. Fakta dan analisis", "Fakta dan analisis.", "V. Kesimpulan",
                 "Kesimpulan.", "VI. Rekomendasi", "Kepolisian (Sentra Gakkumdu)",
                 "Pelanggaran administratif"):  # fmt: skip
        assert part in text, part
    assert "Penyusun kajian" in text
    assert "Dewi Lestari" in text  # wrote it (the handler)
    assert "Menyetujui" in text
    assert "Retno Wulandari" in text  # approved it (the commissioner)
    named = await issue(client, case, "analysis", subject_id=analysis_id)
    assert named["number"].startswith("002/")
    unknown = await issue(client, case, "analysis", 422, subject_id=UNKNOWN)
    assert unknown["code"] == "document_subject_not_found"


async def test_no_analysis_document_before_it_is_finalized(
    client: httpx.AsyncClient, case: Case
) -> None:
    rid = await registered_case(client, case.handler)
    none = await _issue_on(client, rid, case.handler, "analysis", 409)
    assert none["code"] == "document_not_issuable"
    await ok(
        await client.post(
            f"/v1/reports/{rid}/analysis",
            json={"summary": "Ringkasan sementara.", "conclusion": "Belum."},
            headers=case.handler,
        ),
        201,
    )
    draft = await _issue_on(client, rid, case.handler, "analysis", 409)
    assert "draf" in draft["detail"] or "draft" in draft["detail"]
    no_plenary = await _issue_on(client, rid, case.handler, "plenary_minutes", 409)
    assert no_plenary["code"] == "document_not_issuable"
    assert await _listed(client, rid, case.handler) == []


async def test_the_plenary_minutes(client: httpx.AsyncClient, case: Case) -> None:
    doc = await issue(client, case, "plenary_minutes")
    assert doc["data_class"] == ["confidential"]
    assert doc["subject_id"] is not None
    assert doc["facts"]["outcome"] == "violation"
    text = await _text(client, case, doc)
    assert "BERITA ACARA RAPAT PLENO" in text
    assert doc["number"] in text
    assert case.register_number in text
    assert "Pada hari ini Senin, 19 Februari 2024, pukul 10.00 WITA" in text
    assert "1 Ketua Ketua rapat" in text
    assert "2 Anggota Satu Anggota" in text
    assert "Hadir 2 dari 3 anggota" in text
    assert "lebih dari separuh" in text
    assert "adalah 2 anggota" in text
    assert "terpenuhi" in text
    assert "Kajian Dugaan Pelanggaran versi 1" in text
    assert "Status : Pelanggaran" in text
    assert "Jenis pelanggaran : Pelanggaran administratif" in text
    assert "UU 7/2017 Pasal 454" in text
    assert "Selong, 19 Februari 2024" in text
    unknown = await issue(client, case, "plenary_minutes", 422, subject_id=UNKNOWN)
    assert unknown["code"] == "document_subject_not_found"
