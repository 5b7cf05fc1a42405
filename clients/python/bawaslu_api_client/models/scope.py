from enum import StrEnum

class Scope(StrEnum):
    IMPORTSWRITE = "imports:write"
    KPUFOLLOWUP = "kpu:followup"
    REPORTSREAD = "reports:read"
    REPORTSWRITE = "reports:write"
    WEBHOOKSMANAGE = "webhooks:manage"

    def __str__(self) -> str:
        return str(self.value)
