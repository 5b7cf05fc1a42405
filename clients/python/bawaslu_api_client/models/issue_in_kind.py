from enum import StrEnum

class IssueInKind(StrEnum):
    ANALYSIS = "analysis"
    ANNOUNCEMENT = "announcement"
    CLARIFICATION_MINUTES = "clarification_minutes"
    COMPLETION_NOTICE = "completion_notice"
    EXPERT_OATH_MINUTES = "expert_oath_minutes"
    FINDING_FORM = "finding_form"
    FORWARD_DKPP = "forward_dkpp"
    FORWARD_KPU = "forward_kpu"
    FORWARD_OTHER = "forward_other"
    FORWARD_POLICE = "forward_police"
    INVITATION = "invitation"
    OATH_MINUTES = "oath_minutes"
    PLENARY_MINUTES = "plenary_minutes"
    RECEIPT = "receipt"
    REPORT_FORM = "report_form"
    REVIEW_RESULT = "review_result"

    def __str__(self) -> str:
        return str(self.value)
