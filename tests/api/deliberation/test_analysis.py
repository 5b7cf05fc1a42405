"""The analysis of a registered case (kajian dugaan pelanggaran; Perbawaslu 7/2022
Art. 36(1), docs/legal/procedure.md §1.1 row 7): drafts with If-Match, a final version
that is never edited, a commissioner's approval, supersession before the decision."""

from __future__ import annotations

import httpx
from tests.api.deliberation.conftest import (
    analysis_body,
    approved_analysis,
    physical_evidence,
    plenary_body,
    registered_case,
)
from tests.api.reports.conftest import complete_report


async def test_draft_then_final_then_approved_art_36(
    client: httpx.AsyncClient, handler: dict[str, str], commissioner: dict[str, str]
) -> None:
    """The office writes the analysis, revises the draft, makes it final; a commissioner
    approves it. Who wrote and who approved it is on the record and the timeline."""
    rid = await registered_case(client, handler)
    item = await physical_evidence(client, rid, handler)
    empty = (await client.get(f"/v1/reports/{rid}/analysis", headers=handler)).json()
    assert empty == {"current": None, "versions": []}

    drafted = await client.post(
        f"/v1/reports/{rid}/analysis",
        json=analysis_body(conclusion="", evidence=[{"evidence_id": item, "relevance": "uang"}]),
        headers={**handler, "Idempotency-Key": "kajian-1"},
    )
    assert drafted.status_code == 201, drafted.text
    draft = drafted.json()
    assert (draft["status"], draft["number"]) == ("draft", 1)
    assert draft["evidence"] == [{"evidence_id": item, "relevance": "uang"}]
    assert drafted.headers["etag"] == f'"{draft["revision"]}"'

    # A draft missing its conclusion cannot be final: the problem names it.
    incomplete = await client.post(f"/v1/reports/{rid}/analysis/finalization", headers=handler)
    assert incomplete.status_code == 422
    assert incomplete.json()["code"] == "analysis_incomplete"
    assert [e["location"] for e in incomplete.json()["errors"]] == ["body.conclusion"]

    # Revised with If-Match; an old ETag is refused.
    revised = await client.put(
        f"/v1/reports/{rid}/analysis",
        json=analysis_body(evidence=[{"evidence_id": item, "relevance": "uang"}]),
        headers={**handler, "If-Match": drafted.headers["etag"]},
    )
    assert revised.status_code == 200, revised.text
    assert revised.json()["revision"] == draft["revision"] + 1
    stale = await client.put(
        f"/v1/reports/{rid}/analysis",
        json=analysis_body(),
        headers={**handler, "If-Match": drafted.headers["etag"]},
    )
    assert stale.status_code == 412
    assert stale.json()["code"] == "stale_analysis"

    # Approval needs a final version.
    early = await client.post(f"/v1/reports/{rid}/analysis/approval", headers=commissioner)
    assert early.status_code == 409
    assert early.json()["code"] == "analysis_conflict"

    final = await client.post(
        f"/v1/reports/{rid}/analysis/finalization",
        headers={**handler, "If-Match": revised.headers["etag"]},
    )
    assert final.status_code == 200, final.text
    assert final.json()["status"] == "final"
    # A handler may not approve; a commissioner does.
    assert (
        await client.post(f"/v1/reports/{rid}/analysis/approval", headers=handler)
    ).status_code == 403
    approved = await client.post(
        f"/v1/reports/{rid}/analysis/approval",
        headers={**commissioner, "If-Match": final.headers["etag"]},
    )
    assert approved.status_code == 200, approved.text
    body = approved.json()
    assert body["status"] == "approved"
    assert body["written_by"] != body["approved_by"]
    assert body["finalized_at"] is not None
    assert body["approved_at"] is not None

    events = (await client.get(f"/v1/reports/{rid}/timeline", headers=handler)).json()["items"]
    assert [e["action"] for e in events][-4:] == [
        "analysis_drafted",
        "analysis_revised",
        "analysis_finalized",
        "analysis_approved",
    ]
    # The timeline says which version, not its content.
    assert events[-1]["changes"]["analysis"]["id"] == body["id"]
    assert "summary" not in events[-1]["changes"]["analysis"]
    verify = (await client.get(f"/v1/reports/{rid}/timeline/verify", headers=handler)).json()
    assert verify["valid"] is True


async def test_a_final_analysis_is_not_edited_409(
    client: httpx.AsyncClient, handler: dict[str, str], commissioner: dict[str, str]
) -> None:
    rid = await registered_case(client, handler)
    await approved_analysis(client, rid, handler, commissioner)
    edit = await client.put(f"/v1/reports/{rid}/analysis", json=analysis_body(), headers=handler)
    assert edit.status_code == 409
    assert edit.json()["code"] == "analysis_conflict"
    assert "supersession" in edit.json()["detail"]
    second = await client.post(f"/v1/reports/{rid}/analysis", json=analysis_body(), headers=handler)
    assert second.status_code == 409


async def test_evidence_of_another_case_is_refused_422(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    """The evidence list refers to the case's own evidence items: an item of another case
    is named in the problem, and nothing is stored."""
    rid = await registered_case(client, handler)
    ours = await physical_evidence(client, rid, handler)
    other = await registered_case(client, handler)
    theirs = await physical_evidence(client, other, handler)
    refused = await client.post(
        f"/v1/reports/{rid}/analysis",
        json=analysis_body(evidence=[{"evidence_id": ours}, {"evidence_id": theirs}]),
        headers=handler,
    )
    assert refused.status_code == 422
    problem = refused.json()
    assert problem["code"] == "invalid_analysis"
    assert [(e["location"], e["code"]) for e in problem["errors"]] == [
        ("body.evidence.1.evidence_id", "evidence_not_in_case")
    ]
    assert (await client.get(f"/v1/reports/{rid}/analysis", headers=handler)).json()[
        "current"
    ] is None


async def test_protected_persons_are_not_named_in_the_analysis(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    """Witnesses, experts and the reporter are referred to, not named: their identities
    stay masked in the case's records."""
    rid = await registered_case(client, handler)
    refused = await client.post(
        f"/v1/reports/{rid}/analysis",
        json=analysis_body(parties=[{"role": "witness", "name": "Budi"}]),
        headers=handler,
    )
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["location"] == "body.parties.0.name"


async def test_analysis_needs_a_registered_case(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    rid = (await client.post("/v1/reports", json=complete_report(), headers=handler)).json()["id"]
    refused = await client.post(
        f"/v1/reports/{rid}/analysis", json=analysis_body(), headers=handler
    )
    assert refused.status_code == 409
    assert refused.json()["code"] == "invalid_transition"


async def test_supersession_with_a_reason_before_the_decision_only(
    client: httpx.AsyncClient, handler: dict[str, str], commissioner: dict[str, str]
) -> None:
    """A final analysis gives way to a new draft with a reason; the plenary held on the old
    version no longer supports a decision; after the decision it cannot be superseded."""
    rid = await registered_case(client, handler)
    first = await approved_analysis(client, rid, handler, commissioner)
    plenary = await client.post(
        f"/v1/reports/{rid}/plenaries", json=plenary_body(first["id"]), headers=commissioner
    )
    assert plenary.status_code == 201, plenary.text
    without_reason = await client.post(
        f"/v1/reports/{rid}/analysis/supersession", json={}, headers=handler
    )
    assert without_reason.status_code == 422
    new = await client.post(
        f"/v1/reports/{rid}/analysis/supersession",
        json={"reason": "Keterangan ahli baru diterima."},
        headers=handler,
    )
    assert new.status_code == 201, new.text
    assert (new.json()["number"], new.json()["status"]) == (2, "draft")
    assert new.json()["supersedes_id"] == first["id"]
    assert new.json()["summary"] == first["summary"]
    history = (await client.get(f"/v1/reports/{rid}/analysis", headers=handler)).json()
    assert [v["status"] for v in history["versions"]] == ["superseded", "draft"]
    assert history["versions"][0]["supersede_reason"] == "Keterangan ahli baru diterima."

    decision = {
        "outcome": "violation",
        "category": "crime",
        "legal_basis": "UU 7/2017 Pasal 523",
        "summary": "Terbukti.",
    }
    stale = await client.post(f"/v1/reports/{rid}/decision", json=decision, headers=commissioner)
    assert stale.status_code == 409
    assert stale.json()["code"] == "plenary_required"
    assert "digantikan" in stale.json()["detail"]

    await client.post(f"/v1/reports/{rid}/analysis/finalization", headers=handler)
    second = await client.post(f"/v1/reports/{rid}/analysis/approval", headers=commissioner)
    again = await client.post(
        f"/v1/reports/{rid}/plenaries",
        json=plenary_body(second.json()["id"]),
        headers=commissioner,
    )
    assert again.status_code == 201, again.text
    decided = await client.post(f"/v1/reports/{rid}/decision", json=decision, headers=commissioner)
    assert decided.status_code == 200, decided.text
    after = await client.post(
        f"/v1/reports/{rid}/analysis/supersession", json={"reason": "x"}, headers=handler
    )
    assert after.status_code == 409
    assert after.json()["code"] == "invalid_transition"
