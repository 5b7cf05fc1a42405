from enum import StrEnum

class ChangeOperation(StrEnum):
    DELETED = "deleted"
    GONE = "gone"
    UPSERT = "upsert"

    def __str__(self) -> str:
        return str(self.value)
