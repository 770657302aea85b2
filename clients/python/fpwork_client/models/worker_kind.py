from enum import StrEnum

class WorkerKind(StrEnum):
    CADRE = "cadre"
    COMMUNITY_WORKER = "community_worker"
    INFORMANT = "informant"
    UNIT_LIAISON = "unit_liaison"
    VOLUNTEER = "volunteer"

    def __str__(self) -> str:
        return str(self.value)
