"""Panwaslu Kecamatan, the ad hoc level below the kabupaten/kota (docs/legal/rules.md §6;
UU 7/2017 Art. 454(1), UU 1/2015 Art. 134(1): they receive reports), loaded from the same
public region data as the kabupaten/kota by one idempotent command."""

from __future__ import annotations

import asyncio
import csv
import io
from collections.abc import Iterator
from importlib import resources
from typing import Any

import pytest
from sqlalchemy import delete, select
from typer.testing import CliRunner

KAB = "53.01"  # Kabupaten Kupang, NTT (WITA)


@pytest.fixture
def cli_env(database_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    from bawaslu_api.settings import get_settings

    monkeypatch.setenv("BAWASLU_DATABASE_URL", database_url)
    monkeypatch.setenv("BAWASLU_LOG_JSON", "false")
    get_settings.cache_clear()
    try:
        yield database_url
    finally:
        get_settings.cache_clear()
        asyncio.run(_offices(database_url, delete_them=True))


async def _offices(url: str, *, delete_them: bool = False) -> list[tuple[str, str, str, str]]:
    from sqlalchemy.ext.asyncio import create_async_engine

    from bawaslu_api.offices.models import Office

    engine = create_async_engine(url)
    async with engine.begin() as conn:
        if delete_them:
            await conn.execute(delete(Office).where(Office.code.like(f"{KAB}.%")))
            rows: list[Any] = []
        else:
            rows = list(
                (
                    await conn.execute(
                        select(Office.code, Office.name, Office.path, Office.timezone)
                        .where(Office.code.like(f"{KAB}.%"))
                        .order_by(Office.code)
                    )
                ).all()
            )
    await engine.dispose()
    return [tuple(r) for r in rows]


def test_load_districts_is_idempotent_and_places_them_under_their_kabupaten(
    cli_env: str,
) -> None:
    from bawaslu_api.cli import app

    shipped = [
        row
        for row in csv.DictReader(
            io.StringIO(
                resources.files("bawaslu_api.offices")
                .joinpath("data/districts.csv")
                .read_text("utf-8")
            )
        )
        if row["parent_code"] == KAB
    ]
    runner = CliRunner()
    first = runner.invoke(app, ["offices", "load-districts", "--within", KAB])
    assert first.exit_code == 0, first.output
    assert f"loaded {len(shipped)} Panwaslu Kecamatan offices" in first.output
    offices = asyncio.run(_offices(cli_env))
    assert [o[0] for o in offices] == [row["code"] for row in shipped]
    code, name, path, zone = offices[0]
    assert name == f"Panwaslu Kecamatan {shipped[0]['name']}"
    assert path == f"/ID/53/{KAB}/{code}/"
    assert zone == "Asia/Makassar"  # NTT is WITA (Keppres 41/1987)
    again = runner.invoke(app, ["offices", "load-districts", "--within", KAB])
    assert again.exit_code == 0, again.output
    assert "loaded 0 Panwaslu Kecamatan offices" in again.output
