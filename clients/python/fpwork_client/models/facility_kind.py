from enum import StrEnum

class FacilityKind(StrEnum):
    CULTURAL_WALL = "cultural_wall"
    DISTRIBUTION_POINT = "distribution_point"
    PUBLICITY_BOARD = "publicity_board"
    PUBLICITY_SITE = "publicity_site"
    SERVICE_ROOM = "service_room"
    SERVICE_STATION = "service_station"

    def __str__(self) -> str:
        return str(self.value)
