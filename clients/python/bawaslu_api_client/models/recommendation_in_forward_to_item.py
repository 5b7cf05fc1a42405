from enum import StrEnum

class RecommendationInForwardToItem(StrEnum):
    AGENCY = "agency"
    DKPP = "dkpp"
    KPU = "kpu"
    POLICE = "police"

    def __str__(self) -> str:
        return str(self.value)
