from enum import StrEnum

class ReportKind(StrEnum):
    FINDING = "finding"
    REPORT = "report"

    def __str__(self) -> str:
        return str(self.value)
