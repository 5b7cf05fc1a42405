from enum import StrEnum

class StageName(StrEnum):
    CAMPAIGN = "campaign"
    CANDIDATE_LIST_SET = "candidate_list_set"
    CANDIDATE_PAIRS_SET = "candidate_pairs_set"
    COUNTING = "counting"
    NATIONAL_RESULT = "national_result"
    QUIET_PERIOD = "quiet_period"
    RECAPITULATION = "recapitulation"
    VOTING = "voting"

    def __str__(self) -> str:
        return str(self.value)
