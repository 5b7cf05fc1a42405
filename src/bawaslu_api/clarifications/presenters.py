"""What the API shows of a clarification session, and what the rules say about the case
now (:class:`Context`: the ruleset with the deployment's policies, the calendar in force,
the regime's clarification rules, the office's zone, the running decision clock).

Attempt numbers and missed invitations are counted per person (``subject``) over the
case's sessions in date order: consecutive no-shows since the person last attended."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases.repository import Loaded
from bawaslu_api.clarifications import repository
from bawaslu_api.clarifications.models import (
    Attendance,
    ClarificationInvitee,
    ClarificationSession,
    InviteeRole,
    SessionMode,
)
from bawaslu_api.clarifications.schemas import (
    ClarificationSessionOut,
    InvitationOut,
    InvitationRuleOut,
    InviteeOut,
    OnlineOut,
)
from bawaslu_api.deadlines import clocks
from bawaslu_api.deadlines.models import Deadline, DeadlineStatus
from bawaslu_api.persons import repository as persons
from bawaslu_api.persons.models import CasePerson
from bawaslu_rules import (
    DECISION_CLOCKS,
    Calendar,
    ClarificationRules,
    Ruleset,
    clarification_rules,
    invitation_unit,
    latest_receipt_on,
    may_proceed_without,
)


@dataclass(frozen=True, slots=True)
class Context:
    """What the rules say about clarifying this case now."""

    ruleset: Ruleset
    calendar: Calendar
    rules: ClarificationRules
    zone: str
    decision: Deadline | None

    def local_date(self, moment: datetime) -> date:
        return moment.astimezone(ZoneInfo(self.zone)).date()

    def latest_receipt(self, scheduled_at: datetime) -> date:
        """The last local date an invitation to a session at ``scheduled_at`` may arrive."""
        return latest_receipt_on(
            self.local_date(scheduled_at), ruleset=self.ruleset, calendar=self.calendar
        )


async def context(session: AsyncSession, loaded: Loaded) -> Context:
    calendar, policies = await clocks.rules_in_force(session)
    running = [
        d
        for d in await clocks.deadlines_of(session, loaded.report.id)
        if d.rule_id in DECISION_CLOCKS
        and d.status in (DeadlineStatus.pending, DeadlineStatus.missed)
    ]
    return Context(
        ruleset=clocks.ruleset_of(loaded.report, policies),
        calendar=calendar,
        rules=clarification_rules(loaded.report.regime),
        zone=loaded.office.timezone,
        decision=max(running, key=lambda d: d.due_at, default=None),
    )


def histories(
    rows: Sequence[tuple[ClarificationInvitee, ClarificationSession]],
) -> dict[str, list[ClarificationInvitee]]:
    out: dict[str, list[ClarificationInvitee]] = defaultdict(list)
    for invitee, _ in rows:
        out[invitee.subject].append(invitee)
    return out


def missed_before(history: Sequence[ClarificationInvitee]) -> int:
    """Consecutive invitations missed at the end of ``history``."""
    missed = 0
    for invitee in history:
        if invitee.attendance is Attendance.absent:
            missed += 1
        elif invitee.attendance is Attendance.attended:
            missed = 0
    return missed


def missed_at(history: Sequence[ClarificationInvitee], invitee_id: uuid.UUID) -> int:
    """Consecutive invitations missed up to and including ``invitee_id``."""
    upto: list[ClarificationInvitee] = []
    for invitee in history:
        upto.append(invitee)
        if invitee.id == invitee_id:
            break
    return missed_before(upto)


# ---------------------------------------------------------------- presentation


def _name(
    loaded: Loaded, invitee: ClarificationInvitee, people: dict[uuid.UUID, CasePerson]
) -> str:
    if invitee.role is InviteeRole.reporter:
        return loaded.identity.name if loaded.identity is not None else ""
    if invitee.role is InviteeRole.reported_party:
        parties = loaded.report.reported_parties
        index = invitee.party_index or 0
        return str(parties[index].get("name", "")) if index < len(parties) else ""
    person = people.get(invitee.person_id) if invitee.person_id else None
    return person.name if person is not None else ""


def _rule_out(ctx: Context) -> InvitationRuleOut:
    policies = ctx.ruleset.policies
    return InvitationRuleOut(
        lead_days=ctx.rules.invitation_lead_days,
        unit=invitation_unit(ctx.ruleset).value,
        basis=ctx.rules.invitation_basis,
        confidence=ctx.rules.invitation_confidence.value,
        policy={
            "clarification.invitation_day": policies.clarification_invitation_day.value,
            "clarification.invitations_before_proceeding": (
                policies.clarification_invitations_before_proceeding
            ),
        },
    )


def session_out(
    loaded: Loaded,
    sess: ClarificationSession,
    rows: Sequence[tuple[ClarificationInvitee, ClarificationSession]],
    people: dict[uuid.UUID, CasePerson],
    ctx: Context,
    minutes_visible: bool = True,
) -> ClarificationSessionOut:
    by_subject = histories(rows)
    invitees: list[InviteeOut] = []
    for invitee, of in rows:
        if of.id != sess.id:
            continue
        missed = missed_at(by_subject[invitee.subject], invitee.id)
        invitees.append(
            InviteeOut(
                id=invitee.id,
                role=invitee.role,
                person_id=invitee.person_id,
                party_index=invitee.party_index,
                name=_name(loaded, invitee, people),
                attempt_no=invitee.attempt_no,
                invitation=InvitationOut(
                    form=ctx.rules.invitation_form,
                    channel=invitee.channel,
                    sent_at=invitee.sent_at,
                    received_at=invitee.received_at,
                    received_by=invitee.received_by,
                    receipt_evidence_id=invitee.receipt_evidence_id,
                ),
                attendance=invitee.attendance,
                oath=invitee.oath,
                oath_form=invitee.oath_form,
                minutes=invitee.minutes if minutes_visible else None,
                minutes_withheld=not minutes_visible and invitee.minutes is not None,
                minutes_evidence_id=invitee.minutes_evidence_id,
                missed_invitations=missed,
                may_proceed_without=missed > 0 and may_proceed_without(missed, ctx.ruleset),
            )
        )
    online = (
        OnlineOut(
            ground=sess.online_ground,
            justification=sess.online_justification,
            recorded=sess.recorded,
        )
        if sess.mode is SessionMode.online and sess.online_ground is not None
        else None
    )
    forms = ctx.rules.to_dict()["forms"]
    return ClarificationSessionOut(
        id=sess.id,
        report_id=sess.report_id,
        scheduled_at=sess.scheduled_at,
        mode=sess.mode,
        place=sess.place,
        online=online,
        status=sess.status,
        held_at=sess.held_at,
        cancelled_at=sess.cancelled_at,
        cancel_reason=sess.cancel_reason,
        latest_receipt_on=ctx.latest_receipt(sess.scheduled_at),
        invitation_rule=_rule_out(ctx),
        decision_due_at=ctx.decision.due_at if ctx.decision is not None else None,
        decision_clock=ctx.decision.rule_id if ctx.decision is not None else None,
        forms=forms,
        invitees=invitees,
        scheduled_by=sess.scheduled_by,
    )


async def people_of(session: AsyncSession, report_id: uuid.UUID) -> dict[uuid.UUID, CasePerson]:
    return {p.id: p for p in await persons.of_case(session, report_id)}


async def present(
    session: AsyncSession,
    loaded: Loaded,
    sessions: Sequence[ClarificationSession],
    *,
    minutes_visible: bool = True,
) -> list[ClarificationSessionOut]:
    """``sessions`` of the case as the API shows them; the minutes' content (Form B.12,
    personal and confidential: docs/legal/procedure.md §2) only when ``minutes_visible``."""
    ctx = await context(session, loaded)
    rows = await repository.invitees_of_case(session, loaded.report.id)
    people = await people_of(session, loaded.report.id)
    return [session_out(loaded, s, rows, people, ctx, minutes_visible) for s in sessions]
