"""An ad hoc Panwaslu Kelurahan/Desa receives reports (UU 7/2017 Art. 454(1)) but is not
shown by the law to register or decide them (LOW, docs/legal/procedure.md §4): a report
received there is passed up to the Panwaslu Kecamatan, keeping its clocks, and registered
there."""

from __future__ import annotations

from typing import Any

import httpx
from tests.api.reports.conftest import complete_report


async def test_village_receives_kecamatan_registers(client: httpx.AsyncClient, auth: Any) -> None:
    admin = await auth("admin", "52.03")
    for body in (
        {"parent_code": "52.03", "code": "52.03.01", "name": "Panwaslu Kecamatan Keruak"},
        {"parent_code": "52.03.01", "code": "52.03.01.2001", "name": "PKD Pulau Maringkik"},
    ):
        created = await client.post("/v1/offices", json=body, headers=admin)
        assert created.status_code == 201, created.text
    handler = await auth("handler", "52.03")
    case = await client.post(
        "/v1/reports", json=complete_report(office="52.03.01.2001"), headers=handler
    )
    assert case.status_code == 201, case.text
    rid = case.json()["id"]
    clocks = {d["rule"]: d["due"] for d in case.json()["deadlines"]}
    refused = await client.post(f"/v1/reports/{rid}/registration", headers=handler)
    assert refused.status_code == 409
    assert "village" in refused.json()["detail"]
    assert "transfer" in refused.json()["detail"]
    passed_up = await client.post(
        f"/v1/reports/{rid}/transfer",
        json={"office": "52.03.01", "reason": "diteruskan ke Panwaslu Kecamatan"},
        headers=handler,
    )
    assert passed_up.status_code == 200, passed_up.text
    registered = await client.post(f"/v1/reports/{rid}/registration", headers=handler)
    assert registered.status_code == 200, registered.text
    kept = (await client.get(f"/v1/reports/{rid}/deadlines", headers=handler)).json()["items"]
    assert {d["rule"]: d["due"] for d in kept if d["rule"] in clocks} == clocks


async def test_a_polling_station_supervisor_is_a_receiving_point(
    client: httpx.AsyncClient, auth: Any
) -> None:
    """The Pengawas TPS receives reports (UU 7/2017 Art. 454(1)) and passes them on
    through the Panwaslu Kelurahan/Desa (docs/legal/procedure.md §4): an office under the
    kelurahan/desa, numbered like its polling station."""
    admin = await auth("admin", "52.03")
    for body in (
        {"parent_code": "52.03", "code": "52.03.01", "name": "Panwaslu Kecamatan Keruak"},
        {"parent_code": "52.03.01", "code": "52.03.01.2001", "name": "PKD Pulau Maringkik"},
        {"parent_code": "52.03.01.2001", "code": "52.03.01.2001.003", "name": "Pengawas TPS 003"},
    ):
        created = await client.post("/v1/offices", json=body, headers=admin)
        assert created.status_code == 201, created.text
    assert created.json()["level"] == "polling_station"
    assert created.json()["level_label"] == "TPS"
    bad = await client.post(
        "/v1/offices",
        json={"parent_code": "52.03.01.2001", "code": "52.03.01.2001.3", "name": "TPS 3"},
        headers=admin,
    )
    assert bad.status_code == 422
    handler = await auth("handler", "52.03")
    case = await client.post(
        "/v1/reports", json=complete_report(office="52.03.01.2001.003"), headers=handler
    )
    assert case.status_code == 201, case.text
    rid = case.json()["id"]
    refused = await client.post(f"/v1/reports/{rid}/registration", headers=handler)
    assert refused.status_code == 409
    assert "polling_station" in refused.json()["detail"]
    assert "village" in refused.json()["detail"]
