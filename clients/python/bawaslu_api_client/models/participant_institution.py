from enum import StrEnum

class ParticipantInstitution(StrEnum):
    BAWASLU = "bawaslu"
    POLICE = "police"
    PROSECUTOR = "prosecutor"

    def __str__(self) -> str:
        return str(self.value)
