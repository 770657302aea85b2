"""The public notice (公示) as the community posts it on its board: a PDF of the same roster the
public list shows (masked names only, never an ID number), the objection window with its last
day, how to object, and a QR code that leads to the notice's objection endpoint.

Staff print it: ``benefits:read``, and the notice's community must be in the caller's area (a
community sees its own notices, the street its communities', a unit none: a notice lists the
whole community). Not audited: the roster it prints is public.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal
from app.config import Settings
from app.documents.blocks import Column, Document, Fields, Heading, Paragraph, QRCode, Spacer, Table
from app.documents.wording import label, yuan, zh_date
from app.models.benefits.benefit import ApplicationStatus, BenefitApplication, BenefitProgram
from app.models.benefits.notice import NoticeEntry, PublicNotice
from app.models.core.org import Org
from app.services.benefits.scope import notice_scope
from app.services.core.loading import one_or_404

_PER_ROW = 3
_WITHDRAWN = {ApplicationStatus.withdrawn, ApplicationStatus.rejected}


def objection_url(settings: Settings, notice_id: int) -> str:
    return f"{settings.public_base_url}/api/v1/public-notices/{notice_id}/objections"


async def notice_document(
    session: AsyncSession, settings: Settings, principal: Principal, notice_id: int, *, at: datetime
) -> Document:
    notice = await one_or_404(
        session,
        select(PublicNotice).where(PublicNotice.id == notice_id, notice_scope(principal)),  # type: ignore[arg-type]
        "Public notice",
    )
    program = await session.get(BenefitProgram, notice.program_id)
    community = await session.get(Org, notice.community_id)
    assert program is not None and community is not None
    entries = (
        await session.execute(
            select(NoticeEntry.id, NoticeEntry.masked_name, BenefitApplication.status)
            .join(BenefitApplication, BenefitApplication.id == NoticeEntry.application_id)
            .where(NoticeEntry.notice_id == notice.id)
            .order_by(NoticeEntry.id)
        )
    ).all()
    return compose_notice(
        NoticeFacts(
            notice_id=notice.id,
            program_name=program.name,
            standard=label("benefit_program_basis", program.basis)
            + label("benefit_program_period", program.period)
            + " "
            + yuan(program.amount_fen),
            community_name=community.name,
            published_on=notice.published_on,
            window_ends_on=notice.window_ends_on,
            entries=tuple(
                (entry_id, name, ApplicationStatus(status) in _WITHDRAWN)
                for entry_id, name, status in entries
            ),
            objection_url=objection_url(settings, notice.id),
        ),
        at=at,
    )


@dataclass(frozen=True)
class NoticeFacts:
    """What the notice prints, as the records hold it (names already masked)."""

    notice_id: int
    program_name: str
    standard: str
    community_name: str
    published_on: date
    window_ends_on: date
    entries: tuple[tuple[int, str, bool], ...]  # (entry id, masked name, withdrawn)
    objection_url: str


def compose_notice(facts: NoticeFacts, *, at: datetime) -> Document:
    """The notice's text and layout blocks (no database: the benchmark composes a large one)."""
    days = (facts.window_ends_on - facts.published_on).days + 1
    last_day = zh_date(facts.window_ends_on)
    url = facts.objection_url
    community = facts.community_name
    cells = [
        (str(n), str(entry_id), name + ("（已撤回）" if withdrawn else ""))
        for n, (entry_id, name, withdrawn) in enumerate(facts.entries, start=1)
    ]
    # Three cases a row, so that a board holds about a hundred on a page.
    rows = tuple(
        tuple(value for cell in cells[i : i + _PER_ROW] for value in cell)
        + ("",) * (3 * (_PER_ROW - len(cells[i : i + _PER_ROW])))
        for i in range(0, len(cells), _PER_ROW)
    )
    return Document(
        title=f"{facts.program_name}对象公示",
        issuer=community,
        subject=f"公示 {facts.notice_id}",
        generated_at=at,
        blocks=(
            Paragraph(
                f"根据{facts.program_name}的有关规定，经本人申请、社区审核，现将拟享受{facts.program_name}的"
                f"{len(facts.entries)}户（人）名单予以公示，接受群众监督。",
                indent=True,
            ),
            Fields(
                rows=(
                    ("项目", facts.program_name),
                    ("标准", facts.standard),
                    ("公示期", f"{zh_date(facts.published_on)}至{last_day}（共{days}天）"),
                    ("异议截止日", f"{last_day}（含当日）"),
                    ("公示编号", str(facts.notice_id)),
                )
            ),
            Heading("公示名单"),
            Table(
                columns=(Column("序号", 1, "C"), Column("编号", 1.3, "C"), Column("姓名", 3)) * _PER_ROW,
                rows=rows,
            ),
            Heading("如何提出异议"),
            Paragraph(
                f"对公示对象有异议的，请于{last_day}（含当日）前提出，写明对象编号（名单中的“编号”）和理由，可以署名并留下"
                "联系方式，我们为异议人保密：",
                indent=True,
            ),
            Paragraph("一、扫描下方二维码或访问下列网址在线提交（无需登录），提交后凭受理编号查询处理结果；"),
            Paragraph(f"二、到{community}当面或书面提出。"),
            Paragraph("有异议的对象在异议处理完毕前暂缓审批；异议成立的，不予享受。"),
            Spacer(2),
            QRCode(
                url,
                f"扫码提交异议\n{url}\n（请填写对象编号：见上表）",
                closing=(community, zh_date(facts.published_on)),
            ),
        ),
    )
