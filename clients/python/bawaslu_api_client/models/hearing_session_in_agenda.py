from enum import StrEnum

class HearingSessionInAgenda(StrEnum):
    ANSWER = "answer"
    CONCLUSIONS = "conclusions"
    EVIDENCE = "evidence"
    FINAL_DECISION = "final_decision"
    PRELIMINARY_DECISION = "preliminary_decision"
    PRELIMINARY_EXAMINATION = "preliminary_examination"
    REPORT_READING = "report_reading"
    WITNESSES_EXPERTS = "witnesses_experts"

    def __str__(self) -> str:
        return str(self.value)
