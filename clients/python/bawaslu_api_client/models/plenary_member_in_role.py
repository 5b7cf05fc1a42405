from enum import StrEnum

class PlenaryMemberInRole(StrEnum):
    CHAIR = "chair"
    MEMBER = "member"

    def __str__(self) -> str:
        return str(self.value)
