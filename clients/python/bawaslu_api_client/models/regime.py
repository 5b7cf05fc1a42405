from enum import StrEnum

class Regime(StrEnum):
    PEMILIHAN = "pemilihan"
    PEMILU = "pemilu"

    def __str__(self) -> str:
        return str(self.value)
