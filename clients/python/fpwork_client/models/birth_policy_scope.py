from enum import StrEnum

class BirthPolicyScope(StrEnum):
    DISTRICT = "district"
    NATIONAL = "national"
    PROVINCE = "province"

    def __str__(self) -> str:
        return str(self.value)
