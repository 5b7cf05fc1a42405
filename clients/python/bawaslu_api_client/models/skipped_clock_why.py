from enum import StrEnum

class SkippedClockWhy(StrEnum):
    NOT_COMPUTABLE = "not_computable"
    OVERRIDDEN = "overridden"

    def __str__(self) -> str:
        return str(self.value)
