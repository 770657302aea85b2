from enum import StrEnum

class ReasonCode(StrEnum):
    AREA_HAS_NO_FIGURES = "area_has_no_figures"
    BENEFICIARY_DIED = "beneficiary_died"
    BENEFICIARY_LEFT_STREET = "beneficiary_left_street"
    BENEFICIARY_MOVED_OUT = "beneficiary_moved_out"
    BENEFICIARY_NOT_ACTIVE = "beneficiary_not_active"
    CHILD_ADOPTED = "child_adopted"
    CHILD_BORN = "child_born"
    ENROLMENT_ENDED_ON = "enrolment_ended_on"
    ENROLMENT_NOT_ACTIVE = "enrolment_not_active"
    ENROLMENT_STARTS_LATER = "enrolment_starts_later"
    ENTERED_BY_STREET = "entered_by_street"
    FIGURE_CODE_INVALID = "figure_code_invalid"
    FIGURE_UNKNOWN = "figure_unknown"
    FLAGGED_FOR_REVIEW = "flagged_for_review"
    NOT_CONFIRMED_BY_DEADLINE = "not_confirmed_by_deadline"
    NOT_PAID_BY_DECISION = "not_paid_by_decision"
    NOT_REPORTED = "not_reported"
    NO_CASES = "no_cases"
    OBJECTION_UPHELD = "objection_upheld"
    PAID_BY_PREVIOUS_SYSTEM = "paid_by_previous_system"
    PAID_IN_EXCLUSIVE_GROUP = "paid_in_exclusive_group"
    REPLACED_BY_HIGHER_PROGRAM = "replaced_by_higher_program"
    REPLACED_BY_HIGHER_PROGRAM_ON_IMPORT = "replaced_by_higher_program_on_import"
    REVERIFICATION_FAILED = "reverification_failed"
    REVERIFICATION_NOT_CONFIRMED = "reverification_not_confirmed"
    WITHDRAWN_BY_APPLICANT = "withdrawn_by_applicant"

    def __str__(self) -> str:
        return str(self.value)
