"""zh-CN and English labels for every enumeration the API exposes (GET /meta/enums).

Feature modules register theirs with ``register``; a test checks that every value of every
registered enum has both labels. Codes that are data rather than an enum (e.g. the materials of
the service guides, which the street edits) register a loader with ``register_data``; /meta/enums
reads them from the database on each request.
"""

from __future__ import annotations

import enum
from collections.abc import Awaitable, Callable
from typing import Any

from app.authz import Role
from app.models.core.calendar import CalendarDayKind, CalendarSource
from app.models.core.family import ChildStatus
from app.models.core.org import OrgKind
from app.models.core.partner import PartnerKind
from app.models.core.resident import MaritalStatus, ResidentStatus, Sex

ENUMS: dict[str, dict[str, dict[str, str]]] = {}
# name → async loader(session) returning code → {"zh-CN": ..., "en": ...}
DATA_LABELS: dict[str, Callable[[Any], Awaitable[dict[str, dict[str, str]]]]] = {}


def register_data(name: str, loader: Callable[[Any], Awaitable[dict[str, dict[str, str]]]]) -> None:
    DATA_LABELS[name] = loader


async def all_labels(session: Any) -> dict[str, dict[str, dict[str, str]]]:
    """The enums and the data-defined codes, for /meta/enums."""
    return {**ENUMS, **{name: await loader(session) for name, loader in sorted(DATA_LABELS.items())}}


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
    "calendar_day_kind",
    CalendarDayKind,
    {
        "holiday": ("法定节假日", "Public holiday"),
        "workday": ("调休上班", "Make-up working day"),
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

# Task 3 benefits (利益导向)

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
