"""zh-CN and English labels for the enumerations of leadership (books, evaluations)."""

from app.labels import register
from app.models.leadership.accountability import AccountabilityCaseStatus, AccountabilitySubject
from app.models.leadership.assignment import AssignmentStatus
from app.models.leadership.book import BookStatus, SignatoryRole
from app.models.leadership.evaluation import AccountabilityKind, EvaluationResult, EvaluationStatus
from app.models.leadership.indicator import (
    DashboardAlertCode,
    IndicatorDirection,
    IndicatorSource,
    IndicatorUnit,
)
from app.models.leadership.institution import InstitutionCategory, InstitutionKind
from app.models.leadership.period_report import (
    PeriodReportStatus,
    ReportDecision,
    ReportPeriodKind,
    ReportSignatoryRole,
    ReportVersionKind,
)
from app.models.leadership.safeguards import PlanTask, SpendingKind

register(
    "indicator_direction",
    IndicatorDirection,
    {"at_least": ("不低于", "At least"), "at_most": ("不高于", "At most")},
)
register(
    "indicator_source",
    IndicatorSource,
    {
        "computed": ("系统计算", "Computed from records"),
        "reported": ("上报(附佐证)", "Reported with evidence"),
    },
)
register(
    "indicator_unit",
    IndicatorUnit,
    {
        "percent": ("百分比", "Percent"),
        "ratio": ("比值", "Ratio"),
        "cases": ("件数", "Cases"),
        "days": ("天数", "Days"),
    },
)
register(
    "book_status",
    BookStatus,
    {"draft": ("草拟", "Draft"), "signed": ("已签订", "Signed"), "evaluated": ("已考核", "Evaluated")},
)
register(
    "signatory_role",
    SignatoryRole,
    {
        "party_leader": ("党组织书记", "Party leader"),
        "government_leader": ("行政主要领导", "Government leader"),
        "leader_in_charge": ("分管领导", "Leader in charge"),
        "counterpart": ("责任单位负责人", "Counterpart signatory"),
    },
)
register(
    "assignment_status",
    AssignmentStatus,
    {"open": ("进行中", "Open"), "done": ("已完成", "Done"), "cancelled": ("已取消", "Cancelled")},
)
register(
    "evaluation_status",
    EvaluationStatus,
    {"draft": ("考核中", "Draft"), "final": ("已定稿", "Final")},
)
register(
    "evaluation_result",
    EvaluationResult,
    {"passed": ("合格", "Passed"), "failed": ("不合格", "Failed"), "vetoed": ("一票否决", "Vetoed")},
)
register(
    "accountability_kind",
    AccountabilityKind,
    {
        "reminder_talk": ("提醒谈话", "Reminder talk"),
        "criticism": ("通报批评", "Criticism"),
        "award_disqualification": ("取消评先评优资格", "Disqualification from awards"),
    },
)
register(
    "dashboard_alert",
    DashboardAlertCode,
    {"calendar_next_year_missing": ("次年节假日安排未录入", "Next year's holiday arrangement missing")},
)
register(
    "report_period_kind",
    ReportPeriodKind,
    {"monthly": ("月报", "Monthly"), "quarterly": ("季报", "Quarterly"), "annual": ("年报", "Annual")},
)
register(
    "period_report_status",
    PeriodReportStatus,
    {
        "prepared": ("已生成待审核", "Prepared, under review"),
        "submitted": ("已报送", "Submitted"),
        "returned": ("已退回", "Returned"),
        "accepted": ("已采用", "Accepted"),
    },
)
register(
    "report_version_kind",
    ReportVersionKind,
    {
        "prepared": ("生成", "Prepared from the records"),
        "revision": ("修订", "Revised before submission"),
        "amendment": ("更正", "Amendment after acceptance"),
    },
)
register(
    "report_decision",
    ReportDecision,
    {"accepted": ("采用", "Accepted"), "returned": ("退回", "Returned")},
)
register(
    "report_signatory_role",
    ReportSignatoryRole,
    {
        "preparer": ("填表人", "Preparer"),
        "reviewer": ("审核人", "Reviewer"),
        "leader": ("单位负责人", "Head of the street"),
    },
)

# In-year accountability (app/models/leadership/accountability.py).
register(
    "accountability_subject",
    AccountabilitySubject,
    {
        "department": ("责任部门", "Department"),
        "unit": ("责任单位(社区)", "Unit or community"),
        "person": ("责任人", "Responsible person"),
    },
)
register(
    "accountability_case_status",
    AccountabilityCaseStatus,
    {"open": ("整改中", "Open"), "closed": ("已办结", "Closed")},
)

# Safeguards in place: funds and institutions (app/models/leadership/safeguards.py, institution.py).
register(
    "plan_task",
    PlanTask,
    {
        "leadership": ("加强组织领导，强化保障措施", "Leadership and safeguards"),
        "network": ("巩固网络建设", "Task 1: the grassroots network"),
        "publicity": ("加强宣传教育", "Task 2: publicity and education"),
        "interest_orientation": ("强化利益导向", "Task 3: interest orientation"),
        "administration_by_law": ("坚持依法行政", "Task 4: administration by law"),
        "floating_population": ("流动人口服务管理", "Task 5: the floating population"),
        "quality_services": ("深化优质服务", "Task 6: quality services"),
        "integrity_association": ("诚信计生与计生协会", "Task 7: integrity and the Association"),
        "sunshine_action": ("“三项活动”与阳光计生行动", "Task 8: the three activities and sunshine action"),
        "quality_service_action": ("优质服务行动", "Action 1: quality services"),
        "care_action": ("生育关怀行动", "Action 2: Reproductive Care"),
        "publicity_demonstration": ("宣传示范社区创建", "Highlight 1: publicity demonstration community"),
        "migrant_demonstration": ("流动人口服务管理示范社区创建", "Highlight 2: migrant services model"),
    },
)
register(
    "spending_kind",
    SpendingKind,
    {
        "spending": ("支出", "Spending"),
        "reversal": ("冲销", "Reversal"),
        "adjustment": ("调整", "Adjustment"),
    },
)
register(
    "institution_kind",
    InstitutionKind,
    {
        "leading_group": ("计划生育工作领导小组", "Family planning leading group"),
        "association": ("计划生育协会", "Family Planning Association"),
        "working_body": ("工作机构", "Working body (office, service station)"),
        "work_rules": ("工作制度", "Work rules"),
        "responsibility_system": ("目标管理与问责制度", "Responsibility and accountability system"),
        "funds_rules": ("经费管理制度", "Funds management rules"),
        "other_rules": ("其他制度", "Other rules"),
    },
)
register(
    "institution_category",
    InstitutionCategory,
    {"body": ("机构", "Body"), "system": ("制度", "System")},
)
