from enum import StrEnum

class RulesFormsListRegimeType0(StrEnum):
    PEMILIHAN = "pemilihan"
    PEMILU = "pemilu"

    def __str__(self) -> str:
        return str(self.value)
