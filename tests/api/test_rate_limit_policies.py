"""Rate limits that fit real users (issue 16): per reporter behind a carrier NAT, per
account across addresses, trusted proxies, and the IETF RateLimit fields.

Windows are fixed (they start on multiples of their length): the tests use hour-long ones,
so that their few requests almost never straddle the start of a new window."""

from __future__ import annotations

import re
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import date, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from tests.api.reports.conftest import complete_report

Clients = Callable[[str], Any]


def _address() -> str:
    return f"10.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}"


@pytest.fixture
def limits(rollback_app: FastAPI) -> Any:
    """``with limits({...}, proxies=[...])`` swaps the app's policies for the test."""
    original = rollback_app.state.settings

    @asynccontextmanager
    async def _use(
        policies: dict[str, tuple[int, int]], proxies: list[str] | None = None
    ) -> AsyncIterator[None]:
        rollback_app.state.settings = original.model_copy(
            update={
                "rate_limits": {"default": (100_000, 60), **policies},
                "trusted_proxies": proxies or [],
            }
        )
        try:
            yield
        finally:
            rollback_app.state.settings = original

    return _use


@pytest.fixture
async def from_address(rollback_app: FastAPI) -> AsyncIterator[Clients]:
    """``from_address("10.1.2.3")``: a client whose requests come from that peer."""
    opened: list[httpx.AsyncClient] = []

    def _client(peer: str) -> httpx.AsyncClient:
        transport = httpx.ASGITransport(
            app=rollback_app, client=(peer, 50000), raise_app_exceptions=False
        )
        c = httpx.AsyncClient(transport=transport, base_url="http://t")
        opened.append(c)
        return c

    yield _client
    for c in opened:
        await c.aclose()


def _filing(nik: str, phone: str = "", email: str = "") -> dict[str, Any]:
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    body = complete_report(
        known_on=yesterday, incident={"date": yesterday, "office": "52.03", "address": "Pasar"}
    )
    for key in ("kind", "channel", "received_at", "signature"):
        body.pop(key)
    body["reporter"] = {**body["reporter"], "nik": nik, "phone": phone, "email": email}
    return body


def _nik() -> str:
    return f"5203{uuid.uuid4().int % 10**12:012d}"


def _fields(response: httpx.Response) -> dict[str, dict[str, dict[str, int]]]:
    """``{"policy": {"q": .., "w": ..}}`` and ``{"policy": {"r": .., "t": ..}}`` parsed."""

    def parse(value: str) -> dict[str, dict[str, int]]:
        out = {}
        for item in value.split(","):
            name, *params = item.strip().split(";")
            assert re.fullmatch(r'"[a-z_]+"', name), item
            out[name.strip('"')] = {k: int(v) for k, v in (p.split("=") for p in params)}
        return out

    return {
        "policy": parse(response.headers["ratelimit-policy"]),
        "limit": parse(response.headers["ratelimit"]),
    }


async def test_two_reporters_behind_one_carrier_address_both_file(
    limits: Any, from_address: Clients
) -> None:
    carrier = from_address(_address())
    async with limits({"public_filing": (50, 3600), "public_filing_reporter": (1, 3600)}):
        first = await carrier.post("/v1/public/reports", json=_filing(_nik()))
        second = await carrier.post("/v1/public/reports", json=_filing(_nik()))
    assert (first.status_code, second.status_code) == (201, 201), second.text
    fields = _fields(second)
    assert fields["policy"]["public_filing"] == {"q": 50, "w": 3600}
    assert fields["limit"]["public_filing"]["r"] == 48  # two filings from this address
    assert fields["limit"]["public_filing_reporter"]["r"] == 0  # the second reporter's one


async def test_one_reporter_from_many_addresses_is_limited(
    limits: Any, from_address: Clients
) -> None:
    nik = _nik()
    async with limits({"public_filing": (50, 3600), "public_filing_reporter": (2, 3600)}):
        statuses = [
            (await from_address(_address()).post("/v1/public/reports", json=_filing(nik)))
            for _ in range(3)
        ]
        # The same reporter by phone (another NIK, the same number written otherwise).
        phone = f"0812{uuid.uuid4().int % 10**8:08d}"
        by_phone = [
            await from_address(_address()).post(
                "/v1/public/reports", json=_filing(_nik(), phone=written)
            )
            for written in (phone, "+62 " + phone[1:], "62" + phone[1:])
        ]
    assert [r.status_code for r in statuses] == [201, 201, 429]
    refused = statuses[-1]
    assert refused.headers["content-type"] == "application/problem+json"
    assert refused.json()["code"] == "rate_limited"
    assert "public_filing_reporter" in refused.json()["detail"]
    retry = int(refused.headers["retry-after"])
    assert 1 <= retry <= 3600
    limit = _fields(refused)["limit"]["public_filing_reporter"]
    assert limit["r"] == 0
    assert retry >= limit["t"]  # Retry-After never earlier than the window's end
    assert [r.status_code for r in by_phone] == [201, 201, 429]


async def test_a_staff_limit_follows_the_account_across_addresses(
    limits: Any, from_address: Clients, auth: Any
) -> None:
    me = await auth("handler", "52.03", f"roaming.{uuid.uuid4().hex[:8]}@52.03")
    colleague = await auth("handler", "52.03", f"desk.{uuid.uuid4().hex[:8]}@52.03")
    office = _address()
    async with limits({"account": (2, 3600)}):
        mine = [
            (await from_address(a).get("/v1/reports", headers=me)).status_code
            for a in (office, _address(), _address())
        ]
        # A colleague behind the same office address has a quota of their own.
        theirs = await from_address(office).get("/v1/reports", headers=colleague)
    assert mine == [200, 200, 429]
    assert theirs.status_code == 200
    assert _fields(theirs)["limit"]["account"]["r"] == 1


async def test_every_limited_response_carries_the_ratelimit_fields(
    limits: Any, from_address: Clients
) -> None:
    c = from_address(_address())
    async with limits({"public": (3, 3600)}):
        answers = [await c.get("/v1/reference/labels") for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    for a in answers:
        fields = _fields(a)
        assert fields["policy"] == {"public": {"q": 3, "w": 3600}}
        assert 1 <= fields["limit"]["public"]["t"] <= 3600
    assert [_fields(a)["limit"]["public"]["r"] for a in answers] == [2, 1, 0, 0]
    assert answers[-1].headers["content-type"] == "application/problem+json"
    unlimited = await c.get("/v1/health/live")
    assert unlimited.status_code == 200
    assert "ratelimit" not in unlimited.headers


async def test_forwarded_for_is_read_from_the_right_and_only_from_trusted_proxies(
    limits: Any, from_address: Clients
) -> None:
    proxy = from_address("172.18.0.5")  # inside the trusted range below
    client, spoofed = _address(), _address()
    async with limits({"public": (2, 3600)}, proxies=["172.18.0.0/16"]):
        # The client writes a fake first hop; the proxy appends the client's real address.
        codes = [
            (
                await proxy.get(
                    "/v1/reference/labels",
                    headers={"X-Forwarded-For": f"{_address()}, {client}"},
                )
            ).status_code
            for _ in range(3)
        ]
        # An untrusted peer's X-Forwarded-For changes nothing: it is counted as itself.
        direct = from_address(spoofed)
        untrusted = [
            (
                await direct.get("/v1/reference/labels", headers={"X-Forwarded-For": _address()})
            ).status_code
            for _ in range(3)
        ]
    assert codes == [200, 200, 429]
    assert untrusted == [200, 200, 429]
