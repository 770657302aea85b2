from enum import StrEnum

class PlanTask(StrEnum):
    ADMINISTRATION_BY_LAW = "administration_by_law"
    CARE_ACTION = "care_action"
    FLOATING_POPULATION = "floating_population"
    INTEGRITY_ASSOCIATION = "integrity_association"
    INTEREST_ORIENTATION = "interest_orientation"
    LEADERSHIP = "leadership"
    MIGRANT_DEMONSTRATION = "migrant_demonstration"
    NETWORK = "network"
    PUBLICITY = "publicity"
    PUBLICITY_DEMONSTRATION = "publicity_demonstration"
    QUALITY_SERVICES = "quality_services"
    QUALITY_SERVICE_ACTION = "quality_service_action"
    SUNSHINE_ACTION = "sunshine_action"

    def __str__(self) -> str:
        return str(self.value)
