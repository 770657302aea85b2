from enum import StrEnum

class Role(StrEnum):
    COMMUNITY_OFFICER = "community_officer"
    DISPENSER_DEVICE = "dispenser_device"
    DISTRICT_INTEGRATION = "district_integration"
    DISTRICT_OFFICER = "district_officer"
    STREET_ADMIN = "street_admin"
    STREET_OFFICER = "street_officer"
    UNIT_LIAISON = "unit_liaison"

    def __str__(self) -> str:
        return str(self.value)
