from enum import StrEnum

class EvidenceCategory(StrEnum):
    AUDIO = "audio"
    DOCUMENT = "document"
    OBJECT = "object"
    PHOTO = "photo"
    STORAGE_MEDIA = "storage_media"
    VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)
