"""zh-CN and English labels for every enumeration the API exposes (GET /meta/enums).

Feature modules register theirs with ``register``; a test checks that every value of every
registered enum has both labels.
"""

from __future__ import annotations

import enum

from app.authz import Role
from app.models.calendar import CalendarDayKind
from app.models.family import ChildStatus
from app.models.org import OrgKind
from app.models.policy import PolicyCategory, PolicyStatus
from app.models.resident import MaritalStatus, ResidentStatus, Sex
from app.models.service import IssuedDocument, MaterialForm, ServiceRequestState, ServiceSubject

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
