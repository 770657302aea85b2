from enum import StrEnum

class EligibilityRule(StrEnum):
    ONE_CHILD_AWARD = "one_child_award"
    RURAL_REWARD_SUPPORT = "rural_reward_support"
    SPECIAL_SUPPORT_DEATH = "special_support_death"
    SPECIAL_SUPPORT_DISABILITY = "special_support_disability"
    STREET_SPECIAL_ASSISTANCE = "street_special_assistance"

    def __str__(self) -> str:
        return str(self.value)
