"""Classification of cases (issue 15): the election stage of the incident (derived from the
election's stage calendar, or set by an officer), the subjects, the classification action,
the list filters, exports, imports, the public list, the taxonomy endpoint and the working
days to registration and decision."""

from __future__ import annotations

import csv
import io
import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from tests.api.reports.conftest import complete_report, hold_plenary

from bawaslu_api.cases.models import Report


def on(incident: str, received: str | None = None, **overrides: Any) -> dict[str, Any]:
    """A complete report about an incident on ``incident``, known that day and received
    (10:00 WITA) on ``received`` (default: the same day)."""
    return complete_report(
        incident={"date": incident, "office": "52.03", "address": "Pasar Selong"},
        known_on=incident,
        received_at=f"{received or incident}T10:00:00+08:00",
        **overrides,
    )


async def _create(client: httpx.AsyncClient, headers: dict[str, str], body: dict[str, Any]) -> Any:
    response = await client.post("/v1/reports", json=body, headers=headers)
    assert response.status_code == 201, response.text
    return response


@pytest.mark.parametrize(
    ("incident", "received", "stage"),
    [
        ("2024-01-10", "2024-01-12", "campaign"),  # masa kampanye 28 Nov 2023 - 10 Feb 2024
        ("2024-02-12", "2024-02-12", "quiet_period"),  # masa tenang 11-13 Feb 2024
        ("2024-02-15", "2024-02-16", "voting_counting"),  # 15 Feb: counting, shorter window
        ("2023-11-20", "2023-11-21", "candidacy"),
        ("2023-11-26", "2023-11-27", None),  # between candidacy (to 25 Nov) and the campaign
    ],
)
async def test_the_stage_is_derived_from_the_incident_date(
    client: httpx.AsyncClient, handler: dict[str, str], incident: str, received: str, stage: Any
) -> None:
    case = (await _create(client, handler, on(incident, received))).json()
    assert (case["stage"], case["stage_set_by"], case["subjects"]) == (stage, "derived", [])


async def test_subjects_are_kept_once_in_the_order_given(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    body = complete_report(subjects=["money_politics", "campaign_place", "money_politics"])
    case = (await _create(client, handler, body)).json()
    assert case["subjects"] == ["money_politics", "campaign_place"]
    read = (await client.get(f"/v1/reports/{case['id']}", headers=handler)).json()
    assert read["subjects"] == ["money_politics", "campaign_place"]
    assert (read["stage"], read["stage_set_by"]) == ("campaign", "derived")


@pytest.mark.parametrize(
    ("overrides", "locations"),
    [
        ({"subjects": ["money_politics", "bribery"]}, ["body.subjects.1"]),
        ({"stage": "counting"}, ["body.stage"]),
        ({"stage": "x", "subjects": ["y"]}, ["body.subjects.0", "body.stage"]),
    ],
)
async def test_unknown_codes_are_refused_naming_the_field(
    client: httpx.AsyncClient,
    handler: dict[str, str],
    overrides: dict[str, Any],
    locations: list[str],
) -> None:
    response = await client.post("/v1/reports", json=complete_report(**overrides), headers=handler)
    assert response.status_code == 422, response.text
    problem = response.json()
    assert problem["code"] == "unknown_reference"
    assert [e["location"] for e in problem["errors"]] == locations


async def test_more_than_five_subjects_are_refused(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    six = ["money_politics", "neutrality_asn", "campaign_place", "campaign_props", "other",
           "logistics"]  # fmt: skip
    response = await client.post("/v1/reports", json=complete_report(subjects=six), headers=handler)
    assert response.status_code == 422
    assert response.json()["errors"][0]["location"] == "body.subjects"


async def test_an_officers_stage_survives_a_correction_of_the_incident_date(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    case = (await _create(client, handler, complete_report(stage="logistics"))).json()
    assert (case["stage"], case["stage_set_by"]) == ("logistics", "officer")
    corrected = await client.patch(
        f"/v1/reports/{case['id']}",
        json={"incident": {"date": "2023-11-20"}, "reason": "salah tanggal"},
        headers=handler,
    )
    assert corrected.status_code == 200, corrected.text
    assert (corrected.json()["stage"], corrected.json()["stage_set_by"]) == (
        "logistics",
        "officer",
    )


async def test_a_derived_stage_follows_a_corrected_incident_date(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    case = (await _create(client, handler, complete_report())).json()
    assert case["stage"] == "campaign"
    corrected = await client.patch(
        f"/v1/reports/{case['id']}",
        json={"incident": {"date": "2023-11-20"}, "reason": "salah tanggal"},
        headers=handler,
    )
    assert corrected.status_code == 200, corrected.text
    assert (corrected.json()["stage"], corrected.json()["stage_set_by"]) == (
        "candidacy",
        "derived",
    )
    events = (await client.get(f"/v1/reports/{case['id']}/timeline", headers=handler)).json()
    (event,) = [e for e in events["items"] if e["action"] == "corrected"]
    assert event["changes"]["changes"]["stage"] == {"before": "campaign", "after": "candidacy"}


async def test_the_classification_action_is_on_the_timeline_and_checks_if_match(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    created = await _create(client, handler, complete_report(subjects=["money_politics"]))
    rid, etag = created.json()["id"], created.headers["ETag"]
    url = f"/v1/reports/{rid}/classification"
    body = {"stage": "logistics", "subjects": ["logistics", "other"], "reason": "sembako TPS"}
    response = await client.post(url, json=body, headers={**handler, "If-Match": etag})
    assert response.status_code == 200, response.text
    out = response.json()
    assert (out["stage"], out["stage_set_by"], out["subjects"]) == (
        "logistics", "officer", ["logistics", "other"],
    )  # fmt: skip
    assert response.headers["ETag"] != etag
    # The same version again: someone changed the case meanwhile.
    stale = await client.post(url, json=body, headers={**handler, "If-Match": etag})
    assert stale.status_code == 412
    # Back to the derived stage; the subjects stay as they are.
    back = await client.post(url, json={"stage": None, "reason": "kembali"}, headers=handler)
    assert back.status_code == 200, back.text
    assert (back.json()["stage"], back.json()["stage_set_by"], back.json()["subjects"]) == (
        "campaign", "derived", ["logistics", "other"],
    )  # fmt: skip
    again = await client.post(url, json={"stage": None, "reason": "kembali"}, headers=handler)
    assert (again.status_code, again.json()["code"]) == (422, "nothing_to_correct")
    events = (await client.get(f"/v1/reports/{rid}/timeline", headers=handler)).json()["items"]
    classified = [e for e in events if e["action"] == "classified"]
    assert [e["changes"]["changes"] for e in classified] == [
        {
            "stage": {"before": "campaign", "after": "logistics"},
            "stage_set_by": {"before": "derived", "after": "officer"},
            "subjects": {"before": ["money_politics"], "after": ["logistics", "other"]},
        },
        {
            "stage": {"before": "logistics", "after": "campaign"},
            "stage_set_by": {"before": "officer", "after": "derived"},
        },
    ]
    assert classified[0]["changes"]["reason"] == "sembako TPS"
    verified = (await client.get(f"/v1/reports/{rid}/timeline/verify", headers=handler)).json()
    assert verified["valid"] is True


async def test_the_classification_action_names_unknown_codes(
    client: httpx.AsyncClient, handler: dict[str, str], auth: Any
) -> None:
    rid = (await _create(client, handler, complete_report())).json()["id"]
    url = f"/v1/reports/{rid}/classification"
    response = await client.post(
        url, json={"stage": "nope", "subjects": ["other", "x"], "reason": "alasan"}, headers=handler
    )
    assert response.status_code == 422
    assert [e["location"] for e in response.json()["errors"]] == [
        "body.subjects.1",
        "body.stage",
    ]
    viewer = await auth("viewer", "52.03")
    forbidden = await client.post(url, json={"subjects": [], "reason": "alasan"}, headers=viewer)
    assert forbidden.status_code == 403


async def test_the_list_filters_by_stage_and_subject(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    tag = uuid.uuid4().hex[:8]

    def body(incident: str, received: str, subjects: list[str]) -> dict[str, Any]:
        return on(incident, received, subjects=subjects, description=f"Kasus {tag} uji filter")

    async def make(incident: str, received: str, subjects: list[str]) -> str:
        return str(
            (await _create(client, handler, body(incident, received, subjects))).json()["id"]
        )

    campaign_money = await make("2024-01-10", "2024-01-12", ["money_politics"])
    campaign_asn = await make("2024-01-11", "2024-01-12", ["neutrality_asn"])
    quiet_money = await make("2024-02-12", "2024-02-12", ["money_politics", "other"])
    none = (await _create(client, handler, body("2023-11-26", "2023-11-27", []))).json()["id"]

    async def ids(**params: str) -> set[str]:
        response = await client.get("/v1/reports", params={"q": tag, **params}, headers=handler)
        assert response.status_code == 200, response.text
        return {i["id"] for i in response.json()["items"]}

    assert await ids() == {campaign_money, campaign_asn, quiet_money, none}
    assert await ids(stage="campaign") == {campaign_money, campaign_asn}
    assert await ids(subject="money_politics") == {campaign_money, quiet_money}
    assert await ids(stage="campaign", subject="money_politics") == {campaign_money}
    assert await ids(stage="none") == {none}
    page = (await client.get("/v1/reports", params={"q": tag, "stage": "quiet_period"},
                             headers=handler)).json()  # fmt: skip
    assert [(i["stage"], i["subjects"]) for i in page["items"]] == [
        ("quiet_period", ["money_politics", "other"])
    ]
    for bad in ({"stage": "kampanye"}, {"subject": "bribery"}):
        response = await client.get("/v1/reports", params=bad, headers=handler)
        assert response.status_code == 422
        assert response.json()["errors"][0]["location"] == f"query.{next(iter(bad))}"


async def test_exports_carry_stage_and_subjects_and_take_the_same_filters(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    tag = uuid.uuid4().hex[:8]
    money = await _create(
        client, handler, complete_report(subjects=["money_politics", "neutrality_asn"],
                                         description=f"Ekspor {tag} klasifikasi"),
    )  # fmt: skip
    await _create(client, handler, complete_report(description=f"Ekspor {tag} lain"))
    response = await client.get(
        "/v1/reports/export", params={"q": tag, "subject": "money_politics"}, headers=handler
    )
    assert response.status_code == 200, response.text
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [(r["id"], r["stage"], r["subjects"]) for r in rows] == [
        (money.json()["id"], "campaign", "money_politics;neutrality_asn")
    ]
    xlsx = await client.get(
        "/v1/reports/export", params={"q": tag, "format": "xlsx", "stage": "campaign"},
        headers=handler,
    )  # fmt: skip
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(xlsx.content))["reports"]
    header = [c.value for c in sheet[1]]
    values = [dict(zip(header, (c.value for c in row), strict=True)) for row in sheet.iter_rows(2)]
    assert sorted(v["subjects"] or "" for v in values) == ["", "money_politics;neutrality_asn"]
    assert {v["stage"] for v in values} == {"campaign"}


async def test_the_import_reads_subjects_and_stage_and_names_an_unknown_code(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    from tests.api.imports.test_jobs import csv_file, flat_row

    good = flat_row(f"cls-{uuid.uuid4().hex[:8]}")
    good["subjects"] = "money_politics; campaign_place"
    good["stage"] = "logistics"
    bad = flat_row(f"cls-{uuid.uuid4().hex[:8]}")
    bad["subjects"] = "money_politics;bribery"
    files = {"file": ("laporan.csv", csv_file([good, bad]), "text/csv")}
    response = await client.post("/v1/imports/jobs", files=files, headers=handler)
    assert response.status_code == 201, response.text
    results = response.json()["results"]
    assert [r["status"] for r in results] == ["created", "invalid"]
    assert [(p["location"], p["code"]) for p in results[1]["problems"]] == [
        ("subjects.1", "unknown_subject")
    ]
    case = (await client.get(f"/v1/reports/{results[0]['report_id']}", headers=handler)).json()
    assert (case["stage"], case["stage_set_by"], case["subjects"]) == (
        "logistics", "officer", ["money_politics", "campaign_place"],
    )  # fmt: skip


async def test_the_public_list_carries_stage_and_subjects(
    client: httpx.AsyncClient, handler: dict[str, str], commissioner: dict[str, str]
) -> None:
    body = complete_report(subjects=["money_politics"])
    rid = (await _create(client, handler, body)).json()["id"]
    await client.post(f"/v1/reports/{rid}/registration", headers=handler)
    await hold_plenary(client, rid, handler, commissioner)
    await client.post(
        f"/v1/reports/{rid}/decision",
        json={"outcome": "not_violation", "legal_basis": "UU 7/2017", "summary": "Tidak."},
        headers=commissioner,
    )
    announced = await client.post(
        f"/v1/reports/{rid}/announcement", json={"notice": "Bukan."}, headers=commissioner
    )
    assert announced.status_code == 200, announced.text
    items = (await client.get("/v1/public/announcements", params={"office": "52.03"})).json()
    item = next(i for i in items["items"] if i["id"] == rid)
    assert (item["stage"], item["subjects"]) == ("campaign", ["money_politics"])


async def test_online_filing_takes_subjects_and_derives_the_stage(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    body = complete_report()
    filing = {
        k: body[k]
        for k in ("election", "office", "reporter", "reported_parties", "incident", "known_on",
                  "description", "evidence")
    }  # fmt: skip
    bad = await client.post("/v1/public/reports", json={**filing, "subjects": ["x"]})
    assert bad.status_code == 422
    assert bad.json()["errors"][0]["location"] == "body.subjects.0"
    made = await client.post("/v1/public/reports", json={**filing, "subjects": ["money_politics"]})
    assert made.status_code == 201, made.text
    row = (
        await db.execute(
            select(Report.stage, Report.stage_set_by, Report.subjects)
            .order_by(Report.created_at.desc())
            .limit(1)
        )
    ).one()
    assert tuple(row) == ("campaign", "derived", ["money_politics"])


async def test_working_days_to_registration_and_decision(
    client: httpx.AsyncClient,
    handler: dict[str, str],
    commissioner: dict[str, str],
    db: AsyncSession,
) -> None:
    """Received Mon 5 Feb 2024, registered Tue 6 Feb (1 working day), decided Mon 19 Feb:
    6, 7 Feb; not 8 (Isra Mikraj), 9 (cuti bersama Imlek: not a working day by default),
    10 (Imlek, a Saturday) and 11; 12, 13; not 14 (voting day, Keppres 10/2024); 15, 16;
    not 17-18; 19. That is 7 working days (holidays: src/bawaslu_rules/data/holidays-id.csv)."""
    rid = (await _create(client, handler, on("2024-02-04", "2024-02-05"))).json()["id"]
    registered = await client.post(
        f"/v1/reports/{rid}/registration",
        json={"occurred_at": "2024-02-06T10:00:00+08:00"},
        headers=handler,
    )
    assert registered.status_code == 200, registered.text
    await hold_plenary(client, rid, handler, commissioner, held_at="2024-02-19T10:00:00+08:00")
    decided = await client.post(
        f"/v1/reports/{rid}/decision",
        json={
            "outcome": "not_violation",
            "legal_basis": "UU 7/2017",
            "summary": "Tidak terbukti.",
            "occurred_at": "2024-02-19T13:00:00+08:00",
        },
        headers=commissioner,
    )
    assert decided.status_code == 200, decided.text
    row = (
        await db.execute(
            select(Report.registration_days, Report.decision_days).where(
                Report.id == uuid.UUID(rid)
            )
        )
    ).one()
    assert tuple(row) == (1, 7)


async def test_registration_on_the_day_of_receipt_is_zero_days(
    client: httpx.AsyncClient, handler: dict[str, str], db: AsyncSession
) -> None:
    rid = (await _create(client, handler, on("2024-02-04", "2024-02-05"))).json()["id"]
    response = await client.post(
        f"/v1/reports/{rid}/registration",
        json={"occurred_at": "2024-02-05T15:00:00+08:00"},
        headers=handler,
    )
    assert response.status_code == 200, response.text
    days = await db.scalar(select(Report.registration_days).where(Report.id == uuid.UUID(rid)))
    assert days == 0


async def test_the_taxonomy_endpoint(client: httpx.AsyncClient, auth: Any) -> None:
    viewer = await auth("viewer", "52.03")
    response = await client.get(
        "/v1/rules/classification", params={"election": "pemilu-2024"}, headers=viewer
    )
    assert response.status_code == 200, response.text
    out = response.json()
    assert out["regime"] == "pemilu"
    assert [s["code"] for s in out["stages"]][:3] == ["voter_list", "candidacy", "campaign"]
    campaign = next(w for w in out["calendar"] if w["stage"] == "campaign")
    assert (campaign["start"], campaign["end"], campaign["confidence"]) == (
        "2023-11-28", "2024-02-10", "MED",
    )  # fmt: skip
    assert "logistics" not in {w["stage"] for w in out["calendar"]}
    money = next(s for s in out["subjects"] if s["code"] == "money_politics")
    assert money["basis"].startswith("UU 7/2017")
    assert out["subjects_confidence"] == "LOW"
    pilkada = (
        await client.get(
            "/v1/rules/classification", params={"election": "pilkada-2024"}, headers=viewer
        )
    ).json()
    assert pilkada["regime"] == "pemilihan"
    assert next(s for s in pilkada["subjects"] if s["code"] == "money_politics")[
        "basis"
    ].startswith("UU 10/2016")
    mismatch = await client.get(
        "/v1/rules/classification",
        params={"election": "pilkada-2024", "regime": "pemilu"},
        headers=viewer,
    )
    assert (mismatch.status_code, mismatch.json()["code"]) == (422, "regime_mismatch")
    unknown = await client.get(
        "/v1/rules/classification", params={"election": "pemilu-2029"}, headers=viewer
    )
    assert unknown.status_code == 422
    assert (await client.get("/v1/rules/classification")).status_code == 401
    labels = (await client.get("/v1/reference/labels")).json()
    assert {"value": "campaign", "id": "Kampanye", "en": "Campaign"} in labels["stage"]
    assert "money_politics" in {label["value"] for label in labels["subject"]}


async def test_a_completion_that_gives_the_incident_date_classifies_the_case(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    """Filed without an incident date (incomplete), completed with one: the derived stage
    follows, and the completion's event says so."""
    body = complete_report(received_at="2024-01-12T10:00:00+08:00", known_on="2024-01-11")
    body["incident"] = {"office": "52.03", "address": "Pasar Selong"}
    case = (await _create(client, handler, body)).json()
    assert case["stage"] is None
    asked = await client.post(
        f"/v1/reports/{case['id']}/completion-requests",
        json={"missing": [], "notice_received_at": "2024-01-12T11:00:00+08:00",
              "occurred_at": "2024-01-12T11:00:00+08:00"},
        headers=handler,
    )  # fmt: skip
    assert asked.status_code == 200, asked.text
    done = await client.post(
        f"/v1/reports/{case['id']}/completions",
        json={"incident": {"date": "2024-01-10"}, "occurred_at": "2024-01-15T09:00:00+08:00"},
        headers=handler,
    )
    assert done.status_code == 200, done.text
    assert (done.json()["stage"], done.json()["stage_set_by"]) == ("campaign", "derived")
    events = (await client.get(f"/v1/reports/{case['id']}/timeline", headers=handler)).json()
    (event,) = [e for e in events["items"] if e["action"] == "completed"]
    assert event["changes"]["stage"] == {"before": None, "after": "campaign"}
