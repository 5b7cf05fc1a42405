from enum import StrEnum

class Unit(StrEnum):
    CALENDAR_DAY = "calendar_day"
    HOURS = "hours"
    WORKING_DAY = "working_day"

    def __str__(self) -> str:
        return str(self.value)
