"""bawaslu-import: an import interrupted mid-way (answers lost after the API committed)
resumes from its state file; every row ends up stored exactly once; invalid rows land in
a file that can be fixed and imported as it is."""

from __future__ import annotations

import csv
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text
from tests.api.reports.conftest import complete_report
from typer.testing import CliRunner

from bawaslu_api.auth.service import mint_staff_token
from bawaslu_api.main import create_app
from bawaslu_api.security.principals import Role
from bawaslu_api.settings import Settings
from bawaslu_importer import cli, runner, source
from bawaslu_importer.state import State

OFFICE = "52.04"  # Kabupaten Sumbawa
SUBJECT = "importer-resume-test"


@pytest.fixture
async def committing_app(database_url: str, test_settings: Settings) -> AsyncIterator[FastAPI]:
    app: FastAPI = create_app(test_settings, database_url=database_url)
    async with app.router.lifespan_context(app):
        try:
            yield app
        finally:
            async with app.state.engine.begin() as conn:
                await conn.execute(
                    text(
                        "DELETE FROM report WHERE id IN "
                        "(SELECT report_id FROM import_key WHERE subject = :s)"
                    ),
                    {"s": SUBJECT},
                )


async def _token(app: FastAPI) -> str:
    async with app.state.sessionmaker() as session:
        return await mint_staff_token(
            session, app.state.key_ring, app.state.settings,
            subject=SUBJECT, role=Role.handler, office_code=OFFICE,
        )  # fmt: skip


class LosesAnswers(httpx.AsyncBaseTransport):
    """Delivers every request, but after ``keep`` answers the answers are lost (as when
    the API is killed right after committing): the importer sees a broken connection."""

    def __init__(self, app: FastAPI, keep: int) -> None:
        self.inner = httpx.ASGITransport(app=app)
        self.keep = keep
        self.seen = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        self.seen += 1
        if self.seen > self.keep:
            await response.aread()
            raise httpx.ReadError("connection reset by peer", request=request)
        return response


def _write_csv(path: Path, n: int, invalid: set[int]) -> None:
    from bawaslu_api.imports.columns import COLUMN_NAMES

    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMN_NAMES)
        writer.writeheader()
        for i in range(n):
            body = complete_report(office=OFFICE, description=f"Impor {i}")
            row: dict[str, Any] = {"external_id": f"row-{i:04d}"}
            for name in COLUMN_NAMES[1:]:
                value: Any = body
                for part in name.split("."):
                    value = value.get(part) if isinstance(value, dict) else None
                if value is not None:
                    row[name] = json.dumps(value) if isinstance(value, list) else value
            row["incident.office"] = OFFICE
            if i in invalid:
                row["reporter.age"] = "tiga puluh"
            writer.writerow(row)


async def _stored(app: FastAPI) -> tuple[int, int]:
    async with app.state.engine.connect() as conn:
        row = (
            await conn.execute(
                text(
                    "SELECT count(*), count(DISTINCT k.external_id) FROM import_key k "
                    "JOIN report r ON r.id = k.report_id WHERE k.subject = :s"
                ),
                {"s": SUBJECT},
            )
        ).one()
    return row[0], row[1]


async def test_an_interrupted_import_resumes_and_stores_every_row_once(
    committing_app: FastAPI, tmp_path: Path
) -> None:
    data = tmp_path / "laporan.csv"
    invalid = {7, 123, 250}
    _write_csv(data, 300, invalid)
    options = runner.Options(
        url="http://t", token=await _token(committing_app), batch_size=40, concurrency=2,
        max_retries=0,
    )  # fmt: skip
    state_path = tmp_path / "state.json"
    failed_path = tmp_path / "laporan.failed.csv"
    total = source.count(data, "csv")
    assert total == 300

    # First run: after three answers, answers are lost although the API commits.
    lossy = httpx.AsyncClient(transport=LosesAnswers(committing_app, keep=3), base_url="http://t")
    state = State.open(state_path, data, options.batch_size)
    with pytest.raises(runner.ImportStopped):
        await runner.run(
            options, data, "csv", state, source.FailedRows(failed_path, "csv"),
            total=total, client=lossy,
        )  # fmt: skip
    await lossy.aclose()
    first_acked = set(State.open(state_path, data, options.batch_size).acked)
    assert 1 <= len(first_acked) <= 3
    stored, _ = await _stored(committing_app)
    assert stored > len(first_acked) * 40 - len(invalid)  # some unacknowledged batches stored

    # Second run: resumes from the state file; lost answers come back as duplicates.
    good = httpx.AsyncClient(transport=httpx.ASGITransport(app=committing_app), base_url="http://t")
    state = State.open(state_path, data, options.batch_size)
    summary = await runner.run(
        options, data, "csv", state, source.FailedRows(failed_path, "csv"),
        total=total, client=good,
    )  # fmt: skip
    assert summary.skipped == sum(min(40, 300 - 40 * b) for b in first_acked)
    assert summary.duplicate >= 1
    # Lost answers: created by the first run, answered `duplicate` to the second.
    assert summary.counts["created"] + summary.counts["duplicate"] == 300 - len(invalid)
    assert summary.counts["invalid"] >= len(invalid)
    assert state.acked == set(range(8))
    assert await _stored(committing_app) == (297, 297)

    # The failed rows, fixed and imported as they are, complete the import.
    failed_rows = list(csv.DictReader(failed_path.open(encoding="utf-8")))
    assert {r["external_id"] for r in failed_rows} == {f"row-{i:04d}" for i in invalid}
    assert "reporter.age" in failed_rows[0]["_problems"]
    fixed = tmp_path / "fixed.csv"
    with fixed.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(failed_rows[0]))
        writer.writeheader()
        for r in failed_rows:
            writer.writerow({**r, "reporter.age": "30"})
    retry = await runner.run(
        options, fixed, "csv", State.open(tmp_path / "s2.json", fixed, 40),
        source.FailedRows(tmp_path / "fixed.failed.csv", "csv"), total=3, client=good,
    )  # fmt: skip
    await good.aclose()
    assert retry.created == 3
    assert await _stored(committing_app) == (300, 300)

    # A colleague of the office imports the same file: nothing is stored again, and the
    # summary says who imported the rows.
    async with committing_app.state.sessionmaker() as session:
        colleague = await mint_staff_token(
            session, committing_app.state.key_ring, committing_app.state.settings,
            subject="importer-resume-colleague", role=Role.handler, office_code=OFFICE,
        )  # fmt: skip
    other = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=committing_app), base_url="http://t"
    )
    again = await runner.run(
        runner.Options(url="http://t", token=colleague, batch_size=100, max_retries=0),
        data, "csv", State.open(tmp_path / "s3.json", data, 100),
        source.FailedRows(tmp_path / "again.failed.csv", "csv"), total=total, client=other,
    )  # fmt: skip
    await other.aclose()
    assert (again.created, again.duplicate, again.invalid) == (0, 297, 3)
    assert again.imported_by_others == {SUBJECT: 297}
    assert await _stored(committing_app) == (300, 300)  # nothing new


def test_the_command_needs_credentials_and_refuses_a_foreign_state(tmp_path: Path) -> None:
    data = tmp_path / "a.jsonl"
    data.write_text(json.dumps({"external_id": "x"}) + "\n")
    result = CliRunner().invoke(cli.app, [str(data), "--no-progress"])
    assert result.exit_code != 0
    assert "--token" in result.output
    state = tmp_path / "a.jsonl.import-state.json"
    state.write_text(json.dumps({"source": "/elsewhere", "size": 1, "batch_size": 500}))
    result = CliRunner().invoke(cli.app, [str(data), "--token", "t", "--no-progress"])
    assert result.exit_code == 1


def test_jsonl_rows_keep_notes_out_of_the_items(tmp_path: Path) -> None:
    data = tmp_path / "a.jsonl"
    data.write_text(json.dumps({"external_id": "x", "_problems": "kind: missing"}) + "\n\n")
    (row,) = list(source.rows(data, "jsonl"))
    assert row.item == {"external_id": "x"}
    assert row.raw["_problems"] == "kind: missing"
