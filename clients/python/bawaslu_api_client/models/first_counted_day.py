from enum import StrEnum

class FirstCountedDay(StrEnum):
    DAY_AFTER_TRIGGER = "day_after_trigger"
    TRIGGER_DAY = "trigger_day"

    def __str__(self) -> str:
        return str(self.value)
