from enum import StrEnum

class OnlineGround(StrEnum):
    DISASTER = "disaster"
    FACILITIES = "facilities"
    GEOGRAPHY = "geography"
    SECURITY = "security"

    def __str__(self) -> str:
        return str(self.value)
