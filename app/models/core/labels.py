"""zh-CN and English labels for the enumerations of the core records."""

from app.labels import register
from app.models.core.birth_policy import BeyondRegistration, BirthPolicyScope
from app.models.core.calendar import CalendarDayKind, CalendarSource
from app.models.core.family import ChildStatus
from app.models.core.messaging import Channel, ConsentSource, MessagePurpose, SmsStatus
from app.models.core.org import OrgKind
from app.models.core.partner import PartnerKind
from app.models.core.resident import MaritalStatus, ResidentStatus, Sex

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
    "calendar_day_kind",
    CalendarDayKind,
    {
        "holiday": ("法定节假日", "Public holiday"),
        "workday": ("调休上班", "Make-up working day"),
    },
)
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
    "calendar_source",
    CalendarSource,
    {
        "package": (
            "国务院办公厅节假日安排（chinese-calendar 数据包）",
            "State Council notice (chinese-calendar package)",
        ),
        "district": ("区级录入或更正", "Entered or corrected by the district"),
    },
)
register(
    "birth_policy_scope",
    BirthPolicyScope,
    {
        "national": ("国家", "National"),
        "province": ("省（直辖市）", "Province (municipality)"),
        "district": ("区", "District"),
    },
)
register(
    "beyond_registration",
    BeyondRegistration,
    {
        "reapproval": ("须办理再生育审批", "Needs re-birth approval (another service)"),
        "not_available": ("不予登记（政策外生育）", "Not registrable (outside the policy)"),
    },
)
register("message_channel", Channel, {"sms": ("短信", "Text message (SMS)")})
register(
    "consent_source",
    ConsentSource,
    {
        "paper_form": ("书面同意书", "Signed paper form"),
        "in_person": ("窗口当面表示", "In person at the counter"),
        "phone_call": ("电话表示（有录音）", "Recorded phone call"),
        "sms_reply": ("短信回复", "Reply by text message"),
        "app": ("本人通过应用", "The resident's own app"),
        "public_form": ("提交投诉建议时勾选同意", "Ticked on the public feedback form"),
    },
)
register(
    "message_purpose",
    MessagePurpose,
    {
        "application_outcome": ("申请审核结果", "Application outcome"),
        "request_outcome": ("办件结果", "Service request outcome"),
        "request_returned": ("一次性告知（补正材料）", "One-time notification (materials missing)"),
        "reverification_due": ("年审到期提醒", "Re-verification due"),
        "screening_appointment": ("检查预约提醒", "Screening appointment"),
        "follow_up_due": ("随访到期提醒", "Follow-up due"),
        "complaint_reply": ("投诉建议答复", "Reply to a complaint or suggestion"),
    },
)
register(
    "sms_status",
    SmsStatus,
    {
        "queued": ("待发送", "Queued"),
        "sent": ("已提交运营商", "Sent to the provider"),
        "delivered": ("已送达", "Delivered"),
        "undelivered": ("未送达", "Not delivered"),
        "failed": ("发送失败", "Failed"),
        "cancelled": ("已取消", "Cancelled"),
    },
)
