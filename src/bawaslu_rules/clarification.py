"""Clarification (klarifikasi) of a registered case (docs/legal/procedure.md §1.1 rows
1-6, §1.2): who may be heard, when a session may be held online, how an invitation is
delivered and how long before the session it must arrive, which form records an oath,
and how many missed invitations let the analysis proceed without the person.

Pure data and date arithmetic: the caller passes the ruleset (with the deployment's
policies applied) and the calendar in force.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from types import MappingProxyType
from typing import Any, Final

from bawaslu_rules.calendar import Calendar
from bawaslu_rules.rulesets import Confidence, InvitationDay, Ruleset, Unit

__all__ = [
    "INVITATION_CHANNELS",
    "INVITEE_ROLES",
    "ONLINE_GROUNDS",
    "ClarificationRules",
    "clarification_rules",
    "invitation_unit",
    "latest_receipt_on",
    "may_proceed_without",
]

INVITEE_ROLES: Final = ("reporter", "reported_party", "witness", "expert")
"""Who may be clarified: the reporter (pelapor), a reported party (terlapor), witnesses
(saksi) and experts (ahli), any subset (Perbawaslu 7/2022 Art. 28(1), HIGH)."""

ONLINE_GROUNDS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "geography": "geographical conditions (kondisi geografis)",
        "security": "security (keamanan)",
        "facilities": "lack of facilities (keterbatasan sarana dan prasarana)",
        "disaster": "a natural or non-natural disaster (bencana alam atau non-alam)",
    }
)
"""The only grounds on which a clarification may be held online (media daring)
(Perbawaslu 7/2022 Art. 28(2)-(3), HIGH)."""

INVITATION_CHANNELS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "in_person": "delivered in person (langsung)",
        "sigaplapor": "through SigapLapor",
        "telecommunication": "by telephone or message (media telekomunikasi)",
    }
)
"""How an invitation (Form B.9) is delivered (Perbawaslu 7/2022 Art. 29(2), HIGH)."""

HIGH = Confidence.HIGH
MED = Confidence.MED
LOW = Confidence.LOW


@dataclass(frozen=True, slots=True)
class ClarificationRules:
    """The clarification rules of one regime, with their citations."""

    regime: str
    invitation_lead_days: int
    """The invitation reaches the person at least this many Hari before the session."""
    invitation_basis: str
    invitation_confidence: Confidence
    online_basis: str
    oath_basis: str
    second_invitation_basis: str
    invitation_form: str | None
    """The invitation's form code (None: the regime's form was not read)."""
    oath_form: str | None
    expert_oath_form: str | None
    minutes_form: str | None

    def oath_form_of(self, role: str) -> str | None:
        """Form of the oath (berita acara sumpah/janji) of a person in ``role``."""
        return self.expert_oath_form if role == "expert" else self.oath_form

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready representation."""
        return {
            "regime": self.regime,
            "invitation_lead_days": self.invitation_lead_days,
            "invitation_basis": self.invitation_basis,
            "invitation_confidence": self.invitation_confidence.value,
            "online_basis": self.online_basis,
            "oath_basis": self.oath_basis,
            "second_invitation_basis": self.second_invitation_basis,
            "forms": {
                "invitation": self.invitation_form,
                "oath": self.oath_form,
                "expert_oath": self.expert_oath_form,
                "minutes": self.minutes_form,
            },
        }


_PEMILU: Final = ClarificationRules(
    regime="pemilu",
    invitation_lead_days=1,
    invitation_basis="Perbawaslu 7/2022 Art. 29(1)-(4): the invitation (Form B.9) is "
    "delivered in person, through SigapLapor or by telecommunication at least 1 (one) Hari "
    "before the clarification, and its receipt is ensured",
    invitation_confidence=HIGH,
    online_basis="Perbawaslu 7/2022 Art. 28(2)-(3); Art. 29(4) (an online invitation says so "
    "and announces an audio-visual recording)",
    oath_basis="Perbawaslu 7/2022 Art. 30(1)-(3) (identity checked, an oath or promise "
    "offered: Form B.10, experts Form B.11; refusing it does not stop the clarification; "
    "minutes on Form B.12 read back and signed)",
    second_invitation_basis="Perbawaslu 7/2022 Art. 29(5) (after a no-show the office may "
    "invite a second time)",
    invitation_form="B.9",
    oath_form="B.10",
    expert_oath_form="B.11",
    minutes_form="B.12",
)

_PEMILIHAN: Final = ClarificationRules(
    regime="pemilihan",
    invitation_lead_days=1,
    invitation_basis="Perbawaslu 8/2020 jo. 9/2024: the clarification articles were not read; "
    "the Pemilu rule (Perbawaslu 7/2022 Art. 29(1)-(4), 1 Hari) is applied by analogy; 2020 "
    "online rule: recording, confirmed receipt, consent (Perbawaslu 4/2020 Art. 44)",
    invitation_confidence=LOW,
    online_basis="Perbawaslu 7/2022 Art. 28(2)-(3) by analogy; Perbawaslu 4/2020 Art. 44 "
    "(online: recording, confirmed receipt, consent)",
    oath_basis="Perbawaslu 7/2022 Art. 30(1)-(3) by analogy (Pilkada articles not read)",
    second_invitation_basis="practice: two invitations, then the analysis without the "
    "absentee (Pesawaran 2020)",
    # Pilkada forms are the A series; the clarification forms' codes were not read.
    invitation_form=None,
    oath_form=None,
    expert_oath_form=None,
    minutes_form=None,
)

_RULES: Final[Mapping[str, ClarificationRules]] = MappingProxyType(
    {"pemilu": _PEMILU, "pemilihan": _PEMILIHAN}
)


def clarification_rules(regime: str) -> ClarificationRules:
    """The clarification rules of ``regime`` (``pemilu`` or ``pemilihan``)."""
    try:
        return _RULES[regime]
    except KeyError:
        raise ValueError(f"no clarification rules for regime {regime!r}") from None


def invitation_unit(ruleset: Ruleset) -> Unit:
    """How the invitation's "Hari" is counted under ``ruleset`` (policy
    ``clarification.invitation_day``; ``as_decision_clock``: the unit of the ruleset's
    ``case.decision``)."""
    choice = ruleset.policies.clarification_invitation_day
    if choice is InvitationDay.CALENDAR_DAY:
        return Unit.CALENDAR_DAY
    if choice is InvitationDay.WORKING_DAY:
        return Unit.WORKING_DAY
    decision = ruleset.rules.get("case.decision")
    if decision is not None and decision.unit is Unit.WORKING_DAY:
        return Unit.WORKING_DAY
    return Unit.CALENDAR_DAY


def latest_receipt_on(session_on: date, *, ruleset: Ruleset, calendar: Calendar) -> date:
    """The last (office-local) date on which an invitation may reach the person for a
    session on ``session_on``: ``invitation_lead_days`` Hari before it, counted as
    :func:`invitation_unit` says (working days skip weekends and holidays, cuti bersama by
    policy)."""
    lead = clarification_rules(ruleset.regime).invitation_lead_days
    if invitation_unit(ruleset) is Unit.WORKING_DAY:
        return calendar.add_working_days(
            session_on,
            -lead,
            cuti_bersama_is_working_day=ruleset.policies.cuti_bersama_is_working_day,
        )
    return session_on - timedelta(days=lead)


def may_proceed_without(missed: int, ruleset: Ruleset) -> bool:
    """Whether a person who missed ``missed`` consecutive invitations may be left out of
    the clarification (policy ``clarification.invitations_before_proceeding``, LOW)."""
    return missed >= ruleset.policies.clarification_invitations_before_proceeding
