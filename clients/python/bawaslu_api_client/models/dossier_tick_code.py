from enum import StrEnum

class DossierTickCode(StrEnum):
    ANALYSIS = "analysis"
    CLARIFICATION_MINUTES = "clarification_minutes"
    CONTENTS_LIST = "contents_list"
    COVER_LETTER = "cover_letter"
    DISCUSSION_MINUTES = "discussion_minutes"
    EVIDENCE = "evidence"
    EVIDENCE_LIST = "evidence_list"
    INQUIRY_ADMIN = "inquiry_admin"
    INQUIRY_ASSIGNMENT = "inquiry_assignment"
    INQUIRY_REPORT = "inquiry_report"
    INVITATIONS = "invitations"
    REPORTED_LIST = "reported_list"
    REPORT_FORM = "report_form"
    WITNESS_LIST = "witness_list"

    def __str__(self) -> str:
        return str(self.value)
