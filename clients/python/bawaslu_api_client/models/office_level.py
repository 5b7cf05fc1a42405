from enum import StrEnum

class OfficeLevel(StrEnum):
    CITY = "city"
    DISTRICT = "district"
    NATIONAL = "national"
    OVERSEAS = "overseas"
    POLLING_STATION = "polling_station"
    PROVINCE = "province"
    REGENCY = "regency"
    VILLAGE = "village"

    def __str__(self) -> str:
        return str(self.value)
