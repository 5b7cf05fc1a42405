from enum import StrEnum

class AdmissibilityRequestKind(StrEnum):
    FINDING = "finding"
    REPORT = "report"

    def __str__(self) -> str:
        return str(self.value)
