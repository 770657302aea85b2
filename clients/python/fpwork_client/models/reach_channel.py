from enum import StrEnum

class ReachChannel(StrEnum):
    BROADCAST = "broadcast"
    DOOR_TO_DOOR = "door_to_door"
    ON_SITE = "on_site"
    OTHER = "other"
    PUBLICITY_BOARD = "publicity_board"
    SMS = "sms"
    WECHAT = "wechat"

    def __str__(self) -> str:
        return str(self.value)
