"""Admissibility: the formal and material requirements of a report or finding
(docs/legal/rules.md §4)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any, Final

from bawaslu_rules.calendar import Calendar
from bawaslu_rules.codes import CODES, VERDICT_PRECEDENCE, Code, Kind, Verdict
from bawaslu_rules.deadlines import (
    Deadline,
    check_window,
    compute_deadline,
    filed_date,
    filing_rule_id,
    receipt_basis,
    resolve_stages,
)
from bawaslu_rules.elections import election
from bawaslu_rules.errors import RulesError
from bawaslu_rules.nik import nik_birth_dates, nik_region, validate_nik
from bawaslu_rules.office import closing_time, get_zone, to_local
from bawaslu_rules.rulesets import (
    NO_OVERRIDES,
    CompletionStart,
    NikRegionMismatch,
    Policies,
    Ruleset,
    Unit,
)
from bawaslu_rules.stages import ElectionStages, reception_windows

__all__ = [
    "ADMIN_REPORTABLE_PARTIES",
    "Admissibility",
    "ElectionStages",
    "Evidence",
    "Failure",
    "ReportedParty",
    "Reporter",
    "ReporterCategory",
    "Submission",
    "check_admissibility",
]


class ReporterCategory(StrEnum):
    """Who files the report (pelapor)."""

    VOTER = "voter"
    """A voter (pemilih); pemilihan: a voter in that regional election."""
    CITIZEN = "citizen"
    """A WNI with the right to vote (17 or older on voting day, or married); pemilu only."""
    PARTICIPANT = "participant"
    """An election participant (peserta): a party or a candidate pair (pemilihan: the
    candidate pair, peserta pemilihan, UU 1/2015 Art. 134(2))."""
    CANDIDATE = "candidate"
    MONITOR = "monitor"
    """An election monitor (pemantau); must be accredited."""
    REPRESENTATIVE = "representative"
    """Someone filing with a special power of attorney (surat kuasa khusus); pemilihan: a
    candidate pair's campaign team or appointee (Perbawaslu 8/2020 Art. 6, MED)."""
    OTHER = "other"


# UU 7/2017 Art. 454(2); Perbawaslu 7/2022 Art. 8(2); representative: MED.
_ALLOWED_PEMILU: Final = frozenset(
    {
        ReporterCategory.VOTER,
        ReporterCategory.CITIZEN,
        ReporterCategory.PARTICIPANT,
        ReporterCategory.CANDIDATE,
        ReporterCategory.MONITOR,
        ReporterCategory.REPRESENTATIVE,
    }
)
# UU 1/2015 Art. 134(2): a voter in that regional election (pemilih), an accredited
# monitor, a participant (peserta pemilihan: the candidate pair); a candidate pair may report
# through its campaign team or an appointee (Perbawaslu 8/2020 Art. 6, MED).
_ALLOWED_PEMILIHAN: Final = frozenset(
    {
        ReporterCategory.VOTER,
        ReporterCategory.MONITOR,
        ReporterCategory.CANDIDATE,
        ReporterCategory.PARTICIPANT,
        ReporterCategory.REPRESENTATIVE,
    }
)

ADMIN_REPORTABLE_PARTIES: Final = frozenset(
    {
        # Perbawaslu 8/2022 Art. 8: the closed list for administrative violations.
        "political_party",
        "dpr_candidate",
        "dpd_candidate",
        "dprd_province_candidate",
        "dprd_regency_candidate",
        "presidential_candidate_pair",
        "campaign_team",
        "kpu",
        "ppk",
        "ppln",
        "pps",
        "kpps",
        "kppsln",
    }
)

VOTING_AGE: Final = 17
"""UU 7/2017 Art. 198(1); UU 1/2015 Art. 56(1): 17 or older on voting day, or married."""


def _opt_date(value: Any) -> date | None:
    return None if value in (None, "") else date.fromisoformat(str(value))


def _opt_str(value: Any) -> str:
    return "" if value is None else str(value)


def _opt_bool(value: Any) -> bool | None:
    if value is None:
        return None
    if not isinstance(value, bool):
        raise RulesError(f"expected true/false, got {value!r}")
    return value


def _datetime(value: Any) -> datetime:
    return datetime.fromisoformat(str(value))


def _election_slug(value: Any) -> str | None:
    if value in (None, ""):
        return None
    return election(str(value)).slug  # raises UnknownElectionError listing the known slugs


def area_code(code: Any) -> str:
    """A region code of an election's area as ``PP``, ``PP.RR`` or ``PP.RR.DD``
    (Kemendagri codes; ``"5203"`` is accepted for ``"52.03"``); :class:`RulesError` else."""
    text = str(code).strip()
    if text.isdigit() and len(text) in (2, 4, 6):
        text = ".".join(text[i : i + 2] for i in range(0, len(text), 2))
    parts = text.split(".")
    if not (1 <= len(parts) <= 3 and all(len(x) == 2 and x.isdigit() for x in parts)):
        raise RulesError(f"election area code {code!r} is not PP, PP.RR or PP.RR.DD")
    return text


@dataclass(frozen=True, slots=True)
class Reporter:
    """The reporter (pelapor) and the facts that decide their standing."""

    category: ReporterCategory
    name: str = ""
    address: str = ""
    nik: str = ""
    age: int | None = None
    married: bool | None = None
    registered_voter: bool | None = None
    """Pemilihan: a voter in that regional election."""
    accredited: bool | None = None
    """Monitors: accredited by Bawaslu / KPU."""
    power_of_attorney: bool | None = None
    """Representatives: a special power of attorney is attached."""
    birth_date: date | None = None
    """When known (identity document): age on voting day is computed from it (1.2.0)."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Reporter:
        """Parse the ``reporter`` object of the submission JSON."""
        age = data.get("age")
        return cls(
            ReporterCategory(str(data["category"])),
            _opt_str(data.get("name")),
            _opt_str(data.get("address")),
            _opt_str(data.get("nik")),
            None if age is None else int(age),
            _opt_bool(data.get("married")),
            _opt_bool(data.get("registered_voter")),
            _opt_bool(data.get("accredited")),
            _opt_bool(data.get("power_of_attorney")),
            _opt_date(data.get("birth_date")),
        )


@dataclass(frozen=True, slots=True)
class ReportedParty:
    """The reported party (terlapor); ``type`` matters for administrative violations."""

    name: str = ""
    address: str = ""
    type: str | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ReportedParty:
        """Parse the ``reported_party`` object of the submission JSON."""
        kind = data.get("type")
        return cls(_opt_str(data.get("name")), _opt_str(data.get("address")),
                   None if kind is None else str(kind))  # fmt: skip


@dataclass(frozen=True, slots=True)
class Evidence:
    """One evidence item: ``kind`` is e.g. document, photo, video, object, electronic."""

    kind: str
    description: str = ""
    copies: int | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Evidence:
        """Parse one item of ``evidence``."""
        copies = data.get("copies")
        return cls(str(data["kind"]), _opt_str(data.get("description")),
                   None if copies is None else int(copies))  # fmt: skip


@dataclass(frozen=True, slots=True)
class Submission:
    """A report (laporan) or finding (temuan) at initial review."""

    kind: str
    """``report`` or ``finding``."""
    regime: str
    received_at: datetime
    """When it was handed in; naive means office local time."""
    reporter: Reporter | None = None
    """Required for reports; ignored for findings (the supervisor is not a pelapor)."""
    reported_party: ReportedParty = field(default_factory=ReportedParty)
    violation_type: str | None = None
    """``administrative``, ``criminal``, ``ethics``, ``other`` or None (not yet known)."""
    tsm: bool = False
    known_on: date | None = None
    """Date the reporter came to know of it, or the supervisor discovered it."""
    incident_date: date | None = None
    incident_time: time | None = None
    incident_place: str = ""
    description: str = ""
    evidence: tuple[Evidence, ...] = ()
    witnesses: tuple[str, ...] = ()
    signature_present: bool = False
    signature_matches: bool | None = None
    """Whether the signature matches the identity document; None = not checked."""
    stages: ElectionStages = field(default_factory=ElectionStages)
    """Empty: the stages of ``election``, else of the election of the regime whose
    calendar covers the received date (1.2.0)."""
    election: str | None = None
    """Slug of a known election (``bawaslu_rules.ELECTIONS``) whose stages apply when
    ``stages`` is empty (1.2.0)."""
    election_area: tuple[str, ...] = ()
    """Pemilihan: region codes of the election's area (``"52"``, ``"52.03"``); a voter's
    NIK region is checked against them (1.2.0)."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Submission:
        """Parse the submission JSON documented in docs/rules.md."""
        try:
            reporter = data.get("reporter")
            incident = data.get("incident") or {}
            signature = data.get("signature") or {}
            itime = incident.get("time")
            kind = str(data["kind"])
            if kind not in ("report", "finding"):
                raise RulesError(f"kind must be report or finding, not {kind!r}")
            return cls(
                kind=kind,
                regime=str(data["regime"]),
                received_at=_datetime(data["received_at"]),
                reporter=None if reporter is None else Reporter.from_dict(reporter),
                reported_party=ReportedParty.from_dict(data.get("reported_party") or {}),
                violation_type=data.get("violation_type"),
                tsm=bool(data.get("tsm", False)),
                known_on=_opt_date(data.get("known_on")),
                incident_date=_opt_date(incident.get("date")),
                incident_time=None if itime in (None, "") else time.fromisoformat(str(itime)),
                incident_place=_opt_str(incident.get("place")),
                description=_opt_str(data.get("description")),
                evidence=tuple(Evidence.from_dict(e) for e in data.get("evidence", ())),
                witnesses=tuple(
                    str(w["name"]) if isinstance(w, Mapping) else str(w)
                    for w in data.get("witnesses", ())
                ),
                signature_present=bool(signature.get("present", False)),
                signature_matches=_opt_bool(signature.get("matches_identity")),
                stages=ElectionStages.from_dict(data.get("stages") or {}),
                election=_election_slug(data.get("election")),
                election_area=tuple(area_code(c) for c in data.get("election_area") or ()),
            )
        except (KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, RulesError):
                raise
            raise RulesError(f"invalid submission: {exc!r}") from exc


@dataclass(frozen=True, slots=True)
class Failure:
    """One failed requirement."""

    code: Code
    kind: Kind
    basis: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready representation."""
        return {"code": self.code.value, "kind": self.kind.value, "basis": self.basis}


@dataclass(frozen=True, slots=True)
class Admissibility:
    """Result of the initial review."""

    verdict: Verdict
    failures: tuple[Failure, ...]
    advisories: tuple[Failure, ...]
    received_on: date
    """Effective receipt date (a report after closing time: the next day the office is
    open; a finding: the local date of its timestamp)."""
    ruleset: str
    filing_deadline: Deadline | None
    completion_deadline: Deadline | None
    nik_failures: tuple[str, ...] = ()
    election: str | None = None
    """Slug of the election whose stages were used (named or covering), if any."""
    policies: Policies | None = None
    policy_overrides: Mapping[str, Any] = NO_OVERRIDES
    completion_start: str = ""
    """Where the completion clock started: ``notice``, ``receipt`` or
    ``initial_review_due``; empty when there is no completion deadline."""
    completion_basis: str = ""
    received_on_basis: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready representation (the CLI's ``check --json`` output)."""
        out: dict[str, Any] = {
            "verdict": self.verdict.value,
            "failures": [f.to_dict() for f in self.failures],
            "advisories": [f.to_dict() for f in self.advisories],
            "received_on": self.received_on.isoformat(),
            "received_on_basis": self.received_on_basis,
            "ruleset": self.ruleset,
            "filing_deadline": None
            if self.filing_deadline is None
            else self.filing_deadline.due.isoformat(),
            "nik_failures": list(self.nik_failures),
            "election": self.election,
            "policies": None if self.policies is None else self.policies.to_dict(),
            "policy_overrides": dict(self.policy_overrides),
        }
        if self.completion_deadline is not None:
            # Same shape as the other deadlines here: a YYYY-MM-DD date, plus the exact
            # moment (hours rules) and the full deadline with its rule and basis.
            out["completion_deadline"] = self.completion_deadline.due.isoformat()
            out["completion_due_at"] = self.completion_deadline.due_at.isoformat()
            out["completion"] = self.completion_deadline.to_dict()
            out["completion_start"] = {
                "source": self.completion_start,
                "basis": self.completion_basis,
            }
        return out


def _age_on(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a common year
        return day.replace(year=day.year - years, day=28)


def _voting_right(reporter: Reporter, received_on: date, voting_day: date | None) -> bool | None:
    """Whether the reporter is of voting age on voting day (UU 7/2017 Art. 198(1); UU
    1/2015 Art. 56(1)), on the received date when voting day is unknown; None: unknown.

    From ``birth_date`` when given; else from ``age`` (the age on the received date: the
    possible ages on voting day are computed, and when they straddle 17 it is unknown);
    else from the NIK's birth date readings (19YY and 20YY): unknown when they disagree.
    """
    on = voting_day or received_on
    if reporter.birth_date is not None:
        return _age_on(reporter.birth_date, on) >= VOTING_AGE
    if reporter.age is not None:
        if on == received_on:
            return reporter.age >= VOTING_AGE
        latest = _years_before(received_on, reporter.age)
        earliest = _years_before(received_on, reporter.age + 1) + timedelta(days=1)
        rights = {_age_on(latest, on) >= VOTING_AGE, _age_on(earliest, on) >= VOTING_AGE}
        return rights.pop() if len(rights) == 1 else None
    if reporter.nik.strip():
        births = nik_birth_dates(reporter.nik.strip(), on=received_on)
        rights = {_age_on(b, on) >= VOTING_AGE for b in births}
        if len(rights) == 1:
            return rights.pop()
    return None


def _in_area(region: str, area: tuple[str, ...]) -> bool:
    return any(region == code or region.startswith(f"{code}.") for code in area)


_REGION_CODE: Final = {
    NikRegionMismatch.INCOMPLETE: Code.REPORTER_NIK_OUTSIDE_ELECTION_AREA,
    NikRegionMismatch.NOT_ELIGIBLE: Code.REPORTER_NOT_REGISTERED_VOTER,
}


def _standing(
    sub: Submission,
    reporter: Reporter,
    received_on: date,
    voting_day: date | None,
    policies: Policies,
    nik_plausible: bool,
) -> list[Code]:
    allowed = _ALLOWED_PEMILU if sub.regime == "pemilu" else _ALLOWED_PEMILIHAN
    if reporter.category not in allowed:
        return [Code.REPORTER_CATEGORY_NOT_ALLOWED]
    codes: list[Code] = []
    cat = reporter.category
    if cat in (ReporterCategory.VOTER, ReporterCategory.CITIZEN):
        if sub.regime == "pemilihan" and reporter.registered_voter is False:
            codes.append(Code.REPORTER_NOT_REGISTERED_VOTER)
        right = _voting_right(reporter, received_on, voting_day)
        if reporter.married is True or right is True:
            pass
        elif right is False:
            codes.append(Code.REPORTER_UNDERAGE)
        elif reporter.registered_voter is not True:
            codes.append(Code.REPORTER_VOTING_RIGHT_UNKNOWN)
        # Pilkada: a voter in that regional election (UU 1/2015 Art. 134(2)); the NIK's
        # region is checked against the election's area (policy nik_region_mismatch).
        if (
            sub.regime == "pemilihan"
            and reporter.registered_voter is not True
            and sub.election_area
            and nik_plausible
            and (region := nik_region(reporter.nik.strip())) is not None
            and not _in_area(region, tuple(area_code(c) for c in sub.election_area))
        ):
            code = _REGION_CODE.get(policies.nik_region_mismatch)
            if code is not None and code not in codes:
                codes.append(code)
    elif cat is ReporterCategory.MONITOR:
        if reporter.accredited is False:
            codes.append(Code.MONITOR_NOT_ACCREDITED)
        elif reporter.accredited is None:
            codes.append(Code.MONITOR_ACCREDITATION_UNKNOWN)
    elif cat is ReporterCategory.REPRESENTATIVE and reporter.power_of_attorney is not True:
        codes.append(Code.POWER_OF_ATTORNEY_MISSING)
    return codes


def check_admissibility(
    submission: Submission,
    *,
    ruleset: Ruleset,
    calendar: Calendar,
    zone: str = "Asia/Jakarta",
    notice_at: date | datetime | None = None,
    covering_election: bool = True,
) -> Admissibility:
    """Check every formal and material requirement of ``submission``
    (docs/legal/rules.md §4).

    Failures are reported as codes with their kind and citation; the verdict is the most
    serious one: ``reporter_not_eligible`` > ``outside_window`` > ``late`` >
    ``not_administrative`` > ``incomplete`` > ``registrable``.

    The election's stages are ``submission.stages``, else those of
    ``submission.election``, else those of the election of the regime whose calendar
    covers the received date (``covering_election=False``: none). A report's received
    date is its effective receipt (24-hour reception days from :func:`reception_windows`;
    Pilkada offices receive every day by default); a finding's is the local date of its
    timestamp.

    When incomplete, ``completion_deadline`` is ``report.completion`` counted from
    ``notice_at`` (when the reporter received the notice to complete); without it, by
    policy ``completion_start_without_notice``: from the receipt (default: the notice is
    assumed handed over on receipt) or from the end of ``report.initial_review``. A date
    ``notice_at`` for an hours rule means closing time of that day.
    """
    sub = submission
    if sub.regime != ruleset.regime:
        raise RulesError(f"submission regime {sub.regime} does not match ruleset {ruleset.id}")
    pol = ruleset.policies
    local_day = to_local(sub.received_at, get_zone(zone)).date()
    explicit = not sub.stages.is_empty() or (sub.election is None and not covering_election)
    stages, slug = resolve_stages(
        sub.regime,
        local_day,
        stages=sub.stages if explicit else None,
        election_ref=sub.election,
    )
    windows = reception_windows(stages, pol)
    received_on = filed_date(
        sub.kind, sub.received_at, calendar=calendar, zone=zone, windows=windows, policies=pol
    )
    codes: list[Code] = []
    nik_failures: list[str] = []

    # Formal 1-2: identity and standing (reports only; findings come from a supervisor).
    if sub.kind == "report":
        reporter = sub.reporter
        if reporter is None:
            codes += [Code.REPORTER_NAME_MISSING, Code.REPORTER_ADDRESS_MISSING,
                      Code.REPORTER_NIK_MISSING, Code.REPORTER_VOTING_RIGHT_UNKNOWN]  # fmt: skip
        else:
            if not reporter.name.strip():
                codes.append(Code.REPORTER_NAME_MISSING)
            if not reporter.address.strip():
                codes.append(Code.REPORTER_ADDRESS_MISSING)
            if not reporter.nik.strip():
                codes.append(Code.REPORTER_NIK_MISSING)
            else:
                nik_failures = validate_nik(reporter.nik.strip(), on=received_on)
                if nik_failures:
                    codes.append(Code.REPORTER_NIK_INVALID)
            plausible = bool(reporter.nik.strip()) and not nik_failures
            codes += _standing(sub, reporter, received_on, stages.voting_day, pol, plausible)

    # Formal 3: reported party; the closed list applies to pemilu administrative reports.
    party = sub.reported_party
    if not party.name.strip():
        codes.append(Code.REPORTED_NAME_MISSING)
    if not party.address.strip():
        codes.append(Code.REPORTED_ADDRESS_MISSING)
    if sub.regime == "pemilu" and (sub.violation_type == "administrative" or sub.tsm):
        if not party.type:
            codes.append(Code.REPORTED_TYPE_MISSING)
        elif party.type not in ADMIN_REPORTABLE_PARTIES:
            codes.append(Code.REPORTED_TYPE_NOT_ALLOWED)

    # Formal 4: within report.filing, or inside the TSM window for pemilu TSM reports.
    filing: Deadline | None = None
    if sub.tsm and "tsm.filing_window" in ruleset.windows:
        opens, closes = stages.candidates_set_on, stages.voting_day
        if opens is None or closes is None:
            raise RulesError(
                "a TSM report needs stages.candidates_set_on and stages.voting_day "
                "(or an election that has them)"
            )
        check = check_window(
            "tsm.filing_window", received_on, ruleset=ruleset, opens=opens, closes=closes
        )
        if not check.inside:
            codes.append(Code.TSM_OUTSIDE_WINDOW)
    elif sub.known_on is None:
        codes.append(Code.DATE_KNOWN_MISSING)
    else:
        filing = compute_deadline(
            filing_rule_id(sub.kind), sub.known_on, ruleset=ruleset, calendar=calendar,
            zone=zone,
        )  # fmt: skip
        if received_on > filing.due:
            codes.append(Code.FILING_LATE)

    # Formal 5: signature (reports).
    if sub.kind == "report":
        if not sub.signature_present:
            codes.append(Code.SIGNATURE_MISSING)
        elif sub.signature_matches is False:
            codes.append(Code.SIGNATURE_MISMATCH)

    # Material 1-3.
    if sub.incident_date is None:
        codes.append(Code.INCIDENT_TIME_MISSING)
    if not sub.incident_place.strip():
        codes.append(Code.INCIDENT_PLACE_MISSING)
    if not sub.description.strip():
        codes.append(Code.DESCRIPTION_MISSING)
    if not sub.evidence:
        codes.append(Code.EVIDENCE_MISSING)
    if not sub.witnesses:
        codes.append(Code.WITNESSES_MISSING)
    if any(e.kind == "document" and e.copies is not None and e.copies < 3 for e in sub.evidence):
        codes.append(Code.EVIDENCE_COPIES_SHORT)

    failures = tuple(
        Failure(c, CODES[c].kind, _basis(c, filing)) for c in codes if CODES[c].verdict is not None
    )
    advisories = tuple(
        Failure(c, CODES[c].kind, CODES[c].basis) for c in codes if CODES[c].verdict is None
    )
    verdicts = {CODES[f.code].verdict for f in failures}
    verdict = next((v for v in VERDICT_PRECEDENCE if v in verdicts), Verdict.REGISTRABLE)

    completion: Deadline | None = None
    start, start_basis = "", ""
    if verdict is Verdict.INCOMPLETE and "report.completion" in ruleset.rules:
        completion, start, start_basis = _completion_deadline(
            sub, ruleset, calendar, zone, notice_at, received_on
        )
    return Admissibility(
        verdict, failures, advisories, received_on, ruleset.id, filing, completion,
        tuple(nik_failures), slug, pol, ruleset.policy_overrides, start, start_basis,
        receipt_basis(sub.kind, pol),
    )  # fmt: skip


def _basis(code: Code, filing: Deadline | None) -> str:
    # A late filing cites the regime's own filing rule (UU 7/2017 or UU 1/2015) as well.
    if code is Code.FILING_LATE and filing is not None:
        return f"{CODES[code].basis.split(';')[0]}; {filing.rule}: {filing.basis}"
    return CODES[code].basis


_FROM_NOTICE: Final = (
    "report.completion runs from the reporter's receipt of the notice to complete "
    "(docs/legal/rules.md §4)"
)
_FROM_RECEIPT: Final = (
    "no notice date given: the notice is assumed handed over on receipt of the report "
    "(policy completion_start_without_notice=receipt, LOW; docs/legal/rules.md §4)"
)
_FROM_REVIEW: Final = (
    "no notice date given: from the end of report.initial_review, the reading most "
    "favourable to the reporter (policy completion_start_without_notice="
    "initial_review_due, LOW; docs/legal/rules.md §4)"
)


def _completion_deadline(
    sub: Submission,
    ruleset: Ruleset,
    calendar: Calendar,
    zone: str,
    notice_at: date | datetime | None,
    received_on: date,
) -> tuple[Deadline, str, str]:
    rule = ruleset.rule("report.completion")
    trigger: date | datetime
    policy = ruleset.policies.completion_start_without_notice
    if notice_at is not None:
        trigger, source, basis = notice_at, "notice", _FROM_NOTICE
    elif policy is CompletionStart.INITIAL_REVIEW_DUE and "report.initial_review" in ruleset.rules:
        review = compute_deadline(
            "report.initial_review", received_on, ruleset=ruleset, calendar=calendar, zone=zone
        )
        trigger = review.due_at if rule.unit is Unit.HOURS else review.due
        source, basis = CompletionStart.INITIAL_REVIEW_DUE.value, _FROM_REVIEW
    else:
        local = to_local(sub.received_at, get_zone(zone))
        trigger = local if local.date() == received_on else received_on
        source, basis = CompletionStart.RECEIPT.value, _FROM_RECEIPT
    if rule.unit is Unit.HOURS and not isinstance(trigger, datetime):
        trigger = datetime.combine(trigger, closing_time(trigger), tzinfo=get_zone(zone))
    deadline = compute_deadline(
        "report.completion", trigger, ruleset=ruleset, calendar=calendar, zone=zone
    )
    return deadline, source, basis
