"""Re-encryption of every sealed value under the current data key (a key rotation), and the
count of values per key (whether an old key may be retired).

The sealed columns are listed here (:data:`PLACES`), by table: the row key they are bound
to, the fields, and the field whose blind index is kept beside it. Each batch is its own
short transaction, and a row changed meanwhile by the application is left for the next
pass (the update matches the values it read), so a rotation runs beside live traffic.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from bawaslu_api.security import sealing


@dataclass(frozen=True)
class Place:
    table: str
    key: str
    fields: tuple[str, ...]
    """Logical names: the column is ``<field>_sealed`` unless ``columns`` says otherwise."""
    indexed: str | None = None
    """A field whose blind index is kept in ``<field>_index``."""
    columns: tuple[str, ...] | None = None

    @property
    def stored(self) -> tuple[str, ...]:
        return self.columns or tuple(f"{f}_sealed" for f in self.fields)


PLACES: Sequence[Place] = (
    Place("report_identity", "report_id", ("nik", "address", "phone", "email", "witnesses"), "nik"),
    Place("case_person", "id", ("address", "phone", "email")),
    Place("signing_key", "kid", ("private_key",)),
)
_BATCH = 500


@dataclass
class Outcome:
    rewritten: int = 0
    skipped: int = 0
    """Rows changed by someone else during the pass (done by the next pass)."""


async def _pass(engine: AsyncEngine, ring: sealing.KeyRing, place: Place) -> Outcome:
    outcome = Outcome()
    columns = ", ".join(place.stored)
    index_column = f"{place.indexed}_index" if place.indexed else None
    head = f"SELECT {place.key}, {columns}{', ' + index_column if index_column else ''} "
    tail = f"ORDER BY {place.key} LIMIT {_BATCH}"
    first_sql = f"{head} FROM {place.table} {tail}"
    next_sql = f"{head} FROM {place.table} WHERE {place.key} > :last {tail}"
    sets = [f"{c} = :new_{i}" for i, c in enumerate(place.stored)]
    matches = [f"{c} = :old_{i}" for i, c in enumerate(place.stored)]
    if index_column:
        sets.append(f"{index_column} = :new_index")
    update_sql = (
        f"UPDATE {place.table} SET {', '.join(sets)} "  # noqa: S608
        f"WHERE {place.key} = :key AND {' AND '.join(matches)}"
    )
    current = ring.current.kid
    last = None
    while True:
        async with engine.begin() as conn:
            if last is None:
                rows = (await conn.execute(text(first_sql))).all()
            else:
                rows = (await conn.execute(text(next_sql), {"last": last})).all()
            if not rows:
                return outcome
            last = rows[-1][0]
            for row in rows:
                key, old = row[0], list(row[1 : 1 + len(place.stored)])
                old_index = row[-1] if index_column else None
                clear = [
                    ring.unseal(v or "", sealing.place(place.table, f, key))
                    for f, v in zip(place.fields, old, strict=True)
                ]
                needs = any(v and sealing.kid_of(v) != current for v in old)
                new_index = None
                if place.indexed:
                    value = clear[place.fields.index(place.indexed)].strip()
                    new_index = ring.index(value) if value else None
                    needs = needs or new_index != old_index
                if not needs:
                    continue
                params: dict[str, object] = {"key": key}
                for i, (f, v) in enumerate(zip(place.fields, clear, strict=True)):
                    params[f"old_{i}"] = old[i]
                    params[f"new_{i}"] = ring.seal(v, sealing.place(place.table, f, key))
                if index_column:
                    params["new_index"] = new_index
                result = await conn.execute(text(update_sql), params)
                if result.rowcount:
                    outcome.rewritten += 1
                else:
                    outcome.skipped += 1


async def reencrypt(engine: AsyncEngine, ring: sealing.KeyRing) -> dict[str, int]:
    """Seal every value under ``ring``'s current key and re-index, pass after pass until a
    pass finds nothing left; the rows rewritten, per table."""
    done: Counter[str] = Counter()
    for place in PLACES:
        while True:
            outcome = await _pass(engine, ring, place)
            done[place.table] += outcome.rewritten
            if not outcome.skipped:
                break
    return dict(done)


async def count_by_key(engine: AsyncEngine) -> dict[str, int]:
    """How many stored values each key id sealed (every sealed column)."""
    counts: Counter[str] = Counter()
    async with engine.connect() as conn:
        for place in PLACES:
            for column in place.stored:
                rows = await conn.execute(
                    text(
                        f"SELECT split_part({column}, '.', 2), count(*) FROM {place.table} "  # noqa: S608
                        f"WHERE {column} LIKE 's1.%' GROUP BY 1"
                    )
                )
                for kid, count in rows.all():
                    counts[kid] += count
    return dict(counts)
