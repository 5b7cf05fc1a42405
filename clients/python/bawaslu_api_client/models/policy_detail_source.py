from enum import StrEnum

class PolicyDetailSource(StrEnum):
    DEFAULT = "default"
    DEPLOYMENT = "deployment"

    def __str__(self) -> str:
        return str(self.value)
