"""zh-CN and English labels for the enumerations of Task 4 (administration by law)."""

from app.labels import register
from app.models.lawful_services.document import FamilyDocumentKind, FamilyDocumentStatus
from app.models.lawful_services.policy import PolicyCategory, PolicyStatus
from app.models.lawful_services.service import (
    IssuedDocument,
    MaterialForm,
    PreconditionRule,
    ServiceLevel,
    ServiceRequestState,
    ServiceSubject,
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
        "forwarded": ("已转报街道", "Forwarded to the street"),
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
    "service_level",
    ServiceLevel,
    {
        "community": ("社区", "Community"),
        "street": ("街道", "Street office"),
    },
)
register(
    "precondition_rule",
    PreconditionRule,
    {
        "children_min": ("子女数不少于", "At least this many children"),
        "children_max": ("子女数不多于", "At most this many children"),
        "child_order_max": ("仅限第N个及以内子女", "Only up to the N-th child"),
        "child_order_within_birth_policy": (
            "子女孩次须在其出生时施行的生育政策登记范围内",
            "Child's order within the birth policy in force at its birth",
        ),
        "child_born_before": ("子女须在该日期前出生", "Child born before the date"),
        "child_status_in": ("子女状况须为", "A child with one of these statuses"),
        "one_valid_per_family": ("每户限持一份有效证件", "One valid document per family"),
        "one_valid_per_child": ("每个子女限一份有效登记", "One valid registration per child"),
    },
)
register(
    "family_document_kind",
    FamilyDocumentKind,
    {
        "birth_registration": ("生育登记", "Birth registration"),
        "honour_certificate": ("独生子女父母光荣证", "One-child parents' honour certificate"),
    },
)
register(
    "family_document_status",
    FamilyDocumentStatus,
    {
        "valid": ("有效", "Valid"),
        "revoked": ("已收回", "Revoked"),
    },
)
