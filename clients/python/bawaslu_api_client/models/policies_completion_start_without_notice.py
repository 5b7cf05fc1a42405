from enum import StrEnum

class PoliciesCompletionStartWithoutNotice(StrEnum):
    INITIAL_REVIEW_DUE = "initial_review_due"
    RECEIPT = "receipt"

    def __str__(self) -> str:
        return str(self.value)
