from enum import StrEnum

class ChangeKind(StrEnum):
    CASE = "case"
    CLOCK = "clock"
    EVENT = "event"
    EVIDENCE = "evidence"

    def __str__(self) -> str:
        return str(self.value)
