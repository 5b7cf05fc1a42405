from enum import StrEnum

class Role(StrEnum):
    ADMIN = "admin"
    COMMISSIONER = "commissioner"
    HANDLER = "handler"
    VIEWER = "viewer"

    def __str__(self) -> str:
        return str(self.value)
