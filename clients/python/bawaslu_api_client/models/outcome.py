from enum import StrEnum

class Outcome(StrEnum):
    NOT_VIOLATION = "not_violation"
    VIOLATION = "violation"

    def __str__(self) -> str:
        return str(self.value)
