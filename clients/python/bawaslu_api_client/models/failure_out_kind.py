from enum import StrEnum

class FailureOutKind(StrEnum):
    FORMAL = "formal"
    MATERIAL = "material"

    def __str__(self) -> str:
        return str(self.value)
