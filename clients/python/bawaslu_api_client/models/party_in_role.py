from enum import StrEnum

class PartyInRole(StrEnum):
    EXPERT = "expert"
    FINDER = "finder"
    OTHER = "other"
    REPORTED_PARTY = "reported_party"
    REPORTER = "reporter"
    WITNESS = "witness"

    def __str__(self) -> str:
        return str(self.value)
