"""The CLI contract: `python -m bawaslu_rules ...`, JSON keys, exit 2 on bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import bawaslu_rules

DATA = Path(__file__).parent / "data"
# Run the same bawaslu_rules the tests import (source tree or installed wheel).
ENV = {**os.environ, "PYTHONPATH": str(Path(bawaslu_rules.__file__).parent.parent)}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bawaslu_rules", *args],
        capture_output=True, text=True, env=ENV, check=False, timeout=60,
    )  # fmt: skip


def run_json(*args: str) -> dict[str, Any]:
    proc = run(*args, "--json")
    assert proc.returncode == 0, proc.stderr
    out: dict[str, Any] = json.loads(proc.stdout)
    return out


def test_deadline_json_keys_and_values() -> None:
    out = run_json("deadline", "--regime", "pemilu", "--rule", "report.filing",
                   "--from", "2024-02-09")  # fmt: skip
    assert {"rule", "regime", "ruleset", "start", "due", "due_at", "amount", "unit", "basis",
            "confidence", "provisional", "trace"} <= set(out)  # fmt: skip
    # Fri 2024-02-09 + 7 wd = Wed 21 (see test_rules_table).
    assert out["due"] == "2024-02-21"
    assert out["due_at"] == "2024-02-21T16:00:00+07:00"
    assert out["ruleset"] == "pemilu:2022.1"
    assert (out["amount"], out["unit"], out["confidence"]) == (7, "working_day", "HIGH")
    assert out["provisional"] is False
    assert [t["date"] for t in out["trace"]][2] == "2024-02-14"


def test_deadline_picks_the_ruleset_in_force_and_accepts_an_explicit_one() -> None:
    # 2019: Perbawaslu 7/2018 generation; LOW confidence for initial review.
    out = run_json("deadline", "--regime", "pemilu", "--rule", "report.initial_review",
                   "--from", "2019-04-15")  # fmt: skip
    assert (out["ruleset"], out["confidence"]) == ("pemilu:2018.1", "LOW")
    # Mon 15 + 2 wd: 16 Tue (1), [17 voting day Keppres 10/2019], 18 Thu (2).
    assert out["due"] == "2019-04-18"
    out = run_json("deadline", "--regime", "pemilu", "--rule", "report.initial_review",
                   "--from", "2019-04-15", "--ruleset", "2022.1")  # fmt: skip
    assert out["ruleset"] == "pemilu:2022.1"


def test_deadline_hours_with_zone() -> None:
    out = run_json("deadline", "--regime", "pemilihan", "--rule", "report.completion",
                   "--from", "2024-11-25T10:00:00", "--zone", "Asia/Jayapura")  # fmt: skip
    assert out["due_at"] == "2024-11-27T10:00:00+09:00"
    assert out["due"] == "2024-11-27"


def test_timeliness() -> None:
    out = run_json("timeliness", "--regime", "pemilu", "--kind", "report",
                   "--known", "2024-02-09", "--filed", "2024-02-21T16:01:00+07:00")  # fmt: skip
    assert out["on_time"] is False
    assert out["deadline"] == "2024-02-21"
    assert out["rule"] == "report.filing"
    assert out["basis"] == "UU 7/2017 Art. 454(6); Perbawaslu 7/2022 Art. 8(3)"
    out = run_json("timeliness", "--regime", "pemilihan", "--kind", "finding",
                   "--known", "2024-11-22", "--filed", "2024-11-29")  # fmt: skip
    assert out["on_time"] is True
    assert out["rule"] == "finding.set"


@pytest.mark.parametrize(
    ("name", "zone", "verdict"),
    [
        ("registrable_pemilu.json", "Asia/Jakarta", "registrable"),
        ("incomplete_pemilu.json", "Asia/Jakarta", "incomplete"),
        ("late_pemilu.json", "Asia/Jakarta", "late"),
        ("tsm_outside_window_pemilu.json", "Asia/Jakarta", "outside_window"),
        ("not_eligible_pemilihan.json", "Asia/Makassar", "reporter_not_eligible"),
        ("incomplete_pemilihan.json", "Asia/Makassar", "incomplete"),
    ],
)
def test_check(name: str, zone: str, verdict: str) -> None:
    out = run_json("check", str(DATA / name), "--zone", zone)
    assert out["verdict"] == verdict
    for failure in out["failures"]:
        assert set(failure) == {"code", "kind", "basis"}
        assert failure["kind"] in ("formal", "material")
    assert ("completion_deadline" in out) == (verdict == "incomplete")
    if verdict == "incomplete":
        assert len(out["completion_deadline"]) == 10  # YYYY-MM-DD


def test_calendar() -> None:
    out = run_json("calendar", "--year", "2024")
    days = {d["date"]: d for d in out["days"]}
    assert days["2024-02-14"]["category"] == "libur_pemilihan"
    assert days["2024-02-14"]["decree"] == "Keppres 10/2024"
    assert days["2024-12-26"]["category"] == "cuti_bersama"
    assert out["provisional"] is False
    # 2024 in holidays-id.csv: 17 libur nasional + 10 cuti bersama + 2 libur pemilihan.
    assert len(out["days"]) == 29


def test_add_days() -> None:
    out = run_json("add-days", "--from", "2024-12-20", "--days", "7", "--unit", "working_day")
    assert out["result"] == "2025-01-03"
    out = run_json("add-days", "--from", "2024-12-20", "--days", "7", "--unit", "calendar_day")
    assert out["result"] == "2024-12-27"


def test_human_output() -> None:
    proc = run("deadline", "--regime", "pemilu", "--rule", "report.filing", "--from", "2024-02-09")
    assert proc.returncode == 0
    assert "2024-02-21" in proc.stdout
    assert "UU 7/2017" in proc.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("deadline", "--regime", "pemilu", "--rule", "no.such.rule", "--from", "2024-02-09"),
        ("deadline", "--regime", "dprd", "--rule", "report.filing", "--from", "2024-02-09"),
        ("deadline", "--regime", "pemilu", "--rule", "report.filing", "--from", "2024-02-30"),
        ("deadline", "--regime", "pemilu", "--rule", "report.filing", "--from", "2010-01-01"),
        (
            "deadline",
            "--regime",
            "pemilu",
            "--rule",
            "report.filing",
            "--from",
            "2024-02-09",
            "--zone",
            "Europe/Paris",
        ),
        (
            "deadline",
            "--regime",
            "pemilu",
            "--rule",
            "report.filing",
            "--from",
            "2024-02-09",
            "--ruleset",
            "9.9",
        ),
        (
            "deadline",
            "--regime",
            "pemilu",
            "--rule",
            "crime.forward_to_police",
            "--from",
            "2024-02-09",
        ),
        (
            "timeliness",
            "--regime",
            "pemilu",
            "--kind",
            "complaint",
            "--known",
            "2024-02-09",
            "--filed",
            "2024-02-10",
        ),
        ("add-days", "--from", "2024-01-01", "--days", "x", "--unit", "working_day"),
        ("add-days", "--from", "2024-01-01", "--days", "99999999", "--unit", "working_day"),
        ("calendar", "--year", "99999"),
        ("check", "/nonexistent/file.json"),
        ("deadline",),
    ],
)
def test_bad_input_exits_2(args: tuple[str, ...]) -> None:
    proc = run(*args)
    assert proc.returncode == 2, proc.stdout
    assert proc.stderr.strip()
    assert "Traceback" not in proc.stderr


def test_bad_check_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert run("check", str(bad)).returncode == 2
    bad.write_text('{"kind": "report", "regime": "pemilu"}', encoding="utf-8")
    assert run("check", str(bad)).returncode == 2


# -- 1.2.0: --received, --election, --policy, policies, elections ----------------------


def test_deadline_received_picks_the_ruleset_in_force_on_the_received_date() -> None:
    """docs/legal/rules.md §1: a case is handled under the ruleset in force on the date it
    was received. A completion notice on 2 Nov 2022 for a report received 31 Oct 2022:
    pemilu:2018.1 (2022.1 in force from 1 Nov 2022); without --received the trigger
    date picks 2022.1 as before."""
    args = ("deadline", "--regime", "pemilu", "--rule", "report.completion",
            "--from", "2022-11-02")  # fmt: skip
    assert run_json(*args)["ruleset"] == "pemilu:2022.1"
    out = run_json(*args, "--received", "2022-10-31")
    assert (out["ruleset"], out["confidence"]) == ("pemilu:2018.1", "LOW")


def test_timeliness_uses_the_covering_election_and_election_options() -> None:
    """Perbawaslu 7/2022 Art. 11: 23:59 on the last quiet-period day (13 Feb 2024) is
    received that day; known 31 Jan 2024 -> due 13 Feb (see test_rules_edges)."""
    args = ("timeliness", "--regime", "pemilu", "--kind", "report", "--known", "2024-01-31",
            "--filed", "2024-02-13T23:59:00+07:00")  # fmt: skip
    out = run_json(*args)
    assert (out["on_time"], out["filed_on"], out["election"]) == (True, "2024-02-13",
                                                                  "pemilu-2024")  # fmt: skip
    assert out["open_windows"][0] == {"start": "2024-02-11", "end": "2024-02-13",
                                      "label": "quiet_period"}  # fmt: skip
    assert run_json(*args, "--election", "pemilu-2024")["on_time"] is True
    out = run_json(*args, "--no-election")
    assert (out["on_time"], out["filed_on"], out["election"]) == (False, "2024-02-15", None)
    proc = run(*args, "--election", "pemilu-2029")
    assert proc.returncode == 2
    assert "known: pemilu-2024, pilkada-2024" in proc.stderr
    proc = run(*args, "--election", "pilkada-2024")
    assert proc.returncode == 2
    assert "pemilihan election" in proc.stderr


def test_check_with_election(tmp_path: Path) -> None:
    data = json.loads((DATA / "registrable_pemilu.json").read_text(encoding="utf-8"))
    del data["stages"]
    data.update(received_at="2024-02-13T23:59:00+07:00", known_on="2024-01-31")
    path = tmp_path / "quiet.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    out = run_json("check", str(path))
    assert (out["verdict"], out["received_on"], out["election"]) == (
        "registrable", "2024-02-13", "pemilu-2024",
    )  # fmt: skip
    out = run_json("check", str(path), "--no-election")
    assert (out["verdict"], out["received_on"], out["election"]) == ("late", "2024-02-15", None)
    assert run_json("check", str(path), "--election", "pemilu-2024")["verdict"] == "registrable"


def test_policy_option_on_every_verb() -> None:
    out = run_json("deadline", "--regime", "pemilu", "--rule", "report.filing",
                   "--from", "2024-02-09", "--policy", "day_deadline_ends=end_of_day")  # fmt: skip
    assert out["due_at"] == "2024-02-21T23:59:59+07:00"
    assert out["policy_overrides"] == {"day_deadline_ends": "end_of_day"}
    out = run_json("timeliness", "--regime", "pemilihan", "--kind", "report",
                   "--known", "2024-04-08", "--filed", "2024-04-13T10:00:00+07:00",
                   "--policy", "pemilihan.reception_days=working_days")  # fmt: skip
    assert (out["on_time"], out["filed_on"]) == (False, "2024-04-16")
    out = run_json("add-days", "--from", "2024-04-04", "--days", "7", "--unit", "working_day",
                   "--policy", "cuti_bersama_is_working_day=true")  # fmt: skip
    assert out["result"] == "2024-04-17"
    out = run_json("deadline", "--regime", "pemilu", "--rule", "report.filing",
                   "--from", "2022-11-15", "--policy",
                   "effective_from.pemilu:2022.1=2022-12-01")  # fmt: skip
    assert out["ruleset"] == "pemilu:2018.1"


@pytest.mark.parametrize(
    ("policy", "message"),
    [
        ("nope=1", "unknown policy 'nope'"),
        ("day_deadline_ends=noon", "closing_time, end_of_day"),
        ("cuti_bersama_is_working_day", "NAME=VALUE"),
    ],
)
def test_bad_policy_exits_2(policy: str, message: str) -> None:
    proc = run("deadline", "--regime", "pemilu", "--rule", "report.filing",
               "--from", "2024-02-09", "--policy", policy)  # fmt: skip
    assert proc.returncode == 2
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr


def test_policies_verb() -> None:
    out = run_json("policies")
    names = [p["name"] for p in out["policies"]]
    assert names[:3] == ["cuti_bersama_is_working_day", "calendar_deadline_rolls_forward",
                         "first_counted_day"]  # fmt: skip
    assert "amount.pemilihan:2020.1.report.completion" in names
    assert {"name", "kind", "default", "value", "source", "basis", "confidence", "question",
            "applies_to", "choices", "note"} <= set(out["policies"][0])  # fmt: skip
    out = run_json("policies", "--policy", "pemilihan.reception_24h=false")
    entry = next(p for p in out["policies"] if p["name"] == "pemilihan.reception_24h")
    assert (entry["value"], entry["source"]) == (False, "override")
    assert out["overrides"] == {"pemilihan.reception_24h": False}
    proc = run("policies")
    assert proc.returncode == 0
    assert "Does a Pilkada office receive reports 24 hours a day" in proc.stdout


def test_elections_verb() -> None:
    out = run_json("elections")
    assert [e["slug"] for e in out["elections"]] == ["pemilu-2024", "pilkada-2024"]
    pilkada = out["elections"][1]
    assert pilkada["voting_day"] == "2024-11-27"
    assert pilkada["confidence"] == "MED"
    assert "PKPU 2/2024" in pilkada["source"]
    assert "pilkada-2024" in run("elections").stdout
