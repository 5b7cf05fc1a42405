"""Exceptions raised by the rules engine.

All are subclasses of ``ValueError`` or ``LookupError`` so that callers that only want
"bad input" can catch those; the CLI maps every one of them to exit status 2.
"""

from __future__ import annotations

__all__ = [
    "CalendarRangeError",
    "ProvisionalDataUnavailableError",
    "RulesError",
    "RulesetNotFoundError",
    "UnknownElectionError",
    "UnknownRuleError",
]


class RulesError(ValueError):
    """Base class: the input cannot be evaluated under the law as encoded."""


class UnknownRuleError(RulesError, LookupError):
    """The rule id does not exist in the ruleset."""


class RulesetNotFoundError(RulesError, LookupError):
    """No ruleset for this regime and version, or none in force on that date."""


class UnknownElectionError(RulesError, LookupError):
    """No election with this slug is known to the engine."""


class CalendarRangeError(RulesError):
    """A date lies outside the years the engine supports at all."""


class ProvisionalDataUnavailableError(RulesError):
    """A year outside the shipped data is needed but the ``holidays`` package is missing."""
