"""Administrative hearings through HTTP (Perbawaslu 8/2022; docs/legal/procedure.md §1.4;
docs/procedure.md).

A report against KPU Kabupaten Lombok Timur, registered as an administrative violation on
Mon 15 Jan 2024: the panel is formed (Art. 13-15), the preliminary examination and the
preliminary decision admit it, the reading of the report is adjourned because the reported
party is absent (policy `hearings.adjourn_when_party_absent`), then held; the answer,
evidence, witnesses, conclusions and the final decision read in public follow, all inside
`admin.decision` (14 working days, UU 7/2017 Art. 461). The case's decision then closes that
clock and the forwarding to KPU starts `admin.kpu_followup` from the decision (Art. 462).
"""

from __future__ import annotations

from typing import Any

import httpx
from sqlalchemy import text
from tests.api.reports.conftest import complete_report, hold_plenary

ADMIN_CASE = {
    "received_at": "2024-01-12T10:00:00+08:00",
    "violation_type": "administrative",
    "reported_parties": [
        {"name": "KPU Kabupaten Lombok Timur", "address": "Selong", "type": "kpu"}
    ],
}
PANEL = {
    "chair": {"name": "Ketua Bawaslu Lotim", "position": "Ketua"},
    "members": [{"name": "Anggota A", "position": "Anggota"}, {"name": "Anggota B"}],
    "secretary": {"name": "Kepala Sekretariat", "position": "Koordinator Sekretariat"},
    "clerk": {"name": "Staf Perisalah"},
    "formed_at": "2024-01-16T09:00:00+08:00",
}
BOTH = {"reporter": True, "reported": True}
REPORTED_ABSENT = {"reporter": True, "reported": False}
GROUNDS = {
    "formal_requirements": True,
    "material_requirements": True,
    "authority": True,
    "reporter_standing": True,
    "reported_standing": True,
    "filing_deadline": True,
}

ADMITTED = {"grounds": GROUNDS, "reasons": "Memenuhi."}


def session(agenda: str, day: str, **kw: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "agenda": agenda,
        "held_at": f"2024-01-{day}T10:00:00+08:00",
        "place": "Ruang sidang Bawaslu Lombok Timur",
        "attendance": BOTH,
        "minutes": f"Berita acara sidang {agenda}.",
        "transcript": "Risalah sidang.",
    }
    body.update(kw)
    return body


async def registered_case(client: httpx.AsyncClient, handler: dict[str, str], **kw: Any) -> str:
    created = await client.post(
        "/v1/reports", json=complete_report(**{**ADMIN_CASE, **kw}), headers=handler
    )
    assert created.status_code == 201, created.text
    rid = str(created.json()["id"])
    registered = await client.post(
        f"/v1/reports/{rid}/registration",
        json={"occurred_at": "2024-01-15T09:00:00+08:00"},
        headers=handler,
    )
    assert registered.status_code == 200, registered.text
    return rid


async def _post(client: httpx.AsyncClient, rid: str, body: dict[str, Any], h: Any) -> Any:
    return await client.post(f"/v1/reports/{rid}/hearings/sessions", json=body, headers=h)


async def _clocks(client: httpx.AsyncClient, rid: str, headers: dict[str, str]) -> Any:
    return {
        d["rule"]: d
        for d in (await client.get(f"/v1/reports/{rid}/deadlines", headers=headers)).json()["items"]
    }


async def test_a_hearing_from_the_panel_to_the_final_decision_and_the_kpu_follow_up(
    client: httpx.AsyncClient, handler: dict[str, str], commissioner: dict[str, str], db: Any
) -> None:
    """Perbawaslu 8/2022 Art. 13-15 (panel, minutes of every session), the stages in order,
    an adjournment for an absent party, the decision read in public inside admin.decision;
    the KPU follow-up clock from the decision (UU 7/2017 Art. 462)."""
    rid = await registered_case(client, handler)
    base = f"/v1/reports/{rid}/hearings"
    empty = (await client.get(base, headers=handler)).json()
    assert empty["applies"] is True
    assert empty["adjourn_when_party_absent"] is True
    assert empty["decision_clock"]["rule"] == "admin.decision"
    assert empty["decision_clock"]["status"] == "pending"
    assert "No timetable" in empty["timetable"]

    panel = await client.post(f"{base}/panel", json=PANEL, headers=handler)
    assert panel.status_code == 200, panel.text
    assert panel.json()["panel"]["chair"]["name"] == "Ketua Bawaslu Lotim"
    assert panel.json()["panel"]["basis"].startswith("Perbawaslu 8/2022 Art. 13-15")
    assert panel.json()["next_agendas"] == ["preliminary_examination"]

    first = await _post(
        client, rid, session("preliminary_examination", "17"),
        {**handler, "Idempotency-Key": "sidang-1"},
    )  # fmt: skip
    assert first.status_code == 201, first.text
    assert (first.json()["number"], first.json()["title"]) == (1, "Pemeriksaan pendahuluan")
    replay = await _post(
        client, rid, session("preliminary_examination", "17"),
        {**handler, "Idempotency-Key": "sidang-1"},
    )  # fmt: skip
    assert replay.json()["id"] == first.json()["id"]

    prelim = await _post(
        client, rid,
        session("preliminary_decision", "18", preliminary=ADMITTED),
        handler,
    )  # fmt: skip
    assert prelim.status_code == 201, prelim.text
    assert prelim.json()["preliminary"]["admitted"] is True

    absent = await _post(
        client, rid, session("report_reading", "19", attendance=REPORTED_ABSENT),
        handler,
    )  # fmt: skip
    assert absent.status_code == 201, absent.text
    assert absent.json()["adjourned"] is True
    assert "reported absent" in absent.json()["adjournment"]
    record = (await client.get(base, headers=handler)).json()
    assert record["next_agendas"] == ["report_reading"]  # held again

    minutes = await client.post(
        f"/v1/reports/{rid}/evidence/physical",
        json={
            "category": "document",
            "description": "ADM.BA-SP sidang pembuktian (ditandatangani sekretaris)",
            "receipt": {
                "received_by": "Sekretariat",
                "received_at": "2024-01-24T16:00:00+08:00",
                "kept_at": "Arsip",
            },
        },
        headers=handler,
    )
    assert minutes.status_code == 201, minutes.text
    for body in (
        session("report_reading", "22"),
        session("answer", "23"),
        session("evidence", "24", minutes="", minutes_evidence_id=minutes.json()["id"]),
        session("witnesses_experts", "25", witnesses_heard=2, experts_heard=1),
        session("conclusions", "26"),
    ):
        done = await _post(client, rid, body, handler)
        assert done.status_code == 201, (body["agenda"], done.text)
        assert done.json()["late"] is False

    final = await _post(
        client, rid,
        session(
            "final_decision", "29",
            final={"proven": True, "orders": ["corrective_order"], "summary": "Terbukti."},
        ),
        handler,
    )  # fmt: skip
    assert final.status_code == 201, final.text
    assert final.json()["final"]["orders"] == ["corrective_order"]
    assert (await client.get(base, headers=handler)).json()["next_agendas"] == []
    after = await _post(client, rid, session("conclusions", "30"), handler)
    assert (after.status_code, after.json()["code"]) == (409, "agenda_out_of_order")

    # The case's decision (at the reading, after the plenary) closes admin.decision; KPU's
    # clock runs from it.
    await hold_plenary(
        client, rid, handler, commissioner, "violation", "administrative",
        held_at="2024-01-29T10:30:00+08:00",
    )  # fmt: skip
    decided = await client.post(
        f"/v1/reports/{rid}/decision",
        json={
            "outcome": "violation",
            "category": "administrative",
            "legal_basis": "UU 7/2017 Pasal 461",
            "summary": "Terbukti; perbaikan administrasi.",
            "occurred_at": "2024-01-29T11:00:00+08:00",
        },
        headers=commissioner,
    )
    assert decided.status_code == 200, decided.text
    forwarded = await client.post(
        f"/v1/reports/{rid}/forwardings",
        json={"to": "kpu", "occurred_at": "2024-01-29T14:00:00+08:00"},
        headers=handler,
    )
    assert forwarded.status_code == 200, forwarded.text
    clocks = await _clocks(client, rid, handler)
    assert clocks["admin.decision"]["status"] == "met"
    assert clocks["admin.kpu_followup"]["trigger"].startswith("2024-01-29")

    events = (await client.get(f"/v1/reports/{rid}/timeline", headers=handler)).json()["items"]
    hearing = [e["action"] for e in events if e["action"].startswith("hearing")]
    assert hearing == [
        "hearing_panel_formed",
        "hearing_session_held",
        "hearing_session_held",
        "hearing_session_adjourned",
        *["hearing_session_held"] * 6,
    ]
    assert (await client.get(f"/v1/reports/{rid}/timeline/verify", headers=handler)).json()["valid"]
    types = (
        await db.execute(
            text("SELECT type FROM webhook_event WHERE report_id = :r ORDER BY seq"), {"r": rid}
        )
    ).scalars()
    hearing_types = [t for t in types if t.startswith("hearing.")]
    assert hearing_types == ["hearing.panel_formed", *["hearing.session_recorded"] * 9]


async def test_a_report_not_admitted_ends_the_hearing(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    """The preliminary decision tests every ground; one not met: not admitted, no
    examination follows (docs/legal/procedure.md §1.4)."""
    rid = await registered_case(client, handler)
    await client.post(f"/v1/reports/{rid}/hearings/panel", json=PANEL, headers=handler)
    early = await _post(client, rid, session("report_reading", "17"), handler)
    assert (early.status_code, early.json()["code"]) == (409, "agenda_out_of_order")
    await _post(client, rid, session("preliminary_examination", "17"), handler)
    missing = await _post(
        client, rid,
        session("preliminary_decision", "18", preliminary={"grounds": {"authority": True},
                                                           "reasons": "x"}),
        handler,
    )  # fmt: skip
    assert missing.status_code == 422
    assert missing.json()["errors"][0]["location"] == "body.preliminary.grounds"
    refused = await _post(
        client, rid,
        session(
            "preliminary_decision", "18",
            preliminary={"grounds": {**GROUNDS, "filing_deadline": False}, "reasons": "Lewat."},
        ),
        handler,
    )  # fmt: skip
    assert refused.json()["preliminary"]["admitted"] is False
    after = await _post(client, rid, session("report_reading", "19"), handler)
    assert after.status_code == 409
    assert "did not admit" in after.json()["detail"]


async def test_refusals_wrong_case_no_panel_and_bad_input(
    client: httpx.AsyncClient, handler: dict[str, str], auth: Any
) -> None:
    """Hearings are for administrative violations of a pemilu (Perbawaslu 8/2022); a
    session needs the panel; every session has its minutes (Art. 14); the final decision
    is read in public."""
    crime = await registered_case(
        client,
        handler,
        violation_type="criminal",
        reported_parties=[{"name": "Caleg X", "address": "Selong"}],
    )
    wrong = await client.post(f"/v1/reports/{crime}/hearings/panel", json=PANEL, headers=handler)
    assert (wrong.status_code, wrong.json()["code"]) == (409, "not_a_hearing_case")
    assert (await client.get(f"/v1/reports/{crime}/hearings", headers=handler)).json()[
        "applies"
    ] is False

    rid = await registered_case(client, handler)
    no_panel = await _post(client, rid, session("preliminary_examination", "17"), handler)
    assert (no_panel.status_code, no_panel.json()["code"]) == (409, "no_hearing_panel")
    await client.post(f"/v1/reports/{rid}/hearings/panel", json=PANEL, headers=handler)
    no_minutes = await _post(
        client, rid, session("preliminary_examination", "17", minutes=""), handler
    )
    assert no_minutes.status_code == 422
    assert no_minutes.json()["errors"][0]["code"] == "minutes_required"
    before_panel = await _post(client, rid, session("preliminary_examination", "15"), handler)
    assert before_panel.json()["errors"][0]["code"] == "before_previous_event"
    viewer = await auth("viewer", "52.03")
    assert (
        await _post(client, rid, session("preliminary_examination", "17"), viewer)
    ).status_code == 403
    for agenda, day in (
        ("preliminary_examination", "17"),
        ("report_reading", "18"),
    ):
        if agenda == "report_reading":
            prelim = session(
                "preliminary_decision", "18", preliminary={"grounds": GROUNDS, "reasons": "x"}
            )
            assert (await _post(client, rid, prelim, handler)).status_code == 201
        assert (await _post(client, rid, session(agenda, day), handler)).status_code == 201
    for agenda, day in (("answer", "19"), ("evidence", "22"), ("conclusions", "23")):
        assert (await _post(client, rid, session(agenda, day), handler)).status_code == 201
    not_proven = {"proven": False, "summary": "Tidak terbukti."}
    closed = await _post(
        client, rid, session("final_decision", "24", public=False, final=not_proven), handler
    )
    assert closed.status_code == 422
    assert closed.json()["errors"][0]["location"] == "body.public"


async def test_with_the_policy_off_a_session_proceeds_without_the_absent_party_and_late_is_marked(
    client: httpx.AsyncClient, handler: dict[str, str], auth: Any
) -> None:
    """Policy `hearings.adjourn_when_party_absent` (MED: proceeded in 2019, adjourned in
    2022) set to false by a national admin: the session proceeds. A session after the
    due time of admin.decision is recorded as late."""
    national = await auth("admin", "ID")
    put = await client.put(
        "/v1/rules/policies/hearings.adjourn_when_party_absent",
        json={"value": False, "reason": "Keputusan Ketua (contoh)"},
        headers=national,
    )
    assert put.status_code == 200, put.text
    rid = await registered_case(client, handler)
    await client.post(f"/v1/reports/{rid}/hearings/panel", json=PANEL, headers=handler)
    proceeds = await _post(
        client, rid,
        session("preliminary_examination", "17", attendance=REPORTED_ABSENT),
        handler,
    )  # fmt: skip
    assert proceeds.status_code == 201, proceeds.text
    assert proceeds.json()["adjourned"] is False
    late = await _post(
        client, rid,
        session("preliminary_decision", "17", held_at="2024-02-20T10:00:00+08:00",
                preliminary={"grounds": GROUNDS, "reasons": "x"}),
        handler,
    )  # fmt: skip
    assert late.status_code == 201, late.text
    assert late.json()["late"] is True
