from enum import StrEnum

class ScanStatus(StrEnum):
    CLEAN = "clean"
    ERROR = "error"
    INFECTED = "infected"
    NOT_SCANNED = "not_scanned"

    def __str__(self) -> str:
        return str(self.value)
