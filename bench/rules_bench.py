"""Benchmark of bawaslu_rules deadline arithmetic (run on demand; never part of the tests).

    python bench/rules_bench.py [--seconds 1.0]

Prints, on one core: working-day due dates per second for 7- and 700-working-day spans,
through the core function (Calendar.add_working_days / due_date) and through the full
compute_deadline with its result object; the same due dates computed by a naive
day-by-day loop (14 and 700 days); admissibility checks per second; and the ratios the
targets are stated in (>= 500k/s, >= 10x the naive loop at 14 days, 700-day span <= 1.5x the
cost of the 7-day span).
"""

from __future__ import annotations

import argparse
import dataclasses
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from types import MappingProxyType

from bawaslu_rules import (
    Calendar,
    Policies,
    Submission,
    Unit,
    check_admissibility,
    compute_deadline,
    due_date,
    get_ruleset,
)

CAL = Calendar.official()
BASE = get_ruleset("pemilu", "2022.1")
# A bench-only ruleset with a 700-working-day rule (no real rule is that long).
LONG = dataclasses.replace(
    BASE,
    rules=MappingProxyType(
        {
            **BASE.rules,
            "bench.700": dataclasses.replace(
                BASE.rules["report.filing"], id="bench.700", amount=700
            ),
            "bench.14": dataclasses.replace(BASE.rules["report.filing"], id="bench.14", amount=14),
        }
    ),
)
# 1,000 distinct trigger dates in 2019-2021 so that 700 working days stay in the data.
STARTS = [date(2019, 1, 1) + timedelta(days=i) for i in range(1000)]
POLICIES = Policies()


def naive_add(start: date, n: int) -> date:
    """Day-by-day reference loop (what the index replaces)."""
    day, counted = start, 0
    while counted < n:
        day += timedelta(days=1)
        if CAL.is_working_day(day):
            counted += 1
    return day


def rate(fn: Callable[[date], object], seconds: float) -> float:
    """Calls of ``fn`` per second over the start dates, best of five runs (less noise)."""
    best = 0.0
    for _ in range(5):
        calls = 0
        began = time.perf_counter()
        deadline = began + seconds / 5
        while True:
            for start in STARTS:
                fn(start)
            calls += len(STARTS)
            now = time.perf_counter()
            if now >= deadline:
                break
        best = max(best, calls / (now - began))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=1.5, help="time per measurement")
    secs = parser.parse_args().seconds
    # Warm up: build the working-day index once (it is per calendar, not per call).
    CAL.add_working_days(STARTS[0], 700)

    add = CAL.add_working_days
    figures = {
        "core add_working_days, 7 wd": rate(lambda s: add(s, 7), secs),
        "core add_working_days, 700 wd": rate(lambda s: add(s, 700), secs),
        "core due_date(), 7 wd": rate(
            lambda s: due_date(s, 7, Unit.WORKING_DAY, calendar=CAL, policies=POLICIES), secs
        ),
        "core due_date(), 700 wd": rate(
            lambda s: due_date(s, 700, Unit.WORKING_DAY, calendar=CAL, policies=POLICIES), secs
        ),
        "compute_deadline, 7 wd": rate(
            lambda s: compute_deadline("report.filing", s, ruleset=LONG, calendar=CAL), secs
        ),
        "compute_deadline, 14 wd": rate(
            lambda s: compute_deadline("bench.14", s, ruleset=LONG, calendar=CAL), secs
        ),
        "compute_deadline, 700 wd": rate(
            lambda s: compute_deadline("bench.700", s, ruleset=LONG, calendar=CAL), secs
        ),
        "naive loop, 14 wd": rate(lambda s: naive_add(s, 14), secs),
        "naive loop, 700 wd": rate(lambda s: naive_add(s, 700), secs / 3),
        "core add_working_days, 14 wd": rate(lambda s: add(s, 14), secs),
    }
    # Same results both ways (sanity check, outside the timings).
    assert all(add(s, 14) == naive_add(s, 14) for s in STARTS[:200])

    sub = Submission.from_dict(
        {
            "kind": "report",
            "regime": "pemilu",
            "received_at": "2024-02-12T10:00:00+07:00",
            "known_on": "2024-02-09",
            "reporter": {"category": "voter", "name": "S", "address": "A",
                         "nik": "3273015508900002"},
            "reported_party": {"name": "P", "address": "A"},
            "incident": {"date": "2024-02-08", "place": "TPS 1"},
            "description": "d",
            "evidence": [{"kind": "photo"}],
            "witnesses": ["W"],
            "signature": {"present": True, "matches_identity": True},
        }
    )  # fmt: skip
    received = [
        dataclasses.replace(sub, received_at=datetime(2024, 2, 12, 10) + timedelta(hours=i))
        for i in range(50)
    ]
    began = time.perf_counter()
    checks = 0
    while time.perf_counter() - began < secs:
        for s in received:
            check_admissibility(s, ruleset=BASE, calendar=CAL)
        checks += len(received)
    figures["check_admissibility"] = checks / (time.perf_counter() - began)

    width = max(map(len, figures))
    for name, value in figures.items():
        print(f"{name:<{width}}  {value:>12,.0f} /s  ({1e6 / value:8.2f} us)")
    f = figures
    ratios = {
        "speed-up vs naive loop at 14 wd, core": f["core add_working_days, 14 wd"]
        / f["naive loop, 14 wd"],
        "speed-up vs naive loop at 14 wd, compute_deadline": f["compute_deadline, 14 wd"]
        / f["naive loop, 14 wd"],
        "speed-up vs naive loop at 700 wd, core": f["core add_working_days, 700 wd"]
        / f["naive loop, 700 wd"],
        "cost 700 wd / 7 wd, core (target <= 1.5)": f["core add_working_days, 7 wd"]
        / f["core add_working_days, 700 wd"],
        "cost 700 wd / 7 wd, compute_deadline (target <= 1.5)": f["compute_deadline, 7 wd"]
        / f["compute_deadline, 700 wd"],
    }
    print()
    width = max(map(len, ratios))
    for name, value in ratios.items():
        print(f"{name:<{width}}  {value:8.2f}x")


if __name__ == "__main__":
    main()
