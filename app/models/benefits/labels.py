"""zh-CN and English labels for the enumerations of Task 3 (benefits)."""

import enum

from app.labels import register
from app.models.benefits.benefit import (
    ApplicationStatus,
    EligibilityRule,
    ProgramBasis,
    ProgramPayer,
    ProgramPeriod,
    ReviewDecision,
    ReviewLevel,
)
from app.models.benefits.enrolment import CheckStatus, EnrolmentSource, EnrolmentStatus, RoundStatus
from app.models.benefits.notice import ObjectionStatus
from app.models.benefits.payment import BatchStatus, LineKind, LineStatus
from app.models.benefits.recovery import RecoveryStatus, SettlementKind

register(
    "benefit_program_period",
    ProgramPeriod,
    {
        "monthly": ("按月", "Monthly"),
        "annual": ("按年", "Annual"),
        "one_off": ("一次性", "One-off"),
    },
)
register(
    "benefit_program_basis",
    ProgramBasis,
    {
        "per_family": ("每户", "Per family"),
        "per_person": ("每人", "Per person"),
    },
)
register(
    "benefit_program_payer",
    ProgramPayer,
    {
        "unit": ("所在单位（无单位的由街道）", "Employer unit (else the street)"),
        "street": ("街道", "Street"),
        "district": ("区", "District"),
    },
)
register(
    "benefit_program_rule",
    EligibilityRule,
    {
        "one_child_award": ("独生子女父母奖励", "One-child parents award"),
        "special_support_death": ("计划生育家庭特别扶助（死亡）", "Special support (child deceased)"),
        "special_support_disability": ("计划生育家庭特别扶助（伤残）", "Special support (child disabled)"),
        "street_special_assistance": ("街道特别救助项目", "Street special assistance"),
        "rural_reward_support": ("农村部分计划生育家庭奖励扶助", "Rural family planning reward support"),
    },
)
register(
    "benefit_application_status",
    ApplicationStatus,
    {
        "draft": ("草稿", "Draft"),
        "submitted": ("已提交（待社区审核）", "Submitted (community review)"),
        "returned": ("退回补正", "Returned for correction"),
        "in_notice": ("公示中（待街道审核）", "Public notice (street review)"),
        "street_approved": ("街道已审核（待区审批）", "Street approved (district approval)"),
        "enrolled": ("已纳入", "Enrolled"),
        "rejected": ("不予通过", "Rejected"),
        "withdrawn": ("已撤回", "Withdrawn"),
    },
)
register(
    "benefit_review_level",
    ReviewLevel,
    {
        "community": ("社区审核", "Community review"),
        "street": ("街道审核", "Street review"),
        "district": ("区级审批", "District approval"),
    },
)
register(
    "benefit_review_decision",
    ReviewDecision,
    {
        "approve": ("通过", "Approve"),
        "return": ("退回补正", "Return for correction"),
        "reject": ("不予通过", "Reject"),
    },
)
register(
    "benefit_enrolment_status",
    EnrolmentStatus,
    {
        "active": ("正常发放", "Active"),
        "suspended": ("暂停发放", "Suspended"),
        "ended": ("终止", "Ended"),
    },
)
register(
    "payment_batch_status",
    BatchStatus,
    {
        "generated": ("已生成", "Generated"),
        "street_approved": ("街道已审批（待区审批）", "Street approved (awaiting district)"),
        "approved": ("已审批", "Approved"),
        "paid": ("已发放", "Paid"),
    },
)
register(
    "notice_objection_status",
    ObjectionStatus,
    {
        "open": ("待处理", "Open"),
        "upheld": ("异议成立", "Upheld"),
        "dismissed": ("异议不成立", "Dismissed"),
    },
)
register(
    "reverification_check_status",
    CheckStatus,
    {
        "pending": ("待核查", "Pending"),
        "confirmed": ("已确认", "Confirmed"),
        "failed": ("未通过", "Failed"),
    },
)
register(
    "reverification_round_status",
    RoundStatus,
    {
        "open": ("进行中", "Open"),
        "closed": ("已结束", "Closed"),
    },
)
register(
    "benefit_enrolment_source",
    EnrolmentSource,
    {
        "application": ("申请审批纳入", "Through the application path"),
        "imported": ("存量导入", "Imported from existing rolls"),
        "joined": ("家庭另一方随案纳入", "The family's other parent, joined to its case"),
    },
)
register(
    "payment_line_status",
    LineStatus,
    {
        "included": ("待发放", "In the batch"),
        "paid": ("已发放", "Paid"),
        "returned": ("银行退回", "Returned by the bank"),
        "dropped": ("复核剔除", "Dropped at a re-check"),
    },
)
register(
    "payment_line_kind",
    LineKind,
    {
        "regular": ("正常发放", "Regular payment"),
        "difference": ("补发差额", "Difference (back pay of a raised standard)"),
    },
)
register(
    "benefit_recovery_status",
    RecoveryStatus,
    {
        "open": ("待追回", "Open (to recover)"),
        "refunded": ("已追回", "Refunded"),
        "written_off": ("已核销", "Written off"),
    },
)
register(
    "benefit_recovery_settlement_kind",
    SettlementKind,
    {
        "refund": ("退款", "Refund received"),
        "write_off": ("核销", "Write-off decision"),
    },
)


class EligibilityCriterion(enum.StrEnum):
    """The codes of the criteria an eligibility check answers (``criteria[].code``)."""

    mother_age = "mother_age"
    local_registration = "local_registration"
    only_one_child = "only_one_child"
    only_child_deceased = "only_child_deceased"
    no_living_child = "no_living_child"
    only_child_disability_grade = "only_child_disability_grade"
    honour_certificate = "honour_certificate"
    child_under_18 = "child_under_18"
    lives_in_street = "lives_in_street"
    rural_registration = "rural_registration"
    parent_age_60 = "parent_age_60"
    one_child_or_two_daughters = "one_child_or_two_daughters"
    not_already_enrolled = "not_already_enrolled"
    no_higher_support = "no_higher_support"


register(
    "eligibility_criterion",
    EligibilityCriterion,
    {
        "mother_age": ("女方年满49周岁", "Mother aged 49 or over"),
        "local_registration": ("本区户籍", "Registered in the district"),
        "only_one_child": ("只生育（收养）一个子女", "Only one child born or adopted"),
        "only_child_deceased": ("独生子女死亡", "The only child has died"),
        "no_living_child": ("现无存活子女", "No living child now"),
        "only_child_disability_grade": (
            "独生子女伤残等级（三级以上）",
            "Only child's disability grade (3 or worse)",
        ),
        "honour_certificate": ("持有独生子女父母光荣证", "Holds the one-child parents' honour certificate"),
        "child_under_18": ("子女未满18周岁", "Child under 18"),
        "lives_in_street": ("居住在本街道", "Lives in the street"),
        "rural_registration": ("农村户籍（村委会）", "Rural household registration (village committee)"),
        "parent_age_60": ("年满60周岁", "Aged 60 or over"),
        "one_child_or_two_daughters": ("只有一个子女或两个女孩", "One child or two daughters"),
        "not_already_enrolled": (
            "尚未纳入该项目（按人发放的项目指本人）",
            "Not already enrolled (per-person programs: this person)",
        ),
        "no_higher_support": ("未享受更高标准扶助", "No higher support received"),
    },
)


class ImportRefusal(enum.StrEnum):
    """Why a row of an import of existing rolls is refused (``refused[].code``); the last three a
    street may override with a reason, the others are errors in the row."""

    family_not_found = "family_not_found"
    not_a_parent = "not_a_parent"
    not_active_resident = "not_active_resident"
    in_future = "in_future"
    bad_paid_through = "bad_paid_through"
    ineligible = "ineligible"
    person_not_eligible = "person_not_eligible"
    exclusive_group = "exclusive_group"


OVERRIDABLE_REFUSALS = frozenset(
    {ImportRefusal.ineligible, ImportRefusal.person_not_eligible, ImportRefusal.exclusive_group}
)

register(
    "benefit_import_refusal",
    ImportRefusal,
    {
        "family_not_found": ("家庭不存在或不在管辖范围内", "Family not found in your area"),
        "not_a_parent": ("发放对象不是该家庭的父母", "The beneficiary is not a parent of the family"),
        "not_active_resident": ("发放对象不是在册常住居民", "The beneficiary is not an active resident"),
        "in_future": ("批准或起始日期晚于今天", "Approval or start lies in the future"),
        "bad_paid_through": ("已发至期间格式错误", "The last period paid is not written as the program's"),
        "ineligible": ("不符合项目条件", "Not eligible under the program's rules"),
        "person_not_eligible": ("本人不是规则规定的发放对象", "This person is not one the rule pays"),
        "exclusive_group": (
            "已享受同组互斥项目（两者不能同时享受）",
            "Already enrolled in a program of the same exclusive group",
        ),
    },
)
