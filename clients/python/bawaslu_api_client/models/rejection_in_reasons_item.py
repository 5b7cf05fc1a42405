from enum import StrEnum

class RejectionInReasonsItem(StrEnum):
    COMPLETION_EXPIRED = "completion_expired"
    INCOMPLETE = "incomplete"
    LATE = "late"
    NOT_ELECTION_MATTER = "not_election_matter"
    NOT_ELIGIBLE = "not_eligible"
    OTHER = "other"

    def __str__(self) -> str:
        return str(self.value)
