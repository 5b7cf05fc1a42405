""" Contains all the data models used in inputs/outputs """

from .access_entry import AccessEntry
from .access_log import AccessLog
from .admissibility_out import AdmissibilityOut
from .admissibility_out_policy_overrides import AdmissibilityOutPolicyOverrides
from .admissibility_request import AdmissibilityRequest
from .admissibility_request_kind import AdmissibilityRequestKind
from .admissibility_request_violation_type_type_0 import AdmissibilityRequestViolationTypeType0
from .agenda import Agenda
from .agenda_item import AgendaItem
from .analysis_history import AnalysisHistory
from .analysis_in import AnalysisIn
from .analysis_out import AnalysisOut
from .analysis_status import AnalysisStatus
from .announcement import Announcement
from .announcement_in import AnnouncementIn
from .announcement_page import AnnouncementPage
from .assignee_out import AssigneeOut
from .assignment_in import AssignmentIn
from .assignment_role import AssignmentRole
from .assignments_out import AssignmentsOut
from .attempt_out import AttemptOut
from .attendance import Attendance
from .auth_jwks_response_auth_jwks import AuthJwksResponseAuthJwks
from .auth_revoke_form import AuthRevokeForm
from .auth_token_form import AuthTokenForm
from .bucket import Bucket
from .cancellation_in import CancellationIn
from .chain_verification import ChainVerification
from .change_item import ChangeItem
from .change_kind import ChangeKind
from .change_operation import ChangeOperation
from .changes_page import ChangesPage
from .channel import Channel
from .clarification_session_in import ClarificationSessionIn
from .clarification_session_list import ClarificationSessionList
from .clarification_session_out import ClarificationSessionOut
from .clarification_session_out_forms import ClarificationSessionOutForms
from .classification_in import ClassificationIn
from .classification_out import ClassificationOut
from .classification_out_regime import ClassificationOutRegime
from .client_create import ClientCreate
from .client_created import ClientCreated
from .client_list import ClientList
from .client_out import ClientOut
from .clock_out import ClockOut
from .completion_in import CompletionIn
from .completion_request_in import CompletionRequestIn
from .confidence import Confidence
from .correction_in import CorrectionIn
from .count import Count
from .custody import Custody
from .custody_event_out import CustodyEventOut
from .custody_event_out_details import CustodyEventOutDetails
from .date_window_in import DateWindowIn
from .deadline_out import DeadlineOut
from .deadline_out_policy_overrides import DeadlineOutPolicyOverrides
from .deadline_override_in import DeadlineOverrideIn
from .deadline_override_in_status_type_0 import DeadlineOverrideInStatusType0
from .deadline_page import DeadlinePage
from .deadline_request import DeadlineRequest
from .deadline_status import DeadlineStatus
from .decision_in import DecisionIn
from .delivery_out import DeliveryOut
from .delivery_page import DeliveryPage
from .delivery_status import DeliveryStatus
from .dictionary import Dictionary
from .dictionary_entry import DictionaryEntry
from .disable_in import DisableIn
from .discussion_in import DiscussionIn
from .discussion_in_conclusion import DiscussionInConclusion
from .discussion_out import DiscussionOut
from .document_list import DocumentList
from .document_out import DocumentOut
from .document_out_data_class_item import DocumentOutDataClassItem
from .document_out_facts import DocumentOutFacts
from .document_request_out import DocumentRequestOut
from .document_request_out_status import DocumentRequestOutStatus
from .documents_content_format import DocumentsContentFormat
from .documents_preview_kind import DocumentsPreviewKind
from .dossier_in import DossierIn
from .dossier_item_out import DossierItemOut
from .dossier_out import DossierOut
from .dossier_tick import DossierTick
from .dossier_tick_code import DossierTickCode
from .durations import Durations
from .election_create import ElectionCreate
from .election_list import ElectionList
from .election_out import ElectionOut
from .election_update import ElectionUpdate
from .event_type import EventType
from .evidence_category import EvidenceCategory
from .evidence_channel import EvidenceChannel
from .evidence_form import EvidenceForm
from .evidence_in import EvidenceIn
from .evidence_in_kind import EvidenceInKind
from .evidence_link_in import EvidenceLinkIn
from .evidence_list import EvidenceList
from .evidence_out import EvidenceOut
from .evidence_ref_in import EvidenceRefIn
from .evidence_ref_out import EvidenceRefOut
from .evidence_status import EvidenceStatus
from .existing_import import ExistingImport
from .export_out import ExportOut
from .export_out_filters import ExportOutFilters
from .export_out_format import ExportOutFormat
from .export_out_status import ExportOutStatus
from .extension_in import ExtensionIn
from .failure_out import FailureOut
from .failure_out_kind import FailureOutKind
from .field_problem import FieldProblem
from .final_in import FinalIn
from .final_in_orders_item import FinalInOrdersItem
from .final_out import FinalOut
from .first_counted_day import FirstCountedDay
from .form_correction_in import FormCorrectionIn
from .form_correction_in_data_class_type_0_item import FormCorrectionInDataClassType0Item
from .form_correction_out import FormCorrectionOut
from .form_list import FormList
from .form_out import FormOut
from .form_out_confidence import FormOutConfidence
from .form_out_data_class_item import FormOutDataClassItem
from .form_out_regime import FormOutRegime
from .forwarding_in import ForwardingIn
from .forwarding_in_to import ForwardingInTo
from .gakkumdu_out import GakkumduOut
from .handover_in import HandoverIn
from .hearing_attendance import HearingAttendance
from .hearing_out import HearingOut
from .hearing_session_in import HearingSessionIn
from .hearing_session_in_agenda import HearingSessionInAgenda
from .hearing_session_out import HearingSessionOut
from .import_batch_in import ImportBatchIn
from .import_batch_in_items_item import ImportBatchInItemsItem
from .import_batch_out import ImportBatchOut
from .import_item_result import ImportItemResult
from .import_item_result_status import ImportItemResultStatus
from .import_job_out import ImportJobOut
from .import_job_out_format import ImportJobOutFormat
from .import_job_out_status import ImportJobOutStatus
from .imports_jobs_create_form import ImportsJobsCreateForm
from .imports_template_format import ImportsTemplateFormat
from .incident_in import IncidentIn
from .intake_witness_out import IntakeWitnessOut
from .invitation_channel import InvitationChannel
from .invitation_out import InvitationOut
from .invitation_rule_out import InvitationRuleOut
from .invitation_rule_out_policy import InvitationRuleOutPolicy
from .invitee_in import InviteeIn
from .invitee_out import InviteeOut
from .invitee_out_minutes_type_0 import InviteeOutMinutesType0
from .invitee_role import InviteeRole
from .issue_in import IssueIn
from .issue_in_kind import IssueInKind
from .kind import Kind
from .kpu_acknowledgement_in import KpuAcknowledgementIn
from .kpu_follow_up_in import KpuFollowUpIn
from .kpu_forwarding_out import KpuForwardingOut
from .kpu_forwarding_page import KpuForwardingPage
from .kpu_forwarding_status import KpuForwardingStatus
from .label import Label
from .labels import Labels
from .letterhead_in import LetterheadIn
from .letterhead_out import LetterheadOut
from .link_in import LinkIn
from .link_kind import LinkKind
from .link_list import LinkList
from .link_out import LinkOut
from .link_out_direction import LinkOutDirection
from .link_out_kind_of_case import LinkOutKindOfCase
from .liveness import Liveness
from .migration_state import MigrationState
from .minutes_in import MinutesIn
from .my_case import MyCase
from .my_cases_page import MyCasesPage
from .next_due import NextDue
from .non_working_day import NonWorkingDay
from .oath import Oath
from .office_create import OfficeCreate
from .office_level import OfficeLevel
from .office_out import OfficeOut
from .office_page import OfficePage
from .office_row import OfficeRow
from .office_update import OfficeUpdate
from .officer_load import OfficerLoad
from .official import Official
from .online_ground import OnlineGround
from .online_in import OnlineIn
from .online_out import OnlineOut
from .outcome import Outcome
from .outcome_in import OutcomeIn
from .override_action import OverrideAction
from .override_in import OverrideIn
from .override_in_category_type_0 import OverrideInCategoryType0
from .override_list import OverrideList
from .override_out import OverrideOut
from .panel_in import PanelIn
from .panel_out import PanelOut
from .participant import Participant
from .participant_institution import ParticipantInstitution
from .party_in import PartyIn
from .party_in_role import PartyInRole
from .party_out import PartyOut
from .password_reset import PasswordReset
from .periodic_report_in import PeriodicReportIn
from .person_in import PersonIn
from .person_list import PersonList
from .person_out import PersonOut
from .person_patch import PersonPatch
from .person_reveal_in import PersonRevealIn
from .person_role import PersonRole
from .physical_in import PhysicalIn
from .physical_in_category import PhysicalInCategory
from .physical_receipt import PhysicalReceipt
from .plenary_in import PlenaryIn
from .plenary_list import PlenaryList
from .plenary_member_in import PlenaryMemberIn
from .plenary_member_in_role import PlenaryMemberInRole
from .plenary_member_out import PlenaryMemberOut
from .plenary_out import PlenaryOut
from .police_report_in import PoliceReportIn
from .police_report_in_complainant import PoliceReportInComplainant
from .police_report_out import PoliceReportOut
from .policies import Policies
from .policies_clarification_invitation_day import PoliciesClarificationInvitationDay
from .policies_completion_start_without_notice import PoliciesCompletionStartWithoutNotice
from .policies_day_deadline_ends import PoliciesDayDeadlineEnds
from .policies_nik_region_mismatch import PoliciesNikRegionMismatch
from .policies_reception_days import PoliciesReceptionDays
from .policy_detail import PolicyDetail
from .policy_detail_confidence import PolicyDetailConfidence
from .policy_detail_kind import PolicyDetailKind
from .policy_detail_source import PolicyDetailSource
from .policy_list import PolicyList
from .policy_out import PolicyOut
from .policy_out_confidence import PolicyOutConfidence
from .policy_out_kind import PolicyOutKind
from .policy_out_source import PolicyOutSource
from .policy_reset_in import PolicyResetIn
from .policy_set_in import PolicySetIn
from .policy_setting_out import PolicySettingOut
from .preliminary_in import PreliminaryIn
from .preliminary_in_grounds import PreliminaryInGrounds
from .preliminary_information_in import PreliminaryInformationIn
from .preliminary_out import PreliminaryOut
from .preliminary_out_grounds import PreliminaryOutGrounds
from .problem import Problem
from .problem_code import ProblemCode
from .provided_by import ProvidedBy
from .public_filing_receipt import PublicFilingReceipt
from .public_report_in import PublicReportIn
from .public_report_in_violation_type_type_0 import PublicReportInViolationTypeType0
from .public_row import PublicRow
from .public_rules import PublicRules
from .public_statistics import PublicStatistics
from .question_answer import QuestionAnswer
from .readiness import Readiness
from .receipt_in import ReceiptIn
from .receipt_lookup_in import ReceiptLookupIn
from .receipt_status import ReceiptStatus
from .reclassification_in import ReclassificationIn
from .reclassification_in_violation_type_type_0 import ReclassificationInViolationTypeType0
from .recommendation_in import RecommendationIn
from .recommendation_in_forward_to_item import RecommendationInForwardToItem
from .recommendation_in_kind import RecommendationInKind
from .recommendation_out import RecommendationOut
from .recompute_in import RecomputeIn
from .recompute_out import RecomputeOut
from .recomputed_clock import RecomputedClock
from .regime import Regime
from .register_book_in import RegisterBookIn
from .registration_in import RegistrationIn
from .rejection_in import RejectionIn
from .rejection_in_reasons_item import RejectionInReasonsItem
from .release_in import ReleaseIn
from .rendition import Rendition
from .rendition_format import RenditionFormat
from .report_create import ReportCreate
from .report_create_violation_type_type_0 import ReportCreateViolationTypeType0
from .report_created import ReportCreated
from .report_created_stage_set_by import ReportCreatedStageSetBy
from .report_deadline_list import ReportDeadlineList
from .report_kind import ReportKind
from .report_out import ReportOut
from .report_out_stage_set_by import ReportOutStageSetBy
from .report_page import ReportPage
from .report_status import ReportStatus
from .report_summary import ReportSummary
from .reported_party_in import ReportedPartyIn
from .reported_party_out import ReportedPartyOut
from .reported_party_type import ReportedPartyType
from .reporter_category import ReporterCategory
from .reporter_in import ReporterIn
from .reporter_in_category import ReporterInCategory
from .reporter_out import ReporterOut
from .reports_export_format import ReportsExportFormat
from .reports_export_queue_format import ReportsExportQueueFormat
from .request_error import RequestError
from .result_in import ResultIn
from .reveal_in import RevealIn
from .revealed_identity import RevealedIdentity
from .revealed_person import RevealedPerson
from .role import Role
from .rule_compliance import RuleCompliance
from .rule_out import RuleOut
from .rules_admissibility_out import RulesAdmissibilityOut
from .rules_admissibility_out_policy_overrides import RulesAdmissibilityOutPolicyOverrides
from .rules_classification_regime_type_0 import RulesClassificationRegimeType0
from .rules_deadline_out import RulesDeadlineOut
from .rules_deadline_out_policy_overrides import RulesDeadlineOutPolicyOverrides
from .rules_evidence_in import RulesEvidenceIn
from .rules_failure_out import RulesFailureOut
from .rules_forms_correct_regime import RulesFormsCorrectRegime
from .rules_forms_list_regime_type_0 import RulesFormsListRegimeType0
from .rules_incident_in import RulesIncidentIn
from .rules_reported_party_in import RulesReportedPartyIn
from .rules_reporter_in import RulesReporterIn
from .rules_signature_in import RulesSignatureIn
from .rules_stage_out import RulesStageOut
from .rules_witness_in import RulesWitnessIn
from .ruleset_list import RulesetList
from .ruleset_out import RulesetOut
from .ruleset_out_policy_overrides import RulesetOutPolicyOverrides
from .scan_status import ScanStatus
from .scope import Scope
from .sensitivity_in import SensitivityIn
from .session_mode import SessionMode
from .session_status import SessionStatus
from .signature_in import SignatureIn
from .signed_scan import SignedScan
from .signed_scan_in import SignedScanIn
from .skipped_clock import SkippedClock
from .skipped_clock_why import SkippedClockWhy
from .stage_in import StageIn
from .stage_name import StageName
from .stage_out import StageOut
from .stage_window_out import StageWindowOut
from .stages_in import StagesIn
from .statistics import Statistics
from .stats import Stats
from .stats_scope import StatsScope
from .subject_out import SubjectOut
from .supersede_in import SupersedeIn
from .supersession_in import SupersessionIn
from .timeline import Timeline
from .timeline_event import TimelineEvent
from .timeline_event_changes import TimelineEventChanges
from .token_out import TokenOut
from .totals import Totals
from .trace_entry import TraceEntry
from .transfer_in import TransferIn
from .unit import Unit
from .upload_create import UploadCreate
from .upload_out import UploadOut
from .upload_status import UploadStatus
from .user_create import UserCreate
from .user_out import UserOut
from .user_page import UserPage
from .verdict import Verdict
from .violation_category import ViolationCategory
from .webhook_create import WebhookCreate
from .webhook_created import WebhookCreated
from .webhook_out import WebhookOut
from .webhook_page import WebhookPage
from .week_point import WeekPoint
from .window_out import WindowOut
from .withdraw_in import WithdrawIn
from .withdrawal_in import WithdrawalIn
from .witness_in import WitnessIn
from .witness_out import WitnessOut
from .workload_out import WorkloadOut
from .year_calendar import YearCalendar
from .zone import Zone

__all__ = (
    "AccessEntry",
    "AccessLog",
    "AdmissibilityOut",
    "AdmissibilityOutPolicyOverrides",
    "AdmissibilityRequest",
    "AdmissibilityRequestKind",
    "AdmissibilityRequestViolationTypeType0",
    "Agenda",
    "AgendaItem",
    "AnalysisHistory",
    "AnalysisIn",
    "AnalysisOut",
    "AnalysisStatus",
    "Announcement",
    "AnnouncementIn",
    "AnnouncementPage",
    "AssigneeOut",
    "AssignmentIn",
    "AssignmentRole",
    "AssignmentsOut",
    "AttemptOut",
    "Attendance",
    "AuthJwksResponseAuthJwks",
    "AuthRevokeForm",
    "AuthTokenForm",
    "Bucket",
    "CancellationIn",
    "ChainVerification",
    "ChangeItem",
    "ChangeKind",
    "ChangeOperation",
    "ChangesPage",
    "Channel",
    "ClarificationSessionIn",
    "ClarificationSessionList",
    "ClarificationSessionOut",
    "ClarificationSessionOutForms",
    "ClassificationIn",
    "ClassificationOut",
    "ClassificationOutRegime",
    "ClientCreate",
    "ClientCreated",
    "ClientList",
    "ClientOut",
    "ClockOut",
    "CompletionIn",
    "CompletionRequestIn",
    "Confidence",
    "CorrectionIn",
    "Count",
    "Custody",
    "CustodyEventOut",
    "CustodyEventOutDetails",
    "DateWindowIn",
    "DeadlineOut",
    "DeadlineOutPolicyOverrides",
    "DeadlineOverrideIn",
    "DeadlineOverrideInStatusType0",
    "DeadlinePage",
    "DeadlineRequest",
    "DeadlineStatus",
    "DecisionIn",
    "DeliveryOut",
    "DeliveryPage",
    "DeliveryStatus",
    "Dictionary",
    "DictionaryEntry",
    "DisableIn",
    "DiscussionIn",
    "DiscussionInConclusion",
    "DiscussionOut",
    "DocumentList",
    "DocumentOut",
    "DocumentOutDataClassItem",
    "DocumentOutFacts",
    "DocumentRequestOut",
    "DocumentRequestOutStatus",
    "DocumentsContentFormat",
    "DocumentsPreviewKind",
    "DossierIn",
    "DossierItemOut",
    "DossierOut",
    "DossierTick",
    "DossierTickCode",
    "Durations",
    "ElectionCreate",
    "ElectionList",
    "ElectionOut",
    "ElectionUpdate",
    "EventType",
    "EvidenceCategory",
    "EvidenceChannel",
    "EvidenceForm",
    "EvidenceIn",
    "EvidenceInKind",
    "EvidenceLinkIn",
    "EvidenceList",
    "EvidenceOut",
    "EvidenceRefIn",
    "EvidenceRefOut",
    "EvidenceStatus",
    "ExistingImport",
    "ExportOut",
    "ExportOutFilters",
    "ExportOutFormat",
    "ExportOutStatus",
    "ExtensionIn",
    "FailureOut",
    "FailureOutKind",
    "FieldProblem",
    "FinalIn",
    "FinalInOrdersItem",
    "FinalOut",
    "FirstCountedDay",
    "FormCorrectionIn",
    "FormCorrectionInDataClassType0Item",
    "FormCorrectionOut",
    "FormList",
    "FormOut",
    "FormOutConfidence",
    "FormOutDataClassItem",
    "FormOutRegime",
    "ForwardingIn",
    "ForwardingInTo",
    "GakkumduOut",
    "HandoverIn",
    "HearingAttendance",
    "HearingOut",
    "HearingSessionIn",
    "HearingSessionInAgenda",
    "HearingSessionOut",
    "ImportBatchIn",
    "ImportBatchInItemsItem",
    "ImportBatchOut",
    "ImportItemResult",
    "ImportItemResultStatus",
    "ImportJobOut",
    "ImportJobOutFormat",
    "ImportJobOutStatus",
    "ImportsJobsCreateForm",
    "ImportsTemplateFormat",
    "IncidentIn",
    "IntakeWitnessOut",
    "InvitationChannel",
    "InvitationOut",
    "InvitationRuleOut",
    "InvitationRuleOutPolicy",
    "InviteeIn",
    "InviteeOut",
    "InviteeOutMinutesType0",
    "InviteeRole",
    "IssueIn",
    "IssueInKind",
    "Kind",
    "KpuAcknowledgementIn",
    "KpuFollowUpIn",
    "KpuForwardingOut",
    "KpuForwardingPage",
    "KpuForwardingStatus",
    "Label",
    "Labels",
    "LetterheadIn",
    "LetterheadOut",
    "LinkIn",
    "LinkKind",
    "LinkList",
    "LinkOut",
    "LinkOutDirection",
    "LinkOutKindOfCase",
    "Liveness",
    "MigrationState",
    "MinutesIn",
    "MyCase",
    "MyCasesPage",
    "NextDue",
    "NonWorkingDay",
    "Oath",
    "OfficeCreate",
    "OfficeLevel",
    "OfficeOut",
    "OfficePage",
    "OfficerLoad",
    "OfficeRow",
    "OfficeUpdate",
    "Official",
    "OnlineGround",
    "OnlineIn",
    "OnlineOut",
    "Outcome",
    "OutcomeIn",
    "OverrideAction",
    "OverrideIn",
    "OverrideInCategoryType0",
    "OverrideList",
    "OverrideOut",
    "PanelIn",
    "PanelOut",
    "Participant",
    "ParticipantInstitution",
    "PartyIn",
    "PartyInRole",
    "PartyOut",
    "PasswordReset",
    "PeriodicReportIn",
    "PersonIn",
    "PersonList",
    "PersonOut",
    "PersonPatch",
    "PersonRevealIn",
    "PersonRole",
    "PhysicalIn",
    "PhysicalInCategory",
    "PhysicalReceipt",
    "PlenaryIn",
    "PlenaryList",
    "PlenaryMemberIn",
    "PlenaryMemberInRole",
    "PlenaryMemberOut",
    "PlenaryOut",
    "PoliceReportIn",
    "PoliceReportInComplainant",
    "PoliceReportOut",
    "Policies",
    "PoliciesClarificationInvitationDay",
    "PoliciesCompletionStartWithoutNotice",
    "PoliciesDayDeadlineEnds",
    "PoliciesNikRegionMismatch",
    "PoliciesReceptionDays",
    "PolicyDetail",
    "PolicyDetailConfidence",
    "PolicyDetailKind",
    "PolicyDetailSource",
    "PolicyList",
    "PolicyOut",
    "PolicyOutConfidence",
    "PolicyOutKind",
    "PolicyOutSource",
    "PolicyResetIn",
    "PolicySetIn",
    "PolicySettingOut",
    "PreliminaryIn",
    "PreliminaryInformationIn",
    "PreliminaryInGrounds",
    "PreliminaryOut",
    "PreliminaryOutGrounds",
    "Problem",
    "ProblemCode",
    "ProvidedBy",
    "PublicFilingReceipt",
    "PublicReportIn",
    "PublicReportInViolationTypeType0",
    "PublicRow",
    "PublicRules",
    "PublicStatistics",
    "QuestionAnswer",
    "Readiness",
    "ReceiptIn",
    "ReceiptLookupIn",
    "ReceiptStatus",
    "ReclassificationIn",
    "ReclassificationInViolationTypeType0",
    "RecommendationIn",
    "RecommendationInForwardToItem",
    "RecommendationInKind",
    "RecommendationOut",
    "RecomputedClock",
    "RecomputeIn",
    "RecomputeOut",
    "Regime",
    "RegisterBookIn",
    "RegistrationIn",
    "RejectionIn",
    "RejectionInReasonsItem",
    "ReleaseIn",
    "Rendition",
    "RenditionFormat",
    "ReportCreate",
    "ReportCreated",
    "ReportCreatedStageSetBy",
    "ReportCreateViolationTypeType0",
    "ReportDeadlineList",
    "ReportedPartyIn",
    "ReportedPartyOut",
    "ReportedPartyType",
    "ReporterCategory",
    "ReporterIn",
    "ReporterInCategory",
    "ReporterOut",
    "ReportKind",
    "ReportOut",
    "ReportOutStageSetBy",
    "ReportPage",
    "ReportsExportFormat",
    "ReportsExportQueueFormat",
    "ReportStatus",
    "ReportSummary",
    "RequestError",
    "ResultIn",
    "RevealedIdentity",
    "RevealedPerson",
    "RevealIn",
    "Role",
    "RuleCompliance",
    "RuleOut",
    "RulesAdmissibilityOut",
    "RulesAdmissibilityOutPolicyOverrides",
    "RulesClassificationRegimeType0",
    "RulesDeadlineOut",
    "RulesDeadlineOutPolicyOverrides",
    "RulesetList",
    "RulesetOut",
    "RulesetOutPolicyOverrides",
    "RulesEvidenceIn",
    "RulesFailureOut",
    "RulesFormsCorrectRegime",
    "RulesFormsListRegimeType0",
    "RulesIncidentIn",
    "RulesReportedPartyIn",
    "RulesReporterIn",
    "RulesSignatureIn",
    "RulesStageOut",
    "RulesWitnessIn",
    "ScanStatus",
    "Scope",
    "SensitivityIn",
    "SessionMode",
    "SessionStatus",
    "SignatureIn",
    "SignedScan",
    "SignedScanIn",
    "SkippedClock",
    "SkippedClockWhy",
    "StageIn",
    "StageName",
    "StageOut",
    "StagesIn",
    "StageWindowOut",
    "Statistics",
    "Stats",
    "StatsScope",
    "SubjectOut",
    "SupersedeIn",
    "SupersessionIn",
    "Timeline",
    "TimelineEvent",
    "TimelineEventChanges",
    "TokenOut",
    "Totals",
    "TraceEntry",
    "TransferIn",
    "Unit",
    "UploadCreate",
    "UploadOut",
    "UploadStatus",
    "UserCreate",
    "UserOut",
    "UserPage",
    "Verdict",
    "ViolationCategory",
    "WebhookCreate",
    "WebhookCreated",
    "WebhookOut",
    "WebhookPage",
    "WeekPoint",
    "WindowOut",
    "WithdrawalIn",
    "WithdrawIn",
    "WitnessIn",
    "WitnessOut",
    "WorkloadOut",
    "YearCalendar",
    "Zone",
)
