from enum import StrEnum

class FinalInOrdersItem(StrEnum):
    CORRECTIVE_ORDER = "corrective_order"
    EXCLUSION_FROM_STAGE = "exclusion_from_stage"
    OTHER = "other"
    WRITTEN_WARNING = "written_warning"

    def __str__(self) -> str:
        return str(self.value)
