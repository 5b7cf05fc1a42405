from enum import StrEnum

class OverrideInCategoryType0(StrEnum):
    CUTI_BERSAMA = "cuti_bersama"
    LIBUR_NASIONAL = "libur_nasional"
    LIBUR_PEMILIHAN = "libur_pemilihan"

    def __str__(self) -> str:
        return str(self.value)
