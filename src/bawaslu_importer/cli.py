"""The ``bawaslu-import`` command."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from bawaslu_importer import runner, source
from bawaslu_importer.state import State, StateMismatch

app = typer.Typer(add_completion=False)
console = Console(stderr=True)


class RateColumn(ProgressColumn):
    """Rows per second."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.0f} rows/s" if speed else "- rows/s", style="progress.data.speed")


def companion(file: Path, name: str) -> Path:
    """The files the command writes next to its input are named by one rule: the input's
    whole name, a dot, and what they are (``laporan.csv.import-state.json``,
    ``laporan.csv.failed.csv``), so two inputs of one stem never share them."""
    return file.with_name(f"{file.name}.{name}")


@app.command()
def main(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="CSV, XLSX or JSONL.")],
    url: Annotated[str, typer.Option(envvar="BAWASLU_URL", help="Base URL of the API.")] = (
        "http://127.0.0.1:8000"
    ),
    token: Annotated[
        str | None,
        typer.Option(envvar="BAWASLU_TOKEN", help="Bearer access token."),
    ] = None,
    client_id: Annotated[
        str | None,
        typer.Option(envvar="BAWASLU_CLIENT_ID", help="Client credentials: client id."),
    ] = None,
    client_secret: Annotated[
        str | None,
        typer.Option(envvar="BAWASLU_CLIENT_SECRET", help="Client credentials: secret."),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option("--format", help="csv, xlsx or jsonl (default: from the extension)."),
    ] = None,
    batch_size: Annotated[int, typer.Option(min=1, max=1000, help="Rows per request.")] = 500,
    concurrency: Annotated[int, typer.Option(min=1, max=64, help="Requests in flight.")] = 4,
    dry_run: Annotated[bool, typer.Option(help="Validate only; the API stores nothing.")] = False,
    state_file: Annotated[
        Path | None,
        typer.Option(
            "--state",
            help="Resume file (default: FILE.import-state.json).",
        ),
    ] = None,
    failed_file: Annotated[
        Path | None,
        typer.Option(
            "--failed",
            help="Invalid rows (default: FILE.failed.csv, or FILE.failed.jsonl).",
        ),
    ] = None,
    restart: Annotated[bool, typer.Option(help="Ignore the state file; send everything.")] = False,
    max_retries: Annotated[int, typer.Option(min=0, help="Retries of a failing batch.")] = 5,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for one batch.")] = 300.0,
    language: Annotated[str, typer.Option(help="Language of problems: id or en.")] = "id",
    progress: Annotated[bool, typer.Option(help="Show the progress bar.")] = True,
) -> None:
    """Import reports into the Bawaslu API in concurrent batches.

    Each row needs an `external_id`: the API stores each one once, so the command can be
    re-run at any time. It resumes after Ctrl-C or a crash from the state file, and writes
    rows the API found invalid (with the problems) to a file you can fix and import again.

    Exit status: 0 all rows accepted, 2 some rows invalid (see the failed file),
    1 stopped before the end (run the same command again to resume), 130 interrupted.
    """
    if token is None and client_id is None:
        raise typer.BadParameter("pass --token or --client-id/--client-secret")
    try:
        kind = source.detect(file, fmt)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
    state_path = state_file or companion(file, "import-state.json")
    failed_path = failed_file or companion(
        file, "failed.jsonl" if kind == "jsonl" else "failed.csv"
    )
    try:
        state = State.open(state_path, file, batch_size, restart=restart)
    except StateMismatch as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from exc
    if restart and failed_path.exists():
        failed_path.unlink()
    options = runner.Options(
        url=url.rstrip("/"),
        token=token,
        client_id=client_id,
        client_secret=client_secret,
        batch_size=batch_size,
        concurrency=concurrency,
        dry_run=dry_run,
        max_retries=max_retries,
        timeout=timeout,
        language=language,
    )
    total = source.count(file, kind)
    failed = source.FailedRows(failed_path, kind)
    bar = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console,
        disable=not progress,
    )
    code = 0
    with bar:
        task = bar.add_task("import", total=total)
        try:
            summary = asyncio.run(
                runner.run(
                    options, file, kind, state, failed, total=total,
                    on_progress=lambda n, s: bar.advance(task, n),
                )
            )  # fmt: skip
        except runner.ImportStopped as exc:
            console.print(f"[red]stopped:[/red] {exc}")
            console.print(f"acknowledged batches are in {state_path}; run again to resume")
            raise typer.Exit(1) from exc
        except KeyboardInterrupt:
            console.print(f"\ninterrupted; run the same command again to resume ({state_path})")
            raise typer.Exit(130) from None
    counts = summary.counts
    console.print(
        f"rows {total}: created {counts.get('created', 0)}, duplicate "
        f"{counts.get('duplicate', 0)}, invalid {counts.get('invalid', 0)}"
        + (f", valid {counts.get('valid', 0)} (dry run)" if dry_run else "")
        + f"; this run sent {summary.sent} in {summary.elapsed:.1f}s ({summary.rate:,.0f} rows/s)"
        + (f", skipped {summary.skipped} already acknowledged" if summary.skipped else "")
    )
    if summary.imported_by_others:
        by = ", ".join(f"{who}: {n}" for who, n in sorted(summary.imported_by_others.items()))
        console.print(
            f"{sum(summary.imported_by_others.values())} rows were imported before by others "
            f"of your office, nothing stored again ({by})"
        )
    if failed.count or counts.get("invalid"):
        console.print(f"invalid rows written to {failed_path}: fix them and import that file")
        code = 2
    if os.environ.get("BAWASLU_IMPORT_SUMMARY"):
        import json

        print(json.dumps({"sent": summary.sent, "elapsed": summary.elapsed, **counts}))
    sys.stdout.flush()
    raise typer.Exit(code)


def run() -> None:
    """Console-script entry point."""
    app()
