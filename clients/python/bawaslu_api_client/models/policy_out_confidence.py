from enum import StrEnum

class PolicyOutConfidence(StrEnum):
    HIGH = "HIGH"
    LOW = "LOW"
    MED = "MED"

    def __str__(self) -> str:
        return str(self.value)
