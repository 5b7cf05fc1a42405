from enum import StrEnum

class PoliciesClarificationInvitationDay(StrEnum):
    AS_DECISION_CLOCK = "as_decision_clock"
    CALENDAR_DAY = "calendar_day"
    WORKING_DAY = "working_day"

    def __str__(self) -> str:
        return str(self.value)
