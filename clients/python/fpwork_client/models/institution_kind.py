from enum import StrEnum

class InstitutionKind(StrEnum):
    ASSOCIATION = "association"
    FUNDS_RULES = "funds_rules"
    LEADING_GROUP = "leading_group"
    OTHER_RULES = "other_rules"
    RESPONSIBILITY_SYSTEM = "responsibility_system"
    WORKING_BODY = "working_body"
    WORK_RULES = "work_rules"

    def __str__(self) -> str:
        return str(self.value)
