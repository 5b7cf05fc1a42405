"""Every model, imported once so that ``metadata`` is complete (Alembic, tests)."""

from bawaslu_api.assignments.models import CaseAssignment
from bawaslu_api.cases.models import RegisterCounter, Report, ReportIdentity
from bawaslu_api.changes.models import CaseChange
from bawaslu_api.clarifications.models import ClarificationInvitee, ClarificationSession
from bawaslu_api.clients.models import ApiClient
from bawaslu_api.db.base import Base
from bawaslu_api.db.replica import RecentWrite
from bawaslu_api.deadlines.models import Deadline, DeadlineAlert
from bawaslu_api.deliberation.models import CaseAnalysis, CasePlenary
from bawaslu_api.documents.models import DocumentRequest, IssuedDocument, OfficeLetterhead
from bawaslu_api.elections.models import Election
from bawaslu_api.evidence.models import CustodyEvent, EvidenceItem, EvidenceUpload
from bawaslu_api.exports.models import ExportRecord
from bawaslu_api.forms.models import FormCorrection
from bawaslu_api.gakkumdu.models import (
    GakkumduDiscussion,
    GakkumduDossierItem,
    GakkumduPoliceReport,
)
from bawaslu_api.hearings.models import HearingPanel, HearingSession
from bawaslu_api.holidays.models import CalendarOverride
from bawaslu_api.idempotency import IdempotencyRecord
from bawaslu_api.imports.models import ImportJob, ImportKey
from bawaslu_api.integrations.kpu.models import (
    KpuCandidate,
    KpuForwarding,
    KpuParty,
    KpuPollingStation,
)
from bawaslu_api.links.models import CaseLink
from bawaslu_api.offices.models import Office
from bawaslu_api.persons.models import CasePerson
from bawaslu_api.policies.models import RulesPolicy
from bawaslu_api.ratelimit.models import RateLimitBucket
from bawaslu_api.security.models import AuthEvent, RefreshToken, SigningKeyRecord
from bawaslu_api.stats.models import ReportStat
from bawaslu_api.timeline.models import CaseAccess, CaseEvent
from bawaslu_api.users.models import StaffUser
from bawaslu_api.webhooks.models import (
    WebhookAttempt,
    WebhookDelivery,
    WebhookEvent,
    WebhookSubscription,
)

metadata = Base.metadata

__all__ = [
    "ApiClient",
    "AuthEvent",
    "CalendarOverride",
    "CaseAccess",
    "CaseAnalysis",
    "CaseAssignment",
    "CaseChange",
    "CaseEvent",
    "CaseLink",
    "CasePerson",
    "CasePlenary",
    "ClarificationInvitee",
    "ClarificationSession",
    "CustodyEvent",
    "Deadline",
    "DeadlineAlert",
    "DocumentRequest",
    "Election",
    "EvidenceItem",
    "EvidenceUpload",
    "ExportRecord",
    "FormCorrection",
    "GakkumduDiscussion",
    "GakkumduDossierItem",
    "GakkumduPoliceReport",
    "HearingPanel",
    "HearingSession",
    "IdempotencyRecord",
    "ImportJob",
    "ImportKey",
    "IssuedDocument",
    "KpuCandidate",
    "KpuForwarding",
    "KpuParty",
    "KpuPollingStation",
    "Office",
    "OfficeLetterhead",
    "RateLimitBucket",
    "RecentWrite",
    "RefreshToken",
    "RegisterCounter",
    "Report",
    "ReportIdentity",
    "ReportStat",
    "RulesPolicy",
    "SigningKeyRecord",
    "StaffUser",
    "WebhookAttempt",
    "WebhookDelivery",
    "WebhookEvent",
    "WebhookSubscription",
    "metadata",
]
