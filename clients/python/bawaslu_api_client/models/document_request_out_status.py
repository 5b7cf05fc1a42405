from enum import StrEnum

class DocumentRequestOutStatus(StrEnum):
    DONE = "done"
    FAILED = "failed"
    QUEUED = "queued"

    def __str__(self) -> str:
        return str(self.value)
