"""The chain of custody: every touch is an append-only custody event and a link of the
case's hash-chained timeline."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession
from tests.api.evidence.conftest import jpeg, upload


async def test_custody_trail_of_an_item(
    client: httpx.AsyncClient, handler: dict[str, str], case: str, auth: Any
) -> None:
    mobile = {**handler, "User-Agent": "bawaslu-mobile/2.1", "X-Client-Channel": "mobile"}
    created = await upload(client, mobile, case, jpeg(), channel="mobile")
    item_id = created.json()["id"]
    viewer = await auth("viewer", "52.03")
    assert (await client.get(f"/v1/evidence/{item_id}", headers=viewer)).status_code == 200
    assert (await client.get(f"/v1/evidence/{item_id}/content", headers=viewer)).status_code == 200
    ranged = await client.get(
        f"/v1/evidence/{item_id}/content", headers={**handler, "Range": "bytes=0-9"}
    )
    assert ranged.status_code == 206
    export = await client.get(f"/v1/evidence/{item_id}/content?purpose=export", headers=handler)
    assert export.status_code == 200

    custody = await client.get(f"/v1/evidence/{item_id}/custody", headers=handler)
    assert custody.status_code == 200
    events = custody.json()["items"]
    assert [(e["action"], e["actor"]) for e in events] == [
        ("received", "handler@52.03"),
        ("viewed", "viewer@52.03"),
        ("downloaded", "viewer@52.03"),
        ("downloaded", "handler@52.03"),
        ("exported", "handler@52.03"),
        ("viewed", "handler@52.03"),  # reading the custody record is itself recorded
    ]
    first = events[0]
    assert first["channel"] == "mobile"
    assert first["user_agent"] == "bawaslu-mobile/2.1"
    assert first["client_address"] == "127.0.0.1"
    assert first["details"]["sha256"] == created.json()["sha256"]
    assert events[3]["details"]["range"] == [0, 9]
    assert events[2]["details"]["range"] is None

    # Each custody event is a link of the case's timeline, and the chain verifies.
    timeline = (await client.get(f"/v1/reports/{case}/timeline", headers=handler)).json()["items"]
    by_seq = {e["seq"]: e for e in timeline}
    for event in events:
        linked = by_seq[event["case_seq"]]
        assert linked["action"] == f"evidence_{event['action']}"
        assert linked["changes"]["evidence_id"] == item_id
    verify = await client.get(f"/v1/reports/{case}/timeline/verify", headers=handler)
    assert verify.json()["valid"] is True


async def test_custody_rows_cannot_be_changed_or_deleted(
    client: httpx.AsyncClient, handler: dict[str, str], case: str, db: AsyncSession
) -> None:
    item_id = (await upload(client, handler, case, jpeg())).json()["id"]
    for statement in (
        "UPDATE evidence_custody SET actor = 'someone else' WHERE evidence_id = :id",
        "DELETE FROM evidence_custody WHERE evidence_id = :id",
    ):
        with pytest.raises(DBAPIError, match="append-only"):
            async with db.begin_nested():
                await db.execute(text(statement), {"id": item_id})
    # A tampered timeline is detected by the chain verification.
    savepoint = await db.begin_nested()
    try:
        await db.execute(
            text(
                "UPDATE case_event SET actor = 'x' WHERE report_id = :r AND action = "
                "'evidence_received'"
            ),
            {"r": case},
        )
        verify = await client.get(f"/v1/reports/{case}/timeline/verify", headers=handler)
        assert verify.json()["valid"] is False
    finally:
        await savepoint.rollback()
