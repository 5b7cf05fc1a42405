from enum import StrEnum

class AnalysisStatus(StrEnum):
    APPROVED = "approved"
    DRAFT = "draft"
    FINAL = "final"
    SUPERSEDED = "superseded"

    def __str__(self) -> str:
        return str(self.value)
