"""Load KPU reference data from CSV files (``bawaslu-api kpu load-parties FILE`` ...).

The shapes below are ours, documented in docs/webhooks.md ("KPU reference data"). KPU's
open-data portals publish similar tables, but their exact file formats were not verified
here: convert a KPU file to this shape (header names as below, UTF-8, comma-separated)
before loading. Loading is idempotent: a row with the same key is updated, not duplicated.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.elections.models import Election
from bawaslu_api.integrations.kpu.models import KpuCandidate, KpuParty, KpuPollingStation

PARTY_COLUMNS = ("nomor_urut", "singkatan", "nama")
POLLING_STATION_COLUMNS = ("kode_wilayah", "nomor_tps", "alamat", "jumlah_pemilih")
CANDIDATE_COLUMNS = ("dapil", "nomor_urut_partai", "nomor_urut", "nama", "jenis_kelamin")


class LoadError(ValueError):
    """A file that does not have the documented shape; the message names the line."""


@dataclass(frozen=True, slots=True)
class LoadResult:
    rows: int


def _rows(text: str, columns: tuple[str, ...]) -> Iterable[tuple[int, dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [c for c in columns if c not in (reader.fieldnames or [])]
    if missing:
        raise LoadError(f"line 1: missing column(s) {', '.join(missing)}")
    for row in reader:
        yield reader.line_num, {k: (v or "").strip() for k, v in row.items() if k}


def _int(value: str, line: int, column: str, *, optional: bool = False) -> int | None:
    if optional and value == "":
        return None
    try:
        number = int(value)
    except ValueError:
        raise LoadError(f"line {line}: {column} must be a whole number, not {value!r}") from None
    if number < 0:
        raise LoadError(f"line {line}: {column} must not be negative")
    return number


def parse_parties(text: str) -> list[dict[str, Any]]:
    out: dict[int, dict[str, Any]] = {}
    for line, row in _rows(text, PARTY_COLUMNS):
        number = _int(row["nomor_urut"], line, "nomor_urut")
        if not row["nama"] or not row["singkatan"]:
            raise LoadError(f"line {line}: nama and singkatan are required")
        assert number is not None
        out[number] = {"number": number, "abbreviation": row["singkatan"], "name": row["nama"]}
    return list(out.values())


def parse_polling_stations(text: str) -> list[dict[str, Any]]:
    out: dict[tuple[str, int], dict[str, Any]] = {}
    for line, row in _rows(text, POLLING_STATION_COLUMNS):
        if not row["kode_wilayah"]:
            raise LoadError(f"line {line}: kode_wilayah is required")
        number = _int(row["nomor_tps"], line, "nomor_tps")
        assert number is not None
        out[(row["kode_wilayah"], number)] = {
            "village_code": row["kode_wilayah"],
            "number": number,
            "address": row["alamat"],
            "voters": _int(row["jumlah_pemilih"], line, "jumlah_pemilih", optional=True),
        }
    return list(out.values())


def parse_candidates(text: str) -> list[dict[str, Any]]:
    out: dict[tuple[str, int, int], dict[str, Any]] = {}
    for line, row in _rows(text, CANDIDATE_COLUMNS):
        party = _int(row["nomor_urut_partai"], line, "nomor_urut_partai", optional=True) or 0
        number = _int(row["nomor_urut"], line, "nomor_urut")
        assert number is not None
        if not row["nama"]:
            raise LoadError(f"line {line}: nama is required")
        gender = row["jenis_kelamin"].upper() or None
        if gender not in (None, "L", "P"):
            raise LoadError(f"line {line}: jenis_kelamin must be L, P or empty")
        out[(row["dapil"], party, number)] = {
            "district": row["dapil"],
            "party_number": party,
            "number": number,
            "name": row["nama"],
            "gender": gender,
        }
    return list(out.values())


async def _election(session: AsyncSession, slug: str) -> None:
    found = await session.execute(select(Election.id).where(Election.slug == slug))
    if found.scalar_one_or_none() is None:
        raise LoadError(f"no election {slug!r}")


async def load_parties(session: AsyncSession, election: str, text: str) -> LoadResult:
    """Insert or update the parties of ``election`` (key: ballot number)."""
    await _election(session, election)
    rows = parse_parties(text)
    if rows:
        stmt = insert(KpuParty).values([{**r, "election_slug": election} for r in rows])
        await session.execute(
            stmt.on_conflict_do_update(
                index_elements=["election_slug", "number"],
                set_={"abbreviation": stmt.excluded.abbreviation, "name": stmt.excluded.name},
            )
        )
    return LoadResult(len(rows))


async def load_polling_stations(session: AsyncSession, election: str, text: str) -> LoadResult:
    """Insert or update the polling stations of ``election`` (key: village code, TPS number)."""
    await _election(session, election)
    rows = parse_polling_stations(text)
    for start in range(0, len(rows), 1000):
        chunk = rows[start : start + 1000]
        stmt = insert(KpuPollingStation).values([{**r, "election_slug": election} for r in chunk])
        await session.execute(
            stmt.on_conflict_do_update(
                index_elements=["election_slug", "village_code", "number"],
                set_={"address": stmt.excluded.address, "voters": stmt.excluded.voters},
            )
        )
    return LoadResult(len(rows))


async def load_candidates(session: AsyncSession, election: str, text: str) -> LoadResult:
    """Insert or update the candidates of ``election`` (key: district, party, ballot number)."""
    await _election(session, election)
    rows = parse_candidates(text)
    for start in range(0, len(rows), 1000):
        chunk = rows[start : start + 1000]
        stmt = insert(KpuCandidate).values([{**r, "election_slug": election} for r in chunk])
        await session.execute(
            stmt.on_conflict_do_update(
                index_elements=["election_slug", "district", "party_number", "number"],
                set_={"name": stmt.excluded.name, "gender": stmt.excluded.gender},
            )
        )
    return LoadResult(len(rows))
