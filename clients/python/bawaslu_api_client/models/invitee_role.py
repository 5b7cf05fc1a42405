from enum import StrEnum

class InviteeRole(StrEnum):
    EXPERT = "expert"
    REPORTED_PARTY = "reported_party"
    REPORTER = "reporter"
    WITNESS = "witness"

    def __str__(self) -> str:
        return str(self.value)
