from enum import StrEnum

class ReasonCode(StrEnum):
    AREA_HAS_NO_FIGURES = "area_has_no_figures"
    BENEFICIARY_DIED = "beneficiary_died"
    BENEFICIARY_LEFT_STREET = "beneficiary_left_street"
    BENEFICIARY_MOVED_OUT = "beneficiary_moved_out"
    CHILD_ADOPTED = "child_adopted"
    CHILD_BORN = "child_born"
    ENTERED_BY_STREET = "entered_by_street"
    FIGURE_CODE_INVALID = "figure_code_invalid"
    FIGURE_UNKNOWN = "figure_unknown"
    NOT_CONFIRMED_BY_DEADLINE = "not_confirmed_by_deadline"
    NOT_REPORTED = "not_reported"
    NO_CASES = "no_cases"
    OBJECTION_UPHELD = "objection_upheld"
    REPLACED_BY_HIGHER_PROGRAM = "replaced_by_higher_program"
    REPLACED_BY_HIGHER_PROGRAM_ON_IMPORT = "replaced_by_higher_program_on_import"
    REVERIFICATION_FAILED = "reverification_failed"
    REVERIFICATION_NOT_CONFIRMED = "reverification_not_confirmed"
    WITHDRAWN_BY_APPLICANT = "withdrawn_by_applicant"

    def __str__(self) -> str:
        return str(self.value)
