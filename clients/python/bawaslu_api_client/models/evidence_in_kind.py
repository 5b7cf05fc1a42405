from enum import StrEnum

class EvidenceInKind(StrEnum):
    AUDIO = "audio"
    DOCUMENT = "document"
    OBJECT = "object"
    OTHER = "other"
    PHOTO = "photo"
    STORAGE_MEDIA = "storage_media"
    VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)
