"""The rules engine's named policies, as a deployment sets them: every LOW value and every
ASSUMPTION is a policy with a default and its basis (docs/legal/open-questions.md); a
setting is audited, shown in every result computed with it, and moves running clocks only
through the explicit recomputation (docs/legal/rules.md §1)."""

from __future__ import annotations

from typing import Any

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from tests.api.reports.conftest import complete_report

from bawaslu_api.security.models import AuthEvent
from bawaslu_rules import POLICIES

URL = "/v1/rules/policies"
CUTI = "cuti_bersama_is_working_day"


async def test_catalogue_lists_every_policy_with_its_basis(
    client: httpx.AsyncClient, auth: Any
) -> None:
    assert (await client.get(URL)).status_code == 401
    body = (await client.get(URL, headers=await auth("viewer", "52.03"))).json()
    by_name = {p["name"]: p for p in body["items"]}
    assert set(by_name) == set(POLICIES)
    reception = by_name["pemilihan.reception_days"]
    assert reception["default"] == reception["value"] == "every_day"
    assert reception["source"] == "default"
    assert reception["setting"] is None
    assert set(reception["choices"]) == {"every_day", "working_days"}
    days_after = by_name["reception_24h_days_after_voting"]
    assert (days_after["kind"], days_after["minimum"], days_after["maximum"]) == ("int", 0, 7)
    assert days_after["choices"] is None
    # The ASSUMPTIONs and LOW amounts are policies too, each with its question and basis.
    assert "effective_from.pemilu:2022.1" in by_name
    assert "amount.pemilihan:2020.1.report.completion" in by_name
    for policy in body["items"]:
        assert policy["basis"], policy["name"]
        assert policy["question"], policy["name"]


async def test_only_national_admins_set_and_values_are_checked(
    client: httpx.AsyncClient, auth: Any
) -> None:
    body = {"value": True, "reason": "Surat Edaran Bawaslu (contoh)"}
    province = await auth("admin", "52")
    assert (await client.put(f"{URL}/{CUTI}", json=body, headers=province)).status_code == 403
    national = await auth("admin", "ID")
    unknown = await client.put(f"{URL}/no_such_policy", json=body, headers=national)
    assert unknown.status_code == 404
    assert unknown.json()["code"] == "rules_policy_not_found"
    bad = await client.put(
        f"{URL}/pemilihan.reception_days",
        json={"value": "sometimes", "reason": "uji coba"},
        headers=national,
    )
    assert bad.status_code == 422
    assert bad.json()["code"] == "rules_policy_value_invalid"
    assert "every_day" in bad.json()["detail"]


async def _file_on_7_february(client: httpx.AsyncClient, headers: dict[str, str]) -> Any:
    body = complete_report(
        received_at="2024-02-07T10:00:00+08:00", known_on="2024-02-06",
        incident={"date": "2024-02-06", "office": "52.03", "address": "Pasar Selong"},
    )  # fmt: skip
    return (await client.post("/v1/reports", json=body, headers=headers)).json()


async def test_a_setting_changes_new_deadlines_shows_itself_and_is_audited(
    client: httpx.AsyncClient, auth: Any, db: AsyncSession
) -> None:
    """Cuti bersama (docs/legal/rules.md §2, MED): report.initial_review, 2 working days
    from Wed 7 Feb 2024: Thu 8 is Isra Mi'raj, Fri 9 cuti bersama, so Mon 12, Tue 13 by
    default; counting cuti bersama as a working day gives Fri 9, Mon 12."""
    staff = await auth("handler", "52.03")
    national = await auth("admin", "ID")
    request = {"regime": "pemilu", "rule": "report.initial_review", "trigger": "2024-02-07"}
    before = (await client.post("/v1/rules/deadline", json=request, headers=staff)).json()
    assert before["due"] == "2024-02-13"
    assert before["policy_overrides"] == {}
    case = await _file_on_7_february(client, staff)
    clock = next(d for d in case["deadlines"] if d["rule"] == "report.initial_review")
    assert clock["due"] == "2024-02-13"
    assert clock["policy_overrides"] == {}

    put = await client.put(
        f"{URL}/{CUTI}", json={"value": "true", "reason": "Keputusan Ketua (contoh)"},
        headers=national,
    )  # fmt: skip
    assert put.status_code == 200, put.text
    assert put.json()["value"] is True
    assert put.json()["source"] == "deployment"
    assert put.json()["setting"]["created_by"] == "admin@ID"

    after = (await client.post("/v1/rules/deadline", json=request, headers=staff)).json()
    assert after["due"] == "2024-02-12"
    assert after["policy_overrides"] == {CUTI: True}
    assert after["policies"][CUTI] is True
    # The running clock keeps its date; the explicit recomputation lists and applies it.
    kept = (await client.get(f"/v1/reports/{case['id']}/deadlines", headers=staff)).json()["items"]
    assert next(d for d in kept if d["rule"] == "report.initial_review")["due"] == "2024-02-13"
    dry = await client.post(
        "/v1/deadlines/recompute", json={"report_id": case["id"]},
        headers=await auth("admin", "52.03"),
    )  # fmt: skip
    assert dry.status_code == 200, dry.text
    assert [(c["rule"], c["old_due"], c["new_due"]) for c in dry.json()["changes"]] == [
        ("report.initial_review", "2024-02-13", "2024-02-12")
    ]
    # A new case's clock records the setting it was computed with.
    new = await _file_on_7_february(client, staff)
    clock = next(d for d in new["deadlines"] if d["rule"] == "report.initial_review")
    assert (clock["due"], clock["policy_overrides"]) == ("2024-02-12", {CUTI: True})
    assert new["admissibility"]["policy_overrides"] == {CUTI: True}

    reset = await client.post(
        f"{URL}/{CUTI}/reset", json={"reason": "kembali ke bawaan"}, headers=national
    )
    assert reset.status_code == 200, reset.text
    assert reset.json()["source"] == "default"
    assert [h["value"] for h in reset.json()["history"]] == [True]
    assert reset.json()["history"][0]["revoke_reason"] == "kembali ke bawaan"
    again = await client.post(
        f"{URL}/{CUTI}/reset", json={"reason": "kembali ke bawaan"}, headers=national
    )
    assert again.status_code == 409
    back = (await client.post("/v1/rules/deadline", json=request, headers=staff)).json()
    assert (back["due"], back["policy_overrides"]) == ("2024-02-13", {})

    audited = (
        await db.execute(
            select(AuthEvent.action, AuthEvent.details).where(AuthEvent.subject == f"policy:{CUTI}")
        )
    ).all()
    assert [a for a, _ in audited] == ["rules_policy_set", "rules_policy_reset"]
    assert audited[0][1]["value"] is True


async def test_effective_date_assumption_can_be_moved(client: httpx.AsyncClient, auth: Any) -> None:
    """The day Perbawaslu 9/2024 took effect is an ASSUMPTION (set 30 Sep 2024): a
    deployment that learns it applied from 15 Oct handles a report of 1 Oct 2024 under the
    2020 ruleset (completion: 3 calendar days, LOW) instead of 2x24 hours."""
    staff = await auth("handler", "52.03")
    request = {
        "regime": "pemilihan",
        "rule": "report.completion",
        "trigger": "2024-10-01T10:00:00+08:00",
    }
    default = (await client.post("/v1/rules/deadline", json=request, headers=staff)).json()
    assert (default["ruleset"], default["unit"], default["amount"]) == (
        "pemilihan:2024.1", "hours", 48,
    )  # fmt: skip
    put = await client.put(
        f"{URL}/effective_from.pemilihan:2024.1",
        json={"value": "2024-10-15", "reason": "Berita Negara (contoh)"},
        headers=await auth("admin", "ID"),
    )
    assert put.status_code == 200, put.text
    moved = (await client.post("/v1/rules/deadline", json=request, headers=staff)).json()
    assert (moved["ruleset"], moved["unit"], moved["amount"]) == (
        "pemilihan:2020.1", "calendar_day", 3,
    )  # fmt: skip
    rulesets = (await client.get("/v1/rules/rulesets", headers=staff)).json()["items"]
    by_id = {r["id"]: r for r in rulesets}
    assert by_id["pemilihan:2024.1"]["effective_from"] == "2024-10-15"
    assert by_id["pemilihan:2024.1"]["policy_overrides"] == {
        "effective_from.pemilihan:2024.1": "2024-10-15"
    }
    assert by_id["pemilihan:2020.1"]["effective_until"] == "2024-10-14"
