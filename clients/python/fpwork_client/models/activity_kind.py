from enum import StrEnum

class ActivityKind(StrEnum):
    CONSULTATION_BOOTH = "consultation_booth"
    DOOR_TO_DOOR = "door_to_door"
    EXHIBITION = "exhibition"
    LECTURE = "lecture"
    ONLINE_POST = "online_post"

    def __str__(self) -> str:
        return str(self.value)
