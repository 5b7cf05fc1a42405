from enum import StrEnum

class DocumentsContentFormat(StrEnum):
    PDF = "pdf"
    XLSX = "xlsx"

    def __str__(self) -> str:
        return str(self.value)
