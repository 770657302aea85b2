from enum import StrEnum

class SignatoryRole(StrEnum):
    COUNTERPART = "counterpart"
    GOVERNMENT_LEADER = "government_leader"
    LEADER_IN_CHARGE = "leader_in_charge"
    PARTY_LEADER = "party_leader"

    def __str__(self) -> str:
        return str(self.value)
