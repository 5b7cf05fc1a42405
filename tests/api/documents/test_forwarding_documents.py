"""The forwarding letters (docs/documents.md): the recommendation to KPU with the follow-up
deadline KPU must meet, the ethics case to DKPP with its dossier, the alleged election
crime to the police with the Gakkumdu articles and dossier, a violation of other law to
the competent agency; none before the forwarding it records (409, nothing stored)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from typing import Any

import httpx
from tests.api.documents.conftest import LETTERHEAD, Case, download, ok, text_of
from tests.api.gakkumdu.test_gakkumdu import OFFICIALS
from tests.api.reports.conftest import complete_report, hold_plenary

from bawaslu_api.documents import idn


@dataclass
class Decided:
    """A case decided in plenary (and maybe forwarded), driven over HTTP."""

    id: str
    url: str
    register_number: str
    handler: dict[str, str]
    commissioner: dict[str, str]


async def issue_on(
    client: httpx.AsyncClient, case: Case | Decided, kind: str, status: int = 201, **body: Any
) -> Any:
    response = await client.post(
        f"{case.url}/documents", json={"kind": kind, **body}, headers=case.handler
    )
    assert response.status_code == status, response.text
    return response.json()


def keep(name: str, pdf: bytes) -> None:
    """Write the PDF where a person can look at it (BAWASLU_DOCS_OUT, when set)."""
    out = os.environ.get("BAWASLU_DOCS_OUT")
    if out:
        with open(os.path.join(out, f"{name}.pdf"), "wb") as f:
            f.write(pdf)


async def nothing_stored(client: httpx.AsyncClient, case: Case | Decided) -> None:
    listed = await ok(await client.get(f"{case.url}/documents", headers=case.handler))
    assert listed["items"] == []


async def decided(
    client: httpx.AsyncClient,
    auth: Any,
    category: str,
    *,
    election: str = "pemilu-2024",
    forward: dict[str, Any] | None = None,
    before_decision: Any = None,
    dates: tuple[str, str, str] | None = None,
    **report: Any,
) -> Decided:
    """A paper case at Bawaslu Lombok Timur, registered, analysed, decided in plenary as a
    violation of ``category`` and, with ``forward``, forwarded. ``dates``: when it was
    registered, the plenary held and the decision taken (default: now)."""
    handler = await auth("handler", "52.03")
    commissioner = await auth("commissioner", "52.03")
    admin = await auth("admin", "52.03")
    await ok(await client.put("/v1/offices/52.03/letterhead", json=LETTERHEAD, headers=admin))
    if election == "pilkada-2024":
        report = {
            "received_at": "2024-10-11T10:00:00+08:00",
            "known_on": "2024-10-10",
            "incident": {"date": "2024-10-10", "office": "52.03", "address": "Desa Pringgabaya"},
            "reporter": {
                **complete_report()["reporter"], "category": "voter", "registered_voter": True,
            },
            **report,
        }  # fmt: skip
    created = await ok(
        await client.post(
            "/v1/reports", json=complete_report(election=election, **report), headers=handler
        ),
        201,
    )
    rid = created["id"]
    url = f"/v1/reports/{rid}"
    registered_at, plenary_at, decided_at = dates or (None, None, None)
    registered = await ok(
        await client.post(
            f"{url}/registration",
            json={"occurred_at": registered_at} if registered_at else None,
            headers=handler,
        )
    )
    case = Decided(rid, url, registered["register_number"], handler, commissioner)
    if before_decision is not None:
        await before_decision(case)
    await hold_plenary(
        client, rid, handler, commissioner, "violation", category, held_at=plenary_at
    )
    await ok(
        await client.post(
            f"{url}/decision",
            json={
                "outcome": "violation", "category": category,
                "legal_basis": "UU 7/2017 Pasal 93 huruf d", "summary": "Terbukti.",
                **({"occurred_at": decided_at} if decided_at else {}),
            },
            headers=commissioner,
        )
    )  # fmt: skip
    if forward is not None:
        await ok(await client.post(f"{url}/forwardings", json=forward, headers=handler))
    return case


# ---------------------------------------------------------------- KPU


async def test_the_recommendation_to_kpu_states_its_follow_up_deadline(
    client: httpx.AsyncClient, case: Case
) -> None:
    """Decided administrative on Mon 19 Feb 2024 and forwarded: KPU follows up within 3
    working days of the decision (UU 7/2017 Art. 462), the deadline row the forwarding
    opened."""
    clocks = (await ok(await client.get(f"{case.url}/deadlines", headers=case.handler)))["items"]
    [clock] = [c for c in clocks if c["rule"] == "admin.kpu_followup"]
    due = date.fromisoformat(clock["due"])
    expected = idn.hari_tanggal(due)
    assert expected == "Kamis, 22 Februari 2024"  # Tue 20, Wed 21, Thu 22 Feb

    doc = await issue_on(client, case, "forward_kpu")
    assert doc["number"].startswith("001/")
    addressee = "Ketua KPU Kabupaten Lombok Timur"
    assert doc["facts"] == {"addressee": addressee, "deadline": due.isoformat()}
    pdf = await download(client, doc, case.handler)
    keep("forward_kpu", pdf)
    text = text_of(pdf)
    assert "Kepada Yth. Ketua KPU Kabupaten Lombok Timur" in text
    assert doc["number"] in text
    assert case.register_number in text
    assert "Pelanggaran administratif" in text
    assert "UU 7/2017 Pasal 461" in text  # the decision's legal basis
    assert "merekomendasikan" in text
    assert f"paling lambat pada hari {expected}" in text
    assert "3 (tiga) hari kerja" in text
    assert "UU 7/2017 Art. 462" in text  # the deadline's basis, from its row
    assert "Senin, 19 Februari 2024" in text  # decided and sent
    assert "Retno Wulandari" in text  # the chair signs
    assert "Halaman 1 dari 1" in text
    # No personal data of the reporter in a letter to KPU.
    for personal in ("5203014708900001", "081234567890", "Jl. Pejanggik", "siti@example.org"):
        assert personal not in text


async def test_letters_to_recipients_the_case_was_not_forwarded_to_are_409(
    client: httpx.AsyncClient, case: Case
) -> None:
    for kind in ("forward_dkpp", "forward_police", "forward_other"):
        refused = await issue_on(client, case, kind, 409)
        assert refused["code"] == "document_not_issuable", kind
        assert case.register_number in refused["detail"]
    await nothing_stored(client, case)
    first = await issue_on(client, case, "forward_kpu")
    assert first["number"].startswith("001/")


async def test_no_kpu_letter_before_the_forwarding(client: httpx.AsyncClient, auth: Any) -> None:
    case = await decided(client, auth, "administrative")
    refused = await issue_on(client, case, "forward_kpu", 409)
    assert refused["code"] == "document_not_issuable"
    assert "KPU" in refused["detail"]
    await nothing_stored(client, case)
    await ok(await client.post(f"{case.url}/forwardings", json={"to": "kpu"}, headers=case.handler))
    doc = await issue_on(client, case, "forward_kpu")
    assert doc["number"].startswith("001/")
    clocks = (await ok(await client.get(f"{case.url}/deadlines", headers=case.handler)))["items"]
    [clock] = [c for c in clocks if c["rule"] == "admin.kpu_followup"]
    assert doc["facts"]["deadline"] == clock["due"]
    text = text_of(await download(client, doc, case.handler))
    assert idn.hari_tanggal(date.fromisoformat(clock["due"])) in text


# ---------------------------------------------------------------- DKPP


async def test_the_ethics_case_goes_to_dkpp_with_its_dossier(
    client: httpx.AsyncClient, auth: Any
) -> None:
    """A Pilkada case decided an ethics violation and forwarded to DKPP: form A.13 with
    the report form, the analysis and the evidence list (Perbawaslu 8/2020 Art. 33)."""
    case = await decided(
        client, auth, "ethics", election="pilkada-2024",
        evidence=[
            {"kind": "photo", "description": "Foto pertemuan di rumah ketua KPPS"},
            {"kind": "document", "description": "Salinan daftar hadir"},
        ],
    )  # fmt: skip
    refused = await issue_on(client, case, "forward_dkpp", 409)
    assert refused["code"] == "document_not_issuable"
    await nothing_stored(client, case)
    await ok(
        await client.post(
            f"{case.url}/forwardings", json={"to": "dkpp", "reference": "R-7/PP.01/X/2024"},
            headers=case.handler,
        )
    )  # fmt: skip
    doc = await issue_on(client, case, "forward_dkpp")
    assert doc["form_code"] == "A.13"
    assert doc["number"].startswith("001/A.13/")
    addressee = "Ketua Dewan Kehormatan Penyelenggara Pemilu Republik Indonesia"
    assert doc["facts"] == {"addressee": addressee}
    pdf = await download(client, doc, case.handler)
    keep("forward_dkpp", pdf)
    text = text_of(pdf)
    assert f"Kepada Yth. {addressee}" in text
    assert case.register_number in text
    assert "Pelanggaran kode etik" in text
    assert "Formulir Laporan" in text
    assert "Kajian dugaan pelanggaran (versi 1" in text
    assert "Daftar bukti" in text
    assert "Foto pertemuan di rumah ketua KPPS" in text
    assert "Salinan daftar hadir" in text
    assert "R-7/PP.01/X/2024" in text
    assert "Pilkada" in text or "Pemilihan" in text
    for kind in ("forward_kpu", "forward_police", "forward_other"):
        assert (await issue_on(client, case, kind, 409))["code"] == "document_not_issuable"


# ---------------------------------------------------------------- police


async def test_the_alleged_crime_goes_to_the_police_with_the_dossier_list(
    client: httpx.AsyncClient, auth: Any
) -> None:
    """Registered as criminal; Gakkumdu's discussions 1 and 2 indicate UU 7/2017 Art.
    523(1) and forward to investigation; declared a crime; the ticked dossier
    (Perbawaslu 3/2023 Art. 27) and the police report number are in the letter."""

    art = "UU 7/2017 Pasal 523 ayat (1)"
    also = "UU 7/2017 Pasal 280 ayat (1) huruf j"

    async def gakkumdu(case: Decided) -> None:
        base = f"{case.url}/gakkumdu"
        for number, conclusion in ((1, "crime_indicated"), (2, "forward_to_investigation")):
            await ok(
                await client.post(
                    f"{base}/discussions",
                    json={
                        "number": number, "held_at": "2024-01-16T10:00:00+08:00"
                        if number == 1 else "2024-01-22T14:00:00+08:00",
                        "place": "Sekretariat Sentra Gakkumdu Lombok Timur",
                        "participants": OFFICIALS, "conclusion": conclusion,
                        "articles": [art] if number == 1 else [art, also],
                    },
                    headers=case.handler,
                ),
                201,
            )  # fmt: skip

    case = await decided(
        client, auth, "crime", before_decision=gakkumdu, violation_type="criminal",
        received_at="2024-01-12T10:00:00+08:00",
        dates=("2024-01-15T09:00:00+08:00", "2024-01-22T14:30:00+08:00",
               "2024-01-22T15:00:00+08:00"),
    )  # fmt: skip
    await ok(
        await client.post(
            f"{case.url}/gakkumdu/dossier",
            json={"items": [
                {"code": "cover_letter"},
                {"code": "discussion_minutes"},
                {"code": "analysis", "note": "Kajian 22 Januari 2024"},
            ]},
            headers=case.handler,
        )
    )  # fmt: skip
    refused = await issue_on(client, case, "forward_police", 409)
    assert refused["code"] == "document_not_issuable"
    await nothing_stored(client, case)

    await ok(
        await client.post(
            f"{case.url}/forwardings",
            json={"to": "police", "occurred_at": "2024-01-23T10:00:00+08:00"},
            headers=case.handler,
        )
    )
    before_lp = await issue_on(client, case, "forward_police")
    assert before_lp["number"].startswith("001/")
    assert before_lp["facts"]["police_report"] is None
    assert "Laporan polisi" not in text_of(await download(client, before_lp, case.handler))

    lp = "LP/B/12/I/2024/SPKT/POLRES LOMBOK TIMUR"
    await ok(
        await client.post(
            f"{case.url}/gakkumdu/police-report",
            json={"number": lp, "received_by": "Bripka SPKT",
                  "received_at": "2024-01-23T10:30:00+08:00", "complainant": "reporter"},
            headers=case.handler,
        ),
        201,
    )  # fmt: skip
    doc = await issue_on(
        client, case, "forward_police", supersedes=before_lp["id"],
        reason="nomor laporan polisi sudah terbit",
    )  # fmt: skip
    assert doc["number"].startswith("002/")
    assert doc["facts"]["addressee"] == "Kepala Kepolisian Resor Lombok Timur"
    assert doc["facts"]["police_report"] == lp
    assert doc["facts"]["dossier"] == ["cover_letter", "analysis", "discussion_minutes"]
    pdf = await download(client, doc, case.handler)
    keep("forward_police", pdf)
    text = text_of(pdf)
    assert "Kepada Yth. Kepala Kepolisian Resor Lombok Timur" in text
    assert case.register_number in text
    assert "Tindak pidana pemilihan" in text
    assert "UU 7/2017 Pasal 523 ayat (1); UU 7/2017 Pasal 280 ayat (1) huruf j" in text
    assert "Pembahasan pertama pada Selasa, 16 Januari 2024" in text
    assert "Pembahasan kedua pada Senin, 22 Januari 2024" in text
    # The ticked dossier, by its labels, in the article's order; unticked ones absent.
    dossier = ["1. Surat pengantar", "2. Kajian dugaan pelanggaran (Kajian 22 Januari 2024)",
               "3. Berita acara pembahasan"]  # fmt: skip
    positions = [text.index(item) for item in dossier]
    assert positions == sorted(positions)
    assert "Laporan hasil penyelidikan" not in text
    assert lp in text
    assert "Selasa, 23 Januari 2024 pukul 10.30 WITA" in text


# ---------------------------------------------------------------- another agency


async def test_a_violation_of_other_law_goes_to_the_agency_named(
    client: httpx.AsyncClient, auth: Any
) -> None:
    case = await decided(client, auth, "other_law")
    refused = await issue_on(client, case, "forward_other", 409)
    assert refused["code"] == "document_not_issuable"
    await nothing_stored(client, case)
    await ok(
        await client.post(
            f"{case.url}/forwardings",
            json={"to": "agency", "agency_name": "Komisi Aparatur Sipil Negara"},
            headers=case.handler,
        )
    )
    doc = await issue_on(client, case, "forward_other")
    assert doc["number"].startswith("001/")
    assert doc["facts"]["addressee"] == "Pimpinan Komisi Aparatur Sipil Negara"
    pdf = await download(client, doc, case.handler)
    keep("forward_other", pdf)
    text = text_of(pdf)
    assert "Kepada Yth. Pimpinan Komisi Aparatur Sipil Negara" in text
    assert case.register_number in text
    assert "Pelanggaran hukum lainnya" in text
    assert "UU 7/2017 Pasal 93 huruf d" in text
    assert "kewenangan Komisi Aparatur Sipil Negara" in text

    # The officer may name the agency on the letter (e.g. its full title).
    named = await issue_on(client, case, "forward_other", agency="Badan Kepegawaian Negara")
    assert named["facts"]["addressee"] == "Pimpinan Badan Kepegawaian Negara"
    assert "Kepada Yth. Pimpinan Badan Kepegawaian Negara" in text_of(
        await download(client, named, case.handler)
    )


async def test_a_pilkada_recommendation_before_kpu_received_it_states_the_rule(
    client: httpx.AsyncClient, auth: Any
) -> None:
    """Pilkada: KPU's 7 calendar days run from its receipt (UU 10/2016 Art. 139-140), not
    yet known, so no deadline row: the letter states the period, not a date."""
    case = await decided(
        client, auth, "administrative", election="pilkada-2024", forward={"to": "kpu"}
    )
    clocks = (await ok(await client.get(f"{case.url}/deadlines", headers=case.handler)))["items"]
    assert not [c for c in clocks if c["rule"] == "admin.kpu_followup"]
    doc = await issue_on(client, case, "forward_kpu")
    assert doc["facts"] == {"addressee": "Ketua KPU Kabupaten Lombok Timur", "deadline": None}
    text = text_of(await download(client, doc, case.handler))
    assert "7 (tujuh) hari sejak rekomendasi diterima" in text
    assert "UU 10/2016 Art. 139" in text
    assert "paling lambat pada hari" not in text
