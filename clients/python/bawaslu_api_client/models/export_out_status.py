from enum import StrEnum

class ExportOutStatus(StrEnum):
    DONE = "done"
    EXPIRED = "expired"
    FAILED = "failed"
    QUEUED = "queued"

    def __str__(self) -> str:
        return str(self.value)
