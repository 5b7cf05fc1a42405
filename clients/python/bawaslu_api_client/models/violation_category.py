from enum import StrEnum

class ViolationCategory(StrEnum):
    ADMINISTRATIVE = "administrative"
    CRIME = "crime"
    ETHICS = "ethics"
    OTHER_LAW = "other_law"

    def __str__(self) -> str:
        return str(self.value)
