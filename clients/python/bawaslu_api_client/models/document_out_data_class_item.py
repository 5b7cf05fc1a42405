from enum import StrEnum

class DocumentOutDataClassItem(StrEnum):
    CONFIDENTIAL = "confidential"
    PERSONAL = "personal"
    PUBLIC = "public"

    def __str__(self) -> str:
        return str(self.value)
