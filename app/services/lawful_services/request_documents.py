"""The papers a service request hands the applicant (PDF): the one-time notification letter
(一次性告知书) of a returned request, and the acceptance receipt (受理回执).

* The letter lists **every** missing material of the last return at once (with the papers accepted
  instead, and whether a written commitment will do), the legal basis (the policies the service
  guide rests on), where to bring them and the time limit once they are complete.
* The receipt gives the tracking code (for the public status look-up), the dates on the legal
  clock, and whether the due date is provisional (counted before the year's holidays were known).

Both are read with ``services:read`` in the request's scope (404 outside it), the same as the
request's JSON, which shows the applicant's name in full too; neither holds an ID number.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app.authz import Principal
from app.clock import local_date
from app.config import Settings
from app.documents.blocks import Column, Document, Fields, Heading, Paragraph, Signatures, Table
from app.documents.wording import zh_date
from app.errors import Conflict
from app.models.lawful_services.policy import Policy
from app.models.lawful_services.service import (
    ServiceRequest,
    ServiceRequestState,
    ServiceType,
    ServiceTypePolicy,
)
from app.services.core import display
from app.services.lawful_services.request_views import to_read
from app.services.lawful_services.requests import get_request

_NO_RECEIPT = {ServiceRequestState.returned, ServiceRequestState.rejected}


async def _service_type(session: AsyncSession, type_id: int) -> ServiceType:
    return (
        await session.execute(
            select(ServiceType).where(ServiceType.id == type_id).options(selectinload(ServiceType.materials))
        )
    ).scalar_one()


async def _basis(session: AsyncSession, type_id: int) -> list[str]:
    policies = (
        await session.execute(
            select(Policy)
            .join(ServiceTypePolicy, ServiceTypePolicy.policy_id == Policy.id)
            .where(ServiceTypePolicy.service_type_id == type_id)
            .order_by(Policy.id)
        )
    ).scalars()
    return [
        f"《{p.title}》" + (f"（{p.document_no}）" if p.document_no else "") + f"，{p.issuing_authority}"
        for p in policies
    ]


async def _heading(session: AsyncSession, request: ServiceRequest) -> tuple[str, str]:
    """The applicant as the JSON names them, and the office the request belongs to."""
    read = await to_read(session, request)
    org = (await display.org_names(session, [request.org_id])).get(request.org_id, "")
    return read.applicant_name or "—", org


async def notification_letter(
    session: AsyncSession, principal: Principal, request_id: int, *, at: datetime
) -> Document:
    request = await get_request(session, principal, request_id)
    if request.state is not ServiceRequestState.returned or not request.returns:
        raise Conflict(
            "The request is not returned for correction: there is no notification letter to print",
            zh="该办件未被退回补正，没有一次性告知书",
        )
    service_type = await _service_type(session, request.service_type_id)
    applicant, office = await _heading(session, request)
    last = request.returns[-1]
    wanted = set(last.missing)
    missing = [m for m in service_type.materials if m.code in wanted]
    rows = tuple(
        (
            str(n),
            m.name,
            "、".join(a["name"] for a in m.alternatives) or "—",
            "可以" if m.commitment_allowed else "不可以",
        )
        for n, m in enumerate(missing, start=1)
    )
    basis = await _basis(session, service_type.id)
    limit = service_type.time_limit_working_days
    return Document(
        title="一次性告知书",
        issuer=office,
        subject=f"{service_type.name} {request.tracking_code}",
        generated_at=at,
        blocks=(
            Paragraph(f"{applicant}：", size=12),
            Paragraph(
                f"您于{zh_date(request.submitted_on)}申请办理的“{service_type.name}”（办件编号 "
                f"{request.tracking_code}），经审查，申请材料不齐全。现将需要补正的全部材料一次性告知如下，"
                "请补齐后一并提交：",
                indent=True,
            ),
            Table(
                columns=(
                    Column("序号", 1, "C"),
                    Column("需补正的材料", 4),
                    Column("可代替的材料", 4),
                    Column("可否书面承诺", 2, "C"),
                ),
                rows=rows,
            ),
            *((Paragraph(f"审查意见：{last.comment}"),) if last.comment else ()),
            Heading("办理依据"),
            *(Paragraph(line) for line in (basis or ["本事项办事指南所列政策规定。"])),
            Heading("提交地点与办理时限"),
            Fields(
                rows=(
                    ("提交地点", service_type.where_to_apply),
                    ("办理时限", f"材料齐全之日起{limit}个工作日内办结" if limit else "即时办结"),
                    ("退回日期", zh_date(local_date(last.returned_at))),
                )
            ),
            Paragraph(
                "补齐材料后重新计算办理时限。本告知书所列为需补正的全部材料，不再另行要求其他材料。"
                f"您可凭办件编号 {request.tracking_code} 查询办理进度。",
                indent=True,
            ),
            Signatures(parties=((f"经办单位：{office}（盖章）", ""), ("申请人（签收）", applicant))),
        ),
    )


async def acceptance_receipt(
    session: AsyncSession, settings: Settings, principal: Principal, request_id: int, *, at: datetime
) -> Document:
    request = await get_request(session, principal, request_id)
    if request.state in _NO_RECEIPT:
        raise Conflict(
            f"The request is {request.state.value}: there is no acceptance receipt to print",
            zh="该办件已退回补正或不予受理，没有受理回执",
        )
    service_type = await _service_type(session, request.service_type_id)
    applicant, office = await _heading(session, request)
    by_code = {m.code: m.name for m in service_type.materials}
    by_code |= {a["code"]: a["name"] for m in service_type.materials for a in m.alternatives}
    received = tuple(
        (str(n), by_code.get(item["code"], item["code"]), _form(item, by_code))
        for n, item in enumerate(request.materials, start=1)
    )
    due = zh_date(request.due_on) + ("（暂定）" if request.due_provisional else "")
    status_url = f"{settings.public_base_url}/api/v1/public/service-requests/{request.tracking_code}"
    return Document(
        title="受理回执",
        issuer=office,
        subject=f"{service_type.name} {request.tracking_code}",
        generated_at=at,
        blocks=(
            Fields(
                rows=(
                    ("办件编号", request.tracking_code),
                    ("办理事项", service_type.name),
                    ("申请人", applicant),
                    ("提交日期", zh_date(request.submitted_on)),
                    ("时限起算日", zh_date(request.clock_started_on)),
                    ("承诺办结日期", due),
                    ("办理时限", f"{service_type.time_limit_working_days}个工作日"),
                )
            ),
            *(
                (
                    Paragraph(
                        "承诺办结日期为暂定：计算时当年的法定节假日安排尚未公布，按工作日（周一至周五）推算；"
                        "安排公布后将重新计算，以查询结果为准。",
                        indent=True,
                    ),
                )
                if request.due_provisional
                else ()
            ),
            Heading("已收材料"),
            Table(columns=(Column("序号", 1, "C"), Column("材料", 6), Column("形式", 2, "C")), rows=received),
            Paragraph("凭办件编号查询办理进度（无需登录）：", indent=True),
            Paragraph(status_url, size=10),
            Signatures(parties=((f"受理单位：{office}（盖章）", ""), ("申请人（签收）", applicant))),
        ),
    )


def _form(item: dict[str, object], names: dict[str, str]) -> str:
    form = str(item.get("form", "original"))
    if form == "alternative":
        alternative = str(item.get("alternative") or "")
        return f"以{names.get(alternative, alternative)}代替" if alternative else "替代材料"
    return {"original": "原件", "commitment": "书面承诺"}.get(form, form)
