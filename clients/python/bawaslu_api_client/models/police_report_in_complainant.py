from enum import StrEnum

class PoliceReportInComplainant(StrEnum):
    REPORTER = "reporter"
    SUPERVISOR = "supervisor"

    def __str__(self) -> str:
        return str(self.value)
