from enum import StrEnum

class PolicyDetailKind(StrEnum):
    BOOL = "bool"
    CHOICE = "choice"
    DATE = "date"
    DURATION = "duration"
    INT = "int"

    def __str__(self) -> str:
        return str(self.value)
