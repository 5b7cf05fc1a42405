from enum import StrEnum

class Verdict(StrEnum):
    INCOMPLETE = "incomplete"
    LATE = "late"
    NOT_ADMINISTRATIVE = "not_administrative"
    OUTSIDE_WINDOW = "outside_window"
    REGISTRABLE = "registrable"
    REPORTER_NOT_ELIGIBLE = "reporter_not_eligible"

    def __str__(self) -> str:
        return str(self.value)
