from enum import StrEnum

class PoliciesNikRegionMismatch(StrEnum):
    IGNORE = "ignore"
    INCOMPLETE = "incomplete"
    NOT_ELIGIBLE = "not_eligible"

    def __str__(self) -> str:
        return str(self.value)
