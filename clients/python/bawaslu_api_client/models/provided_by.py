from enum import StrEnum

class ProvidedBy(StrEnum):
    OFFICE = "office"
    REPORTER = "reporter"

    def __str__(self) -> str:
        return str(self.value)
