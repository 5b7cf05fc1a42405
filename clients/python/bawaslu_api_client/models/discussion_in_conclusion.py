from enum import StrEnum

class DiscussionInConclusion(StrEnum):
    CRIME_INDICATED = "crime_indicated"
    FORWARD_TO_INVESTIGATION = "forward_to_investigation"
    FORWARD_TO_PROSECUTION = "forward_to_prosecution"
    NOT_INDICATED = "not_indicated"
    STOP = "stop"

    def __str__(self) -> str:
        return str(self.value)
