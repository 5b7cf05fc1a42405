"""A failing store leaves no row; a rolled-back request leaves only what the sweeper removes."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession
from tests.api.evidence.conftest import jpeg, upload

from bawaslu_api.evidence import service, sweeper
from bawaslu_api.evidence.models import EvidenceItem
from bawaslu_api.evidence.storage import LocalStorage, StorageError, content_key


class FailingStorage(LocalStorage):
    """A local store whose disk fills up after ``fail_after`` bytes, or whose promotion
    fails (the object store answers 500)."""

    def __init__(self, root: Path, *, fail_after: int | None = None, fail_promote: bool = False):
        super().__init__(root)
        self.fail_after = fail_after
        self.fail_promote = fail_promote
        self.written_keys: list[str] = []

    async def put_temp(self, chunks: AsyncIterator[bytes], *, key: str) -> int:
        self.written_keys.append(key)
        limit = self.fail_after

        async def failing() -> AsyncIterator[bytes]:
            seen = 0
            async for chunk in chunks:
                seen += len(chunk)
                if limit is not None and seen > limit:
                    raise OSError(28, "No space left on device")
                yield chunk

        return await super().put_temp(failing(), key=key)

    async def promote(self, temp_key: str, sha256: str) -> str:
        if self.fail_promote:
            await self.delete(temp_key)
            raise StorageError("503 Slow Down")
        return await super().promote(temp_key, sha256)


@pytest.fixture
def swap_storage(rollback_app: FastAPI) -> Iterator[Any]:
    original = rollback_app.state.evidence_storage

    def _swap(store: Any) -> Any:
        rollback_app.state.evidence_storage = store
        return store

    yield _swap
    rollback_app.state.evidence_storage = original


async def _items(db: AsyncSession, case: str) -> int:
    return int(
        (
            await db.execute(
                select(func.count()).select_from(EvidenceItem).where(EvidenceItem.report_id == case)
            )
        ).scalar_one()
    )


async def test_store_failure_mid_upload_leaves_no_row_and_no_file(
    client: httpx.AsyncClient,
    handler: dict[str, str],
    case: str,
    db: AsyncSession,
    rollback_app: FastAPI,
    swap_storage: Any,
) -> None:
    root = rollback_app.state.settings.evidence_root
    store = swap_storage(FailingStorage(root, fail_after=1_500_000))
    body = jpeg(4_000_000)
    response = await upload(client, {**handler, "Accept-Language": "en"}, case, body)
    assert response.status_code == 503
    assert response.json()["code"] == "evidence_storage_unavailable"
    assert await _items(db, case) == 0
    assert not (root / store.written_keys[0]).exists()
    assert not (root / content_key(hashlib.sha256(body).hexdigest())).exists()
    timeline = (await client.get(f"/v1/reports/{case}/timeline", headers=handler)).json()
    assert not [e for e in timeline["items"] if e["action"].startswith("evidence_")]


async def test_failed_promotion_leaves_no_row(
    client: httpx.AsyncClient,
    handler: dict[str, str],
    case: str,
    db: AsyncSession,
    rollback_app: FastAPI,
    swap_storage: Any,
) -> None:
    root = rollback_app.state.settings.evidence_root
    store = swap_storage(FailingStorage(root, fail_promote=True))
    response = await upload(client, handler, case, jpeg(10_000))
    assert response.status_code == 503
    assert await _items(db, case) == 0
    assert not (root / store.written_keys[0]).exists()


async def test_rolled_back_upload_leaves_an_object_only_the_sweeper_removes(
    client: httpx.AsyncClient,
    handler: dict[str, str],
    case: str,
    db: AsyncSession,
    rollback_app: FastAPI,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    storage = rollback_app.state.evidence_storage
    kept = (await upload(client, handler, case, jpeg(5000))).json()

    async def crash(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("the process died between the store and the commit")

    monkeypatch.setattr(service, "record", crash)
    body = jpeg(7000)
    response = await upload(client, handler, case, body)
    assert response.status_code == 500
    monkeypatch.undo()
    assert await _items(db, case) == 1
    orphan = content_key(hashlib.sha256(body).hexdigest())
    assert await storage.size(orphan) == len(body)

    # Within the grace period nothing goes (a request may be about to commit it).
    report = await sweeper.sweep(db, storage, grace=timedelta(hours=1))
    assert report.orphan_objects == 0
    assert await storage.size(orphan) == len(body)
    # Dry run names it; the real run removes it, and only it among this case's objects.
    dry = await sweeper.sweep(db, storage, grace=timedelta(0), dry_run=True)
    assert dry.orphan_objects >= 1
    assert await storage.size(orphan) == len(body)
    await sweeper.sweep(db, storage, grace=timedelta(0))
    assert await storage.size(orphan) is None
    assert await storage.size(content_key(kept["sha256"])) == kept["size"]
    content = await client.get(f"/v1/evidence/{kept['id']}/content", headers=handler)
    assert content.status_code == 200


async def test_sweeper_removes_parts_of_closed_sessions_and_keeps_open_ones(
    client: httpx.AsyncClient,
    handler: dict[str, str],
    case: str,
    db: AsyncSession,
    rollback_app: FastAPI,
) -> None:
    storage = rollback_app.state.evidence_storage
    body = jpeg(20_000)
    sessions = []
    for _ in range(2):
        created = await client.post(
            f"/v1/reports/{case}/evidence/uploads",
            json={
                "size": len(body),
                "sha256": hashlib.sha256(body).hexdigest(),
                "description": "v",
            },
            headers=handler,
        )
        url = created.json()["upload_url"]
        part = await client.put(
            url,
            content=body[:5000],
            headers={**handler, "Content-Range": f"bytes 0-4999/{len(body)}"},
        )
        assert part.status_code == 200
        sessions.append(created.json()["id"])
    # The first session is abandoned: the sweeper expires it (its time is up) ...
    await db.execute(
        text("UPDATE evidence_upload SET expires_at = now() - interval '1 minute' WHERE id = :id"),
        {"id": sessions[0]},
    )
    stray = f"tmp/{'0' * 32}"
    await storage.put_temp(_once(b"crash leftover"), key=stray)
    result = await sweeper.sweep(db, storage, grace=timedelta(0))
    assert result.expired_uploads == 1
    assert result.temp_objects >= 1
    assert await storage.size(stray) is None
    remaining = {o.key.split("/")[1] async for o in storage.list("uploads/")}
    assert sessions[0] not in remaining  # ... and removes its parts
    assert sessions[1] in remaining  # the open session keeps its parts
    status = await client.get(f"/v1/evidence/uploads/{sessions[0]}", headers=handler)
    assert status.json()["status"] == "expired"


async def _once(data: bytes) -> AsyncIterator[bytes]:
    yield data
