from enum import StrEnum

class DeadlineStatus(StrEnum):
    MET = "met"
    MISSED = "missed"
    PENDING = "pending"
    WAIVED = "waived"

    def __str__(self) -> str:
        return str(self.value)
