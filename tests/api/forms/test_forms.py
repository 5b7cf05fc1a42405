"""The official forms registry (docs/legal/procedure.md §2) as the service serves it: the
engine's data, with operators' corrections of what a release got wrong (a code or the
fields read in the annex), audited, append-only, like the calendar's overrides."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sqlalchemy import text

from bawaslu_api.auth.service import mint_staff_token
from bawaslu_api.forms import service as forms
from bawaslu_api.forms.errors import UnknownForm
from bawaslu_api.main import create_app
from bawaslu_api.security.principals import Role
from bawaslu_api.settings import Settings

URL = "/v1/rules/forms"


async def test_the_registry_says_what_each_form_holds(client: httpx.AsyncClient, auth: Any) -> None:
    assert (await client.get(URL)).status_code == 401
    staff = await auth("viewer", "52.03")
    body = (await client.get(URL, params={"regime": "pemilu"}, headers=staff)).json()
    by_code = {f["code"]: f for f in body["items"]}
    assert by_code["B.12"]["data_class"] == ["personal", "confidential"]
    assert by_code["B.12"]["verified"] is True
    assert by_code["B.9"]["verified"] is False  # fields of the annex not read
    assert by_code["ADM.RISALAH"]["basis"].startswith("Perbawaslu 8/2022 Art. 14")
    assert {f["regime"] for f in body["items"]} == {"pemilu"}


async def test_an_operator_corrects_an_unread_code(client: httpx.AsyncClient, auth: Any) -> None:
    """The Pilkada report form's code A.1 is assumed (MED): once the annex is read, a
    national admin confirms it without a release; the change is audited and visible."""
    body = {"verified": True, "fields": ["sesuai lampiran"], "reason": "Lampiran dibaca"}
    province = await auth("admin", "52")
    assert (
        await client.put(f"{URL}/pemilihan/report_form", json=body, headers=province)
    ).status_code == 403
    national = await auth("admin", "ID")
    unknown = await client.put(f"{URL}/pemilihan/hearing_minutes", json=body, headers=national)
    assert (unknown.status_code, unknown.json()["code"]) == (404, "form_not_found")
    corrected = await client.put(f"{URL}/pemilihan/report_form", json=body, headers=national)
    assert corrected.status_code == 200, corrected.text
    assert corrected.json()["verified"] is True
    assert corrected.json()["fields"] == ["sesuai lampiran"]
    assert corrected.json()["correction"]["created_by"] == "admin@ID"
    again = await client.put(
        f"{URL}/pemilihan/report_form", json={"title": "Formulir Laporan (A.1)", "reason": "judul"},
        headers=national,
    )  # fmt: skip
    assert again.json()["fields"] == ["sesuai lampiran"]  # the earlier correction kept
    assert again.json()["title"] == "Formulir Laporan (A.1)"
    listed = (await client.get(URL, params={"regime": "pemilihan"}, headers=national)).json()
    a1 = next(f for f in listed["items"] if f["code"] == "A.1")
    assert (a1["verified"], a1["correction"]["reason"]) == (True, "judul")


async def test_an_own_code_is_replaced_by_the_annex_code(
    client: httpx.AsyncClient, auth: Any
) -> None:
    """The receipt's code was not read (the service's own ``BWS-TT``): once read, the
    operator sets it; the listing shows it under the same document kind."""
    national = await auth("admin", "ID")
    bad = await client.put(
        f"{URL}/pemilu/receipt", json={"code": "B/3", "reason": "lampiran"}, headers=national
    )
    assert bad.status_code == 422
    ok = await client.put(
        f"{URL}/pemilu/receipt", json={"code": "B.3", "verified": True, "reason": "lampiran"},
        headers=national,
    )  # fmt: skip
    assert (ok.json()["kind"], ok.json()["code"], ok.json()["verified"]) == ("receipt", "B.3", True)


async def test_no_correction_makes_personal_documents_public(
    client: httpx.AsyncClient, auth: Any
) -> None:
    """Whether a document is read without a reason follows its data class: a correction
    may not make the receipt (the reporter's name) public."""
    national = await auth("admin", "ID")
    refused = await client.put(
        f"{URL}/pemilu/receipt", json={"data_class": ["public"], "reason": "salah baca"},
        headers=national,
    )  # fmt: skip
    assert (refused.status_code, refused.json()["code"]) == (422, "form_correction_refused")
    assert refused.json()["errors"][0]["location"] == "body.data_class"
    stricter = await client.put(
        f"{URL}/pemilu/receipt", json={"data_class": ["personal", "confidential"],
                                       "reason": "lebih ketat"}, headers=national,
    )  # fmt: skip
    assert stricter.status_code == 200


async def test_a_correction_is_listed_by_every_later_request(
    database_url: str, test_settings: Settings
) -> None:
    """The corrections in force outlive the request that read them, even one that failed
    and rolled back after reading them (its objects expired: once a 500 on every later
    request of the process). Requests commit and roll back for real here."""
    app = create_app(test_settings, database_url=database_url)
    async with app.router.lifespan_context(app):
        async with app.state.sessionmaker() as session:
            token = await mint_staff_token(
                session, app.state.key_ring, test_settings,
                subject="forms-later", role=Role.admin, office_code="ID",
            )  # fmt: skip
        headers = {"Authorization": f"Bearer {token}"}
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            try:
                body = {"title": "Formulir Laporan (A.1)", "reason": "judul dibaca"}
                put = await c.put(f"{URL}/pemilihan/report_form", json=body, headers=headers)
                assert put.status_code == 200, put.text
                for _ in range(3):
                    # A unit of work that reads the corrections, then fails and rolls back
                    # (as a document preview of a kind the regime lacks does).
                    with pytest.raises(UnknownForm):
                        async with app.state.sessionmaker() as session, session.begin():
                            await forms.current(session, "pemilihan", "no_such_form")
                    listed = await c.get(URL, params={"regime": "pemilihan"}, headers=headers)
                    assert listed.status_code == 200, listed.text
                    a1 = next(f for f in listed.json()["items"] if f["code"] == "A.1")
                    assert a1["correction"]["reason"] == "judul dibaca"
            finally:
                async with app.state.engine.begin() as conn:
                    await conn.execute(
                        text("DELETE FROM form_correction WHERE created_by = 'forms-later'")
                    )
