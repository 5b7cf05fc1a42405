"""The bridge to bawaslu_rules: the service stores what the rules return, never a rule."""

from __future__ import annotations

from datetime import date, datetime

from bawaslu_rules import Calendar, Deadline, Ruleset, compute_deadline, get_ruleset


def ruleset(regime: str, version: str) -> Ruleset:
    return get_ruleset(regime, version)


def has_rule(rs: Ruleset, rule_id: str) -> bool:
    return rule_id in rs.rules


def deadline(
    rs: Ruleset, rule_id: str, trigger: date | datetime, *, calendar: Calendar, zone: str
) -> Deadline:
    return compute_deadline(rule_id, trigger, ruleset=rs, calendar=calendar, zone=zone)
