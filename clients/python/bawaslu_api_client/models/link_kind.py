from enum import StrEnum

class LinkKind(StrEnum):
    DUPLICATE = "duplicate"
    JOINED = "joined"
    PRELIMINARY_INFORMATION = "preliminary_information"
    SAME_EVENT = "same_event"

    def __str__(self) -> str:
        return str(self.value)
