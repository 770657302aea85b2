from enum import StrEnum

class ImportStatus(StrEnum):
    DONE = "done"
    QUEUED = "queued"
    REJECTED = "rejected"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)
