"""What a document says, gathered from the case: the framework every document kind
uses (``kinds/``). A kind's ``gather`` reads the case through :class:`Source` and returns
:class:`Gathered`: the body its template prints, the signers, and the facts the service
keeps on the issued row. A document whose event has not happened raises
:class:`~bawaslu_api.documents.errors.NotIssuable` (409); a ``subject_id`` that names
nothing of the kind raises ``SubjectNotFound`` (422).
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases.models import Report, ReportIdentity
from bawaslu_api.cases.repository import Loaded
from bawaslu_api.documents import idn
from bawaslu_api.documents.errors import SubjectNotFound, SubjectRequired
from bawaslu_api.elections.models import Election
from bawaslu_api.i18n import Text
from bawaslu_api.offices.models import Office
from bawaslu_api.reference import LABELS
from bawaslu_api.security.principals import Principal
from bawaslu_api.settings import Settings
from bawaslu_api.users.models import StaffUser


@dataclass(frozen=True, slots=True)
class Source:
    """What a gatherer may read: the case (``loaded``; None for an office's documents),
    the issuing office, the request's options and the moment of issue."""

    session: AsyncSession
    principal: Principal
    loaded: Loaded | None
    office: Office
    regime: str
    subject_id: uuid.UUID | None
    options: Mapping[str, Any]
    now: datetime
    settings: Settings
    chair: Mapping[str, str] = field(default_factory=dict)
    """The office's chair as its letterhead names them: ``{"role", "name"}``."""

    @property
    def zone(self) -> str:
        return self.office.timezone

    @property
    def case(self) -> Loaded:
        assert self.loaded is not None, "a case document without a case"
        return self.loaded

    @property
    def report(self) -> Report:
        return self.case.report

    @property
    def identity(self) -> ReportIdentity | None:
        return self.case.identity

    @property
    def election(self) -> Election:
        return self.case.election

    def subject(self, what: str) -> uuid.UUID:
        """The ``subject_id`` the request must give (422 ``document_subject_required``)."""
        if self.subject_id is None:
            raise SubjectRequired(
                Text("Sebutkan {what} pada subject_id.", "Name the {what} in subject_id."),
                what=what,
            )
        return self.subject_id

    def missing(self, what: str) -> SubjectNotFound:
        return SubjectNotFound(
            Text("{what} {id} tidak ada pada laporan ini.", "No {what} {id} in this case."),
            what=what,
            id=self.subject_id,
        )

    # ---- formatting in the office's zone, in Indonesian

    def date(self, moment: datetime | None) -> str:
        return "" if moment is None else idn.tanggal(idn.local(moment, self.zone).date())

    def day(self, moment: datetime | None) -> str:
        return "" if moment is None else idn.hari_tanggal(idn.local(moment, self.zone).date())

    def time(self, moment: datetime | None) -> str:
        return idn.pukul(moment, self.zone)

    def when(self, moment: datetime | None) -> str:
        return idn.waktu(moment, self.zone)


@dataclass(slots=True)
class Gathered:
    """What a gatherer found."""

    body: dict[str, Any]
    signers: list[dict[str, str]]
    """``[{"role": "Ketua Bawaslu Kabupaten X", "name": "..."}]``, in signing order."""
    facts: dict[str, Any] = field(default_factory=dict)
    """Kept on the issued row and shown in listings (``addressee``, ``deadline``...)."""
    subject_id: uuid.UUID | None = None
    """The subject the document is about, when the gatherer resolved it (the current
    analysis); otherwise the request's ``subject_id``."""
    xlsx: bytes | None = None
    """A spreadsheet rendition of the same content (the register book)."""


Gatherer = Callable[[Source], Awaitable[Gathered]]


@dataclass(frozen=True, slots=True)
class Kind:
    """One document kind: its gatherer and its template (``templates/<slug>.typ``)."""

    slug: str
    gather: Gatherer
    subject_required: bool = False
    """The document is about one person of the case (``subject_id`` names the invitee):
    a correction supersedes only the same person's document."""


def label(group: str, value: object) -> str:
    """The Indonesian label of an enum value (``reference.LABELS``); the value if unknown."""
    if value is None:
        return ""
    raw = getattr(value, "value", value)
    return LABELS.get(group, {}).get(str(raw), (str(raw), ""))[0]


async def staff_names(session: AsyncSession, subjects: Iterable[str]) -> dict[str, str]:
    """Display names of staff by subject (``username``); the subject itself if unknown."""
    wanted = {s for s in subjects if s}
    if not wanted:
        return {}
    rows = await session.execute(
        select(StaffUser.username, StaffUser.display_name).where(StaffUser.username.in_(wanted))
    )
    found: dict[str, str] = {}
    for username, display_name in rows.all():
        found[username] = display_name
    return {s: found.get(s, s) for s in wanted}


def parties(report: Report) -> list[str]:
    """The reported parties as printed: ``Name (role)``."""
    out = []
    for p in report.reported_parties or []:
        name = str(p.get("name") or "").strip()
        extra = str(p.get("position") or p.get("type") or "").strip()
        out.append(f"{name} ({extra})" if extra and name else name or extra)
    return [p for p in out if p]


def case_facts(src: Source) -> dict[str, Any]:
    """What most case documents print about the case (never personal data)."""
    r = src.report
    return {
        "kind": label("report_kind", r.kind),
        "register_number": r.register_number or "",
        "registered": src.day(r.registered_at),
        "received": src.when(r.received_at),
        "received_day": src.day(r.received_at),
        "received_time": src.time(r.received_at),
        "election": src.election.name,
        "status": label("report_status", r.status),
        "channel": label("channel", r.channel),
        "incident_date": idn.hari_tanggal(r.incident_date),
        "incident_place": r.incident_address or "",
        "known_on": idn.hari_tanggal(r.known_on),
        "summary": r.description,
        "parties": parties(r),
        "outcome": label("outcome", r.outcome),
        "category": label("violation_category", r.outcome_category),
    }


def chair_signer(src: Source) -> dict[str, str]:
    """The office's chair, who signs letters (the letterhead names them)."""
    return {
        "role": src.chair.get("role") or f"Ketua {src.office.name}",
        "name": src.chair.get("name") or "",
    }
