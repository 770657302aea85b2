"""A responsibility book (目标管理责任书) for signing in ink (PDF): the indicators with their weights
and targets, the veto items (一票否决) apart, the pass mark, and a signature block for each party.

Read with ``books:read`` in the book's scope (404 outside it), the same as its JSON; not audited
(the JSON read is not). It holds no personal data beyond the signatories' names the JSON shows.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal
from app.documents.blocks import Column, Document, Fields, Heading, Paragraph, Signatures, Table
from app.documents.wording import label, zh_date
from app.models.leadership.indicator import Indicator
from app.services.core import display
from app.services.leadership.books import get_book, to_read


def _number(value: float) -> str:
    return f"{value:g}"


async def book_document(
    session: AsyncSession, principal: Principal, book_id: int, *, at: datetime
) -> Document:
    book = await get_book(session, principal, book_id)
    read = await to_read(session, book)
    names = await display.org_names(session, [book.org_id, book.street_id])
    indicators = {
        i.id: i
        for i in (
            await session.execute(
                select(Indicator).where(Indicator.id.in_([x.indicator_id for x in read.indicators]))
            )
        ).scalars()
    }

    def target(indicator_id: int, value: float) -> str:
        indicator = indicators[indicator_id]
        direction = label("indicator_direction", indicator.direction)
        return f"{direction} {_number(value)}（{label('indicator_unit', indicator.unit)}）"

    vetoes = [i for i in read.indicators if i.veto]
    street, org = names.get(book.street_id, ""), names.get(book.org_id, "")
    signers = {s.role.value: s for s in read.signatories}

    def party(role: str, fallback: str) -> tuple[str, str]:
        signer = signers.get(role)
        return fallback, (f"{signer.title} {signer.name}".strip() if signer else "")

    return Document(
        title=read.title,
        issuer=f"{book.year}年度 · {street} 与 {org}",
        subject=f"责任书 {book.id}",
        generated_at=at,
        blocks=(
            Fields(
                rows=(
                    ("年度", str(book.year)),
                    ("甲方", street),
                    ("乙方", org),
                    ("合格分数", f"{_number(book.pass_mark)} 分（满分 100 分）"),
                    ("状态", label("book_status", read.status)),
                    ("签订日期", zh_date(read.signed_on)),
                )
            ),
            Paragraph(
                f"为落实人口和计划生育目标管理责任制，甲乙双方签订本责任书。乙方{book.year}年度完成下列"
                "考核指标，年终由甲方按权重考核计分；一票否决事项发生其一的，年度考核为不合格。",
                indent=True,
            ),
            Heading("一、考核指标与权重"),
            Table(
                columns=(
                    Column("序号", 1, "C"),
                    Column("指标", 6),
                    Column("目标", 4),
                    Column("权重（分）", 2, "C"),
                    Column("一票否决", 2, "C"),
                ),
                rows=tuple(
                    (
                        str(n),
                        i.name_zh,
                        target(i.indicator_id, i.target),
                        _number(i.weight),
                        "是" if i.veto else "",
                    )
                    for n, i in enumerate(read.indicators, start=1)
                )
                + (("", "合计", "", _number(sum(i.weight for i in read.indicators)), ""),),
            ),
            Heading("二、一票否决事项"),
            *(
                (
                    Table(
                        columns=(Column("序号", 1, "C"), Column("事项", 6), Column("要求", 6)),
                        rows=tuple(
                            (str(n), i.name_zh, target(i.indicator_id, i.target))
                            for n, i in enumerate(vetoes, start=1)
                        ),
                    ),
                )
                if vetoes
                else (Paragraph("本责任书无一票否决事项。"),)
            ),
            Heading("三、其他"),
            Paragraph(
                "本责任书一式两份，甲乙双方各执一份，自签订之日起生效。指标调整须经双方书面修订。",
                indent=True,
            ),
            Signatures(
                parties=(
                    party("party_leader", f"甲方：{street}（盖章）"),
                    party("counterpart", f"乙方：{org}（盖章）"),
                )
            ),
        ),
    )
