from enum import StrEnum

class PoliciesDayDeadlineEnds(StrEnum):
    CLOSING_TIME = "closing_time"
    END_OF_DAY = "end_of_day"

    def __str__(self) -> str:
        return str(self.value)
