from enum import StrEnum

class ReportedPartyType(StrEnum):
    CAMPAIGN_TEAM = "campaign_team"
    DPD_CANDIDATE = "dpd_candidate"
    DPRD_PROVINCE_CANDIDATE = "dprd_province_candidate"
    DPRD_REGENCY_CANDIDATE = "dprd_regency_candidate"
    DPR_CANDIDATE = "dpr_candidate"
    KPPS = "kpps"
    KPPSLN = "kppsln"
    KPU = "kpu"
    OTHER = "other"
    POLITICAL_PARTY = "political_party"
    PPK = "ppk"
    PPLN = "ppln"
    PPS = "pps"
    PRESIDENTIAL_CANDIDATE_PAIR = "presidential_candidate_pair"

    def __str__(self) -> str:
        return str(self.value)
