from enum import StrEnum

class UploadStatus(StrEnum):
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    EXPIRED = "expired"
    FAILED = "failed"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
