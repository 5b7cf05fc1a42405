"""A known mix of cases for the statistics: seven at Bawaslu Lombok Timur (52.03) and two
at Bawaslu Lombok Barat (52.01), all received in the first week of February 2024.

The cases are filed and registered over the API. What the API cannot give them yet is set
in the database (the `db` fixture), saying so:
- stage, subjects, registration_days, decision_days: intake does not fill them yet (helper A
  of issue 15 does); the lead switches these to the API after merging A;
- the decision, the forwarding and the clocks' statuses (met / missed, an override): walking
  each case through analysis, plenary and decision would make the mix unreadable; the
  statistics read only these columns.

case office stage     subjects                   status          outcome/cat.  reg dec clock
1    52.03  logistics money_politics             forwarded (KPU) violation/adm 1   5   met
2    52.03  logistics money_pol., neutrality_asn decided         not_violation 2   7   met
3    52.03  logistics money_politics             registered                    3       pending+late
4    52.03  logistics money_politics             forwarded (pol) violation/crm 2   9   missed+overr.
5    52.03  campaign  money_politics             decided         not_violation 1   6   met
6    52.03  -         -                          received
7    52.03  logistics campaign_props             not_registered
8    52.01  campaign  money_politics             registered                    4       pending+late
9    52.01  campaign  neutrality_asn             registered                    4       pending+late
(The KPU forwarding of case 1 is acknowledged.)
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx
import pytest
from sqlalchemy import update
from tests.api.reports.conftest import complete_report

from bawaslu_api.cases.models import Report
from bawaslu_api.deadlines.models import Deadline, DeadlineStatus
from bawaslu_api.integrations.kpu.models import KpuForwarding, KpuForwardingStatus

REPORTER_NAMES = ["Siti Aminah", "Baiq Nurhaliza", "Lalu Muhammad Zaini"]
NIKS = ["5203014708900001", "5203014708900002", "5201014708900003"]


@dataclass(frozen=True)
class Spec:
    office: str
    stage: str | None
    subjects: list[str]
    status: str
    outcome: str | None = None
    category: str | None = None
    registration_days: int | None = None
    decision_days: int | None = None
    clock: str | None = None  # case.decision: met / missed / pending
    overridden: bool = False
    forwarded_to: str | None = None


MIX = [
    Spec("52.03", "logistics", ["money_politics"], "forwarded", "violation", "administrative",
         1, 5, "met", forwarded_to="kpu"),
    Spec("52.03", "logistics", ["money_politics", "neutrality_asn"], "decided",
         "not_violation", None, 2, 7, "met"),
    Spec("52.03", "logistics", ["money_politics"], "registered", None, None, 3, None, "pending"),
    Spec("52.03", "logistics", ["money_politics"], "forwarded", "violation", "crime", 2, 9,
         "missed", overridden=True, forwarded_to="police"),
    Spec("52.03", "campaign", ["money_politics"], "decided", "not_violation", None, 1, 6, "met"),
    Spec("52.03", None, [], "received"),
    Spec("52.03", "logistics", ["campaign_props"], "not_registered"),
    Spec("52.01", "campaign", ["money_politics"], "registered", None, None, 4, None, "pending"),
    Spec("52.01", "campaign", ["neutrality_asn"], "registered", None, None, 4, None, "pending"),
]  # fmt: skip

RECEIVED = ["2024-02-05", "2024-02-06", "2024-02-07"]


@dataclass
class Mix:
    ids: list[str]
    lotim: dict[str, str]  # a viewer of 52.03
    lobar: dict[str, str]  # a viewer of 52.01
    ntb: dict[str, str]  # a viewer of the province 52


async def make_mix(client: httpx.AsyncClient, auth: Any, db: Any) -> Mix:
    ids = []
    for n, spec in enumerate(MIX):
        handler = await auth("handler", spec.office)
        day = RECEIVED[n % 3]
        reporter = {
            **complete_report()["reporter"],
            "name": REPORTER_NAMES[n % 3],
            "nik": NIKS[n % 3],
        }
        body = complete_report(
            office=spec.office,
            received_at=f"{day}T10:00:00+08:00",
            known_on="2024-02-02",
            incident={"date": "2024-02-02", "office": spec.office, "address": "Pasar"},
            reporter=reporter,
        )
        created = await client.post("/v1/reports", json=body, headers=handler)
        assert created.status_code == 201, created.text
        rid = created.json()["id"]
        ids.append(rid)
        if spec.registration_days is not None:
            registered = await client.post(
                f"/v1/reports/{rid}/registration",
                json={"occurred_at": f"{day}T15:00:00+08:00"},
                headers=handler,
            )
            assert registered.status_code == 200, registered.text
        await _set(db, uuid.UUID(rid), spec)
    await db.commit()
    return Mix(
        ids=ids,
        lotim=await auth("viewer", "52.03"),
        lobar=await auth("viewer", "52.01"),
        ntb=await auth("viewer", "52"),
    )


async def _set(db: Any, rid: uuid.UUID, spec: Spec) -> None:
    # Classification and durations: intake does not fill them yet (helper A); set here.
    values: dict[str, Any] = {
        "stage": spec.stage,
        "subjects": spec.subjects,
        "registration_days": spec.registration_days,
        "decision_days": spec.decision_days,
    }
    # The decision and forwarding, written as the workflow writes them (see the docstring).
    if spec.status in ("decided", "forwarded", "not_registered"):
        values["status"] = spec.status
    if spec.outcome is not None:
        values["outcome"] = spec.outcome
        values["outcome_category"] = spec.category
        values["decision"] = {
            "outcome": spec.outcome,
            "category": spec.category,
            "at": "2024-02-14T10:00:00+08:00",
        }
    if spec.forwarded_to is not None:
        values["forwardings"] = [
            {"to": spec.forwarded_to, "sent_at": "2024-02-15T10:00:00+08:00", "reference": ""}
        ]
    await db.execute(update(Report).where(Report.id == rid).values(**values))
    if spec.clock is not None:
        clock: dict[str, Any] = {"status": DeadlineStatus(spec.clock)}
        if spec.overridden:
            clock["override_reason"] = "Perpanjangan karena banjir."
        await db.execute(
            update(Deadline)
            .where(Deadline.report_id == rid, Deadline.rule_id == "case.decision")
            .values(**clock)
        )
    if spec.forwarded_to == "kpu":
        report = await db.get(Report, rid)
        db.add(
            KpuForwarding(
                report_id=rid, office_path=report.office_path, regime="pemilu",
                category=spec.category, sent_at=datetime.fromisoformat("2024-02-15T10:00:00+08:00"),
                status=KpuForwardingStatus.acknowledged,
            )
        )  # fmt: skip
    await db.flush()


@pytest.fixture
async def mix(client: httpx.AsyncClient, auth: Any, db: Any) -> Mix:
    return await make_mix(client, auth, db)
