"""POST /v1/rules/deadline: the engine's deadlines over HTTP, expected values by hand.

Holidays used below are from the shipped src/bawaslu_rules/data/holidays-id.csv:
  2024-02-08 Thu  libur_nasional   Isra Mikraj
  2024-02-09 Fri  cuti_bersama     Imlek (Keppres 7/2024)
  2024-02-10 Sat  libur_nasional   Imlek 2575
  2024-02-14 Wed  libur_pemilihan  Pemilu voting day (Keppres 10/2024)
  2024-11-27 Wed  libur_pemilihan  Pilkada voting day (Keppres 33/2024)
"""

from __future__ import annotations

from typing import Any

import httpx

URL = "/v1/rules/deadline"


async def test_pemilu_report_filing_skips_weekends_and_holidays(
    client: httpx.AsyncClient, auth: Any
) -> None:
    # report.filing (pemilu) = 7 working days, UU 7/2017 Art. 454(6). Trigger Fri 9 Feb 2024
    # (itself cuti bersama; the trigger day is never counted, docs/legal/rules.md §2).
    #   Sat 10 Imlek + weekend  skip      Mon 12 day 1     Tue 13 day 2
    #   Sun 11 weekend          skip      Wed 14 voting-day holiday, skip
    #   Thu 15 day 3   Fri 16 day 4   Sat 17 / Sun 18 weekend, skip
    #   Mon 19 day 5   Tue 20 day 6   Wed 21 day 7  -> due Wed 21 Feb 2024, 16:00 WIB
    headers = await auth("handler", "52.03")
    response = await client.post(
        URL,
        json={"regime": "pemilu", "rule": "report.filing", "trigger": "2024-02-09"},
        headers=headers,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["due"] == "2024-02-21"
    assert body["due_at"] == "2024-02-21T16:00:00+07:00"
    assert body["start"] == "2024-02-09"
    assert (body["amount"], body["unit"]) == (7, "working_day")
    assert body["ruleset"] == "pemilu:2022.1"
    assert body["basis"].startswith("UU 7/2017 Art. 454(6)")
    assert body["confidence"] == "HIGH"
    assert body["provisional"] is False
    assert body["trace"] is None  # only with explain
    cli_keys = {"rule", "regime", "ruleset", "start", "due", "due_at", "amount", "unit",
                "basis", "confidence", "provisional", "trace"}  # fmt: skip
    assert cli_keys <= set(body)


async def test_office_gives_its_time_zone(client: httpx.AsyncClient, auth: Any) -> None:
    # Lombok Timur (52.03) is in WITA: same due date, closing time 16:00 UTC+8.
    headers = await auth("viewer", "52.03")
    response = await client.post(
        URL,
        json={"regime": "pemilu", "rule": "report.filing", "trigger": "2024-02-09",
              "office": "52.03"},
        headers=headers,
    )  # fmt: skip
    body = response.json()
    assert body["zone"] == "Asia/Makassar"
    assert body["due_at"] == "2024-02-21T16:00:00+08:00"
    conflict = await client.post(
        URL,
        json={"regime": "pemilu", "rule": "report.filing", "trigger": "2024-02-09",
              "office": "52.03", "zone": "Asia/Jayapura"},
        headers=headers,
    )  # fmt: skip
    assert conflict.status_code == 422
    assert conflict.json()["code"] == "zone_conflict"
    unknown = await client.post(
        URL,
        json={"regime": "pemilu", "rule": "report.filing", "trigger": "2024-02-09",
              "office": "99.99"},
        headers=headers,
    )  # fmt: skip
    assert unknown.json()["code"] == "unknown_office"


async def test_explain_returns_the_skipped_days(client: httpx.AsyncClient, auth: Any) -> None:
    headers = await auth("viewer", "ID")
    response = await client.post(
        URL,
        json={"regime": "pemilu", "rule": "report.filing", "trigger": "2024-02-09",
              "explain": True},
        headers=headers,
    )  # fmt: skip
    trace = response.json()["trace"]
    assert trace, "explain=true must return a trace"
    skipped = {t["date"]: t["reason"] for t in trace if t["event"] == "skipped"}
    assert skipped == {
        "2024-02-10": "libur_nasional",
        "2024-02-11": "weekend",
        "2024-02-14": "libur_pemilihan",
        "2024-02-17": "weekend",
        "2024-02-18": "weekend",
    }
    voting = next(t for t in trace if t["date"] == "2024-02-14")
    assert voting["decree"] == "Keppres 10/2024"


async def test_pemilihan_calendar_days_do_not_roll_forward(
    client: httpx.AsyncClient, auth: Any
) -> None:
    # report.filing (pemilihan) = 7 calendar days, UU 1/2015 Art. 134(4). From Wed 20 Nov
    # 2024: 21, 22, 23 (Sat), 24 (Sun), 25, 26, 27 -> day 7 is Wed 27 Nov, the Pilkada
    # voting-day holiday; by the default policy a calendar-day deadline is not moved.
    # Ruleset: Perbawaslu 9/2024 (2024.1) is in force from 30 Sep 2024.
    headers = await auth("handler", "33.72")
    response = await client.post(
        URL,
        json={"regime": "pemilihan", "rule": "report.filing", "trigger": "2024-11-20",
              "explain": True},
        headers=headers,
    )  # fmt: skip
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["due"] == "2024-11-27"
    assert body["due_at"] == "2024-11-27T16:00:00+07:00"
    assert (body["amount"], body["unit"]) == (7, "calendar_day")
    assert body["ruleset"] == "pemilihan:2024.1"
    assert body["policies"]["calendar_deadline_rolls_forward"] is False
    counted = [t["date"] for t in body["trace"] if t["event"] == "counted"]
    assert counted == ["2024-11-23", "2024-11-24", "2024-11-27"]


async def test_default_ruleset_is_the_one_in_force_on_the_trigger_date(
    client: httpx.AsyncClient, auth: Any
) -> None:
    headers = await auth("viewer", "ID")
    before = await client.post(
        URL,
        json={"regime": "pemilihan", "rule": "report.completion", "trigger": "2024-09-29"},
        headers=headers,
    )
    # Perbawaslu 8/2020 (2020.1): 3 calendar days.
    assert before.json()["ruleset"] == "pemilihan:2020.1"
    assert before.json()["due"] == "2024-10-02"
    explicit = await client.post(
        URL,
        json={"regime": "pemilihan", "rule": "report.filing", "trigger": "2024-11-20",
              "ruleset": "2020.1"},
        headers=headers,
    )  # fmt: skip
    assert explicit.json()["ruleset"] == "pemilihan:2020.1"


async def test_hours_rule_runs_from_the_moment_with_offset(
    client: httpx.AsyncClient, auth: Any
) -> None:
    # crime.forward_to_police = 24 hours, UU 7/2017 Art. 476; nothing is skipped, not even
    # the voting day. 22:30 WITA on 13 Feb is 21:30 WIB; counted in WIB (the default zone):
    # due 21:30 WIB on 14 Feb.
    headers = await auth("handler", "52.03")
    response = await client.post(
        URL,
        json={"regime": "pemilu", "rule": "crime.forward_to_police",
              "trigger": "2024-02-13T22:30:00+08:00"},
        headers=headers,
    )  # fmt: skip
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["start"] == "2024-02-13T21:30:00+07:00"
    assert body["due_at"] == "2024-02-14T21:30:00+07:00"
    assert body["due"] == "2024-02-14"
    assert (body["amount"], body["unit"]) == (24, "hours")
    # In the office's own zone the wall-clock time is kept.
    local = await client.post(
        URL,
        json={"regime": "pemilu", "rule": "crime.forward_to_police",
              "trigger": "2024-02-13T22:30:00+08:00", "office": "52.03"},
        headers=headers,
    )  # fmt: skip
    assert local.json()["due_at"] == "2024-02-14T22:30:00+08:00"


async def test_hours_rule_needs_a_timestamp(client: httpx.AsyncClient, auth: Any) -> None:
    headers = await auth("handler", "52.03")
    response = await client.post(
        URL,
        json={"regime": "pemilu", "rule": "crime.forward_to_police", "trigger": "2024-02-13"},
        headers=headers,
    )
    assert response.status_code == 422
    assert response.json()["code"] == "trigger_needs_timestamp"


async def test_unknown_rule_and_ruleset_are_422(client: httpx.AsyncClient, auth: Any) -> None:
    headers = {**(await auth("viewer", "ID")), "Accept-Language": "en"}
    rule = await client.post(
        URL,
        json={"regime": "pemilihan", "rule": "admin.decision", "trigger": "2024-11-20"},
        headers=headers,
    )
    assert rule.status_code == 422
    assert rule.headers["content-type"] == "application/problem+json"
    assert rule.json()["code"] == "unknown_rule"
    assert "admin.decision" in rule.json()["detail"]
    assert "report.filing" in rule.json()["detail"]  # the known rules are listed
    ruleset = await client.post(
        URL,
        json={"regime": "pemilu", "rule": "report.filing", "trigger": "2024-02-09",
              "ruleset": "1999.1"},
        headers=headers,
    )  # fmt: skip
    assert ruleset.status_code == 422
    assert ruleset.json()["code"] == "unknown_ruleset"
    assert "2022.1" in ruleset.json()["detail"]
    too_early = await client.post(
        URL,
        json={"regime": "pemilu", "rule": "report.filing", "trigger": "2017-06-01"},
        headers=headers,
    )
    assert too_early.json()["code"] == "unknown_ruleset"


async def test_bad_dates_are_validation_problems_naming_the_field(
    client: httpx.AsyncClient, auth: Any
) -> None:
    headers = await auth("viewer", "ID")
    for trigger in ("2024-02-30", "9 Feb 2024", "2024-02-09T10:00:00"):
        response = await client.post(
            URL,
            json={"regime": "pemilu", "rule": "report.filing", "trigger": trigger},
            headers=headers,
        )
        assert response.status_code == 422, trigger
        body = response.json()
        assert body["code"] == "validation_failed"
        assert [e["location"] for e in body["errors"]] == ["body.trigger"], trigger
    regime = await client.post(
        URL, json={"regime": "pilpres", "rule": "x", "trigger": "2024-02-09"}, headers=headers
    )
    assert [e["location"] for e in regime.json()["errors"]] == ["body.regime"]


async def test_rules_need_authentication(client: httpx.AsyncClient) -> None:
    response = await client.post(
        URL, json={"regime": "pemilu", "rule": "report.filing", "trigger": "2024-02-09"}
    )
    assert response.status_code == 401
    assert (await client.get("/v1/rules/rulesets")).status_code == 401


async def test_years_without_decrees_are_provisional_and_far_dates_rejected(
    client: httpx.AsyncClient, auth: Any
) -> None:
    headers = await auth("viewer", "ID")
    # 2027 is beyond the decreed data (2019-2026): computed from the holidays package,
    # flagged provisional so that nobody relies on it as law.
    future = await client.post(
        URL,
        json={"regime": "pemilu", "rule": "report.filing", "trigger": "2027-03-01"},
        headers=headers,
    )
    assert future.status_code == 200
    assert future.json()["provisional"] is True
    far = await client.post(
        URL,
        json={"regime": "pemilu", "rule": "report.filing", "trigger": "2300-01-01"},
        headers=headers,
    )
    assert far.status_code == 422
    assert far.json()["code"] == "rules_input_invalid"


async def test_an_operators_added_holiday_moves_the_preview(
    client: httpx.AsyncClient, auth: Any
) -> None:
    # The preview uses the same calendar as cases: the decrees plus operators' overrides.
    # With Tue 20 Feb 2024 made a holiday, day 6 is Wed 21 and day 7 Thu 22 Feb.
    override = await client.post(
        "/v1/calendar/overrides",
        json={"day": "2024-02-20", "action": "add", "category": "libur_nasional",
              "name": "Test holiday", "decree": "Keppres 99/2024"},
        headers=await auth("admin", "ID"),
    )  # fmt: skip
    assert override.status_code == 201, override.text
    response = await client.post(
        URL,
        json={"regime": "pemilu", "rule": "report.filing", "trigger": "2024-02-09"},
        headers=await auth("viewer", "52"),
    )
    assert response.json()["due"] == "2024-02-22"
