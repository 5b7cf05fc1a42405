from enum import StrEnum

class ReporterInCategory(StrEnum):
    CANDIDATE = "candidate"
    CITIZEN = "citizen"
    MONITOR = "monitor"
    OTHER = "other"
    PARTICIPANT = "participant"
    REPRESENTATIVE = "representative"
    VOTER = "voter"

    def __str__(self) -> str:
        return str(self.value)
