"""zh-CN and English labels for the grassroots enumerations (Tasks 1, 2, 7, 8, care, demonstrations)."""

from app.labels import register
from app.models.grassroots.association import FulfilmentOutcome, MemberRole
from app.models.grassroots.care import AssistanceKind, CareKind, CareStatus
from app.models.grassroots.care_project import CareProjectStatus
from app.models.grassroots.conduct import FindingStatus
from app.models.grassroots.demonstration import DemonstrationStatus, DemonstrationTheme
from app.models.grassroots.facility import FacilityCondition, FacilityKind
from app.models.grassroots.network import WorkerKind
from app.models.grassroots.publicity import ActivityKind, ActivityStatus, AdvanceInto, KeyDay
from app.models.grassroots.publicity_effect import ReachChannel, SurveyStage
from app.models.grassroots.self_governance import RuleBook
from app.models.grassroots.sunshine import FeedbackCategory, FeedbackStatus

register(
    "worker_kind",
    WorkerKind,
    {
        "cadre": ("专职干部", "Full-time cadre"),
        "community_worker": ("社区计生专干", "Community family planning worker"),
        "unit_liaison": ("单位计生联络员", "Unit liaison"),
        "informant": ("信息员", "Informant"),
        "volunteer": ("志愿者", "Volunteer"),
    },
)
register(
    "key_day",
    KeyDay,
    {
        "members_day": ("5·29计生协会员活动日", "5·29 Association members' day"),
        "world_population_day": ("7·11世界人口日", "7·11 World Population Day"),
        "other": ("其他", "Other"),
    },
)
register(
    "activity_kind",
    ActivityKind,
    {
        "lecture": ("讲座", "Lecture"),
        "consultation_booth": ("咨询台", "Consultation booth"),
        "exhibition": ("展览", "Exhibition"),
        "door_to_door": ("入户宣传", "Door to door"),
        "online_post": ("网络宣传", "Online post"),
    },
)
register(
    "activity_status", ActivityStatus, {"planned": ("待开展", "Planned"), "reported": ("已上报", "Reported")}
)
register(
    "advance_into",
    AdvanceInto,
    {
        "community": ("进社区", "Into communities"),
        "enterprise": ("进企业", "Into enterprises"),
        "school": ("进学校", "Into schools"),
    },
)
register(
    "member_role",
    MemberRole,
    {
        "chair": ("会长", "Chair"),
        "vice_chair": ("副会长", "Vice chair"),
        "secretary": ("秘书长", "Secretary"),
        "member": ("会员", "Member"),
    },
)
register("fulfilment_outcome", FulfilmentOutcome, {"kept": ("守约", "Kept"), "broken": ("违约", "Broken")})
register(
    "feedback_category",
    FeedbackCategory,
    {
        "complaint": ("投诉", "Complaint"),
        "suggestion": ("建议", "Suggestion"),
        "inquiry": ("咨询", "Inquiry"),
        "praise": ("表扬", "Praise"),
    },
)
register(
    "feedback_status",
    FeedbackStatus,
    {
        "open": ("办理中", "Open"),
        "escalated": ("已上报街道", "Escalated to the street"),
        "answered": ("已答复", "Answered"),
        "closed": ("已评价办结", "Closed"),
    },
)
register(
    "care_kind",
    CareKind,
    {
        "bereaved": ("失独家庭", "Bereaved (only child died)"),
        "disabled_child": ("独生子女伤残家庭", "Only child disabled"),
        "other_need": ("其他困难家庭或个人", "Other family or person in need"),
        "childbearing_age": ("育龄群众关怀", "Person of childbearing age"),
        "worker": ("计生工作者关怀", "Family planning worker"),
    },
)
register(
    "care_status",
    CareStatus,
    {"open": ("待结对", "Open"), "paired": ("已结对帮扶", "Paired"), "closed": ("已结案", "Closed")},
)
register(
    "assistance_kind",
    AssistanceKind,
    {"money": ("资金", "Money"), "goods": ("物资", "Goods"), "service": ("服务", "Services")},
)
register(
    "demonstration_theme",
    DemonstrationTheme,
    {
        "publicity": ("宣传教育", "Publicity and education"),
        "floating_population": ("流动人口服务", "Floating-population services"),
    },
)
register(
    "demonstration_status",
    DemonstrationStatus,
    {
        "candidate": ("创建中", "Candidate"),
        "self_assessed": ("已自评", "Self-assessed"),
        "assessed": ("街道已评估", "Assessed by the street"),
        "named": ("已命名", "Named"),
        "revoked": ("已撤销", "Revoked"),
    },
)

register(
    "care_project_status",
    CareProjectStatus,
    {"under_way": ("实施中", "Under way"), "completed": ("已结项", "Completed")},
)
register(
    "conduct_finding_status",
    FindingStatus,
    {"open": ("整改中", "Being rectified"), "rectified": ("已整改", "Rectified")},
)
register(
    "rule_book",
    RuleBook,
    {
        "village_rules": ("村规民约", "Village rules"),
        "residents_convention": ("居民公约", "Residents' convention"),
    },
)
register(
    "facility_kind",
    FacilityKind,
    {
        "service_station": ("计生服务站", "Family planning service station"),
        "service_room": ("计生服务室", "Family planning service room"),
        "publicity_site": ("宣传阵地", "Publicity site"),
        "publicity_board": ("宣传栏", "Publicity board"),
        "cultural_wall": ("文化墙", "Cultural wall"),
        "distribution_point": ("药具发放点", "Contraceptive distribution point"),
    },
)
register(
    "facility_condition",
    FacilityCondition,
    {
        "good": ("完好", "Good"),
        "needs_repair": ("需维修", "Needs repair"),
        "out_of_use": ("停用", "Out of use"),
    },
)
register(
    "reach_channel",
    ReachChannel,
    {
        "on_site": ("现场活动", "On site"),
        "door_to_door": ("入户宣传", "Door to door"),
        "wechat": ("微信", "WeChat"),
        "sms": ("短信", "Text message"),
        "publicity_board": ("宣传栏、文化墙", "Boards and walls"),
        "broadcast": ("广播、电子屏", "Broadcast and screens"),
        "other": ("其他", "Other"),
    },
)
register("survey_stage", SurveyStage, {"pre": ("活动前", "Before"), "post": ("活动后", "After")})
