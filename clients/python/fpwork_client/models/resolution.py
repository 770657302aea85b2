from enum import StrEnum

class Resolution(StrEnum):
    KEEP_SERVER = "keep_server"
    USE_DEVICE = "use_device"

    def __str__(self) -> str:
        return str(self.value)
