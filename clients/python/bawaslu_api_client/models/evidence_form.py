from enum import StrEnum

class EvidenceForm(StrEnum):
    DIGITAL = "digital"
    PHYSICAL = "physical"

    def __str__(self) -> str:
        return str(self.value)
