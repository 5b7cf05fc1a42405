from enum import StrEnum

class Channel(StrEnum):
    IMPORT = "import"
    MOBILE = "mobile"
    ONLINE = "online"
    WALK_IN = "walk_in"

    def __str__(self) -> str:
        return str(self.value)
