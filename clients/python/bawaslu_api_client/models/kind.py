from enum import StrEnum

class Kind(StrEnum):
    ADVISORY = "advisory"
    FORMAL = "formal"
    MATERIAL = "material"

    def __str__(self) -> str:
        return str(self.value)
