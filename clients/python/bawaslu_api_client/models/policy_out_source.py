from enum import StrEnum

class PolicyOutSource(StrEnum):
    DEFAULT = "default"
    DEPLOYMENT = "deployment"

    def __str__(self) -> str:
        return str(self.value)
