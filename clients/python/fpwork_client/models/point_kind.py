from enum import StrEnum

class PointKind(StrEnum):
    CLINIC = "clinic"
    COMMUNITY_STATION = "community_station"
    SELF_SERVICE_MACHINE = "self_service_machine"
    UNIT_STATION = "unit_station"

    def __str__(self) -> str:
        return str(self.value)
