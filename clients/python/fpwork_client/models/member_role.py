from enum import StrEnum

class MemberRole(StrEnum):
    CHAIR = "chair"
    MEMBER = "member"
    SECRETARY = "secretary"
    VICE_CHAIR = "vice_chair"

    def __str__(self) -> str:
        return str(self.value)
