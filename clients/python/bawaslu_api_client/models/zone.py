from enum import StrEnum

class Zone(StrEnum):
    ASIAJAKARTA = "Asia/Jakarta"
    ASIAJAYAPURA = "Asia/Jayapura"
    ASIAMAKASSAR = "Asia/Makassar"

    def __str__(self) -> str:
        return str(self.value)
