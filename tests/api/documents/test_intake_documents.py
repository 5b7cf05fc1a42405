"""The documents of intake and initial review (docs/documents.md): the report form, the
finding form, the initial-review result, the notice to complete and the status
announcement, read as a person reads them, and refused (409, nothing stored, no number
taken) until what they record has happened."""

from __future__ import annotations

import re
import uuid
from typing import Any

import httpx
import pytest
from tests.api.clarifications.conftest import PAPER_CASE
from tests.api.documents.conftest import LETTERHEAD, Case, download, issue, officer, ok, text_of
from tests.api.reports.conftest import complete_report

from bawaslu_api.persons.models import CasePerson, PersonRole

# An incomplete report (no evidence) received Fri 12 Jan 2024 10:00 WITA; the notice to
# complete handed over at 11:00: report.completion is 2 working days, due Tue 16 Jan 2024
# at the close of the office's day (tests/api/reports/test_expired_completion.py).
NOTICE_AT = "2024-01-12T11:00:00+08:00"


async def _issue(
    client: httpx.AsyncClient, rid: str, headers: dict[str, str], kind: str, status: int = 201
) -> Any:
    response = await client.post(f"/v1/reports/{rid}/documents", json={"kind": kind},
                                 headers=headers)  # fmt: skip
    assert response.status_code == status, response.text
    return response.json()


async def _listed(client: httpx.AsyncClient, rid: str, headers: dict[str, str]) -> list[Any]:
    listed = await ok(await client.get(f"/v1/reports/{rid}/documents", headers=headers))
    return listed["items"]  # type: ignore[no-any-return]


async def _refused(
    client: httpx.AsyncClient, rid: str, headers: dict[str, str], kind: str, status: int = 409
) -> dict[str, Any]:
    """The document is refused and nothing is stored."""
    before = await _listed(client, rid, headers)
    problem = await _issue(client, rid, headers, kind, status)
    assert await _listed(client, rid, headers) == before
    return problem  # type: ignore[no-any-return]


@pytest.fixture
async def office(client: httpx.AsyncClient, auth: Any, db: Any) -> dict[str, dict[str, str]]:
    """Bawaslu Lombok Timur with its letterhead, a handler (who records findings) and the
    chair."""
    await officer(db, "andi.lotim", "Andi Pratama", ["handler"])
    await officer(db, "ketua.lotim", "Retno Wulandari", ["commissioner"])
    admin = await auth("admin", "52.03")
    await ok(await client.put("/v1/offices/52.03/letterhead", json=LETTERHEAD, headers=admin))
    return {
        "handler": await auth("handler", "52.03", subject="andi.lotim"),
        "commissioner": await auth("commissioner", "52.03", subject="ketua.lotim"),
        "admin": admin,
    }


async def _incomplete(client: httpx.AsyncClient, handler: dict[str, str], **extra: Any) -> str:
    created = await ok(
        await client.post("/v1/reports", json=complete_report(evidence=[], **extra),
                          headers=handler),
        201,
    )  # fmt: skip
    assert created["admissibility"]["verdict"] == "incomplete"
    return str(created["id"])


# ---------------------------------------------------------------- report form


async def test_the_report_form_carries_the_intake(client: httpx.AsyncClient, case: Case) -> None:
    doc = await issue(client, case, "report_form")
    assert doc["form_code"] == "B.1"
    assert doc["data_class"] == ["personal"]
    assert doc["number"].startswith("001/B.1/")
    text = text_of(await download(client, doc, case.handler))
    assert "FORMULIR LAPORAN" in text
    assert doc["number"] in text
    # The reporter, in full: this form is personal.
    for value in (
        "Siti Aminah",
        "5203014708900001",
        "Jl. Pejanggik 12, Selong",
        "081234567890",
        "siti@example.org",
        "34 tahun",
        "Warga negara Indonesia",
    ):
        assert value in text, value  # fmt: skip
    assert "Caleg X" in text  # the reported party
    # The event: where, when it happened and when it became known (day names).
    assert "Pasar Selong" in text
    assert "Jumat, 2 Februari 2024" in text
    # The witnesses named at intake, with their contact data.
    for value in ("Budi Santoso", "Jl. Melati 3, Selong", "0811111111", "Wayan Sudarma"):
        assert value in text, value
    assert "Foto pembagian uang" in text  # evidence
    assert "Pembagian uang kepada pemilih" in text  # chronology
    assert "Senin, 5 Februari 2024" in text  # reported: day, date and time
    assert "10.00 WITA" in text
    assert "sebenar-benarnya" in text  # the statement of truth
    assert "Pelapor" in text
    assert "Petugas penerima laporan" in text
    assert "Siti Aminah" in text  # the receiving officer (siti.lotim entered the case)
    assert "Halaman 1 dari" in text


async def test_a_finding_has_no_report_form(
    client: httpx.AsyncClient, office: dict[str, dict[str, str]]
) -> None:
    rid = await _finding(client, office["handler"])
    problem = await _refused(client, rid, office["handler"], "report_form")
    assert problem["code"] == "document_not_issuable"
    for kind in ("review_result", "completion_notice", "announcement"):
        assert (await _refused(client, rid, office["handler"], kind))["code"] == (
            "document_not_issuable"
        )
    assert await _listed(client, rid, office["handler"]) == []


# ---------------------------------------------------------------- finding form


async def _finding(client: httpx.AsyncClient, handler: dict[str, str]) -> str:
    """A finding recorded by the supervisor Andi Pratama at Bawaslu Lombok Timur, discovered
    Thu 1 Feb 2024."""
    created = await ok(
        await client.post(
            "/v1/reports",
            json=complete_report(
                kind="finding", reporter=None, witnesses=[],
                received_at="2024-02-05T09:00:00+08:00", known_on="2024-02-01",
                incident={"date": "2024-02-01", "time": "15:30", "office": "52.03",
                          "address": "Lapangan Desa Pringgabaya"},
                reported_parties=[{"name": "Kepala Desa Pringgabaya",
                                   "address": "Pringgabaya", "type": None}],
                description="Kepala desa mengarahkan warga memilih calon tertentu.",
                evidence=[{"kind": "video", "description": "Rekaman pidato kepala desa",
                           "copies": 1}],
            ),
            headers=handler,
        ),
        201,
    )  # fmt: skip
    return str(created["id"])


async def test_the_finding_form_names_the_finder(
    client: httpx.AsyncClient, office: dict[str, dict[str, str]]
) -> None:
    handler = office["handler"]
    rid = await _finding(client, handler)
    doc = await _issue(client, rid, handler, "finding_form")
    assert doc["form_code"] == "B.2"
    assert doc["number"].startswith("001/B.2/")
    text = text_of(await download(client, doc, handler))
    assert "FORMULIR TEMUAN" in text
    assert doc["number"] in text
    assert "Bawaslu Kabupaten Lombok Timur" in text  # the finder office
    assert "Andi Pratama" in text  # the supervisor who recorded it, who signs
    assert "Pengawas yang menemukan" in text
    assert "Kamis, 1 Februari 2024" in text  # discovered, with the day name
    assert "15.30 WITA" in text  # the incident's time
    assert "Kepala Desa Pringgabaya" in text
    assert "Lapangan Desa Pringgabaya" in text
    assert "Rekaman pidato kepala desa" in text
    # The finding.set clock, from the case's deadline row (7 working days, UU 7/2017).
    assert "7 hari kerja" in text
    assert "UU 7/2017 Art. 454(5)" in text


async def test_a_report_has_no_finding_form(client: httpx.AsyncClient, case: Case) -> None:
    problem = await _refused(client, case.id, case.handler, "finding_form")
    assert problem["code"] == "document_not_issuable"
    assert await _listed(client, case.id, case.handler) == []
    first = await issue(client, case, "report_form")
    assert first["number"].startswith("001/")


# ---------------------------------------------------------------- initial-review result


async def test_review_result_registered(client: httpx.AsyncClient, case: Case) -> None:
    doc = await issue(client, case, "review_result")
    assert doc["data_class"] == ["personal"]
    assert doc["facts"] == {"result": "registered"}
    text = text_of(await download(client, doc, case.handler))
    assert "PEMBERITAHUAN HASIL KAJIAN AWAL" in text
    assert doc["number"] in text
    assert "Sdr. Siti Aminah" in text  # the addressee
    assert "DIREGISTRASI" in text
    assert case.register_number in text
    assert "Selasa, 6 Februari 2024" in text  # registered, with the day name
    assert "Senin, 5 Februari 2024 pukul 10.00 WITA" in text  # received
    assert "Retno Wulandari" in text  # the chair signs


async def test_review_result_waits_for_the_review_then_states_the_reasons(
    client: httpx.AsyncClient, office: dict[str, dict[str, str]]
) -> None:
    handler = office["handler"]
    rid = await _incomplete(client, handler)
    # Neither registered nor rejected: the initial review has not concluded.
    problem = await _refused(client, rid, handler, "review_result")
    assert problem["code"] == "document_not_issuable"
    assert "received" in problem["detail"]
    await ok(
        await client.post(
            f"/v1/reports/{rid}/rejection",
            json={"reasons": ["incomplete", "other"], "note": "Bukti tidak dilampirkan.",
                  "occurred_at": "2024-01-15T10:00:00+08:00"},
            headers=handler,
        )
    )  # fmt: skip
    doc = await _issue(client, rid, handler, "review_result")
    assert doc["number"].startswith("001/")  # the refusal took no number
    text = text_of(await download(client, doc, handler))
    assert "TIDAK DIREGISTRASI" in text
    assert "Senin, 15 Januari 2024" in text  # the rejection, with the day name
    assert "Syarat formal dan/atau syarat materiel laporan tidak terpenuhi." in text
    assert "Bukti tidak dilampirkan." in text
    assert "Perbawaslu 7/2022 Art. 15(4) item 3" in text  # the unmet condition's basis
    assert "Jumat, 12 Januari 2024 pukul 10.00 WITA" in text  # received


# ---------------------------------------------------------------- notice to complete


async def test_completion_notice_states_what_is_missing_and_the_deadline(
    client: httpx.AsyncClient, office: dict[str, dict[str, str]]
) -> None:
    handler = office["handler"]
    rid = await _incomplete(client, handler)
    # No completion requested yet.
    problem = await _refused(client, rid, handler, "completion_notice")
    assert problem["code"] == "document_not_issuable"
    await ok(
        await client.post(
            f"/v1/reports/{rid}/completion-requests",
            json={"missing": ["evidence_missing", "witnesses_missing"],
                  "notice_received_at": NOTICE_AT, "occurred_at": NOTICE_AT},
            headers=handler,
        )
    )  # fmt: skip
    clocks = (await ok(await client.get(f"/v1/reports/{rid}/deadlines", headers=handler)))["items"]
    clock = next(c for c in clocks if c["rule"] == "report.completion")
    doc = await _issue(client, rid, handler, "completion_notice")
    assert doc["number"].startswith("001/BWS-PK/")
    assert doc["facts"]["rule"] == "report.completion"
    text = text_of(await download(client, doc, handler))
    assert "PEMBERITAHUAN KELENGKAPAN LAPORAN" in text
    assert doc["number"] in text
    assert "Sdr. Siti Aminah" in text
    # What is missing: the review's unmet condition and what the officer named, worded.
    assert "Perbawaslu 7/2022 Art. 15(4) item 3" in text
    assert "bukti" in text.lower()
    assert "saksi" in text.lower()
    # The deadline from the case's clock row, in the office's zone, with the day name.
    assert clock["due"] == "2024-01-16"
    assert "Selasa, 16 Januari 2024 pukul 16.00 WITA" in text
    assert "2 hari kerja" in text
    assert clock["basis"] in text
    assert "Jumat, 12 Januari 2024 pukul 11.00 WITA" in text  # the notice received
    # While completion is pending, the review has not concluded.
    assert (await _refused(client, rid, handler, "review_result"))["code"] == (
        "document_not_issuable"
    )


async def test_no_completion_notice_for_a_registered_case(
    client: httpx.AsyncClient, case: Case
) -> None:
    problem = await _refused(client, case.id, case.handler, "completion_notice")
    assert problem["code"] == "document_not_issuable"
    assert "forwarded" in problem["detail"]
    assert await _listed(client, case.id, case.handler) == []


# ---------------------------------------------------------------- announcement


def _squash(value: str) -> str:
    """Letters and digits only, lower case: a value found even across a line break or a
    hyphenation."""
    return re.sub(r"[\W_]+", "", value).lower()


async def test_the_announcement_is_public_and_carries_no_personal_data(
    client: httpx.AsyncClient, case: Case, db: Any
) -> None:
    # An expert heard in the case (added directly: the walked case is past the point where
    # persons are added over HTTP).
    expert = {
        "name": "Dr. Made Wirawan",
        "address": "Jl. Udayana 7, Mataram",
        "phone": "0877000111",
        "email": "made@unram.example",
    }
    db.add(
        CasePerson(
            report_id=uuid.UUID(case.id),
            role=PersonRole.expert,
            expertise="Hukum pemilu",
            created_by="test",
            **expert,
        )
    )
    await db.commit()
    doc = await issue(client, case, "announcement")
    assert doc["form_code"] == "BWS-PS"
    assert doc["data_class"] == ["public"]
    # Public: any staff member reads it, without a reason.
    response = await client.get(f"/v1/documents/{doc['id']}/content", headers=case.viewer)
    assert response.status_code == 200, response.text
    text = text_of(response.content)
    assert "PENGUMUMAN STATUS LAPORAN/TEMUAN" in text
    assert doc["number"] in text
    assert case.register_number in text
    assert "Selasa, 6 Februari 2024" in text  # registered
    assert "Caleg X" in text  # the reported party
    # The reporter's own account is free text that may name anyone: never on the board.
    assert "Pembagian uang kepada pemilih" not in text
    assert "Diteruskan" in text  # the status
    assert "Pelanggaran administratif" in text  # the category
    assert "Komisi Pemilihan Umum (KPU)" in text  # where it was forwarded
    assert "Laporan terbukti sebagai pelanggaran administratif." in text  # the notice
    assert "Selasa, 20 Februari 2024" in text  # announced
    assert "Retno Wulandari" in text  # signed by the chair
    # Nothing of the reporter, the witnesses (at intake and as persons) or the expert.
    reporter = complete_report()["reporter"]
    values = [reporter[k] for k in ("name", "nik", "address", "phone", "email")]
    for w in PAPER_CASE["witnesses"]:
        values += [w.get(k, "") for k in ("name", "address", "phone")]
    values += [expert[k] for k in ("name", "address", "phone", "email")]
    squashed = _squash(text)
    for value in filter(None, values):
        assert value not in text, value
        assert _squash(value) not in squashed, value


async def test_the_announcement_withholds_personal_data_written_in_the_description(
    client: httpx.AsyncClient, office: dict[str, dict[str, str]]
) -> None:
    """A not-registered report is announced too, once announced; a reporter who wrote
    their own name and a witness's into the account, and an officer who let the reporter's
    name slip into the public notice, see none of it on the notice board."""
    handler = office["handler"]
    rid = await _incomplete(
        client, handler,
        description="Saya, Siti Aminah, bersama Budi melihat pembagian uang di Pasar Selong.",
    )  # fmt: skip
    assert (await _refused(client, rid, handler, "announcement"))["code"] == (
        "document_not_issuable"
    )
    await ok(
        await client.post(
            f"/v1/reports/{rid}/rejection",
            json={"reasons": ["completion_expired"], "occurred_at": "2024-01-17T10:00:00+08:00"},
            headers=handler,
        )
    )  # fmt: skip
    # Rejected but not yet announced: nothing to put on the board.
    assert (await _refused(client, rid, handler, "announcement"))["code"] == (
        "document_not_issuable"
    )
    await ok(
        await client.post(
            f"/v1/reports/{rid}/announcement",
            json={"notice": "Laporan Siti Aminah tidak diregistrasi.",
                  "occurred_at": "2024-01-17T11:00:00+08:00"},
            headers=office["commissioner"],
        )
    )  # fmt: skip
    doc = await _issue(client, rid, handler, "announcement")
    text = text_of(await download(client, doc, handler))
    assert "Tidak diregistrasi" in text
    assert "Laporan tidak dilengkapi dalam batas waktu melengkapi laporan." in text
    assert "Jumat, 12 Januari 2024" in text  # received (no register number)
    assert "pembagian uang di Pasar Selong" not in text  # the reporter's account
    assert "Laporan [disamarkan] tidak diregistrasi." in text
    for value in ("Siti Aminah", "Budi", "5203014708900001", "081234567890"):
        assert value not in text, value


async def test_a_finding_is_announced_with_its_finder_office(
    client: httpx.AsyncClient, office: dict[str, dict[str, str]]
) -> None:
    handler = office["handler"]
    rid = await _finding(client, handler)
    registered = await ok(
        await client.post(
            f"/v1/reports/{rid}/registration", json={"occurred_at": "2024-02-06T10:00:00+08:00"},
            headers=handler,
        )
    )  # fmt: skip
    await ok(
        await client.post(
            f"/v1/reports/{rid}/announcement",
            json={"notice": "Temuan diregistrasi.", "occurred_at": "2024-02-06T11:00:00+08:00"},
            headers=office["commissioner"],
        )
    )  # fmt: skip
    doc = await _issue(client, rid, handler, "announcement")
    text = text_of(await download(client, doc, handler))
    assert "Temuan" in text
    assert "Penemu" in text
    assert "Bawaslu Kabupaten Lombok Timur" in text
    assert registered["register_number"] in text
    assert "Selasa, 6 Februari 2024" in text
    assert "Andi Pratama" not in text  # the office is the finder on the public notice


async def test_pilkada_forms_carry_their_regime_codes(
    client: httpx.AsyncClient, office: dict[str, dict[str, str]]
) -> None:
    """A Pilkada 2024 report is on Form A.1, a finding on A.2 (the form registry)."""
    handler = office["handler"]
    incident = {"date": "2024-11-10", "office": "52.03", "address": "Pasar Selong"}
    dates = {"election": "pilkada-2024", "received_at": "2024-11-11T10:00:00+08:00",
             "known_on": "2024-11-10", "incident": incident}  # fmt: skip
    report = await ok(
        await client.post("/v1/reports", json=complete_report(**dates), headers=handler), 201
    )
    doc = await _issue(client, report["id"], handler, "report_form")
    assert doc["form_code"] == "A.1"
    text = text_of(await download(client, doc, handler))
    assert "FORMULIR LAPORAN" in text
    assert "Senin, 11 November 2024" in text  # reported
    assert "Minggu, 10 November 2024" in text  # the incident, a Sunday
    finding = await ok(
        await client.post(
            "/v1/reports", json=complete_report(kind="finding", reporter=None, **dates),
            headers=handler,
        ),
        201,
    )  # fmt: skip
    doc = await _issue(client, finding["id"], handler, "finding_form")
    assert doc["form_code"] == "A.2"
    text = text_of(await download(client, doc, handler))
    assert "FORMULIR TEMUAN" in text
    assert "Andi Pratama" in text
    assert "7 hari" in text  # finding.set: 7 calendar days (UU 1/2015 Art. 134(4))
    assert "UU 1/2015 Art. 134(4)" in text
