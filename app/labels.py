"""zh-CN and English labels for every enumeration the API exposes (GET /meta/enums).

Feature modules register theirs with ``register``; a test checks that every value of every
registered enum has both labels.
"""

from __future__ import annotations

import enum

from app.authz import Role
from app.models.contraceptive import ContraceptiveMethod, PointKind
from app.models.family import ChildStatus
from app.models.org import OrgKind
from app.models.partner import PartnerKind
from app.models.referral import ReferralPriority, ReferralStatus
from app.models.resident import MaritalStatus, ResidentStatus, Sex
from app.models.screening import RiskLevel, ScreeningKind
from app.models.stock import DispenseChannel, MovementKind

ENUMS: dict[str, dict[str, dict[str, str]]] = {}


def register(name: str, enum_cls: type[enum.Enum], labels: dict[str, tuple[str, str]]) -> None:
    missing = {str(m.value) for m in enum_cls} - set(labels)
    if missing:
        raise ValueError(f"enum {name} lacks labels for {sorted(missing)}")
    ENUMS[name] = {
        str(m.value): {"zh-CN": labels[str(m.value)][0], "en": labels[str(m.value)][1]} for m in enum_cls
    }


register("org_kind", OrgKind, {
    "district": ("区", "District"),
    "street": ("街道", "Street (sub-district)"),
    "community": ("社区", "Community"),
    "unit": ("社会单位", "Social unit (employer)"),
})
register("role", Role, {
    "district_officer": ("区卫健委工作人员", "District officer"),
    "district_integration": ("区级系统对接账号", "District integration account"),
    "street_admin": ("街道管理员", "Street administrator"),
    "street_officer": ("街道计生办工作人员", "Street family planning officer"),
    "community_officer": ("社区计生专干", "Community family planning worker"),
    "unit_liaison": ("单位计生联络员", "Unit family planning liaison"),
    "dispenser_device": ("药具自助发放机", "Contraceptive self-service machine"),
})
register("sex", Sex, {"male": ("男", "Male"), "female": ("女", "Female")})
register("marital_status", MaritalStatus, {
    "unmarried": ("未婚", "Unmarried"),
    "married": ("已婚", "Married"),
    "divorced": ("离婚", "Divorced"),
    "widowed": ("丧偶", "Widowed"),
})
register("resident_status", ResidentStatus, {
    "active": ("在册", "Active"),
    "moved_out": ("迁出", "Moved out"),
    "deceased": ("死亡", "Deceased"),
})
register("child_status", ChildStatus, {
    "living": ("健在", "Living"),
    "deceased": ("死亡", "Deceased"),
    "disabled": ("伤残", "Disabled"),
})

# Task 1 and Task 6: partners, screening, referrals, contraceptives.
register("partner_kind", PartnerKind, {
    "hospital": ("医院", "Hospital"),
    "mch_hospital": ("妇幼保健院", "Maternal and child health hospital"),
    "clinic": ("社区卫生服务中心/诊所", "Clinic / community health centre"),
    "school": ("学校", "School"),
    "enterprise": ("企业", "Enterprise"),
    "other": ("其他", "Other"),
})
register("screening_kind", ScreeningKind, {
    "pre_pregnancy_check": ("国家免费孕前优生健康检查", "Free pre-pregnancy eugenic health check"),
    "reproductive_health_census": ("生殖健康普查", "Reproductive health census"),
    "migrant_youth_health": ("外来务工青年健康项目", "Youth health for migrant workers"),
})
register("risk_level", RiskLevel, {"low": ("低风险", "Low risk"), "high": ("高风险", "High risk")})
register("referral_status", ReferralStatus, {
    "requested": ("已申请", "Requested"),
    "accepted": ("已接收", "Accepted"),
    "scheduled": ("已预约", "Scheduled"),
    "completed": ("已完成", "Completed"),
    "declined": ("已拒绝", "Declined"),
    "cancelled": ("已取消", "Cancelled"),
})
register("referral_priority", ReferralPriority, {
    "routine": ("常规", "Routine"),
    "urgent": ("紧急", "Urgent"),
    "asap": ("尽快", "As soon as possible"),
    "stat": ("立即", "Immediately"),
})
register("contraceptive_method", ContraceptiveMethod, {
    "condom": ("避孕套", "Condom"),
    "oral_short_acting": ("短效口服避孕药", "Short-acting oral pill"),
    "oral_emergency": ("紧急避孕药", "Emergency pill"),
    "suppository": ("外用避孕栓", "Suppository"),
    "film": ("外用避孕药膜", "Film"),
    "gel": ("外用避孕凝胶", "Gel"),
    "iud": ("宫内节育器", "IUD"),
    "implant": ("皮下埋植剂", "Implant"),
    "injection": ("避孕针", "Injection"),
})
register("distribution_point_kind", PointKind, {
    "community_station": ("社区药具发放站", "Community station"),
    "unit_station": ("单位药具发放点", "Unit station"),
    "clinic": ("医疗机构发放点", "Clinic"),
    "self_service_machine": ("药具自助发放机", "Self-service machine"),
})
register("stock_movement_kind", MovementKind, {
    "receipt": ("入库", "Receipt"),
    "transfer_out": ("调出", "Transfer out"),
    "transfer_in": ("调入", "Transfer in"),
    "dispense": ("发放", "Dispense"),
    "adjustment": ("盘点调整", "Adjustment"),
    "expiry_write_off": ("过期报损", "Expiry write-off"),
})
register("dispense_channel", DispenseChannel, {
    "staff": ("人工发放", "By staff"),
    "machine": ("自助机发放", "By self-service machine"),
})
