from enum import StrEnum

class RecommendationInKind(StrEnum):
    FORWARD = "forward"
    NOT_VIOLATION = "not_violation"
    OTHER = "other"
    SANCTION = "sanction"

    def __str__(self) -> str:
        return str(self.value)
