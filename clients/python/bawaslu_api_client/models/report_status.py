from enum import StrEnum

class ReportStatus(StrEnum):
    COMPLETION_REQUESTED = "completion_requested"
    DECIDED = "decided"
    FORWARDED = "forwarded"
    NOT_REGISTERED = "not_registered"
    RECEIVED = "received"
    REGISTERED = "registered"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
