from enum import StrEnum

class EvidenceChannel(StrEnum):
    FIELD = "field"
    IMPORT = "import"
    MAIL = "mail"
    MOBILE = "mobile"
    ONLINE = "online"
    WALK_IN = "walk_in"

    def __str__(self) -> str:
        return str(self.value)
