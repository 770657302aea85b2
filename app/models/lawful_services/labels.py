"""zh-CN and English labels for the enumerations of Task 4 (administration by law)."""

from app.labels import register
from app.models.lawful_services.policy import PolicyCategory, PolicyStatus
from app.models.lawful_services.service import (
    IssuedDocument,
    MaterialForm,
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
