"""Command-line interface: ``bawaslu-rules`` / ``python -m bawaslu_rules``.

Prints JSON with ``--json``, a short human-readable text otherwise. Bad input exits with
status 2 and a message on stderr. Without ``--ruleset`` the ruleset in force on the
received date is used (``deadline``: ``--received``, else the trigger date); the clock is
never read. Every verb takes ``--policy NAME=VALUE`` (repeatable): deployment policy
overrides (see the ``policies`` verb).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn

from bawaslu_rules import __version__
from bawaslu_rules.admissibility import Submission, check_admissibility
from bawaslu_rules.calendar import Calendar
from bawaslu_rules.deadlines import check_timeliness, compute_deadline
from bawaslu_rules.elections import ELECTIONS, election
from bawaslu_rules.errors import RulesError
from bawaslu_rules.office import get_zone, to_local
from bawaslu_rules.policies import PolicySet, policy_catalog
from bawaslu_rules.rulesets import REGIMES, Ruleset, Unit, get_ruleset, ruleset_for
from bawaslu_rules.stages import ElectionStages

__all__ = ["main"]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def _date_or_timestamp(text: str) -> date | datetime:
    """``YYYY-MM-DD`` gives a date; anything with a time gives a datetime."""
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not an ISO date or timestamp: {text!r} (use YYYY-MM-DD or YYYY-MM-DDTHH:MM[+07:00])"
        ) from None


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date: {text!r} (use YYYY-MM-DD)") from None


def _zone(text: str) -> str:
    try:
        get_zone(text)
    except RulesError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def _local_date(value: date | datetime, zone: str) -> date:
    if isinstance(value, datetime):
        return to_local(value, get_zone(zone)).date()
    return value


def _ruleset(regime: str, version: str | None, on: date, policies: PolicySet) -> Ruleset:
    if version:
        return get_ruleset(regime, version, policies=policies)
    return ruleset_for(regime, on=on, policies=policies)


def _policy(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"not NAME=VALUE: {text!r}")
    return name.strip(), value.strip()


def _policies(args: argparse.Namespace) -> PolicySet:
    return PolicySet(tuple(args.policy or ()))


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="bawaslu-rules",
        description="Statutory deadlines and admissibility for Bawaslu election-violation "
        "reports (pemilu and pemilihan).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--json", action="store_true", help="print JSON on stdout")
        p.add_argument("--policy", action="append", type=_policy, metavar="NAME=VALUE",
                       help="deployment policy override (repeatable; see `policies`)")  # fmt: skip

    def election_options(p: argparse.ArgumentParser) -> None:
        group = p.add_mutually_exclusive_group()
        group.add_argument("--election", default=None, metavar="SLUG",
                           help="the election whose stages apply (default: the one of "
                           "that regime covering the date)")  # fmt: skip
        group.add_argument("--no-election", action="store_true",
                           help="no election stages (no 24-hour reception days)")  # fmt: skip

    p = sub.add_parser("deadline", help="compute one deadline")
    p.add_argument("--regime", required=True, choices=REGIMES)
    p.add_argument("--rule", required=True, help="rule id, e.g. report.filing")
    p.add_argument("--from", dest="start", required=True, type=_date_or_timestamp,
                   help="trigger date (YYYY-MM-DD) or timestamp (hours rules)")  # fmt: skip
    p.add_argument("--zone", default="Asia/Jakarta", type=_zone)
    p.add_argument("--ruleset", default=None, help="ruleset version, e.g. 2022.1")
    p.add_argument("--received", default=None, type=_date,
                   help="date the case was received: picks the ruleset in force on it "
                   "(default: the trigger date)")  # fmt: skip
    p.add_argument("--no-trace", action="store_true", help="omit the trace (null)")
    common(p)

    p = sub.add_parser("timeliness", help="was a report or finding filed in time?")
    p.add_argument("--regime", required=True, choices=REGIMES)
    p.add_argument("--kind", required=True, choices=("report", "finding"))
    p.add_argument("--known", required=True, type=_date, help="date known or discovered")
    p.add_argument("--filed", required=True, type=_date_or_timestamp,
                   help="date or timestamp handed in")  # fmt: skip
    p.add_argument("--zone", default="Asia/Jakarta", type=_zone)
    p.add_argument("--ruleset", default=None)
    election_options(p)
    common(p)

    p = sub.add_parser("check", help="admissibility of a submission JSON file")
    p.add_argument("file", type=Path)
    p.add_argument("--zone", default="Asia/Jakarta", type=_zone)
    p.add_argument("--ruleset", default=None)
    p.add_argument("--notice", type=_date_or_timestamp, default=None,
                   help="when the reporter received the notice to complete")  # fmt: skip
    election_options(p)
    common(p)

    p = sub.add_parser("calendar", help="official non-working days of a year")
    p.add_argument("--year", required=True, type=int)
    common(p)

    p = sub.add_parser("add-days", help="add working or calendar days to a date")
    p.add_argument("--from", dest="start", required=True, type=_date)
    p.add_argument("--days", required=True, type=int)
    p.add_argument("--unit", required=True, choices=(Unit.WORKING_DAY.value,
                                                     Unit.CALENDAR_DAY.value))  # fmt: skip
    p.add_argument("--cuti-bersama-working", action="store_true",
                   help="policy: count cuti bersama as working days")  # fmt: skip
    common(p)

    p = sub.add_parser("policies", help="the named policies: default, value, basis, question")
    common(p)

    p = sub.add_parser("elections", help="the elections' stage calendars the engine knows")
    common(p)
    return parser


def _run(args: argparse.Namespace) -> tuple[dict[str, Any], str]:
    cal = Calendar.official()
    policies = _policies(args)
    if args.command == "deadline":
        on = args.received or _local_date(args.start, args.zone)
        rs = _ruleset(args.regime, args.ruleset, on, policies)
        d = compute_deadline(
            args.rule, args.start, ruleset=rs, calendar=cal, zone=args.zone,
            explain=not args.no_trace,
        )  # fmt: skip
        out = d.to_dict()
        text = (
            f"{d.rule} ({d.regime}, {d.ruleset}): {d.amount} {d.unit.value} from "
            f"{out['start']} -> due {out['due']} (until {out['due_at']})\n"
            f"basis: {d.basis} [{d.confidence.value}]"
            + (" PROVISIONAL calendar" if d.provisional else "")
        )
        for t in d.trace or ():
            text += f"\n  {t.date} {t.event}: {t.reason} {t.name} {t.decree} {t.policy}".rstrip()
        return out, text
    if args.command == "timeliness":
        filed_on = _local_date(args.filed, args.zone)
        rs = _ruleset(args.regime, args.ruleset, filed_on, policies)
        timely = check_timeliness(
            args.kind, args.known, args.filed, ruleset=rs, calendar=cal, zone=args.zone,
            stages=ElectionStages() if args.no_election else None, election=args.election,
        )  # fmt: skip
        out = timely.to_dict()
        verdict = "on time" if timely.on_time else "LATE"
        return out, (
            f"{verdict}: filed {out['filed_on']}, deadline {out['deadline']} "
            f"({timely.deadline.rule}; {timely.deadline.basis})"
            + (f"\nelection: {timely.election}" if timely.election else "")
        )
    if args.command == "check":
        try:
            data = json.loads(args.file.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise RulesError(f"cannot read {args.file}: {exc}") from exc
        if not isinstance(data, dict):
            raise RulesError("the submission file must hold a JSON object")
        submission = Submission.from_dict(data)
        if args.election:
            submission = dataclasses.replace(submission, election=election(args.election).slug)
        received = _local_date(submission.received_at, args.zone)
        rs = _ruleset(submission.regime, args.ruleset, received, policies)
        result = check_admissibility(
            submission, ruleset=rs, calendar=cal, zone=args.zone, notice_at=args.notice,
            covering_election=not args.no_election,
        )  # fmt: skip
        out = result.to_dict()
        lines = [f"verdict: {out['verdict']} ({result.ruleset})"]
        if result.election:
            lines.append(f"election: {result.election}")
        lines += [f"  {f['kind']}: {f['code']} ({f['basis']})" for f in out["failures"]]
        lines += [f"  advisory: {f['code']} ({f['basis']})" for f in out["advisories"]]
        if "completion_deadline" in out:
            lines.append(f"complete by {out['completion_due_at']}")
        return out, "\n".join(lines)
    if args.command == "calendar":
        days = cal.non_working_days(args.year)
        out = {
            "year": args.year,
            "provisional": cal.is_provisional_year(args.year),
            "days": [h.to_dict() for h in days],
        }
        text = "\n".join(
            f"{h.date} {h.date.strftime('%a')} {h.category.value:15} {h.name} [{h.decree}]"
            for h in days
        )
        if out["provisional"]:
            text = f"PROVISIONAL (not from the official data)\n{text}"
        return out, text
    if args.command == "policies":
        catalog = policy_catalog(policies)
        text = "\n".join(
            f"{p['name']} = {json.dumps(p['value'])} ({p['source']}; {p['confidence']})\n"
            f"  {p['question']}\n  basis: {p['basis']}"
            for p in catalog
        )
        return {"policies": catalog, "overrides": policies.to_dict()}, text
    if args.command == "elections":
        found = [e.to_dict() for e in ELECTIONS.values()]
        text = "\n".join(
            f"{e['slug']} ({e['regime']}): {e['first_day']} .. {e['last_day']}, voting day "
            f"{e['voting_day']} [{e['confidence']}]\n  source: {e['source']}"
            for e in found
        )
        return {"elections": found}, text
    # add-days
    start: date = args.start
    if args.unit == Unit.WORKING_DAY.value:
        cuti = bool(args.cuti_bersama_working or policies.get("cuti_bersama_is_working_day"))
        result_day = cal.add_working_days(start, args.days, cuti_bersama_is_working_day=cuti)
    else:
        result_day = date.fromordinal(start.toordinal() + args.days)
    out = {
        "from": start.isoformat(),
        "days": args.days,
        "unit": args.unit,
        "result": result_day.isoformat(),
        "provisional": cal.is_provisional(start, result_day),
    }
    return out, f"{start} + {args.days} {args.unit} = {result_day}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    try:
        out, text = _run(args)
    except (RulesError, ValueError, OverflowError) as exc:
        print(f"bawaslu-rules: error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print(text)
    return 0
