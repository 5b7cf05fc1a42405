"""The bridge to bawaslu_rules: the service stores what the rules return, never a rule."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from bawaslu_rules import Calendar, Deadline, Ruleset, compute_deadline, get_ruleset


@lru_cache(maxsize=1)
def calendar() -> Calendar:
    """The official calendar (operator overrides stored in the database are future work)."""
    return Calendar.official()


def ruleset(regime: str, version: str) -> Ruleset:
    return get_ruleset(regime, version)


def has_rule(rs: Ruleset, rule_id: str) -> bool:
    return rule_id in rs.rules


def deadline(rs: Ruleset, rule_id: str, trigger: date | datetime, *, zone: str) -> Deadline:
    return compute_deadline(rule_id, trigger, ruleset=rs, calendar=calendar(), zone=zone)
