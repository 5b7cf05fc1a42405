from enum import StrEnum

class PersonRole(StrEnum):
    EXPERT = "expert"
    WITNESS = "witness"

    def __str__(self) -> str:
        return str(self.value)
