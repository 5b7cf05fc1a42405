"""Broken object-level authorization (OWASP API1) matrix: every case route x role x the
caller's office relation to the case's office.

A case lives in Kabupaten Lombok Timur (52.03). Its office, the province above it (52) and
Bawaslu RI (ID) may act on it; a kecamatan below it (52.03.01), a sibling kabupaten (52.04)
and another province (33) may not, and for them it does not exist (404), never revealing
anything through 409, 412 or 422. Every route under /v1/reports/{id} must be listed here.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select
from tests.api.reports.conftest import complete_report

from bawaslu_api.offices.models import Office, OfficeLevel

ALL = {"viewer", "handler", "commissioner", "admin"}
HANDLERS = {"handler", "commissioner", "admin"}
COMMISSIONER = {"commissioner"}
REVEALERS = {"commissioner", "admin"}
ASSIGNERS = {"commissioner", "admin"}

# (method, path under /v1/reports/{id}, roles allowed, a valid body)
ROUTES: list[tuple[str, str, set[str], dict[str, Any] | None]] = [
    ("GET", "", ALL, None),
    ("GET", "/deadlines", ALL, None),
    ("GET", "/timeline", ALL, None),
    ("GET", "/timeline/verify", ALL, None),
    ("POST", "/completion-requests", HANDLERS, {"missing": []}),
    ("POST", "/completions", HANDLERS, {"description": "tambahan"}),
    ("POST", "/registration", HANDLERS, None),
    ("POST", "/rejection", HANDLERS, {"reasons": ["other"]}),
    ("PATCH", "", HANDLERS, {"description": "koreksi", "reason": "alasan"}),
    ("GET", "/links", ALL, None),
    # "{id}": the case of the request itself (a link to itself is refused, 422).
    ("POST", "/links", HANDLERS, {"report": "{id}", "kind": "duplicate", "reason": "ganda"}),
    ("POST", "/finding", HANDLERS, {"discovered_on": "2024-01-11", "reason": "informasi awal"}),
    ("POST", "/reclassification", HANDLERS, {"violation_type": "other", "reason": "alasan"}),
    ("POST", "/classification", HANDLERS, {"subjects": ["money_politics"], "reason": "alasan"}),
    ("POST", "/withdrawal", HANDLERS, {"reason": "x"}),
    ("POST", "/extension", HANDLERS, {"reason": "x"}),
    (
        "POST",
        "/decision",
        COMMISSIONER,
        {"outcome": "not_violation", "legal_basis": "x", "summary": "x"},
    ),
    ("POST", "/forwardings", HANDLERS, {"to": "kpu"}),
    ("POST", "/announcement", COMMISSIONER, {"notice": "x"}),
    ("POST", "/transfer", HANDLERS, {"office": "52.03", "reason": "x"}),
    ("POST", "/reporter/reveal", REVEALERS, {"reason": "alasan yang cukup panjang"}),
    ("POST", "/sensitivity", REVEALERS, {"sensitive": True, "reason": "alasan"}),
    ("GET", "/access-log", REVEALERS, None),
    ("GET", "/evidence", ALL, None),
    ("POST", "/evidence", HANDLERS, None),
    (
        "POST",
        "/evidence/physical",
        HANDLERS,
        {
            "category": "object",
            "description": "x",
            "receipt": {
                "received_by": "x",
                "received_at": "2024-01-12T10:05:00+08:00",
                "kept_at": "x",
            },
        },
    ),
    ("POST", "/evidence/uploads", HANDLERS, {"size": 10, "sha256": "0" * 64, "description": "x"}),
    ("GET", "/assignment", ALL, None),
    ("POST", "/assignment", ASSIGNERS, {"officer": "nobody", "reason": "x"}),
    ("POST", "/assignment/release", ASSIGNERS, {"officer": "nobody", "reason": "x"}),
    # Issue 13: the analysis and the plenary (deliberation).
    ("GET", "/analysis", ALL, None),
    ("POST", "/analysis", HANDLERS, {"summary": "x"}),
    ("PUT", "/analysis", HANDLERS, {"summary": "x"}),
    ("POST", "/analysis/finalization", HANDLERS, None),
    ("POST", "/analysis/approval", COMMISSIONER, None),
    ("POST", "/analysis/supersession", HANDLERS, {"reason": "x"}),
    ("GET", "/plenaries", ALL, None),
    (
        "POST",
        "/plenaries",
        COMMISSIONER,
        {
            "held_at": "2024-01-12T10:05:00+08:00",
            "analysis_id": str(uuid.uuid4()),
            "members_in_office": 3,
            "members": [{"name": "Ketua", "role": "chair"}, {"name": "Anggota", "role": "member"}],
            "outcome": "not_violation",
            "legal_basis": "x",
        },
    ),
    # Sentra Gakkumdu (docs/procedure.md).
    ("GET", "/gakkumdu", ALL, None),
    (
        "POST",
        "/gakkumdu/discussions",
        HANDLERS,
        {
            "number": 1,
            "held_at": "2024-01-16T10:00:00+08:00",
            "participants": [
                {"name": "a", "institution": "bawaslu"},
                {"name": "b", "institution": "police"},
                {"name": "c", "institution": "prosecutor"},
            ],
            "conclusion": "crime_indicated",
            "articles": ["UU 7/2017 Pasal 523"],
        },
    ),
    ("POST", "/gakkumdu/dossier", HANDLERS, {"items": [{"code": "cover_letter"}]}),
    (
        "POST",
        "/gakkumdu/police-report",
        HANDLERS,
        {
            "number": "LP/1",
            "received_by": "x",
            "received_at": "2024-01-23T10:30:00+08:00",
            "complainant": "reporter",
        },
    ),
    # Administrative hearings (docs/procedure.md).
    ("GET", "/hearings", ALL, None),
    (
        "POST",
        "/hearings/panel",
        HANDLERS,
        {
            "chair": {"name": "a"},
            "members": [{"name": "b"}],
            "secretary": {"name": "c"},
            "clerk": {"name": "d"},
        },
    ),
    (
        "POST",
        "/hearings/sessions",
        HANDLERS,
        {
            "agenda": "preliminary_examination",
            "held_at": "2024-01-17T10:00:00+08:00",
            "attendance": {"reporter": True, "reported": True},
            "minutes": "x",
        },
    ),
    # Persons in a case (issue 13): contact data revealed by commissioners and admins only.
    ("GET", "/persons", ALL, None),
    ("POST", "/persons", HANDLERS, {"role": "expert", "name": "Ahli"}),
    ("GET", "/persons/{person_id}", ALL, None),
    ("PATCH", "/persons/{person_id}", HANDLERS, {"phone": "0811"}),
    ("POST", "/persons/{person_id}/reveal", REVEALERS, {"reason": "alasan yang cukup panjang"}),
    # Clarification (issue 13).
    ("GET", "/clarifications", ALL, None),
    (
        "POST",
        "/clarifications",
        HANDLERS,
        {
            "scheduled_at": "2024-01-20T10:00:00+08:00",
            "place": "Kantor",
            "invitees": [{"role": "reporter", "channel": "in_person"}],
        },
    ),
    ("GET", "/clarifications/{session_id}", ALL, None),
    (
        "POST",
        "/clarifications/{session_id}/receipts",
        HANDLERS,
        {
            "invitee": "{invitee_id}",
            "received_at": "2024-01-19T10:00:00+08:00",
            "received_by": "x",
        },
    ),
    (
        "POST",
        "/clarifications/{session_id}/outcome",
        HANDLERS,
        {"results": [{"invitee": "{invitee_id}", "attendance": "absent"}]},
    ),
    ("POST", "/clarifications/{session_id}/cancellation", HANDLERS, {"reason": "banjir"}),
    # Official documents (issue 14).
    ("GET", "/documents", ALL, None),
    ("POST", "/documents", HANDLERS, {"kind": "receipt", "receipt_code": "BWS-0000"}),
    ("GET", "/documents/preview?kind=announcement", HANDLERS, None),
]
CLARIFIER_READS = {
    ("GET", ""),
    ("GET", "/deadlines"),
    ("GET", "/timeline"),
    ("GET", "/timeline/verify"),
    ("GET", "/assignment"),
    ("GET", "/evidence"),
}
"""What a clarifier assigned from a lower office reads of the case (Perbawaslu 7/2022
Art. 28(4)): the case, its clocks, timeline and assignment, and its evidence (read, not
added to); every other route stays 404 for them, as for an outsider, except the
clarification they carry out (CLARIFIER_STEPS)."""
CLARIFIER_STEPS = {
    ("GET", "/clarifications"),
    ("POST", "/clarifications"),
    ("GET", "/clarifications/{session_id}"),
    ("POST", "/clarifications/{session_id}/receipts"),
    ("POST", "/clarifications/{session_id}/outcome"),
    ("POST", "/clarifications/{session_id}/cancellation"),
}
"""The clarification's own routes, which the clarifier carries out (Art. 28(4)): never
404 for them (success, or a refusal about the case's state or the input)."""
INSIDE = ["52.03", "52", "ID"]
OUTSIDE = ["52.03.01", "52.04", "33"]


def test_every_case_route_is_in_the_matrix(app: FastAPI) -> None:
    prefix = "/v1/reports/{report_id}"
    # A public operation (`security: []`) tells nothing of a case: the tus capabilities
    # (`OPTIONS .../evidence/uploads`) are the same for any id.
    served = {
        (method.upper(), path.removeprefix(prefix))
        for path, item in app.openapi()["paths"].items()
        if path.startswith(prefix)
        for method, operation in item.items()
        if operation.get("security") != []
    }
    assert served == {(m, p.split("?")[0]) for m, p, _, _ in ROUTES}


def _fill(value: Any, ids: dict[str, str]) -> Any:
    """``path`` or ``body`` with the ids of the case (``{id}``), its person and session."""
    if isinstance(value, str):
        return value.format(**ids) if "{" in value else value
    if isinstance(value, dict):
        return {k: _fill(v, ids) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(v, ids) for v in value]
    return value


@pytest.fixture
async def case(client: httpx.AsyncClient, auth: Any, db: Any) -> str:
    parent = (await db.execute(select(Office).where(Office.code == "52.03"))).scalar_one()
    db.add(
        Office(
            code="52.03.01",
            level=OfficeLevel.district,
            parent_id=parent.id,
            name="Panwaslu Kecamatan Uji",
            timezone=parent.timezone,
            register_code="52.03.01",
            path=parent.path + "52.03.01/",
            province_code="52",
        )
    )
    await db.flush()
    handler = await auth("handler", "52.03")
    response = await client.post("/v1/reports", json=complete_report(), headers=handler)
    assert response.status_code == 201
    return str(response.json()["id"])


@pytest.fixture
async def ids(case: str, client: httpx.AsyncClient, auth: Any, db: Any) -> dict[str, str]:
    """A person and a clarification session of the case, for the routes under them (the
    session written directly: the case is not registered)."""
    from bawaslu_api.clarifications.models import (
        ClarificationInvitee,
        ClarificationSession,
        InvitationChannel,
        InviteeRole,
        SessionMode,
        SessionStatus,
    )

    handler = await auth("handler", "52.03")
    person = await client.post(
        f"/v1/reports/{case}/persons", json={"role": "witness", "name": "Saksi"}, headers=handler
    )
    assert person.status_code == 201, person.text
    at = datetime(2024, 1, 20, 2, tzinfo=UTC)
    sess = ClarificationSession(
        id=uuid.uuid4(), report_id=uuid.UUID(case), scheduled_at=at,
        mode=SessionMode.in_person, place="Kantor", online_justification="", recorded=False,
        status=SessionStatus.scheduled, scheduled_by="test", cancel_reason="",
    )  # fmt: skip
    db.add(sess)
    await db.flush()
    invitee = ClarificationInvitee(
        id=uuid.uuid4(), session_id=sess.id, report_id=sess.report_id,
        role=InviteeRole.reporter, subject="reporter", attempt_no=1,
        channel=InvitationChannel.in_person, sent_at=at,
    )  # fmt: skip
    db.add(invitee)
    await db.flush()
    return {
        "person_id": str(person.json()["id"]),
        "session_id": str(sess.id),
        "invitee_id": str(invitee.id),
    }


@pytest.mark.parametrize("office", OUTSIDE)
@pytest.mark.parametrize("role", sorted(ALL))
async def test_outside_the_jurisdiction_a_case_does_not_exist(
    client: httpx.AsyncClient, auth: Any, case: str, ids: dict[str, str], role: str, office: str
) -> None:
    headers = await auth(role, office)
    for method, template, allowed, template_body in ROUTES:
        path = _fill(template, {**ids, "id": case})
        body = _fill(template_body, {**ids, "id": case})
        response = await client.request(
            method, f"/v1/reports/{case}{path}", json=body, headers=headers
        )
        expected = 404 if role in allowed else 403
        assert response.status_code == expected, (method, path, role, office, response.text)
        # Indistinguishable from a case that does not exist at all.
        ghost = str(uuid.uuid4())
        absent = await client.request(
            method,
            f"/v1/reports/{ghost}{path}",
            json=_fill(template_body, {**ids, "id": ghost}),
            headers=headers,
        )
        assert absent.status_code == response.status_code
        assert absent.json()["code"] == response.json()["code"]
        assert absent.json()["detail"].replace(ghost, case) == response.json()["detail"]
    listed = (await client.get("/v1/reports", params={"limit": 200}, headers=headers)).json()
    assert case not in {i["id"] for i in listed["items"]}
    due = (await client.get("/v1/deadlines", params={"limit": 500}, headers=headers)).json()
    assert case not in {d["report_id"] for d in due["items"]}
    # Nor in the changes feed an offline client syncs from.
    items, params = [], {"limit": 500}
    while True:
        page = (await client.get("/v1/changes", params=params, headers=headers)).json()
        items += page["items"]
        if not page["more"]:
            break
        params["since"] = page["next_cursor"]
    assert case not in {i["case_id"] for i in items}


@pytest.mark.parametrize("office", INSIDE)
@pytest.mark.parametrize("role", sorted(ALL))
async def test_inside_the_jurisdiction_the_role_decides(
    client: httpx.AsyncClient, auth: Any, case: str, ids: dict[str, str], role: str, office: str
) -> None:
    headers = await auth(role, office)
    for method, template, allowed, template_body in ROUTES:
        path = _fill(template, {**ids, "id": case})
        body = _fill(template_body, {**ids, "id": case})
        response = await client.request(
            method, f"/v1/reports/{case}{path}", json=body, headers=headers
        )
        if role in allowed:
            # Allowed: success, or a refusal about the case's state, never about access.
            assert response.status_code not in (401, 403, 404), (
                method,
                path,
                role,
                office,
                response.text,
            )
        else:
            assert response.status_code == 403, (method, path, role, office)


async def test_no_token_means_401_everywhere(
    client: httpx.AsyncClient, case: str, ids: dict[str, str]
) -> None:
    for method, template, _, template_body in ROUTES:
        path = _fill(template, {**ids, "id": case})
        body = _fill(template_body, {**ids, "id": case})
        response = await client.request(method, f"/v1/reports/{case}{path}", json=body)
        assert response.status_code == 401, (method, path)
        assert response.headers["content-type"] == "application/problem+json"


async def test_a_clarifier_from_a_lower_office_reads_the_case_and_nothing_more(
    client: httpx.AsyncClient, auth: Any, case: str, ids: dict[str, str], db: Any
) -> None:
    """A handler of the kecamatan below (52.03.01), assigned as clarifier (Perbawaslu
    7/2022 Art. 28(4)), reads the case; every other route answers as for an outsider; once
    released, the case is gone again."""
    from datetime import UTC, datetime

    from bawaslu_api.users.models import StaffUser

    kec = (await db.execute(select(Office).where(Office.code == "52.03.01"))).scalar_one()
    db.add(
        StaffUser(
            username="klarifikator",
            display_name="Klarifikator",
            office_id=kec.id,
            office_path=kec.path,
            roles=["handler"],
            password_hash="x",
            password_changed_at=datetime.now(UTC),
            created_by="test",
        )
    )
    await db.commit()
    commissioner = await auth("commissioner", "52.03")
    assigned = await client.post(
        f"/v1/reports/{case}/assignment",
        json={"officer": "klarifikator", "role": "clarifier", "reason": "Art. 28(4)"},
        headers=commissioner,
    )
    assert assigned.status_code == 200, assigned.text
    headers = await auth("handler", "52.03.01", subject="klarifikator")
    for method, template, allowed, template_body in ROUTES:
        path = _fill(template, {**ids, "id": case})
        body = _fill(template_body, {**ids, "id": case})
        response = await client.request(
            method, f"/v1/reports/{case}{path}", json=body, headers=headers
        )
        if (method, template) in CLARIFIER_STEPS:
            assert response.status_code not in (401, 403, 404), (method, path, response.text)
            continue
        if (method, template) in CLARIFIER_READS:
            assert response.status_code == 200, (method, path, response.text)
        else:
            expected = 404 if "handler" in allowed else 403
            assert response.status_code == expected, (method, path, response.text)
    await client.post(
        f"/v1/reports/{case}/assignment/release",
        json={"officer": "klarifikator", "reason": "selesai"},
        headers=commissioner,
    )
    for method, path in CLARIFIER_READS:
        response = await client.request(method, f"/v1/reports/{case}{path}", headers=headers)
        assert response.status_code == 404, (method, path)
