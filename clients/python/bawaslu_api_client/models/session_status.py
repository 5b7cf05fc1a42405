from enum import StrEnum

class SessionStatus(StrEnum):
    CANCELLED = "cancelled"
    HELD = "held"
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)
