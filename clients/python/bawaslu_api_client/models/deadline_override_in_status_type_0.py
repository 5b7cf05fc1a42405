from enum import StrEnum

class DeadlineOverrideInStatusType0(StrEnum):
    MET = "met"
    MISSED = "missed"
    PENDING = "pending"
    WAIVED = "waived"

    def __str__(self) -> str:
        return str(self.value)
