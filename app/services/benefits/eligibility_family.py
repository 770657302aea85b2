"""The criteria on a family record (the special support, the one-child award and the street's own
programs): each says whether it is met and why, in English and zh-CN (``Criterion``)."""

from __future__ import annotations

from datetime import date

from app.labels import ENUMS
from app.models.benefits.benefit import BenefitProgram
from app.models.core.family import Child, ChildStatus
from app.services.benefits.eligibility_facts import (
    AWARD_MAX_CHILD_AGE,
    SUPPORT_MIN_AGE,
    Criterion,
    FamilyFacts,
    age_on,
)


def mother_age(facts: FamilyFacts, ref: date) -> Criterion:
    parent = facts.lead_parent
    if parent is None:
        return Criterion("mother_age", False, "the family record has no parent", "家庭档案中没有父母")
    mother = parent.id == facts.family.wife_id
    who, who_zh = ("mother", "母亲") if mother else ("single parent", "单亲父母")
    years, days = age_on(parent.birth_date, ref)
    detail = (
        f"{who} born {parent.birth_date.isoformat()} is {years} years {days} days old on "
        f"{ref.isoformat()}; {SUPPORT_MIN_AGE} or older is required"
    )
    zh = (
        f"{who_zh}生于{parent.birth_date.isoformat()}，至{ref.isoformat()}为{years}岁{days}天；"
        f"须年满{SUPPORT_MIN_AGE}周岁"
    )
    return Criterion("mother_age", years >= SUPPORT_MIN_AGE, detail, zh)


def local_registration(facts: FamilyFacts) -> Criterion:
    parent = facts.lead_parent
    local = facts.district_code[:6]
    if parent is None:
        return Criterion("local_registration", False, "the family record has no parent", "家庭档案中没有父母")
    code = parent.household_division_code
    met = bool(local) and code.startswith(local)
    detail = f"household registration {code[:6]} is {'in' if met else 'outside'} the district ({local})"
    zh = f"户籍地 {code[:6]} {'在' if met else '不在'}本区（{local}）"
    return Criterion("local_registration", met, detail, zh)


def one_child(facts: FamilyFacts) -> Criterion:
    n = len(facts.children)
    if n == 1:
        adopted = facts.children[0].adopted
        return Criterion(
            "only_one_child",
            True,
            "one child born or adopted" + (" (adopted; an adopted only child counts)" if adopted else ""),
            "生育或收养一个子女" + ("（收养；收养的独生子女同样计入）" if adopted else ""),
        )
    if n == 0:
        return Criterion("only_one_child", False, "the family record has no child", "家庭档案中没有子女")
    later = later_zh = ""
    first = facts.children[0]
    if first.deceased_on is not None and any(c.birth_date > first.deceased_on for c in facts.children[1:]):
        later = f"; a child was born or adopted after the first child died on {first.deceased_on}"
        later_zh = f"；第一个子女于{first.deceased_on}死亡后又生育或收养子女"
    return Criterion(
        "only_one_child",
        False,
        f"{n} children born or adopted, not one{later}",
        f"生育或收养{n}个子女，不是一个{later_zh}",
    )


def only_child_deceased(facts: FamilyFacts) -> Criterion:
    if len(facts.children) != 1:
        return Criterion("only_child_deceased", False, "there is not exactly one child", "子女不是恰好一个")
    child = facts.children[0]
    if child.status is ChildStatus.deceased:
        return Criterion(
            "only_child_deceased",
            True,
            f"the only child died on {child.deceased_on}",
            f"独生子女于{child.deceased_on}死亡",
        )
    return Criterion(
        "only_child_deceased",
        False,
        f"the only child's status is {child.status.value}",
        f"独生子女的状态为{_child_status_zh(child)}",
    )


def _child_status_zh(child: Child) -> str:
    return ENUMS["child_status"][child.status.value]["zh-CN"]


def no_living_child(facts: FamilyFacts) -> Criterion:
    living = [c for c in facts.children if c.status is not ChildStatus.deceased]
    if living:
        return Criterion(
            "no_living_child", False, f"{len(living)} living child(ren) now", f"现有{len(living)}个在世子女"
        )
    return Criterion("no_living_child", True, "no living child now", "现无在世子女")


def only_child_disabled(facts: FamilyFacts) -> Criterion:
    if len(facts.children) != 1:
        return Criterion(
            "only_child_disability_grade", False, "there is not exactly one child", "子女不是恰好一个"
        )
    child = facts.children[0]
    if child.status is not ChildStatus.disabled or child.disability_grade is None:
        return Criterion(
            "only_child_disability_grade",
            False,
            f"the only child's status is {child.status.value}, not disabled",
            f"独生子女的状态为{_child_status_zh(child)}，不是残疾",
        )
    grade = child.disability_grade
    met = 1 <= grade <= 3
    return Criterion(
        "only_child_disability_grade",
        met,
        f"disability grade {grade}; grades 1–3 qualify" + ("" if met else ", grade 4 does not"),
        f"残疾等级{grade}级；一至三级符合条件" + ("" if met else "，四级不符合"),
    )


def honour_certificate(facts: FamilyFacts) -> Criterion:
    no = facts.family.honour_certificate_no
    void_on = facts.family.honour_certificate_void_on
    if no and void_on is not None:
        return Criterion(
            "honour_certificate",
            False,
            f"honour certificate no longer valid since {void_on} (a second child)",
            f"独生子女父母光荣证自{void_on}起失效（生育第二个子女）",
        )
    if no:
        return Criterion(
            "honour_certificate",
            True,
            f"honour certificate issued {facts.family.honour_certificate_issued_on}",
            f"独生子女父母光荣证发证日期{facts.family.honour_certificate_issued_on}",
        )
    return Criterion(
        "honour_certificate",
        False,
        "no one-child parents' honour certificate on record",
        "没有独生子女父母光荣证记录",
    )


def child_under_18(facts: FamilyFacts, ref: date) -> Criterion:
    if len(facts.children) != 1:
        return Criterion("child_under_18", False, "there is not exactly one child", "子女不是恰好一个")
    child = facts.children[0]
    if child.status is ChildStatus.deceased:
        return Criterion("child_under_18", False, "the only child has died", "独生子女已死亡")
    years, days = age_on(child.birth_date, ref)
    met = years < AWARD_MAX_CHILD_AGE
    return Criterion(
        "child_under_18",
        met,
        f"the child is {years} years {days} days old on {ref.isoformat()}; paid until 18",
        f"子女至{ref.isoformat()}为{years}岁{days}天；发放至年满18周岁",
    )


def lives_in_area(facts: FamilyFacts, program: BenefitProgram) -> Criterion:
    # The owner is the street running the project; the family's community path lies beneath it.
    met = facts.street_path != "" and program.owner_org_id in _path_ids(facts.community_path)
    return Criterion(
        "lives_in_street",
        met,
        "the family lives in the street's area" if met else "the family lives elsewhere",
        "家庭居住在本街道辖区" if met else "家庭居住在其他地方",
    )


def _path_ids(path: str) -> list[int]:
    return [int(p) for p in path.strip("/").split("/") if p]
