from enum import StrEnum

class ForwardingInTo(StrEnum):
    AGENCY = "agency"
    DKPP = "dkpp"
    KPU = "kpu"
    POLICE = "police"

    def __str__(self) -> str:
        return str(self.value)
