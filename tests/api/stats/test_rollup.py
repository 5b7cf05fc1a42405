"""The rollups (migrations 0020-0022) stay exact: after each change to the cases (intake,
registration, decision, classification, a transfer to another office and province, a
corrected day received, clocks' statuses and due times, removals) the
statistics read from the rollup equal those counted from ``report_stat`` for the same scope,
filters and day."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import httpx
import pytest
from sqlalchemy import select, text, update
from tests.api.stats.conftest import Mix

from bawaslu_api.cases.models import Report, ReportKind
from bawaslu_api.deadlines.models import Deadline, DeadlineStatus
from bawaslu_api.offices.models import Office
from bawaslu_api.stats import service
from bawaslu_api.stats.service import Filters

FEBRUARY = {"from_": date(2024, 2, 1), "to": date(2024, 2, 29)}
FILTERS = [
    Filters(),
    Filters(**FEBRUARY),
    Filters(from_=date(2024, 3, 1), to=date(2024, 3, 31)),
    Filters(stage="logistics", **FEBRUARY),
    Filters(stage="unclassified"),
    Filters(kind=ReportKind.report, election="pemilu-2024"),
]
DAYS = [date(2024, 2, 4), date(2024, 2, 20), date(2024, 4, 15), None]


async def _assert_exact(db: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    await db.flush()
    for code in (None, "52", "33", "52.03", "52.01"):
        office = await service.public_scope(db, code)
        for filters in FILTERS:
            assert service.rolls_up(filters)
            for day in DAYS:
                rolled = await service.statistics(db, office, filters, as_of=day)
                with monkeypatch.context() as m:
                    m.setattr(service, "rolls_up", lambda *_a, **_k: False)
                    counted = await service.statistics(db, office, filters, as_of=day)
                assert rolled.model_dump() == counted.model_dump(), (code, filters, day)


async def _rollup_has_no_empty_keys(db: Any) -> None:
    for table in ("report_rollup", "report_rollup_days", "report_rollup_events", "deadline_rollup"):
        empty = await db.execute(text(f"SELECT count(*) FROM {table} WHERE n <= 0"))
        assert empty.scalar() == 0, table
    total = (await db.execute(text("SELECT coalesce(sum(n), 0) FROM report_rollup"))).scalar()
    assert total == (await db.execute(text("SELECT count(*) FROM report_stat"))).scalar()
    clocks = (await db.execute(text("SELECT coalesce(sum(n), 0) FROM deadline_rollup"))).scalar()
    assert clocks == (await db.execute(text("SELECT count(*) FROM deadline"))).scalar()


async def test_the_rollup_stays_exact_across_the_life_of_cases(
    client: httpx.AsyncClient,
    auth: Any,
    db: Any,
    mix: Mix,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = [uuid.UUID(i) for i in mix.ids]
    await _assert_exact(db, monkeypatch)  # intake (and the mix's own changes)
    await _rollup_has_no_empty_keys(db)

    # registration, over the API
    handler = await auth("handler", "52.03")
    registered = await client.post(
        f"/v1/reports/{ids[5]}/registration",
        json={"occurred_at": "2024-02-09T15:00:00+08:00"},
        headers=handler,
    )
    assert registered.status_code == 200, registered.text
    await _assert_exact(db, monkeypatch)

    # a decision
    await db.execute(
        update(Report)
        .where(Report.id == ids[2])
        .values(
            status="decided", outcome="not_violation", registration_days=3, decision_days=8,
            decision={"outcome": "not_violation", "at": "2024-03-04T10:00:00+08:00"},
        )
    )  # fmt: skip
    await _assert_exact(db, monkeypatch)

    # a classification change (stage and subjects), and a case unclassified
    await db.execute(
        update(Report).where(Report.id == ids[4]).values(stage="logistics", subjects=[])
    )
    await db.execute(
        update(Report).where(Report.id == ids[0]).values(stage=None, subjects=["voter_data"])
    )
    await _assert_exact(db, monkeypatch)

    # a transfer to another office (52.03 -> 52.01)
    lobar = (await db.execute(select(Office).where(Office.code == "52.01"))).scalar_one()
    await db.execute(
        update(Report)
        .where(Report.id.in_([ids[1], ids[3]]))
        .values(office_id=lobar.id, office_path=lobar.path)
    )
    await _assert_exact(db, monkeypatch)

    # a transfer to another province (52.01 -> 33.72), the clocks following later
    semarang = (await db.execute(select(Office).where(Office.code == "33.72"))).scalar_one()
    await db.execute(
        update(Report)
        .where(Report.id == ids[7])
        .values(office_id=semarang.id, office_path=semarang.path, province_code="33")
    )
    await _assert_exact(db, monkeypatch)
    await db.execute(
        update(Deadline).where(Deadline.report_id == ids[7]).values(office_path=semarang.path)
    )
    await _assert_exact(db, monkeypatch)

    # a correction of the day received (another month: the clocks move with the case)
    await db.execute(update(Report).where(Report.id == ids[8]).values(received_on=date(2024, 3, 4)))
    await _assert_exact(db, monkeypatch)

    # clocks' statuses, overrides and due times (overdue this month, due later, long ago)
    await db.execute(
        update(Deadline)
        .where(Deadline.report_id == ids[7], Deadline.rule_id == "case.decision")
        .values(status=DeadlineStatus.met)
    )
    await db.execute(
        update(Deadline)
        .where(Deadline.report_id == ids[8])
        .values(
            status=DeadlineStatus.pending,
            override_reason="Perpanjangan.",
            due_at=text("now() - interval '1 minute'"),
        )
    )
    await db.execute(
        update(Deadline)
        .where(Deadline.report_id == ids[5])
        .values(status=DeadlineStatus.pending, due_at=text("now() + interval '1 day'"))
    )
    await _assert_exact(db, monkeypatch)
    await _rollup_has_no_empty_keys(db)

    # a clock removed; a case removed, its clocks with it (the cascade removes them before
    # the case's report_stat row)
    await db.execute(text("DELETE FROM deadline WHERE report_id = :id"), {"id": ids[0]})
    await db.execute(text("DELETE FROM report WHERE id = :id"), {"id": ids[6]})
    await _assert_exact(db, monkeypatch)
    await _rollup_has_no_empty_keys(db)
