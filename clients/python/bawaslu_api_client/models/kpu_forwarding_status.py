from enum import StrEnum

class KpuForwardingStatus(StrEnum):
    ACKNOWLEDGED = "acknowledged"
    FOLLOWED_UP = "followed_up"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
