"""zh-CN and English labels for the enumerations of Task 6 (quality services)."""

from app.labels import register
from app.models.quality.contraceptive import ContraceptiveMethod, PointKind
from app.models.quality.five_links import ContactKind, PairingGroup
from app.models.quality.pregnancy import PregnancyOutcome, PregnancyState
from app.models.quality.referral import ReferralPriority, ReferralStatus
from app.models.quality.screening import PopulationRule, RiskLevel
from app.models.quality.stock import DispenseChannel, DispenseRefusal, MovementKind, ReceiptSource

# screening_kind: data (table screening_kinds), registered by app/services/quality/screening_kinds.py.
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
register(
    "receipt_source",
    ReceiptSource,
    {
        "district_allocation": ("区级调拨下发", "District allocation"),
        "transfer": ("站点间调拨", "Transfer from another point"),
        "returned": ("退回入库", "Returned"),
    },
)
register(
    "dispense_refusal",
    DispenseRefusal,
    {
        "device_not_registered": ("设备未关联发放点", "Device not linked to a point"),
        "not_this_devices_point": ("发放机只能在本机发放点发放", "A machine dispenses only at its own point"),
        "machine_point_staff": (
            "自助发放机点位只能由发放机发放",
            "A machine's point is dispensed by the machine only",
        ),
        "point_inactive": ("发放点已停用", "Distribution point closed"),
        "product_inactive": ("该药具已停止发放", "Product no longer handed out"),
        "quantity_over_limit": ("超过每人每次发放上限", "Over the per-person limit"),
        "age_out_of_range": ("年龄不在发放范围内", "Age outside the machine's range"),
        "interval_not_elapsed": ("同类药具领取间隔未满", "Interval for this category not elapsed"),
        "out_of_stock": (
            "可发放库存不足（临期批次不发放）",
            "Not enough usable stock (near-expiry lots excluded)",
        ),
    },
)
register(
    "population_rule",
    PopulationRule,
    {
        "sex": ("性别", "Sex"),
        "age": ("年龄（当年周岁）", "Age reached in the program's year"),
        "marital_status": ("婚姻状况", "Marital status"),
        "registration": ("户籍（本区户籍/流动人口）", "Registration (local or migrant)"),
        "spouse": ("配偶须为异性且已婚", "Spouse of the other sex, married"),
    },
)
register(
    "pregnancy_state",
    PregnancyState,
    {
        "following": ("随访中", "Being followed"),
        "delivered": ("已分娩", "Delivered"),
        "ended": ("妊娠终止", "Ended without a birth"),
        "cancelled": ("已撤销", "Cancelled"),
    },
)
register(
    "pregnancy_outcome",
    PregnancyOutcome,
    {
        "live_birth": ("活产", "Live birth"),
        "stillbirth": ("死产", "Stillbirth"),
        "miscarriage": ("自然流产", "Miscarriage"),
        "induced_abortion": ("人工流产/引产", "Induced abortion"),
    },
)
register(
    "pairing_group",
    PairingGroup,
    {
        "only_child_families": ("独生子女家庭", "Only-child families"),
        "special_families": ("计生特殊家庭", "Families with special needs"),
        "childbearing_women": ("育龄妇女", "Women of childbearing age"),
        "pregnant_women": ("孕产妇", "Pregnant and postpartum women"),
        "migrants": ("流动人口", "Migrants"),
        "other": ("其他", "Other"),
    },
)
register(
    "contact_kind",
    ContactKind,
    {
        "home_visit": ("入户走访", "Home visit"),
        "partner_visit": ("走访共建单位", "Visit to a partner"),
        "phone_call": ("电话联络", "Phone call"),
        "meeting": ("座谈联谊", "Meeting"),
        "festival_greeting": ("节日慰问", "Festival greeting"),
    },
)
