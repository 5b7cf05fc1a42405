from enum import StrEnum

class PoliciesReceptionDays(StrEnum):
    EVERY_DAY = "every_day"
    WORKING_DAYS = "working_days"

    def __str__(self) -> str:
        return str(self.value)
