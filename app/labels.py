"""zh-CN and English labels for every enumeration the API exposes (GET /meta/enums).

Feature modules register theirs with ``register``; a test checks that every value of every
registered enum has both labels.
"""

from __future__ import annotations

import enum

from app.authz import Role
from app.models.benefit import (
    ApplicationStatus,
    EligibilityRule,
    ProgramBasis,
    ProgramPayer,
    ProgramPeriod,
    ReviewDecision,
    ReviewLevel,
)
from app.models.benefit_enrolment import CheckStatus, EnrolmentStatus, RoundStatus
from app.models.benefit_notice import ObjectionStatus
from app.models.benefit_payment import BatchStatus
from app.models.calendar import CalendarDayKind
from app.models.contraceptive import ContraceptiveMethod, PointKind
from app.models.family import ChildStatus
from app.models.org import OrgKind
from app.models.partner import PartnerKind
from app.models.policy import PolicyCategory, PolicyStatus
from app.models.referral import ReferralPriority, ReferralStatus
from app.models.resident import MaritalStatus, ResidentStatus, Sex
from app.models.screening import RiskLevel, ScreeningKind
from app.models.service import IssuedDocument, MaterialForm, ServiceRequestState, ServiceSubject
from app.models.stock import DispenseChannel, MovementKind

ENUMS: dict[str, dict[str, dict[str, str]]] = {}


def register(name: str, enum_cls: type[enum.Enum], labels: dict[str, tuple[str, str]]) -> None:
    missing = {str(m.value) for m in enum_cls} - set(labels)
    if missing:
        raise ValueError(f"enum {name} lacks labels for {sorted(missing)}")
    ENUMS[name] = {
        str(m.value): {"zh-CN": labels[str(m.value)][0], "en": labels[str(m.value)][1]} for m in enum_cls
    }


register(
    "org_kind",
    OrgKind,
    {
        "district": ("区", "District"),
        "street": ("街道", "Street (sub-district)"),
        "community": ("社区", "Community"),
        "unit": ("社会单位", "Social unit (employer)"),
    },
)
register(
    "role",
    Role,
    {
        "district_officer": ("区卫健委工作人员", "District officer"),
        "district_integration": ("区级系统对接账号", "District integration account"),
        "street_admin": ("街道管理员", "Street administrator"),
        "street_officer": ("街道计生办工作人员", "Street family planning officer"),
        "community_officer": ("社区计生专干", "Community family planning worker"),
        "unit_liaison": ("单位计生联络员", "Unit family planning liaison"),
        "dispenser_device": ("药具自助发放机", "Contraceptive self-service machine"),
    },
)
register("sex", Sex, {"male": ("男", "Male"), "female": ("女", "Female")})
register(
    "marital_status",
    MaritalStatus,
    {
        "unmarried": ("未婚", "Unmarried"),
        "married": ("已婚", "Married"),
        "divorced": ("离婚", "Divorced"),
        "widowed": ("丧偶", "Widowed"),
    },
)
register(
    "resident_status",
    ResidentStatus,
    {
        "active": ("在册", "Active"),
        "moved_out": ("迁出", "Moved out"),
        "deceased": ("死亡", "Deceased"),
    },
)
register(
    "child_status",
    ChildStatus,
    {
        "living": ("健在", "Living"),
        "deceased": ("死亡", "Deceased"),
        "disabled": ("伤残", "Disabled"),
    },
)
register(
    "policy_status",
    PolicyStatus,
    {
        "draft": ("草稿", "Draft"),
        "published": ("已公开", "Published"),
        "repealed": ("已废止", "Repealed"),
    },
)
register(
    "policy_category",
    PolicyCategory,
    {
        "birth": ("生育政策", "Birth policy"),
        "preferential": ("优惠政策", "Preferential policy"),
        "procedure": ("办事程序", "Procedure"),
        "floating_population": ("流动人口", "Floating population"),
        "other": ("其他", "Other"),
    },
)
register(
    "service_subject",
    ServiceSubject,
    {
        "resident": ("个人", "Resident"),
        "family": ("家庭", "Family"),
    },
)
register(
    "issued_document",
    IssuedDocument,
    {
        "birth_registration_no": ("生育登记号", "Birth registration number"),
        "honour_certificate_no": ("独生子女父母光荣证号", "One-child parents' honour certificate number"),
        "certificate_no": ("证明编号", "Certificate number"),
        "none": ("无", "None"),
    },
)
register(
    "service_request_state",
    ServiceRequestState,
    {
        "submitted": ("已提交", "Submitted"),
        "returned": ("退回补正", "Returned for correction"),
        "accepted": ("已受理", "Accepted"),
        "completed": ("已办结", "Completed"),
        "rejected": ("不予办理", "Rejected"),
    },
)
register(
    "material_form",
    MaterialForm,
    {
        "original": ("原件", "Original"),
        "alternative": ("替代材料", "Accepted alternative"),
        "commitment": ("告知承诺", "Signed commitment"),
    },
)
register(
    "calendar_day_kind",
    CalendarDayKind,
    {
        "holiday": ("法定节假日", "Public holiday"),
        "workday": ("调休上班", "Make-up working day"),
    },
)

# Task 3 benefits (利益导向)
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

# Task 1 and Task 6: partners, screening, referrals, contraceptives.
register(
    "partner_kind",
    PartnerKind,
    {
        "hospital": ("医院", "Hospital"),
        "mch_hospital": ("妇幼保健院", "Maternal and child health hospital"),
        "clinic": ("社区卫生服务中心/诊所", "Clinic / community health centre"),
        "school": ("学校", "School"),
        "enterprise": ("企业", "Enterprise"),
        "other": ("其他", "Other"),
    },
)
register(
    "screening_kind",
    ScreeningKind,
    {
        "pre_pregnancy_check": ("国家免费孕前优生健康检查", "Free pre-pregnancy eugenic health check"),
        "reproductive_health_census": ("生殖健康普查", "Reproductive health census"),
        "migrant_youth_health": ("外来务工青年健康项目", "Youth health for migrant workers"),
    },
)
register("risk_level", RiskLevel, {"low": ("低风险", "Low risk"), "high": ("高风险", "High risk")})
register(
    "referral_status",
    ReferralStatus,
    {
        "requested": ("已申请", "Requested"),
        "accepted": ("已接收", "Accepted"),
        "scheduled": ("已预约", "Scheduled"),
        "completed": ("已完成", "Completed"),
        "declined": ("已拒绝", "Declined"),
        "cancelled": ("已取消", "Cancelled"),
    },
)
register(
    "referral_priority",
    ReferralPriority,
    {
        "routine": ("常规", "Routine"),
        "urgent": ("紧急", "Urgent"),
        "asap": ("尽快", "As soon as possible"),
        "stat": ("立即", "Immediately"),
    },
)
register(
    "contraceptive_method",
    ContraceptiveMethod,
    {
        "condom": ("避孕套", "Condom"),
        "oral_short_acting": ("短效口服避孕药", "Short-acting oral pill"),
        "oral_emergency": ("紧急避孕药", "Emergency pill"),
        "suppository": ("外用避孕栓", "Suppository"),
        "film": ("外用避孕药膜", "Film"),
        "gel": ("外用避孕凝胶", "Gel"),
        "iud": ("宫内节育器", "IUD"),
        "implant": ("皮下埋植剂", "Implant"),
        "injection": ("避孕针", "Injection"),
    },
)
register(
    "distribution_point_kind",
    PointKind,
    {
        "community_station": ("社区药具发放站", "Community station"),
        "unit_station": ("单位药具发放点", "Unit station"),
        "clinic": ("医疗机构发放点", "Clinic"),
        "self_service_machine": ("药具自助发放机", "Self-service machine"),
    },
)
register(
    "stock_movement_kind",
    MovementKind,
    {
        "receipt": ("入库", "Receipt"),
        "transfer_out": ("调出", "Transfer out"),
        "transfer_in": ("调入", "Transfer in"),
        "dispense": ("发放", "Dispense"),
        "adjustment": ("盘点调整", "Adjustment"),
        "expiry_write_off": ("过期报损", "Expiry write-off"),
    },
)
register(
    "dispense_channel",
    DispenseChannel,
    {
        "staff": ("人工发放", "By staff"),
        "machine": ("自助机发放", "By self-service machine"),
    },
)
