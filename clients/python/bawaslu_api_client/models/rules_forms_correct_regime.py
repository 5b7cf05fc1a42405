from enum import StrEnum

class RulesFormsCorrectRegime(StrEnum):
    PEMILIHAN = "pemilihan"
    PEMILU = "pemilu"

    def __str__(self) -> str:
        return str(self.value)
