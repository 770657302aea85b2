"""Task 4 demo data: the working-day calendar from 2019, policies about births, the four service guides."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.clock import local_today
from app.demo.context import DemoContext
from app.models.lawful_services.policy import Policy, PolicyCategory, PolicyRevision, PolicyStatus
from app.models.lawful_services.service import (
    IssuedDocument,
    ServiceLevel,
    ServiceMaterial,
    ServiceSubject,
    ServiceType,
    ServiceTypePolicy,
)
from app.services.core import working_days
from app.services.lawful_services.policy_search import reindex_policy

# 国务院办公厅关于2019年部分节假日安排的通知 (国办发明电〔2018〕15号), plus the May Day change of
# March 2019: (first day off, last day off, name, make-up working days).
MATERIAL_NAMES_EN = {
    "applicant_id_card": "Applicant's resident ID card",
    "application_form": "Special support application form",
    "child_birth_certificate": "Child's medical birth certificate",
    "child_death_or_disability_proof": "Child's death certificate or disability card",
    "couple_photo": "Photo of the couple (2-inch)",
    "household_register": "Household register (hukou booklet)",
    "husband_id_card": "Husband's resident ID card",
    "id_card": "Resident ID card",
    "marital_status_proof": "Proof of marital status (marriage or divorce certificate)",
    "marriage_certificate": "Marriage certificate",
    "only_child_commitment": "Commitment to have only one child",
    "photo": "Two recent 1-inch photos",
    "residence_permit": "Residence permit",
    "wife_id_card": "Wife's resident ID card",
}
ID_CARD_ALTERNATIVES = [{"code": "household_register", "name": "户口簿"}]

POLICIES = [
    # key, owner, status, category, title, document_no, authority, effective, body
    (
        "population_law",
        "district",
        PolicyStatus.published,
        PolicyCategory.birth,
        "中华人民共和国人口与计划生育法（2015年修正）",
        "主席令第41号",
        "全国人民代表大会常务委员会",
        date(2016, 1, 1),
        "## 第十八条\n\n国家提倡一对夫妻生育两个子女。"
        "符合法律、法规规定条件的，可以要求安排再生育子女。\n\n"
        "## 第二十条\n\n育龄夫妻自主选择计划生育避孕节育措施，预防和减少非意愿妊娠。",
    ),
    (
        "chongqing_regulation",
        "district",
        PolicyStatus.published,
        PolicyCategory.birth,
        "重庆市人口与计划生育条例（2016年修正）",
        None,
        "重庆市人民代表大会常务委员会",
        date(2016, 3, 31),
        "## 生育调节\n\n（演示摘要，非原文）提倡一对夫妻生育两个子女。\n\n## 生育登记\n\n"
        "夫妻生育第一个、第二个子女的，实行生育登记服务制度，由夫妻一方户籍所在地或者居住地的街道办事处、"
        "乡镇人民政府办理。",
    ),
    (
        "birth_registration_notice",
        "district",
        PolicyStatus.published,
        PolicyCategory.procedure,
        "关于实行生育登记服务制度的通知",
        None,
        "重庆市卫生和计划生育委员会",
        date(2016, 5, 1),
        "生育登记实行首接责任制和一次性告知制度。材料齐全的当场办理；网上申请的，3个工作日内办结。"
        "缺少材料的，可以书面承诺后先行办理。",
    ),
    (
        "floating_regulation",
        "district",
        PolicyStatus.published,
        PolicyCategory.floating_population,
        "流动人口计划生育工作条例",
        "国务院令第555号",
        "国务院",
        date(2009, 10, 1),
        "流动人口现居住地的街道办事处负责流动人口婚育证明的查验，为流动人口提供计划生育、生殖健康服务。",
    ),
    (
        "special_support_2019",
        "district",
        PolicyStatus.published,
        PolicyCategory.preferential,
        "关于调整计划生育家庭特别扶助金标准的通知",
        None,
        "渝中区卫生健康委员会",
        date(2019, 1, 1),
        "自2019年1月1日起，按国家标准发放计划生育家庭特别扶助金：独生子女死亡家庭每人每月450元，"
        "伤残家庭每人每月350元。",
    ),
    (
        "old_award_rule",
        "district",
        PolicyStatus.repealed,
        PolicyCategory.preferential,
        "独生子女父母奖励费发放暂行规定",
        None,
        "重庆市计划生育委员会",
        date(1998, 7, 1),
        "独生子女父母奖励费每月5元，由夫妻双方所在单位各负担一半。",
    ),
    (
        "care_draft",
        "street",
        PolicyStatus.draft,
        PolicyCategory.birth,
        "解放碑街道生育关怀行动实施方案（征求意见稿）",
        None,
        "解放碑街道办事处",
        date(2020, 1, 1),
        "为计划生育特殊家庭提供生育关怀：结对帮扶、走访慰问、心理疏导。",
    ),
]

SERVICE_TYPES: list[dict[str, Any]] = [
    {
        "code": "birth_registration",
        "name": "生育登记",
        "subject": ServiceSubject.family,
        "description": "夫妻生育第一个、第二个子女的生育服务登记。"
        "材料齐全当场办结；网上申请3个工作日内办结。",
        "time_limit_working_days": 3,
        "instant": True,
        "online": True,
        "where_to_apply": "户籍地或居住地社区居委会、街道计生办；重庆市政务服务网（渝快办）",
        "issues": IssuedDocument.birth_registration_no,
        "number_prefix": "SYDJ",
        "policies": ["population_law", "chongqing_regulation", "birth_registration_notice"],
        # 重庆市人口与计划生育条例: the street office registers; the community takes the papers,
        # pre-checks them and forwards them within 2 working days. The orders the birth policy rule
        # in force at the child's birth registers (birth_policy_rules: two until 2021-06-25, then
        # three); one valid registration per child.
        "accepting_level": ServiceLevel.street,
        "issuing_level": ServiceLevel.street,
        "forward_limit_working_days": 2,
        "preconditions": {"child_order_within_birth_policy": True, "one_valid_per_child": True},
        "materials": [
            ("husband_id_card", "男方居民身份证", True, ID_CARD_ALTERNATIVES, True),
            ("wife_id_card", "女方居民身份证", True, ID_CARD_ALTERNATIVES, True),
            ("marriage_certificate", "结婚证", True, [], True),
        ],
    },
    {
        "code": "honour_certificate",
        "name": "独生子女父母光荣证",
        "subject": ServiceSubject.family,
        "description": "只生育一个子女并自愿不再生育的夫妻申领独生子女父母光荣证。",
        "time_limit_working_days": 20,
        "instant": False,
        "online": False,
        "where_to_apply": "户籍地街道计生办",
        "issues": IssuedDocument.honour_certificate_no,
        "number_prefix": "GRZ",
        "policies": ["chongqing_regulation"],
        # Only-child families, child born before 2016-01-01 (全面两孩 ended new issues), one per family.
        "accepting_level": ServiceLevel.street,
        "issuing_level": ServiceLevel.street,
        "forward_limit_working_days": 3,
        "preconditions": {
            "children_min": 1,
            "children_max": 1,
            "child_born_before": "2016-01-01",
            "one_valid_per_family": True,
        },
        "materials": [
            ("husband_id_card", "男方居民身份证", True, ID_CARD_ALTERNATIVES, False),
            ("wife_id_card", "女方居民身份证", True, ID_CARD_ALTERNATIVES, False),
            ("marriage_certificate", "结婚证", True, [], False),
            ("child_birth_certificate", "子女出生医学证明", True, [], False),
            ("only_child_commitment", "自愿只生育一个子女承诺书", True, [], False),
            ("couple_photo", "夫妻合影（2寸）", False, [], False),
        ],
    },
    {
        "code": "migrant_marriage_certificate",
        "name": "流动人口婚育证明",
        "subject": ServiceSubject.resident,
        "description": "流动人口外出前或在现居住地办理婚育情况证明。材料齐全即办。",
        "time_limit_working_days": 3,
        "instant": True,
        "online": False,
        "where_to_apply": "现居住地社区居委会或街道计生办",
        "issues": IssuedDocument.certificate_no,
        "number_prefix": "HYZM",
        "policies": ["floating_regulation"],
        "materials": [
            ("id_card", "居民身份证", True, ID_CARD_ALTERNATIVES, False),
            ("marital_status_proof", "婚姻状况证明（结婚证或离婚证）", True, [], True),
            ("photo", "本人近期1寸照片2张", True, [], False),
            ("residence_permit", "居住证", False, [], False),
        ],
    },
    {
        "code": "special_support_application",
        "name": "计划生育家庭特别扶助申请",
        "subject": ServiceSubject.family,
        "description": "独生子女死亡或伤残家庭的父母申请特别扶助金；街道审核后报区级审批。",
        "time_limit_working_days": 20,
        "instant": False,
        "online": False,
        "where_to_apply": "户籍地社区居委会",
        "issues": IssuedDocument.none,
        "number_prefix": "",
        "policies": ["special_support_2019"],
        "accepting_level": ServiceLevel.street,
        "issuing_level": ServiceLevel.street,
        "forward_limit_working_days": 5,
        "preconditions": {"children_min": 1, "children_max": 1, "child_status_in": ["deceased", "disabled"]},
        "materials": [
            ("applicant_id_card", "申请人居民身份证", True, ID_CARD_ALTERNATIVES, False),
            ("household_register", "户口簿", True, [], False),
            ("child_death_or_disability_proof", "子女死亡证明或残疾人证", True, [], False),
            (
                "honour_certificate",
                "独生子女父母光荣证",
                True,
                [{"code": "only_child_proof", "name": "其他独生子女证明材料"}],
                True,
            ),
            ("application_form", "特别扶助申请表", True, [], False),
        ],
    },
]


async def seed(session: AsyncSession, ctx: DemoContext) -> None:
    await _seed_calendar(session)
    policies = await _seed_policies(session, ctx)
    await _seed_service_types(session, policies)


async def _seed_calendar(session: AsyncSession) -> None:
    """Every year from 2019 to the current one that the chinese-calendar package carries."""
    years = [y for y in range(2019, local_today().year + 1) if working_days.package_arrangement(y)]
    await working_days.ensure_years(session, years)


async def _seed_policies(session: AsyncSession, ctx: DemoContext) -> dict[str, Policy]:
    published_at = datetime(2019, 1, 2, 1, 0, tzinfo=UTC)
    policies: dict[str, Policy] = {}
    for key, owner, status, category, title, document_no, authority, effective, body in POLICIES:
        policy = Policy(
            owner_org_id=ctx.orgs[owner].id,
            status=status,
            category=category,
            title=title,
            document_no=document_no,
            issuing_authority=authority,
            effective_on=effective,
            body=body,
            revision=0 if status is PolicyStatus.draft else 1,
        )
        if status is not PolicyStatus.draft:
            policy.published_at = published_at
        if status is PolicyStatus.repealed:
            policy.repealed_at = published_at
            policy.repeal_reason = "已被《重庆市人口与计划生育条例》取代"
        session.add(policy)
        await session.flush()
        if status is not PolicyStatus.draft:
            session.add(
                PolicyRevision(
                    policy_id=policy.id,
                    revision=1,
                    title=title,
                    document_no=document_no,
                    issuing_authority=authority,
                    category=category,
                    body=body,
                    effective_on=effective,
                    published_at=published_at,
                    published_by="demo",
                )
            )
        await reindex_policy(session, policy)
        policies[key] = policy
    await session.flush()
    return policies


async def _seed_service_types(session: AsyncSession, policies: dict[str, Policy]) -> None:
    for spec in SERVICE_TYPES:
        fields = {k: v for k, v in spec.items() if k not in {"materials", "policies"}}
        service_type = ServiceType(fee_fen=0, **fields)
        session.add(service_type)
        await session.flush()
        for position, (code, name, mandatory, alternatives, commitment) in enumerate(
            spec["materials"], start=1
        ):
            session.add(
                ServiceMaterial(
                    service_type_id=service_type.id,
                    position=position,
                    code=code,
                    name=name,
                    name_en=MATERIAL_NAMES_EN.get(code),
                    mandatory=mandatory,
                    alternatives=alternatives,
                    commitment_allowed=commitment,
                )
            )
        for key in spec["policies"]:
            session.add(ServiceTypePolicy(service_type_id=service_type.id, policy_id=policies[key].id))
    await session.flush()
