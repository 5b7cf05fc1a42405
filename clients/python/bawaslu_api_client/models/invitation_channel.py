from enum import StrEnum

class InvitationChannel(StrEnum):
    IN_PERSON = "in_person"
    SIGAPLAPOR = "sigaplapor"
    TELECOMMUNICATION = "telecommunication"

    def __str__(self) -> str:
        return str(self.value)
