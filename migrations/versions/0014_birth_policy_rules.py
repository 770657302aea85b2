"""birth policy rules: birth policy as effective-dated data with its source documents; birth
registration's fixed ``child_order_max`` becomes ``child_order_within_birth_policy``

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 02:30:00.000000
"""

import datetime as dt
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

import app.clock
import app.db

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger()

# The law as it stood when this revision was written (docs/domain.md, "Birth policy"); later rules
# are added by the district (POST /api/v1/birth-policy-rules), not by migrations.
RULES: list[dict[str, Any]] = [
    {
        "code": "national_one_child_1980",
        "name": "提倡一对夫妇只生育一个孩子",
        "name_en": "One child per couple (open letter)",
        "scope": "national",
        "effective_from": dt.date(1980, 9, 25),
        "effective_to": dt.date(2002, 8, 31),
        "children_within_policy": 1,
        "registration_max_order": 1,
        "beyond_registration": "reapproval",
        "source_title": "《中共中央关于控制我国人口增长问题致全体共产党员、共青团员的公开信》",
        "source_document_no": None,
        "source_authority": "中共中央",
        "source_issued_on": dt.date(1980, 9, 25),
        "note": "提倡一对夫妇只生育一个孩子；第二个子女按各地条例经审批安排。至人口与计划生育法施行前一日。",
    },
    {
        "code": "national_one_child_2002",
        "name": "提倡一对夫妻生育一个子女",
        "name_en": "One child per couple, a second on the law's conditions",
        "scope": "national",
        "effective_from": dt.date(2002, 9, 1),
        "effective_to": dt.date(2015, 12, 31),
        "children_within_policy": 1,
        "registration_max_order": 1,
        "beyond_registration": "reapproval",
        "source_title": "《中华人民共和国人口与计划生育法》",
        "source_document_no": "中华人民共和国主席令第六十三号",
        "source_authority": "全国人民代表大会常务委员会",
        "source_issued_on": dt.date(2001, 12, 29),
        "note": "第十八条：国家稳定现行生育政策，提倡一对夫妻生育一个子女；符合法律、法规规定条件的，"
        "可以要求安排生育第二个子女（再生育审批，条件由省级条例规定）。自2002年9月1日起施行。",
    },
    {
        "code": "national_two_child_2016",
        "name": "全面两孩政策",
        "name_en": "Universal two-child policy",
        "scope": "national",
        "effective_from": dt.date(2016, 1, 1),
        "effective_to": dt.date(2021, 6, 25),
        "children_within_policy": 2,
        "registration_max_order": 2,
        "beyond_registration": "reapproval",
        "source_title": "《中华人民共和国人口与计划生育法》（2015年修正）",
        "source_document_no": "中华人民共和国主席令第四十一号",
        "source_authority": "全国人民代表大会常务委员会",
        "source_issued_on": dt.date(2015, 12, 27),
        "note": "第十八条：国家提倡一对夫妻生育两个子女；符合法律、法规规定条件的，可以要求安排再生育子女"
        "（再生育审批）。自2016年1月1日起施行。",
    },
    {
        "code": "national_three_child_decision_2021",
        "name": "三孩生育政策（中央决定）",
        "name_en": "Three-child policy (central decision)",
        "scope": "national",
        "effective_from": dt.date(2021, 6, 26),
        "effective_to": dt.date(2021, 8, 19),
        "children_within_policy": 3,
        "registration_max_order": 3,
        "beyond_registration": "not_available",
        "source_title": "《中共中央 国务院关于优化生育政策促进人口长期均衡发展的决定》",
        "source_document_no": None,
        "source_authority": "中共中央、国务院",
        "source_issued_on": dt.date(2021, 6, 26),
        "note": "2021年6月26日作出（2021年7月20日公布）：实施一对夫妻可以生育三个子女政策，"
        "取消社会抚养费等制约措施。至人口与计划生育法修正施行前一日。",
    },
    {
        "code": "national_three_child_law_2021",
        "name": "三孩生育政策",
        "name_en": "Three-child policy",
        "scope": "national",
        "effective_from": dt.date(2021, 8, 20),
        "effective_to": None,
        "children_within_policy": 3,
        "registration_max_order": 3,
        "beyond_registration": "not_available",
        "source_title": "《中华人民共和国人口与计划生育法》（2021年修正）",
        "source_document_no": "中华人民共和国主席令第九十三号",
        "source_authority": "全国人民代表大会常务委员会",
        "source_issued_on": dt.date(2021, 8, 20),
        "note": "第十八条：国家提倡适龄婚育、优生优育。一对夫妻可以生育三个子女。自公布之日起施行。",
    },
    {
        "code": "chongqing_three_child_2021",
        "name": "重庆市三孩生育政策",
        "name_en": "Chongqing three-child policy",
        "scope": "province",
        "effective_from": dt.date(2021, 11, 25),
        "effective_to": None,
        "children_within_policy": 3,
        "registration_max_order": 3,
        "beyond_registration": "not_available",
        "source_title": "《重庆市人口与计划生育条例》（2021年修正）",
        "source_document_no": None,
        "source_authority": "重庆市人民代表大会常务委员会",
        "source_issued_on": dt.date(2021, 11, 25),
        "note": "依照修正后的人口与计划生育法修改：一对夫妻可以生育三个子女，实行生育登记服务。"
        "自公布之日起施行。",
    },
]

_SERVICE_TYPES = sa.table(
    "service_types",
    sa.column("id", ID),
    sa.column("issues", sa.String()),
    sa.column("preconditions", sa.JSON()),
)


def upgrade() -> None:
    rules = op.create_table(
        "birth_policy_rules",
        sa.Column("id", ID, nullable=False),
        sa.Column("code", sa.String(length=48), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("name_en", sa.String(length=100), nullable=False),
        sa.Column(
            "scope",
            sa.Enum(
                "national", "province", "district", name="birthpolicyscope", native_enum=False, length=16
            ),
            nullable=False,
        ),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("effective_to", sa.Date(), nullable=True),
        sa.Column("children_within_policy", sa.Integer(), nullable=False),
        sa.Column("registration_max_order", sa.Integer(), nullable=False),
        sa.Column(
            "beyond_registration",
            sa.Enum("reapproval", "not_available", name="beyondregistration", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("source_title", sa.String(length=200), nullable=False),
        sa.Column("source_document_no", sa.String(length=64), nullable=True),
        sa.Column("source_authority", sa.String(length=100), nullable=False),
        sa.Column("source_issued_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_by", ID, nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "effective_to IS NULL OR effective_to >= effective_from",
            name=op.f("ck_birth_policy_rules_period"),
        ),
        sa.CheckConstraint(
            "children_within_policy >= 1", name=op.f("ck_birth_policy_rules_children_within_policy")
        ),
        sa.CheckConstraint(
            "registration_max_order >= 1", name=op.f("ck_birth_policy_rules_registration_max_order")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_birth_policy_rules_created_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_birth_policy_rules")),
        sa.UniqueConstraint("code", name=op.f("uq_birth_policy_rules_code")),
    )
    op.create_index(
        op.f("ix_birth_policy_rules_effective_from"), "birth_policy_rules", ["effective_from"], unique=False
    )
    now = app.clock.utcnow()
    op.bulk_insert(rules, [{**r, "version": 1, "created_at": now, "updated_at": now} for r in RULES])
    _convert(lambda rules: "child_order_max" in rules, _to_policy)


def downgrade() -> None:
    _convert(lambda rules: "child_order_within_birth_policy" in rules, _to_constant)
    op.drop_index(op.f("ix_birth_policy_rules_effective_from"), table_name="birth_policy_rules")
    op.drop_table("birth_policy_rules")


def _to_policy(rules: dict[str, Any]) -> dict[str, Any]:
    """Birth registration follows the rule in force at the child's birth instead of a fixed order."""
    rules = {k: v for k, v in rules.items() if k != "child_order_max"}
    return {**rules, "child_order_within_birth_policy": True}


def _to_constant(rules: dict[str, Any]) -> dict[str, Any]:
    rules = {k: v for k, v in rules.items() if k != "child_order_within_birth_policy"}
    return {**rules, "child_order_max": 2}


def _convert(applies: Any, change: Any) -> None:
    """Rewrite the preconditions of the birth registration service types (those issuing a birth
    registration number) that ``applies`` to."""
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(_SERVICE_TYPES.c.id, _SERVICE_TYPES.c.preconditions).where(
            _SERVICE_TYPES.c.issues == "birth_registration_no"
        )
    ).all()
    for type_id, rules in rows:
        if isinstance(rules, dict) and applies(rules):
            bind.execute(
                _SERVICE_TYPES.update()
                .where(_SERVICE_TYPES.c.id == type_id)
                .values(preconditions=change(rules))
            )
