from enum import StrEnum

class Oath(StrEnum):
    REFUSED = "refused"
    TAKEN = "taken"

    def __str__(self) -> str:
        return str(self.value)
