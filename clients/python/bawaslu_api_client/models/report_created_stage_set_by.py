from enum import StrEnum

class ReportCreatedStageSetBy(StrEnum):
    DERIVED = "derived"
    OFFICER = "officer"

    def __str__(self) -> str:
        return str(self.value)
