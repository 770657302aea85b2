"""zh-CN and English labels for the enumerations of Task 5 (floating population) and integration."""

from app.labels import register
from app.models.migrants.exchange import MessageDirection, MessageKind, MessageStatus
from app.models.migrants.imports import ImportFormat, ImportKind, ImportMode, ImportStatus
from app.models.migrants.migrant import CertificateStatus, MigrantStatus, PermitStatus
from app.models.migrants.service import PublicServiceKind, ServiceSource
from app.models.migrants.transfer import TransferStatus
from app.models.migrants.webhook import DeliveryStatus

register(
    "migrant_status", MigrantStatus, {"present": ("在住", "Present"), "departed": ("已离开", "Departed")}
)
register(
    "certificate_status",
    CertificateStatus,
    {
        "missing": ("未提交", "Not submitted"),
        "submitted": ("已提交", "Submitted"),
        "verified": ("已核实", "Verified"),
    },
)
register(
    "permit_status",
    PermitStatus,
    {"none": ("未申领", "None"), "applied": ("已申请", "Applied"), "issued": ("已发放", "Issued")},
)
register(
    "transfer_status",
    TransferStatus,
    {
        "pending": ("待接收", "Pending"),
        "accepted": ("已接收", "Accepted"),
        "declined": ("已拒收", "Declined"),
        "cancelled": ("已撤回", "Cancelled"),
    },
)
register(
    "public_service_kind",
    PublicServiceKind,
    {
        "health_record": ("健康档案", "Health record"),
        "health_education": ("健康教育", "Health education"),
        "child_vaccination": ("儿童预防接种", "Child vaccination"),
        "maternal_child_health": ("孕产妇和儿童保健", "Maternal and child health"),
        "family_planning": ("计划生育服务", "Family planning services"),
        "contraceptives": ("免费避孕药具", "Free contraceptives"),
    },
)
register(
    "message_direction", MessageDirection, {"outbound": ("发出", "Outbound"), "inbound": ("收到", "Inbound")}
)
register(
    "message_kind",
    MessageKind,
    {
        "verification_request": ("生育登记核实请求", "Verification request"),
        "verification_answer": ("核实答复", "Verification answer"),
        "verification_result": ("核实结果反馈", "Verification result"),
        "arrival_notice": ("流入通报", "Arrival notice"),
        "departure_notice": ("流出通报", "Departure notice"),
        "answer": ("回复", "Answer"),
    },
)
register(
    "message_status",
    MessageStatus,
    {
        "awaiting_collection": ("待取走", "Awaiting collection"),
        "sent": ("已发出", "Sent"),
        "received": ("已收到", "Received"),
        "answered": ("已答复", "Answered"),
    },
)
register(
    "delivery_status",
    DeliveryStatus,
    {
        "pending": ("待投递", "Pending"),
        "delivered": ("已投递", "Delivered"),
        "failed": ("投递失败", "Failed"),
    },
)
register(
    "service_source",
    ServiceSource,
    {
        "manual": ("手工登记", "Recorded by hand"),
        "screening": ("来自筛查记录", "From a screening"),
        "dispensation": ("来自药具发放记录", "From a dispensation"),
    },
)
register(
    "import_kind", ImportKind, {"residents": ("居民", "Residents"), "migrants": ("流动人口", "Migrants")}
)
register("import_format", ImportFormat, {"csv": ("CSV", "CSV"), "ndjson": ("NDJSON", "NDJSON")})
register(
    "import_mode",
    ImportMode,
    {"all_or_nothing": ("全部或全不", "All or nothing"), "per_row": ("逐行", "Per row")},
)
register(
    "import_status",
    ImportStatus,
    {
        "queued": ("排队中", "Queued"),
        "running": ("处理中", "Running"),
        "done": ("已完成", "Done"),
        "rejected": ("已拒绝", "Rejected"),
    },
)
