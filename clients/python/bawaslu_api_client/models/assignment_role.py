from enum import StrEnum

class AssignmentRole(StrEnum):
    CLARIFIER = "clarifier"
    HANDLER = "handler"
    TEAM = "team"

    def __str__(self) -> str:
        return str(self.value)
