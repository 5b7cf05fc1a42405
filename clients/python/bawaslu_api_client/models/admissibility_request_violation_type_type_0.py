from enum import StrEnum

class AdmissibilityRequestViolationTypeType0(StrEnum):
    ADMINISTRATIVE = "administrative"
    CRIMINAL = "criminal"
    ETHICS = "ethics"
    OTHER = "other"

    def __str__(self) -> str:
        return str(self.value)
