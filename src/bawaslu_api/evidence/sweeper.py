"""The storage sweeper (``bawaslu-api evidence sweep``): expires upload sessions whose time
is up and removes stored objects no committed row needs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.clock import utcnow
from bawaslu_api.evidence import repository
from bawaslu_api.evidence.storage import OBJECTS_PREFIX, TMP_PREFIX, UPLOADS_PREFIX, Storage


@dataclass(slots=True)
class SweepReport:
    expired_uploads: int = 0
    orphan_objects: int = 0
    temp_objects: int = 0
    stale_parts: int = 0
    bytes_freed: int = 0
    kept_recent: int = 0


async def sweep(
    session: AsyncSession, storage: Storage, *, grace: timedelta, dry_run: bool = False
) -> SweepReport:
    """Remove stored objects no committed row needs, once older than ``grace``.

    - ``objects/``: content no evidence item references (a request that promoted a file
      and then rolled back, or crashed before its commit);
    - ``tmp/``: writes a crash interrupted;
    - ``uploads/<id>/``: parts of sessions that are no longer open (completed, cancelled,
      failed, expired) and parts an open session never recorded.

    The grace period protects work in flight: promotion refreshes an object's age, and an
    object is referenced by a commit within seconds of its promotion.
    """
    now = utcnow()
    cutoff = now - grace
    result = SweepReport()
    result.expired_uploads = await repository.expire_uploads(session, now)

    async def _drop(key: str, size: int) -> None:
        result.bytes_freed += size
        if not dry_run:
            await storage.delete(key)

    batch: list[tuple[str, int]] = []

    async def _flush_batch() -> None:
        used = await repository.referenced_keys(session, [k for k, _ in batch])
        for key, size in batch:
            if key not in used:
                result.orphan_objects += 1
                await _drop(key, size)
        batch.clear()

    async for obj in storage.list(OBJECTS_PREFIX):
        if obj.modified >= cutoff:
            result.kept_recent += 1
            continue
        batch.append((obj.key, obj.size))
        if len(batch) >= 500:
            await _flush_batch()
    if batch:
        await _flush_batch()

    async for obj in storage.list(TMP_PREFIX):
        if obj.modified >= cutoff:
            result.kept_recent += 1
            continue
        result.temp_objects += 1
        await _drop(obj.key, obj.size)

    open_parts = await repository.open_parts(session)
    async for obj in storage.list(UPLOADS_PREFIX):
        if obj.modified >= cutoff:
            result.kept_recent += 1
            continue
        upload_id = obj.key[len(UPLOADS_PREFIX) :].split("/", 1)[0]
        if obj.key in open_parts.get(upload_id, set()):
            continue
        result.stale_parts += 1
        await _drop(obj.key, obj.size)
    return result
